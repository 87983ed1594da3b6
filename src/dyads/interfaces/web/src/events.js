// Page 2: the event browser.  Filters -> GET /v1/events (sorted, paged); the same filters make the CSV and
// Parquet download links; selecting a row shows the event's reports (GET /v1/events/{id}).
import { apiUrl, getJSON } from "./api.js";
import { debounce, fill, h, safeLink } from "./dom.js";
import { CAMEO_ROOTS, QUAD_CLASSES, field, latestOnly, normalise, statusLine, storedEventColumns, table } from "./ui.js";

const PAGE_SIZES = [10, 25, 50, 100, 200];

/** An actor input that suggests codes from /v1/actors/search as the user types. */
export function actorInput(id, placeholder = "code or name, e.g. TUR") {
  const list = h("datalist", { id: `${id}-options` });
  const input = h("input", { id, type: "search", list: `${id}-options`, placeholder, autocomplete: "off" });
  const suggest = debounce(async () => {
    const q = input.value.trim();
    if (q.length < 2) return;
    try {
      const found = await getJSON("v1/actors/search", { q, limit: 12 });
      const items = Array.isArray(found) ? found : found.actors || [];
      fill(list, items.map((a) => h("option", { value: a.code }, `${a.name || a.code} (${a.events ?? 0} events)`)));
    } catch {
      // suggestions are a convenience; the search itself reports errors
    }
  }, 250);
  input.addEventListener("input", suggest);
  return { input, list };
}

export function init(panel) {
  const actor = actorInput("ev-actor");
  const dyadA = actorInput("ev-dyad-a", "actor A");
  const dyadB = actorInput("ev-dyad-b", "actor B");
  const root = h(
    "select",
    { id: "ev-root" },
    h("option", { value: "" }, "any"),
    CAMEO_ROOTS.map(([code, name]) => h("option", { value: code }, `${code} ${name}`)),
  );
  const quad = h(
    "select",
    { id: "ev-quad" },
    h("option", { value: "" }, "any"),
    Object.entries(QUAD_CLASSES).map(([k, name]) => h("option", { value: k }, `${k} ${name}`)),
  );
  const since = h("input", { id: "ev-since", type: "date" });
  const until = h("input", { id: "ev-until", type: "date" });
  const q = h("input", { id: "ev-q", type: "search", placeholder: "words in the sentence" });
  const pageSize = h(
    "select",
    { id: "ev-limit" },
    PAGE_SIZES.map((n) => h("option", { value: n, selected: n === 50 }, String(n))),
  );
  const apply = h("button", { type: "submit", class: "primary" }, "Apply filters");
  const reset = h("button", { type: "reset" }, "Reset");

  const status = h("div", { id: "events-status" });
  const state = statusLine(status);
  const summary = h("p", { id: "events-summary", class: "summary" });
  const csv = h("a", { id: "download-csv", class: "button", download: "" }, "Download CSV");
  const parquet = h("a", { id: "download-parquet", class: "button", download: "" }, "Download Parquet");
  const prev = h("button", { type: "button", id: "events-prev" }, "← Previous");
  const next = h("button", { type: "button", id: "events-next" }, "Next →");
  const results = h("div", { id: "events-table", class: "scroll-x" });
  const detail = h("section", { id: "event-detail", class: "detail", "aria-live": "polite" });

  let sort = "-date";
  const start = latestOnly();
  let offset = 0;

  const filters = () => {
    const f = {
      actor: actor.input.value.trim(),
      root: root.value,
      quad: quad.value,
      since: since.value,
      until: until.value,
      q: q.value.trim(),
    };
    const [a, b] = [dyadA.input.value.trim(), dyadB.input.value.trim()];
    if (a && b) f.dyad = `${a},${b}`;
    else if (a || b) throw new Error("A dyad needs both actors (or use the Actor field for one).");
    return f;
  };

  const load = async () => {
    let f;
    try {
      f = filters();
    } catch (err) {
      state.error(err);
      return;
    }
    const limit = Number(pageSize.value);
    csv.href = apiUrl("v1/events.csv", { ...f, sort });
    parquet.href = apiUrl("v1/events.parquet", { ...f, sort });
    state.loading("Loading events…");
    const current = start();
    try {
      const data = await getJSON("v1/events", { ...f, sort, limit, offset });
      if (!current()) return;
      const rows = (data.events || []).map(normalise);
      const total = data.total ?? rows.length;
      fill(
        summary,
        total
          ? `Showing ${offset + 1}–${offset + rows.length} of ${total} event${total === 1 ? "" : "s"}`
          : "No events match these filters.",
      );
      prev.disabled = offset === 0;
      next.disabled = offset + rows.length >= total;
      fill(
        results,
        table({
          columns: storedEventColumns(),
          rows,
          caption: "Events (select one for its reports)",
          sort,
          onSort: (key) => {
            sort = key;
            offset = 0;
            load();
          },
          onSelect: (row, tr) => {
            results.querySelector("tr.selected")?.classList.remove("selected");
            tr.classList.add("selected");
            showDetail(detail, row);
          },
        }),
      );
      state.done("");
    } catch (err) {
      if (!current()) return;
      // no stale rows under an error: they would read as the answer to the new filters
      fill(results);
      fill(summary);
      prev.disabled = next.disabled = true;
      state.error(err);
    }
  };

  const form = h(
    "form",
    { class: "filters", "aria-label": "Event filters" },
    h(
      "div",
      { class: "row" },
      field("Actor (either side)", actor.input),
      actor.list,
      field("Dyad: actor A", dyadA.input),
      dyadA.list,
      field("Dyad: actor B", dyadB.input),
      dyadB.list,
      field("CAMEO root", root),
      field("Quad class", quad),
    ),
    h(
      "div",
      { class: "row" },
      field("From", since),
      field("Until", until),
      field("Text", q),
      field("Rows per page", pageSize),
      h("div", { class: "field buttons" }, apply, reset),
    ),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    offset = 0;
    load();
  });
  form.addEventListener("reset", () => {
    setTimeout(() => {
      offset = 0;
      load();
    }); // after the browser has cleared the fields
  });
  pageSize.addEventListener("change", () => {
    offset = 0;
    load();
  });
  prev.addEventListener("click", () => {
    offset = Math.max(0, offset - Number(pageSize.value));
    load();
  });
  next.addEventListener("click", () => {
    offset += Number(pageSize.value);
    load();
  });

  fill(
    panel,
    h("h2", {}, "Event browser"),
    form,
    h("div", { class: "toolbar" }, summary, h("div", { class: "spacer" }), prev, next, csv, parquet),
    status,
    results,
    detail,
  );
  load();
}

