// Page 3: the alliance network.  GET /v1/network for a time window -> a force-directed drawing (d3-force)
// in SVG: nodes coloured by bloc, edges green for cooperation and red for conflict, width by weight.
// Selecting an edge (click, or Enter when it has focus) lists the events behind it (/v1/network/edge).
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import { getJSON } from "./api.js";
import { addDays, daysBetween, iso, storeSpan } from "./dates.js";
import { debounce, fill, h, s } from "./dom.js";
import { field, latestOnly, normalise, num, statusLine, storedEventColumns, table } from "./ui.js";
import { panZoom } from "./zoom.js";

export const BLOC_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];
const NO_BLOC = "#9e9e9e";
const EDGE_ROWS = 200; // events listed for a tie (strongest first)
const W = 760;
const H = 540;

const count = (x) => (Array.isArray(x) ? x.length : Number(x) || 0);

export function init(panel) {
  const from = h("input", { id: "net-from", type: "range", min: 0, max: 0, value: 0 });
  const to = h("input", { id: "net-to", type: "range", min: 0, max: 0, value: 0 });
  const fromOut = h("output", { for: "net-from", id: "net-from-value" });
  const toOut = h("output", { for: "net-to", id: "net-to-value" });
  const minEvents = h("input", { id: "net-min", type: "number", min: 1, value: 1, class: "narrow" });
  const halfLife = h(
    "select",
    { id: "net-half-life" },
    [
      ["365d", "1 year"],
      ["90d", "90 days"],
      ["30d", "30 days"],
      ["none", "none (all equal)"],
    ].map(([v, label]) => h("option", { value: v }, label)),
  );
  const whole = h("button", { type: "button" }, "Whole period");
  const status = h("div", { id: "network-status" });
  const state = statusLine(status);
  const svg = s("svg", {
    id: "network-svg",
    viewBox: `0 0 ${W} ${H}`,
    role: "group",
    tabindex: "0",
    "aria-label": "Alliance network: Tab moves through the ties; Enter lists a tie's events",
  });
  const viewport = s("g", { class: "viewport" });
  svg.append(s("rect", { class: "backdrop", x: -5000, y: -5000, width: 10000, height: 10000 }), viewport);
  const zoom = panZoom(svg, viewport);
  const legend = h("div", { id: "network-legend", class: "legend-box" });
  const edgePanel = h("section", { id: "edge-events", class: "detail", "aria-live": "polite" });
  const ties = h("details", { class: "ties" });

  let span = null;
  const start = latestOnly();
  const windowDates = () => {
    if (!span) return {};
    const [a, b] = [Number(from.value), Number(to.value)].sort((x, y) => x - y);
    return { since: iso(addDays(span.first, a)), until: iso(addDays(span.first, b)) };
  };
  const showWindow = () => {
    const w = windowDates();
    fromOut.value = w.since || "—";
    toOut.value = w.until || "—";
  };

  const load = async () => {
    const w = windowDates();
    state.loading("Building the network…");
    const current = start();
    try {
      const net = await getJSON("v1/network", { ...w, min_events: minEvents.value, half_life: halfLife.value });
      if (!current()) return;
      draw(net, w);
      const n = net.nodes?.length || 0;
      state.done(
        n
          ? `${n} actors, ${net.edges.length} ties` +
              (net.balance !== undefined && net.balance !== null ? `; balance ${num(net.balance, 2)}` : "")
          : "No ties between political actors in this window.",
      );
    } catch (err) {
      if (current()) state.error(err);
    }
  };
  const reload = debounce(load, 300);

  for (const input of [from, to]) {
    input.addEventListener("input", showWindow);
    input.addEventListener("change", reload);
  }
  minEvents.addEventListener("change", reload);
  halfLife.addEventListener("change", reload);
  whole.addEventListener("click", () => {
    from.value = from.min;
    to.value = to.max;
    showWindow();
    load();
  });

  function draw(net, w) {
    // a bloc of one is an actor standing alone: grey, like an actor with no bloc
    const size = new Map((net.blocs || []).map((b) => [b.id, (b.members || []).length]));
    const nodes = (net.nodes || []).map((n) => ({
      ...n,
      bloc: Number.isInteger(n.bloc) && (size.get(n.bloc) ?? 2) > 1 ? n.bloc : null,
      r: 7 + Math.sqrt(count(n.events ?? n.n_events)) * 2.5,
    }));
    const links = (net.edges || []).map((e) => ({ ...e, sourceId: e.source, targetId: e.target }));
    const maxW = Math.max(1e-9, ...links.map((l) => Math.abs(l.weight)));
    const colourOf = blocColours(nodes);
    for (const n of nodes) n.colour = Number.isInteger(n.bloc) ? BLOC_COLOURS[colourOf.get(n.bloc) % BLOC_COLOURS.length] : NO_BLOC;

    // allies pull together, enemies push apart: the blocs show up as clusters
    const sim = forceSimulation(nodes)
      .force(
        "link",
        forceLink(links)
          .id((d) => d.id)
          .distance((l) => (l.weight >= 0 ? 90 : 220))
          .strength((l) => 0.2 + (0.6 * Math.abs(l.weight)) / maxW),
      )
      .force("charge", forceManyBody().strength(-380))
      .force("collide", forceCollide((d) => d.r + 18))
      .force("x", forceX(W / 2).strength(0.04))
      .force("y", forceY(H / 2).strength(0.06))
      .force("center", forceCenter(W / 2, H / 2))
      .stop();
    for (let i = 0; i < 400; i++) sim.tick();
    // keep everything inside the drawing
    for (const n of nodes) {
      n.x = Math.max(40, Math.min(W - 40, n.x));
      n.y = Math.max(25, Math.min(H - 30, n.y));
    }

    const edgeLayer = s("g", { class: "edges" });
    const nodeLayer = s("g", { class: "nodes" });
    const edgeEls = links.map((l) => {
      const a = l.source;
      const b = l.target;
      const sign = l.weight >= 0 ? "positive" : "negative";
      const kind = sign === "positive" ? "cooperation" : "conflict";
      const label = `${a.label || a.id} – ${b.label || b.id}: ${kind}, weight ${num(l.weight, 1)}, ${count(l.events ?? l.n_events)} events`;
      const hit = s("line", { class: "hit" });
      const line = s("line", {
        class: `stroke ${sign}`,
        "stroke-width": (1.5 + (7 * Math.abs(l.weight)) / maxW).toFixed(2),
      });
      const g = s(
        "g",
        {
          class: `edge ${sign}`,
          tabindex: "0",
          role: "button",
          "aria-label": label,
          dataset: { a: a.id, b: b.id },
        },
        s("title", {}, label),
        hit,
        line,
      );
      const select = () => {
        edgeLayer.querySelector(".edge.selected")?.classList.remove("selected");
        g.classList.add("selected");
        showEdge(edgePanel, l, w);
      };
      g.addEventListener("click", select);
      g.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          select();
        }
      });
      l.select = select;
      return { l, hit, line };
    });
    const place = () => {
      for (const { l, hit, line } of edgeEls) {
        for (const el of [hit, line]) {
          el.setAttribute("x1", l.source.x.toFixed(1));
          el.setAttribute("y1", l.source.y.toFixed(1));
          el.setAttribute("x2", l.target.x.toFixed(1));
          el.setAttribute("y2", l.target.y.toFixed(1));
        }
      }
      for (const n of nodes) n.el.setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
    };
    for (const n of nodes) {
      const title = `${n.label || n.id} (${n.id})` + (Number.isInteger(n.bloc) ? `, bloc ${n.bloc + 1}` : ", no bloc");
      n.el = s(
        "g",
        { class: "node", dataset: { id: n.id, bloc: n.bloc ?? "" } },
        s("title", {}, title),
        s("circle", { r: n.r.toFixed(1), fill: n.colour }),
        s("text", { y: (n.r + 13).toFixed(1), "text-anchor": "middle" }, n.label || n.id),
      );
      // drag a node to untangle the drawing
      n.el.addEventListener("pointerdown", (ev) => {
        ev.stopPropagation();
        n.el.setPointerCapture(ev.pointerId);
        const move = (e) => {
          [n.x, n.y] = zoom.toDrawing(e);
          place();
        };
        const up = () => {
          n.el.removeEventListener("pointermove", move);
          n.el.removeEventListener("pointerup", up);
        };
        n.el.addEventListener("pointermove", move);
        n.el.addEventListener("pointerup", up);
      });
      nodeLayer.append(n.el);
    }
    edgeLayer.append(...edgeEls.map(({ hit }) => hit.parentNode));
    fill(viewport, edgeLayer, nodeLayer);
    place();
    // fill the view with the drawing (labels need room on the sides), but never blow a small one up much
    if (nodes.length) {
      const xs = nodes.map((n) => n.x);
      const ys = nodes.map((n) => n.y);
      zoom.fit([Math.min(...xs) - 90, Math.min(...ys) - 30, Math.max(...xs) + 90, Math.max(...ys) + 40], 1.6);
    } else zoom.reset();

    drawLegend(legend, net, nodes);
    fill(
      ties,
      h("summary", {}, `All ${links.length} ties as a table`),
      table({
        columns: [
          { label: "Actor", cell: (l) => l.source.label || l.source.id },
          { label: "Actor", cell: (l) => l.target.label || l.target.id },
          { label: "Weight", numeric: true, cell: (l) => num(l.weight, 2) },
          { label: "Events", numeric: true, cell: (l) => String(count(l.events ?? l.n_events)) },
        ],
        rows: links,
        onSelect: (l) => l.select(),
      }),
    );
    fill(edgePanel, h("p", { class: "muted" }, "Select a tie (click a line, or Tab to it and press Enter) to list its events."));
  }

  fill(
    panel,
    h("h2", {}, "Alliance network"),
    h(
      "form",
      { class: "filters", "aria-label": "Network time window", on: { submit: (ev) => ev.preventDefault() } },
      h(
        "div",
        { class: "row" },
        h("div", { class: "field slider" }, h("label", { for: "net-from" }, "From "), from, fromOut),
        h("div", { class: "field slider" }, h("label", { for: "net-to" }, "Until "), to, toOut),
        field("Min. events per tie", minEvents),
        field("Recency half-life", halfLife),
        h("div", { class: "field buttons" }, whole),
      ),
    ),
    status,
    h("div", { class: "split" }, h("div", { class: "graph" }, zoom.controls, svg), h("div", { class: "side" }, legend, edgePanel)),
    ties,
  );

  state.loading("Reading the store's dates…");
  storeSpan()
    .then((found) => {
      span = found;
      const days = span ? daysBetween(span.first, span.last) : 0;
      for (const input of [from, to]) {
        input.max = days;
        input.disabled = !span;
      }
      from.value = 0;
      to.value = days;
      showWindow();
      return load();
    })
    .catch((err) => state.error(err));
}

