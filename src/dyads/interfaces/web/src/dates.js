// The span of dates the store covers, for the network's time slider and as the default window elsewhere.
import { getJSON } from "./api.js";

let cached = null;

const day = (value) => {
  if (!value) return null;
  const text = String(value);
  const full = text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text.slice(0, 10);
  const d = new Date(`${full}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** {first, last} as Date (UTC days) of the stored events, or null when the store has no dated events. */
export function storeSpan() {
  cached ??= Promise.all([
    getJSON("v1/events", { sort: "date", limit: 1 }),
    getJSON("v1/events", { sort: "-date", limit: 1 }),
  ]).then(([a, b]) => {
    const pick = (r) => r.events?.[0] && day(r.events[0].date_start || r.events[0].date);
    const pickLast = (r) => r.events?.[0] && day(r.events[0].date_end || r.events[0].date);
    const [first, last] = [pick(a), pickLast(b)];
    return first && last ? { first, last } : null;
  });
  cached.catch(() => {
    cached = null; // try again next time
  });
  return cached;
}

export const iso = (d) => d.toISOString().slice(0, 10);
export const addDays = (d, n) => new Date(d.getTime() + n * 86400000);
export const daysBetween = (a, b) => Math.round((b.getTime() - a.getTime()) / 86400000);
