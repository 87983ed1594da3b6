// Pan and zoom for an SVG drawing (the network and the map) without a library: the wheel or the +/-
// buttons zoom, dragging the background pans, and the keyboard works on the focused drawing (+ - 0 and
// the arrow keys).
import { h } from "./dom.js";

export function panZoom(svg, viewport, { min = 0.5, max = 12 } = {}) {
  let t = { k: 1, x: 0, y: 0 };
  const listeners = [];
  const apply = () => {
    viewport.setAttribute("transform", `translate(${t.x},${t.y}) scale(${t.k})`);
    listeners.forEach((fn) => fn(t));
  };
  // a point in viewBox units, from a mouse event
  const local = (ev) => {
    const pt = svg.createSVGPoint();
    pt.x = ev.clientX;
    pt.y = ev.clientY;
    const p = pt.matrixTransform(svg.getScreenCTM().inverse());
    return [p.x, p.y];
  };
  const zoomAt = (factor, [cx, cy]) => {
    const k = Math.min(max, Math.max(min, t.k * factor));
    t = { k, x: cx - ((cx - t.x) * k) / t.k, y: cy - ((cy - t.y) * k) / t.k };
    apply();
  };
  const centre = () => {
    const vb = svg.viewBox.baseVal;
    return [vb.x + vb.width / 2, vb.y + vb.height / 2];
  };

  svg.addEventListener(
    "wheel",
    (ev) => {
      ev.preventDefault();
      zoomAt(ev.deltaY < 0 ? 1.2 : 1 / 1.2, local(ev));
    },
    { passive: false },
  );
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target !== svg && !ev.target.classList.contains("backdrop")) return;
    drag = { start: local(ev), x: t.x, y: t.y };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const [x, y] = local(ev);
    t = { ...t, x: drag.x + x - drag.start[0], y: drag.y + y - drag.start[1] };
    apply();
  });
  const stop = () => {
    drag = null;
  };
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);
  svg.addEventListener("keydown", (ev) => {
    if (ev.target !== svg) return;
    const step = 40;
    const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (ev.key === "+" || ev.key === "=") zoomAt(1.25, centre());
    else if (ev.key === "-") zoomAt(0.8, centre());
    else if (ev.key === "0") reset();
    else if (moves[ev.key]) {
      t = { ...t, x: t.x + moves[ev.key][0], y: t.y + moves[ev.key][1] };
      apply();
    } else return;
    ev.preventDefault();
  });
  const reset = () => {
    t = { k: 1, x: 0, y: 0 };
    apply();
  };
  const controls = h(
    "div",
    { class: "zoom-controls" },
    h("button", { type: "button", "aria-label": "Zoom in", on: { click: () => zoomAt(1.25, centre()) } }, "+"),
    h("button", { type: "button", "aria-label": "Zoom out", on: { click: () => zoomAt(0.8, centre()) } }, "−"),
    h("button", { type: "button", "aria-label": "Reset zoom", on: { click: reset } }, "⟲"),
  );
  return {
    controls,
    reset,
    /** show the drawing's box [x0, y0, x1, y1] filling the view, zoomed at most `most` times */
    fit: ([x0, y0, x1, y1], most = max) => {
      const vb = svg.viewBox.baseVal;
      const k = Math.min(most, max, vb.width / Math.max(1, x1 - x0), vb.height / Math.max(1, y1 - y0));
      t = { k, x: vb.width / 2 - (k * (x0 + x1)) / 2, y: vb.height / 2 - (k * (y0 + y1)) / 2 };
      apply();
    },
    transform: () => t,
    onChange: (fn) => listeners.push(fn),
    /** viewBox point -> drawing coordinates (inverse of the current pan/zoom) */
    toDrawing: (ev) => {
      const [x, y] = local(ev);
      return [(x - t.x) / t.k, (y - t.y) / t.k];
    },
  };
}