/**
 * Bloc -> colour index, kept steady as the time window moves: the API numbers blocs largest first, so
 * the same camp can change number from one window to the next.  A bloc takes the colour most of its
 * members had last time (when no larger bloc took it first), else the first free one.
 */
const lastColour = new Map(); // node id -> colour index, over every drawing so far
function blocColours(nodes) {
  const colourOf = new Map();
  const taken = new Set();
  const blocs = [...new Set(nodes.filter((n) => Number.isInteger(n.bloc)).map((n) => n.bloc))].sort((a, b) => a - b);
  for (const b of blocs) {
    const votes = new Map();
    for (const n of nodes) {
      const c = lastColour.get(n.id);
      if (n.bloc === b && c !== undefined && !taken.has(c)) votes.set(c, (votes.get(c) || 0) + 1);
    }
    let best = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
    if (best === undefined) for (best = 0; taken.has(best); best++);
    taken.add(best);
    colourOf.set(b, best);
  }
  for (const n of nodes) if (Number.isInteger(n.bloc)) lastColour.set(n.id, colourOf.get(n.bloc));
  return colourOf;
}

function drawLegend(legend, net, nodes) {
  const blocs = new Map(); // bloc -> {colour, labels}
  const alone = [];
  for (const n of nodes) {
    if (!Number.isInteger(n.bloc)) {
      alone.push(n.label || n.id);
      continue;
    }
    if (!blocs.has(n.bloc)) blocs.set(n.bloc, { colour: n.colour, labels: [] });
    blocs.get(n.bloc).labels.push(n.label || n.id);
  }
  fill(
    legend,
    h("h3", {}, "Blocs"),
    blocs.size
      ? h(
          "ul",
          { class: "blocs" },
          [...blocs.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([b, { colour, labels }]) =>
              h(
                "li",
                { dataset: { bloc: b } },
                h("span", { class: "swatch", style: { background: colour } }),
                h("strong", {}, `Bloc ${b + 1}: `),
                labels.join(", "),
              ),
            ),
        )
      : h("p", { class: "muted" }, "No blocs in this window."),
    alone.length ? h("p", {}, h("span", { class: "swatch", style: { background: NO_BLOC } }), h("strong", {}, "Alone: "), alone.join(", ")) : null,
    net.balance !== undefined && net.balance !== null
      ? h("p", { class: "muted" }, `Balance ${num(net.balance, 2)} (1: every tie agrees with the blocs)`)
      : null,
    h(
      "ul",
      { class: "edge-legend" },
      h("li", {}, h("span", { class: "line positive" }), " cooperation (net positive)"),
      h("li", {}, h("span", { class: "line negative" }), " conflict (net negative)"),
      h("li", { class: "muted" }, "Line width: |net weight|; circle size: events"),
    ),
  );
}

