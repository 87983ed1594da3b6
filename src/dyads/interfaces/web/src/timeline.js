// Page 4: the timeline of an actor or a dyad.  GET /v1/series -> stacked bars of the four quad classes per
// period and the mean Goldstein weight as a line, with the same numbers in a table below.
import { getJSON } from "./api.js";
import { fill, h, s } from "./dom.js";
import { actorInput } from "./events.js";
import { QUAD_CLASSES, field, latestOnly, num, statusLine, table } from "./ui.js";

export const QUAD_COLOURS = { 1: "#74add1", 2: "#1a9850", 3: "#fdae61", 4: "#d73027" };
const W = 1100;
const H = 360;
const M = { top: 16, right: 56, bottom: 48, left: 48 };

/** A period from either shape the API may give: contract names (q1..q4, goldstein) or SeriesRow's. */
const period = (p) => ({
  period: p.period,
  q: [1, 2, 3, 4].map(
    (k) =>
      p[`q${k}`] ??
      p[["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"][k - 1]] ??
      0,
  ),
  events: p.events ?? 0,
  goldstein: p.goldstein ?? p.goldstein_mean ?? null,
});

export function init(panel) {
  const a = actorInput("tl-a", "actor, e.g. TUR");
  const b = actorInput("tl-b", "optional second actor");
  const by = h(
    "select",
    { id: "tl-by" },
    ["day", "week", "month", "year"].map((x) => h("option", { value: x, selected: x === "week" }, x)),
  );
  const since = h("input", { id: "tl-since", type: "date" });
  const until = h("input", { id: "tl-until", type: "date" });
  const go = h("button", { type: "submit", class: "primary" }, "Show timeline");
  const status = h("div", { id: "timeline-status" });
  const state = statusLine(status);
  const chart = h("div", { id: "timeline-chart", class: "chart" });
  const data = h("div", { id: "timeline-table", class: "scroll-x" });

  const start = latestOnly();
  const form = h(
    "form",
    { class: "filters", "aria-label": "Timeline of an actor or a dyad" },
    h(
      "div",
      { class: "row" },
      field("Actor", a.input),
      a.list,
      field("With (optional: a dyad)", b.input),
      b.list,
      field("Per", by),
      field("From", since),
      field("Until", until),
      h("div", { class: "field buttons" }, go),
    ),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const [x, y] = [a.input.value.trim(), b.input.value.trim()];
    if (!x) {
      state.error(new Error("Name an actor (a code such as TUR, or a name)."));
      a.input.focus();
      return;
    }
    const params = { by: by.value, since: since.value, until: until.value };
    if (y) params.dyad = `${x},${y}`;
    else params.actor = x;
    state.loading("Counting events…");
    fill(chart);
    fill(data);
    const current = start();
    try {
      const result = await getJSON("v1/series", params);
      if (!current()) return;
      const periods = (result.periods || result.rows || []).map(period);
      const total = periods.reduce((t, p) => t + p.events, 0);
      const who = y ? `${x} and ${y}` : x;
      if (!total) {
        state.done(`No dated events for ${who}.`);
        return;
      }
      state.done(`${total} events for ${who}, per ${by.value}`);
      drawChart(chart, periods, who);
      fill(
        data,
        table({
          caption: `Events per ${by.value}: ${who}`,
          columns: [
            { label: "Period", cell: (p) => p.period },
            ...[1, 2, 3, 4].map((k) => ({ label: QUAD_CLASSES[k], numeric: true, cell: (p) => String(p.q[k - 1]) })),
            { label: "Events", numeric: true, cell: (p) => String(p.events) },
            { label: "Mean Goldstein", numeric: true, cell: (p) => num(p.goldstein, 2) },
          ],
          rows: periods,
        }),
      );
    } catch (err) {
      if (current()) state.error(err);
    }
  });

  fill(panel, h("h2", {}, "Timeline"), form, status, chart, data);
  // start with the store's most active actor rather than an empty page
  getJSON("v1/actors/search", { q: "", limit: 1 })
    .then((top) => {
      if (top?.[0]?.code && !a.input.value) {
        a.input.value = top[0].code;
        form.requestSubmit();
      }
    })
    .catch((err) => state.error(err));
}

