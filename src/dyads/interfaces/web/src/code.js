// Page 1: code an article.  Paste text or upload a .txt/.html file -> POST /v1/code (nothing is stored) ->
// the events in a table and the article with each event's source, trigger and target highlighted.
import { postForm, postJSON } from "./api.js";
import { h, fill } from "./dom.js";
import { actorCell, codeCell, field, normalise, num, placeText, statusLine, table } from "./ui.js";

const ROLES = ["source", "trigger", "target"];
const ROLE_LABEL = { source: "Source (who acts)", trigger: "Event trigger", target: "Target (acted on)" };

export function init(panel) {
  const text = h("textarea", {
    id: "article-text",
    rows: 10,
    spellcheck: "false",
    placeholder: "Paste the article here…",
  });
  const file = h("input", { id: "article-file", type: "file", accept: ".txt,.html,.htm,text/plain,text/html" });
  const format = h(
    "select",
    { id: "article-format" },
    h("option", { value: "text" }, "Plain text"),
    h("option", { value: "html" }, "HTML"),
  );
  const date = h("input", { id: "article-date", type: "date" });
  const title = h("input", { id: "article-title", type: "text", placeholder: "optional" });
  const all = h("input", { id: "article-all", type: "checkbox" });
  const submit = h("button", { type: "submit", class: "primary" }, "Code article");
  const clear = h("button", { type: "button" }, "Clear");
  const status = h("div", { id: "code-status" });
  const results = h("div", { id: "code-results", class: "code-results" });
  const state = statusLine(status);

  const form = h(
    "form",
    { class: "code-form", "aria-label": "Code an article" },
    field("Article text", text, "Plain text or HTML; nothing is stored."),
    h(
      "div",
      { class: "row" },
      field("…or upload a file (.txt, .html)", file, "A chosen file is coded instead of the pasted text."),
      field("Pasted text is", format),
      field("Publication date (optional)", date, "Resolves “on Sunday”, “last month”."),
      field("Title (optional)", title),
    ),
    h(
      "div",
      { class: "row actions" },
      h("label", { class: "check" }, all, " Also show events not asserted (negated, hypothetical, intended, requested, alleged)"),
      submit,
      clear,
    ),
  );

  clear.addEventListener("click", () => {
    form.reset();
    fill(results);
    state.done("");
    text.focus();
  });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const chosen = file.files && file.files[0];
    if (!chosen && !text.value.trim()) {
      state.error(new Error("Paste an article or choose a file first."));
      text.focus();
      return;
    }
    submit.disabled = true;
    state.loading("Coding the article… (the first request loads the language model)");
    fill(results);
    try {
      let response;
      if (chosen) {
        const data = new FormData();
        data.append("file", chosen);
        if (date.value) data.append("date", date.value);
        if (title.value) data.append("title", title.value);
        if (all.checked) data.append("include_suppressed", "true");
        response = await postForm("v1/code", data);
      } else {
        const body = { text: text.value, format: format.value };
        if (date.value) body.date = date.value;
        if (title.value) body.title = title.value;
        if (all.checked) body.include_suppressed = true;
        response = await postJSON("v1/code", body);
      }
      showResult(results, response, state);
    } catch (err) {
      state.error(err);
    } finally {
      submit.disabled = false;
    }
  });

  fill(panel, h("h2", {}, "Code an article"), form, status, results);
}