async function showDetail(detail, row) {
  fill(detail, h("p", {}, "Loading the event's reports…"));
  try {
    const e = await getJSON(`v1/events/${encodeURIComponent(row.id)}`);
    const mentions = e.mentions || [];
    fill(
      detail,
      h("h3", {}, `Event ${row.id}: ${row.cameo ?? ""} ${row.cameo_name ?? ""}`),
      h("p", {}, `${mentions.length} report${mentions.length === 1 ? "" : "s"}`),
      h(
        "ol",
        { class: "mentions" },
        mentions.map((m) =>
          h(
            "li",
            {},
            h(
              "div",
              { class: "meta" },
              m.url ? safeLink(m.url, m.title || m.doc_id) : h("strong", {}, m.title || m.doc_id || ""),
              [m.publisher || m.source, m.published].filter(Boolean).length
                ? ` — ${[m.publisher || m.source, m.published].filter(Boolean).join(", ")}`
                : "",
            ),
            h(
              "p",
              { class: "who" },
              h("mark", { class: "hl hl-source" }, m.source_text || m.source_code || "?"),
              " ",
              h("mark", { class: "hl hl-trigger" }, m.evidence?.trigger?.text || m.cameo || ""),
              " ",
              m.target_text || m.target_code ? h("mark", { class: "hl hl-target" }, m.target_text || m.target_code) : null,
              m.fatalities !== null && m.fatalities !== undefined ? ` — ${m.fatalities} killed` : "",
              m.attribution ? ` — according to ${m.attribution}` : "",
            ),
            h("blockquote", {}, m.sentence || ""),
            m.reason ? h("div", { class: "reason-line" }, `Why: ${m.reason}`) : null,
          ),
        ),
      ),
    );
  } catch (err) {
    fill(detail, h("div", { class: "error", role: "alert" }, h("strong", {}, "Error: "), err.message));
  }
}