async function showEdge(panel, link, w) {
  const a = link.source;
  const b = link.target;
  const title = `${a.label || a.id} – ${b.label || b.id}`;
  fill(panel, h("h3", {}, title), h("p", {}, "Loading the events behind this tie…"));
  try {
    const data = await getJSON("v1/network/edge", { a: a.id, b: b.id, ...w, limit: EDGE_ROWS });
    // (the events behind a tie do not depend on the weighting, only on the window)
    const rows = (data.events || []).map(normalise);
    const total = data.total ?? rows.length;
    const cols = storedEventColumns().filter((c) => ["Date", "Source", "Event", "Target", "Deaths"].includes(c.label));
    fill(
      panel,
      h("h3", { id: "edge-title" }, title),
      h(
        "p",
        {},
        `Net weight ${num(link.weight, 2)} (${link.weight >= 0 ? "cooperation" : "conflict"}); ${total} event${total === 1 ? "" : "s"}` +
          (total > rows.length ? `, the ${rows.length} strongest shown` : ", strongest first"),
      ),
      rows.length ? table({ columns: cols, rows, caption: `Events between ${title}` }) : h("p", {}, "No events."),
    );
  } catch (err) {
    fill(panel, h("h3", {}, title), h("div", { class: "error", role: "alert" }, h("strong", {}, "Error: "), err.message));
  }
}
