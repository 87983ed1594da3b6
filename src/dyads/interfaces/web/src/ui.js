// Pieces every page uses: loading/error states, the events table, how actors, codes and places read.
import { h, fill } from "./dom.js";

export const QUAD_CLASSES = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

// CAMEO's twenty roots (the codebook's names), for the filter menu
export const CAMEO_ROOTS = [
  ["01", "Make public statement"],
  ["02", "Appeal"],
  ["03", "Express intent to cooperate"],
  ["04", "Consult"],
  ["05", "Engage in diplomatic cooperation"],
  ["06", "Engage in material cooperation"],
  ["07", "Provide aid"],
  ["08", "Yield"],
  ["09", "Investigate"],
  ["10", "Demand"],
  ["11", "Disapprove"],
  ["12", "Reject"],
  ["13", "Threaten"],
  ["14", "Protest"],
  ["15", "Exhibit force posture"],
  ["16", "Reduce relations"],
  ["17", "Coerce"],
  ["18", "Assault"],
  ["19", "Fight"],
  ["20", "Use unconventional mass violence"],
];

/**
 * A status line for a panel: loading, error (with the server's message) or a short result.  Errors are
 * announced (role=alert); the rest politely.
 */
export function statusLine(el) {
  el.classList.add("status");
  el.setAttribute("role", "status");
  el.setAttribute("aria-live", "polite");
  return {
    loading(message = "Loading…") {
      el.dataset.state = "loading";
      fill(el, h("span", { class: "spinner", "aria-hidden": "true" }), message);
    },
    error(err) {
      el.dataset.state = "error";
      fill(el, h("div", { class: "error", role: "alert" }, h("strong", {}, "Error: "), err?.message || String(err)));
    },
    done(message = "") {
      el.dataset.state = "done";
      fill(el, message);
    },
  };
}

/** One shape for an event, whether it is a freshly coded Event.to_dict() or a stored (fused) row. */
export function normalise(e) {
  const actor = (role) => {
    if (e[role] && typeof e[role] === "object") return e[role];
    const code = e[`${role}_code`];
    if (!code && !e[`${role}_name`] && !e[`${role}_text`]) return null;
    return { code, name: e[`${role}_name`], text: e[`${role}_text`], country: e[`${role}_country`] };
  };
  const loc = e.location || {};
  return {
    id: e.fused_id || e.event_id || e.id,
    source: actor("source"),
    target: actor("target"),
    cameo: e.cameo,
    cameo_name: e.cameo_name,
    quad_class: e.quad_class,
    goldstein: e.goldstein,
    date: e.date,
    place: e.location_name ?? loc.name ?? null,
    country: e.location_country ?? loc.country ?? null,
    fatalities: e.fatalities,
    attribution: e.attribution ?? (Array.isArray(e.attributions) ? e.attributions.filter(Boolean).join("; ") : null),
    confidence: e.confidence,
    modality: e.modality,
    reason: e.reason,
    sentence: e.sentence,
    n_mentions: e.n_mentions,
    n_sources: e.n_sources,
    raw: e,
  };
}

export function actorCell(actor) {
  if (!actor) return h("span", { class: "muted" }, "—");
  const name = actor.name || actor.text || "";
  return h(
    "span",
    { class: "actor" },
    h("code", {}, actor.code || "?"),
    name && name !== actor.code ? h("span", { class: "name" }, ` ${name}`) : null,
  );
}

export function codeCell(e) {
  return h(
    "span",
    { class: `code quad-${e.quad_class ?? 0}`, title: QUAD_CLASSES[e.quad_class] || "" },
    h("code", {}, e.cameo ?? "?"),
    " ",
    e.cameo_name ?? "",
  );
}

export function placeText(e) {
  if (!e.place && !e.country) return "";
  return e.place && e.country && e.place !== e.country ? `${e.place} (${e.country})` : e.place || e.country;
}

export const num = (v, digits = 0) => (v === null || v === undefined ? "" : Number(v).toFixed(digits));

/**
 * A table.  columns: [{label, cell(row) -> node|string, sort?: API sort key, numeric?}]; sorting and row
 * selection are the caller's (onSort(key), onSelect(row, tr)).  Selectable rows take keyboard focus and
 * answer Enter and Space like a click.
 */
export function table({ columns, rows, caption, sort, onSort, onSelect, rowProps }) {
  const head = h(
    "tr",
    {},
    columns.map((col) => {
      if (!col.sort || !onSort) return h("th", { scope: "col", class: col.numeric ? "num" : null }, col.label);
      const state = sort === col.sort ? "ascending" : sort === `-${col.sort}` ? "descending" : "none";
      const next = state === "ascending" ? `-${col.sort}` : col.sort;
      return h(
        "th",
        { scope: "col", "aria-sort": state, class: col.numeric ? "num" : null },
        h(
          "button",
          { type: "button", class: "sort", on: { click: () => onSort(next) }, title: `Sort by ${col.label}` },
          col.label,
          h("span", { class: "arrow", "aria-hidden": "true" }, { ascending: " ▲", descending: " ▼", none: " ↕" }[state]),
        ),
      );
    }),
  );
  const body = h("tbody", {});
  rows.forEach((row, i) => {
    const tr = h(
      "tr",
      rowProps ? rowProps(row, i) : {},
      columns.map((col) => h("td", { class: col.numeric ? "num" : col.class || null }, col.cell(row, i))),
    );
    if (onSelect) {
      tr.tabIndex = 0;
      tr.classList.add("selectable");
      tr.addEventListener("click", () => onSelect(row, tr));
      tr.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          onSelect(row, tr);
        }
      });
    }
    body.append(tr);
  });
  return h("table", { class: "data" }, caption ? h("caption", {}, caption) : null, h("thead", {}, head), body);
}

/** The usual columns of an event list (stored events). */
export function storedEventColumns() {
  return [
    { label: "Date", sort: "date", class: "date", cell: (e) => e.date || "" },

    { label: "Source", sort: "source", cell: (e) => actorCell(e.source) },
    { label: "Event", sort: "cameo", cell: (e) => codeCell(e) },
    { label: "Target", sort: "target", cell: (e) => actorCell(e.target) },
    { label: "Place", cell: (e) => placeText(e) },
    { label: "Deaths", sort: "fatalities", numeric: true, cell: (e) => num(e.fatalities) },
    { label: "Goldstein", sort: "goldstein", numeric: true, cell: (e) => num(e.goldstein, 1) },
    { label: "Reports", sort: "mentions", numeric: true, cell: (e) => num(e.n_mentions) },
  ];
}

/** A labelled form field. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    control,
    hint ? h("small", { class: "hint" }, hint) : null,
  );
}

/** A date input's value, a month (YYYY-MM) or nothing. */
export const dateValue = (input) => input.value || "";

/**
 * For a page that may ask again before the last answer came: start() returns a check that is true only
 * while no later request has started, so a slow stale answer never overwrites a newer one.
 */
export function latestOnly() {
  let n = 0;
  return () => {
    const mine = ++n;
    return () => mine === n;
  };
}
