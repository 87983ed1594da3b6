// Page 5: the map of geolocated events.  Country outlines come from countries.json, bundled at build time
// (Natural Earth via world-atlas): no tile server, so it works offline.  GET /v1/map -> countries shaded by
// their number of events and circles for the geocoded places, sized by events.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { getJSON } from "./api.js";
import { fill, h, s } from "./dom.js";
import { actorInput } from "./events.js";
import { field, latestOnly, num, statusLine, table } from "./ui.js";
import { panZoom } from "./zoom.js";

const W = 960;
const H = 500;
const SHADES = ["#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"];

let outlines = null;
const loadOutlines = () => {
  outlines ??= fetch(new URL("countries.json", document.baseURI)).then((r) => {
    if (!r.ok) throw new Error(`the bundled country outlines are missing (${r.status})`);
    return r.json();
  });
  return outlines;
};

export function init(panel) {
  const actor = actorInput("map-actor");
  const since = h("input", { id: "map-since", type: "date" });
  const until = h("input", { id: "map-until", type: "date" });
  const go = h("button", { type: "submit", class: "primary" }, "Show");
  const status = h("div", { id: "map-status" });
  const state = statusLine(status);
  const svg = s("svg", {
    id: "map-svg",
    viewBox: `0 0 ${W} ${H}`,
    role: "img",
    tabindex: "0",
    "aria-label": "Map of geolocated events (the table below lists the places)",
  });
  const viewport = s("g", { class: "viewport" });
  svg.append(s("rect", { class: "backdrop sea", x: -5000, y: -5000, width: 10000, height: 10000 }), viewport);
  const zoom = panZoom(svg, viewport, { min: 1, max: 40 });
  // circles keep their size on screen as the map zooms
  zoom.onChange((t) => {
    for (const c of viewport.querySelectorAll("circle.point")) c.setAttribute("r", (c.dataset.r / t.k).toFixed(2));
  });
  const legend = h("div", { class: "map-legend" });
  const places = h("div", { id: "map-places", class: "scroll-x" });

  const form = h(
    "form",
    { class: "filters", "aria-label": "Map filters" },
    h(
      "div",
      { class: "row" },
      field("Actor", actor.input),
      actor.list,
      field("From", since),
      field("Until", until),
      h("div", { class: "field buttons" }, go),
    ),
  );

  const start = latestOnly();
  const load = async () => {
    state.loading("Loading the map…");
    const current = start();
    try {
      const [world, data] = await Promise.all([
        loadOutlines(),
        getJSON("v1/map", { actor: actor.input.value.trim(), since: since.value, until: until.value }),
      ]);
      if (!current()) return;
      draw(world, data);
      const points = data.points || [];
      const total = Object.values(data.countries || {}).reduce((t, v) => t + v, 0);
      state.done(
        `${points.length} geocoded place${points.length === 1 ? "" : "s"}; ${total} event${total === 1 ? "" : "s"} with a country`,
      );
      fill(
        places,
        points.length
          ? table({
              caption: "Geocoded places",
              columns: [
                { label: "Place", cell: (p) => p.name || "" },
                { label: "Country", cell: (p) => p.country || "" },
                { label: "Events", numeric: true, cell: (p) => String(p.events ?? 0) },
                { label: "Deaths", numeric: true, cell: (p) => num(p.fatalities) },
                { label: "Lat, lon", cell: (p) => `${num(p.lat, 2)}, ${num(p.lon, 2)}` },
              ],
              rows: points,
            })
          : h("p", { class: "muted" }, "No geocoded events for these filters."),
      );
    } catch (err) {
      if (current()) state.error(err);
    }
  };

  function draw(world, data) {
    const counts = data.countries || {};
    const max = Math.max(1, ...Object.values(counts));
    const shade = (v) => (v ? SHADES[Math.min(SHADES.length - 1, Math.floor((Math.log(v) / Math.log(max + 1)) * SHADES.length))] : null);
    const projection = geoNaturalEarth1().fitExtent(
      [
        [8, 8],
        [W - 8, H - 8],
      ],
      { type: "Sphere" },
    );
    const path = geoPath(projection);
    const layer = s("g", { class: "countries" });
    layer.append(s("path", { class: "sphere", d: path({ type: "Sphere" }) }));
    for (const f of world.features) {
      const v = (f.id && counts[f.id]) || 0;
      layer.append(
        s(
          "path",
          { class: "country", d: path(f), fill: shade(v) || "#f4f4f1", dataset: { iso3: f.id || "" } },
          s("title", {}, `${f.properties.name}${v ? `: ${v} events` : ""}`),
        ),
      );
    }
    const points = data.points || [];
    const maxEvents = Math.max(1, ...points.map((p) => p.events || 0));
    const dots = s("g", { class: "points" });
    for (const p of [...points].sort((a, b) => (b.events || 0) - (a.events || 0))) {
      const xy = projection([p.lon, p.lat]);
      if (!xy) continue;
      dots.append(
        s(
          "circle",
          {
            class: "point",
            cx: xy[0].toFixed(1),
            cy: xy[1].toFixed(1),
            dataset: { r: (3 + 7 * Math.sqrt((p.events || 1) / maxEvents)).toFixed(1) },
          },
          s("title", {}, `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.events} events` + (p.fatalities ? `, ${p.fatalities} deaths` : "")),
        ),
      );
    }
    fill(viewport, layer, dots);
    // open on the events: the box of the places (with a margin), or the whole world
    const placed = points.map((p) => projection([p.lon, p.lat])).filter(Boolean);
    if (placed.length) {
      const xs = placed.map((q) => q[0]);
      const ys = placed.map((q) => q[1]);
      const pad = 60;
      zoom.fit([Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad], 6);
    } else zoom.reset();
    fill(
      legend,
      h("span", {}, "Events per country: "),
      SHADES.map((c) => h("span", { class: "swatch", style: { background: c } })),
      h("span", {}, ` 1 … ${max}`),
      h("span", { class: "dot-key" }, " ● geocoded place (size: events)"),
    );
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    load();
  });
  fill(panel, h("h2", {}, "Map"), form, status, legend, h("div", { class: "graph" }, zoom.controls, svg), places);
  load();
}