function drawChart(container, periods, who) {
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const maxCount = Math.max(1, ...periods.map((p) => p.q.reduce((t, v) => t + v, 0)));
  const band = iw / periods.length;
  const barW = Math.max(1, Math.min(48, band * 0.7));
  const y = (v) => M.top + ih - (v / maxCount) * ih;
  const g = (v) => M.top + ih / 2 - (v / 10) * (ih / 2); // Goldstein -10..10 on the right axis
  const x = (i) => M.left + band * i + band / 2;

  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    role: "img",
    "aria-label": `Events per period by quad class and mean Goldstein weight for ${who} (the table below has the numbers)`,
  });
  // axes and grid
  const ticks = niceTicks(maxCount);
  for (const t of ticks) {
    svg.append(
      s("line", { class: "grid", x1: M.left, x2: W - M.right, y1: y(t), y2: y(t) }),
      s("text", { class: "axis", x: M.left - 6, y: y(t) + 4, "text-anchor": "end" }, String(t)),
    );
  }
  for (const t of [-10, -5, 0, 5, 10]) {
    svg.append(s("text", { class: "axis goldstein", x: W - M.right + 6, y: g(t) + 4 }, String(t)));
  }
  svg.append(
    s("text", { class: "axis-title", x: 12, y: M.top + ih / 2, transform: `rotate(-90 12 ${M.top + ih / 2})`, "text-anchor": "middle" }, "events"),
    s(
      "text",
      { class: "axis-title", x: W - 10, y: M.top + ih / 2, transform: `rotate(90 ${W - 10} ${M.top + ih / 2})`, "text-anchor": "middle" },
      "mean Goldstein",
    ),
    s("line", { class: "zero", x1: M.left, x2: W - M.right, y1: g(0), y2: g(0) }),
  );
  // bars: quad classes stacked, cooperation at the bottom
  const every = Math.ceil(periods.length / 14); // at most ~14 date labels
  periods.forEach((p, i) => {
    let base = 0;
    [1, 2, 3, 4].forEach((k) => {
      const v = p.q[k - 1];
      if (!v) return;
      svg.append(
        s(
          "rect",
          { class: `bar q${k}`, x: x(i) - barW / 2, y: y(base + v), width: barW, height: y(base) - y(base + v), fill: QUAD_COLOURS[k] },
          s("title", {}, `${p.period}: ${v} ${QUAD_CLASSES[k].toLowerCase()}`),
        ),
      );
      base += v;
    });
    if (i % every === 0) {
      svg.append(s("text", { class: "axis", x: x(i), y: H - M.bottom + 16, "text-anchor": "middle" }, p.period));
    }
  });
  // Goldstein line (gaps where a period has no weight)
  let d = "";
  let pen = false;
  periods.forEach((p, i) => {
    if (p.goldstein === null || p.goldstein === undefined) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${g(p.goldstein).toFixed(1)}`;
    pen = true;
  });
  svg.append(s("path", { class: "goldstein-line", d }));
  periods.forEach((p, i) => {
    if (p.goldstein === null || p.goldstein === undefined) return;
    svg.append(
      s("circle", { class: "goldstein-dot", cx: x(i), cy: g(p.goldstein), r: 3.5 }, s("title", {}, `${p.period}: mean Goldstein ${num(p.goldstein, 2)}`)),
    );
  });

  const legend = h(
    "ul",
    { class: "legend" },
    [1, 2, 3, 4].map((k) => h("li", {}, h("span", { class: "swatch", style: { background: QUAD_COLOURS[k] } }), ` ${QUAD_CLASSES[k]}`)),
    h("li", {}, h("span", { class: "line goldstein" }), " mean Goldstein (right axis, −10…+10)"),
  );
  fill(container, legend, svg);
}

function niceTicks(max) {
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000].find((st) => max / st <= 5) || Math.ceil(max / 5);
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}