function showResult(container, response, state) {
  const doc = response.document || {};
  const events = [...(response.events || []), ...(response.suppressed || [])].map(normalise);
  const docText = doc.text || "";
  const n = (response.events || []).length;
  state.done(
    `${n} event${n === 1 ? "" : "s"} coded` +
      (response.suppressed?.length ? `, ${response.suppressed.length} not asserted` : "") +
      (doc.published ? `; published ${doc.published}` : "; no publication date"),
  );

  const article = h("div", {
    id: "article-view",
    class: "article",
    tabindex: "0",
    "aria-label": "Article text with the evidence highlighted",
  });
  const marks = renderArticle(article, docText, events);
  let current = null;

  const select = (i, { scroll = true } = {}) => {
    if (current !== null) {
      for (const m of marks.get(current) || []) {
        m.classList.remove("active");
        delete m.dataset.activeRole;
      }
      rowsEl.querySelector("tr.selected")?.classList.remove("selected");
      rowsEl.querySelector("tr[aria-selected='true']")?.setAttribute("aria-selected", "false");
    }
    current = i;
    const row = rowsEl.querySelector(`tr[data-index="${i}"]`);
    row?.classList.add("selected");
    row?.setAttribute("aria-selected", "true");
    const mine = marks.get(i) || [];
    for (const m of mine) {
      m.classList.add("active");
      m.dataset.activeRole = m.dataset.ev.split(" ").find((t) => t.startsWith(`${i}:`)).split(":")[1];
    }
    fill(reasonEl, events[i].reason ? `Why: ${events[i].reason}` : "");
    if (scroll && mine.length) mine[0].scrollIntoView({ block: "center", behavior: "smooth" });
  };

  article.addEventListener("click", (ev) => {
    const mark = ev.target.closest("mark");
    if (!mark) return;
    // prefer the event whose trigger this is; otherwise the first event the span belongs to
    const tokens = mark.dataset.ev.split(" ");
    const pick = tokens.find((t) => t.endsWith(":trigger")) || tokens[0];
    const i = Number(pick.split(":")[0]);
    select(i, { scroll: false });
    rowsEl.querySelector(`tr[data-index="${i}"]`)?.scrollIntoView({ block: "nearest" });
  });

  const columns = [
    { label: "#", cell: (_e, i) => String(i + 1) },
    { label: "Source", cell: (e) => actorCell(e.source) },
    {
      label: "Event",
      cell: (e) =>
        h("span", {}, codeCell(e), e.modality && e.modality !== "asserted" ? h("span", { class: "badge" }, e.modality) : null),
    },
    { label: "Target", cell: (e) => actorCell(e.target) },
    { label: "Date", class: "date", cell: (e) => e.date || "" },
    { label: "Place", cell: (e) => placeText(e) },
    { label: "Deaths", numeric: true, cell: (e) => num(e.fatalities) },
    { label: "According to", cell: (e) => e.attribution || "" },
    { label: "Confidence", numeric: true, cell: (e) => num(e.confidence, 2) },
    { label: "Reason", class: "reason", cell: (e) => e.reason || "" },
  ];
  const rowsEl = events.length
    ? table({
        columns,
        rows: events,
        caption: "Coded events (select one to see its evidence in the text)",
        onSelect: (_e, tr) => select(Number(tr.dataset.index)),
        rowProps: (_e, i) => ({ dataset: { index: i }, "aria-selected": "false" }),
      })
    : h("p", { class: "empty" }, "No events were found in this article.");
  rowsEl.id = "code-events";
  const reasonEl = h("p", { id: "code-reason", class: "reason-line", "aria-live": "polite" });

  const warnings = response.warnings?.length
    ? h("ul", { class: "warnings", "aria-label": "Warnings" }, response.warnings.map((w) => h("li", {}, String(w))))
    : null;

  const legend = h(
    "ul",
    { class: "legend", "aria-label": "Highlight colours" },
    ROLES.map((role) => h("li", {}, h("mark", { class: `hl hl-${role} active`, dataset: { activeRole: role } }, role), ` ${ROLE_LABEL[role]}`)),
  );

  fill(
    container,
    warnings,
    h("div", { class: "scroll-x" }, rowsEl),
    h(
      "section",
      { class: "article-box", "aria-labelledby": "article-heading" },
      h("h3", { id: "article-heading" }, doc.title ? `Article: ${doc.title}` : "Article"),
      legend,
      reasonEl,
      article,
    ),
  );
}

/**
 * Write the text into `container` as text nodes and <mark> elements, one mark per stretch of text covered
 * by the same evidence spans.  Returns event index -> its marks.  Each mark's data-ev lists "index:role"
 * for every span that covers it, so overlapping evidence of different events stays exact.
 */
function renderArticle(container, text, events) {
  const spans = [];
  events.forEach((e, i) => {
    const evidence = e.raw.evidence || {};
    for (const role of ROLES) {
      const span = evidence[role];
      if (span && Number.isInteger(span.start) && span.end > span.start && span.end <= text.length) {
        spans.push({ i, role, start: span.start, end: span.end });
      }
    }
  });
  const cuts = new Set([0, text.length]);
  for (const sp of spans) cuts.add(sp.start).add(sp.end);
  const points = [...cuts].sort((a, b) => a - b);
  const byEvent = new Map();
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b);
    if (!covering.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    // the colour at rest: a trigger shows as a trigger even when it is also another event's actor
    const role = ROLES.slice().sort((x, y) => (x === "trigger" ? -1 : y === "trigger" ? 1 : 0)).find((r) => covering.some((sp) => sp.role === r));
    const mark = h(
      "mark",
      {
        class: `hl hl-${role}`,
        dataset: { ev: covering.map((sp) => `${sp.i}:${sp.role}`).join(" ") },
        title: covering.map((sp) => `event ${sp.i + 1}: ${sp.role}`).join(", "),
      },
      piece,
    );
    container.append(mark);
    for (const sp of covering) {
      if (!byEvent.has(sp.i)) byEvent.set(sp.i, []);
      byEvent.get(sp.i).push(mark);
    }
  }
  return byEvent;
}
