// The dashboard: five pages as tabs (#code, #events, #network, #timeline, #map).  Each page is built the
// first time it is shown; the header says which store the server reads.
import { getJSON } from "./api.js";
import * as code from "./code.js";
import { fill, h } from "./dom.js";
import * as events from "./events.js";
import * as map from "./map.js";
import * as network from "./network.js";
import * as timeline from "./timeline.js";

const PAGES = [
  { id: "code", label: "Code an article", module: code },
  { id: "events", label: "Events", module: events },
  { id: "network", label: "Alliance network", module: network },
  { id: "timeline", label: "Timeline", module: timeline },
  { id: "map", label: "Map", module: map },
];

function start() {
  const tabs = document.getElementById("tabs");
  const main = document.getElementById("main");
  const built = new Set();

  const buttons = PAGES.map((p) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${p.id}`,
        "aria-controls": `panel-${p.id}`,
        "aria-selected": "false",
        tabindex: "-1",
        on: { click: () => (location.hash = p.id) },
      },
      p.label,
    ),
  );
  const panels = PAGES.map((p) =>
    h("section", { role: "tabpanel", id: `panel-${p.id}`, "aria-labelledby": `tab-${p.id}`, hidden: true, class: "panel" }),
  );
  fill(tabs, buttons);
  fill(main, panels);

  // arrow keys move between tabs, as in the WAI-ARIA tabs pattern
  tabs.addEventListener("keydown", (ev) => {
    const i = buttons.indexOf(document.activeElement);
    if (i < 0) return;
    const j = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[ev.key];
    if (j === undefined) return;
    ev.preventDefault();
    const target = buttons[(j + buttons.length) % buttons.length];
    target.focus();
    target.click();
  });

  let current = -1;
  const show = () => {
    const found = PAGES.findIndex((p) => p.id === location.hash.slice(1));
    if (found < 0 && current >= 0) return; // another anchor (the skip link): stay on this page
    const index = Math.max(0, found);
    current = index;
    PAGES.forEach((p, k) => {
      const on = k === index;
      buttons[k].setAttribute("aria-selected", String(on));
      buttons[k].tabIndex = on ? 0 : -1;
      panels[k].hidden = !on;
    });
    const page = PAGES[index];
    document.title = `${page.label} · dyads`;
    if (!built.has(page.id)) {
      built.add(page.id);
      page.module.init(panels[index]);
    }
  };
  window.addEventListener("hashchange", show);
  show();
  health();
}

async function health() {
  const el = document.getElementById("store-info");
  try {
    const info = await getJSON("v1/health");
    const counts = info.counts || {};
    const parts = [info.db ? `Store: ${info.db}` : "No store opened"];
    if (counts.documents !== undefined) parts.push(`${counts.documents} documents`);
    if (counts.events !== undefined) parts.push(`${counts.events} events`);
    if (info.read_only) parts.push("read-only");
    if (info.version) parts.push(`dyads ${info.version}`);
    fill(el, parts.join(" · "));
  } catch (err) {
    el.classList.add("error");
    fill(el, `The server did not answer: ${err.message}`);
  }
}

start();
