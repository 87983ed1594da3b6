"""Pictures: the alliance network (PNG/SVG/PDF with matplotlib, or one self-contained HTML file) and a dyad's
time series.

Network: actors coloured by bloc (grey: standing alone), node size by tie strength, edges green for
cooperation and red for conflict, width by absolute weight.  Blocs are laid out around a circle and each
bloc's members around its centre, then a force layout on the cooperative ties (negative ties push apart)
settles them, so allies sit together and rivals apart.  The HTML page draws the same picture as inline
SVG with a few lines of JavaScript of ours (no CDN, works offline): hover an actor to highlight its ties,
click an actor or a tie to list its evidence (event ids, dates, codes, sentences).
"""

from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from dyads.analysis.blocs import BlocResult
from dyads.analysis.series import QUAD_NAMES, SeriesResult

PALETTE = [
    "#1f77b4",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#aec7e8",
    "#ffbb78",
    "#c5b0d5",
    "#c49c94",
]
ALONE = "#b0b0b0"
POSITIVE = "#2a9d4b"
NEGATIVE = "#d62828"
QUAD_COLOURS = {1: "#9ad39a", 2: "#2a9d4b", 3: "#f4a261", 4: "#d62828"}


def _keep(result: BlocResult, max_nodes: int) -> list[str]:
    g = result.network.graph
    nodes = sorted(g.nodes, key=lambda n: (-g.nodes[n]["strength"], n))
    return sorted(nodes[:max_nodes])


def layout(result: BlocResult, nodes: list[str], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]^2 by stress minimisation: each pair of actors is pulled towards a target
    distance - short inside a bloc, long between blocs, shorter still for strong cooperation and longer
    for strong conflict - starting from blocs placed around a circle."""
    g = result.network.graph
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    rng = np.random.default_rng(seed)
    index = {m: i for i, m in enumerate(nodes)}
    bloc_of = {m: k for k, b in enumerate(result.blocs) for m in b.nodes}
    size = {k: sum(1 for m in b.nodes if m in index) for k, b in enumerate(result.blocs)}
    groups = sorted({bloc_of[m] for m in nodes if size[bloc_of[m]] > 1})
    alone = [m for m in nodes if size[bloc_of[m]] <= 1]
    slots = groups + (["alone"] if alone else [])
    pos = np.zeros((n, 2))
    for k, slot in enumerate(slots):
        angle = 2 * math.pi * k / len(slots) + 0.4
        centre = np.array([math.cos(angle), math.sin(angle)]) * (0.0 if len(slots) == 1 else 1.0)
        members = alone if slot == "alone" else [m for m in nodes if bloc_of[m] == slot]
        for j, m in enumerate(members):
            turn = 2 * math.pi * j / len(members)
            pos[index[m]] = centre + 0.3 * np.array([math.cos(turn), math.sin(turn)]) + rng.normal(0, 0.02, 2)
    target = np.zeros((n, n))
    sub = g.subgraph(nodes)
    wmax = max((abs(d["weight"]) for _, _, d in sub.edges(data=True)), default=1.0) or 1.0
    for i, a in enumerate(nodes):
        for j, b in enumerate(nodes):
            if i >= j:
                continue
            ka, kb = bloc_of[a], bloc_of[b]
            if ka == kb and size[ka] > 1:
                d = 0.5 + 0.08 * math.sqrt(size[ka])
            elif size[ka] <= 1 or size[kb] <= 1:
                d = 1.3
            else:
                d = 1.8
            if sub.has_edge(a, b):
                frac = abs(sub.edges[a, b]["weight"]) / wmax
                d *= (1 - 0.25 * frac) if sub.edges[a, b]["weight"] > 0 else (1 + 0.25 * frac)
            target[i, j] = target[j, i] = max(d, 0.32)
    weight = np.where(target > 0, 1.0 / np.maximum(target, 1e-9) ** 2, 0.0)
    for step in np.linspace(0.08, 0.005, 600):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1)
        np.fill_diagonal(dist, 1.0)
        coef = weight * (dist - target) / dist  # the stress gradient, pair by pair
        np.fill_diagonal(coef, 0.0)
        grad = (coef[..., None] * delta).sum(axis=1)
        pos -= step * grad / (np.abs(grad).max() + 1e-9) * min(1.0, float(np.abs(grad).max()))
    pos -= pos.mean(axis=0)
    pos /= np.abs(pos).max() or 1.0
    return {m: (float(pos[index[m], 0]), float(pos[index[m], 1])) for m in nodes}


def _colours(result: BlocResult) -> dict[str, str]:
    out: dict[str, str] = {}
    k = 0
    for b in result.blocs:
        if len(b.members) > 1:
            for m in b.members:
                out[m.node] = PALETTE[k % len(PALETTE)]
            k += 1
        else:
            out[b.members[0].node] = ALONE
    return out


def _wrap(label: str, width: int = 18) -> str:
    words, lines, line = label.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "\n".join(lines)


def _title(result: BlocResult, title: str | None) -> str:
    if title:
        return title
    net = result.network
    last = net.reference.isoformat() if net.reference else "..."
    window = f"events {net.since.isoformat()} to {last}" if net.since else f"events up to {last}"
    decay = f"half-life {net.half_life_days:g} days" if net.half_life_days else "no recency decay"
    return f"Alliance network, {window} ({decay}); balance {result.balance:.2f}"


def _strongest_edges(g: nx.Graph, limit: int) -> list[tuple[str, str, dict[str, Any]]]:
    """The ``limit`` heaviest edges, lightest first so the heavy ones are drawn on top."""
    edges = sorted(g.edges(data=True), key=lambda e: (-abs(e[2]["weight"]), e[0], e[1]))[:limit]
    return edges[::-1]


def plot_network(
    result: BlocResult,
    path: str | Path,
    *,
    max_nodes: int = 40,
    max_edges: int | None = None,
    title: str | None = None,
) -> int:
    """Draw the network to ``path`` (.png, .svg, .pdf, or .html); returns the number of actors drawn.

    The picture keeps the ``max_nodes`` actors with the strongest ties and, in a static picture, the
    ``max_edges`` heaviest ties among them (default: four per actor) so that it stays readable; the HTML
    page draws every tie and lists every event on demand."""
    path = Path(path)
    nodes = _keep(result, max_nodes)
    if path.suffix.lower() in (".html", ".htm"):
        path.write_text(network_html(result, nodes, title), encoding="utf-8")
        return len(nodes)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import patheffects
    from matplotlib.artist import Artist
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    g = result.network.graph
    pos = layout(result, nodes)
    colours = _colours(result)
    fig, ax = plt.subplots(figsize=(13, 10), dpi=110)
    sub = g.subgraph(nodes)
    wmax = max((abs(d["weight"]) for _, _, d in sub.edges(data=True)), default=1.0) or 1.0
    drawn = _strongest_edges(sub, max_edges or 4 * len(nodes))
    for u, v, d in drawn:
        (x1, y1), (x2, y2) = pos[u], pos[v]
        frac = abs(d["weight"]) / wmax
        ax.plot(
            [x1, x2],
            [y1, y2],
            color=POSITIVE if d["weight"] > 0 else NEGATIVE,
            linewidth=0.6 + 7 * frac,
            alpha=0.35 + 0.5 * frac,
            zorder=1,
            solid_capstyle="round",
            linestyle="-" if d["weight"] > 0 else (0, (4, 2)),
        )
    smax = max((g.nodes[n]["strength"] for n in nodes), default=1.0) or 1.0
    for n in nodes:
        x, y = pos[n]
        size = 250 + 1800 * math.sqrt(g.nodes[n]["strength"] / smax)
        ax.scatter([x], [y], s=size, color=colours.get(n, ALONE), edgecolors="white", linewidths=2, zorder=2)
        ax.annotate(
            _wrap(g.nodes[n]["label"], 22),
            (x, y),
            xytext=(0, -math.sqrt(size) / 2 - 2),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=9,
            zorder=3,
            path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],
        )
    handles: list[Artist] = []
    k = 0
    for b in result.blocs:
        shown = [m.label for m in b.members if m.node in pos]
        if len(b.members) > 1 and shown:
            text = ", ".join(shown[:4]) + (f" +{len(shown) - 4}" if len(shown) > 4 else "")
            handles.append(Patch(color=PALETTE[k % len(PALETTE)], label=f"Bloc {k + 1}: {text}"))
        if len(b.members) > 1:
            k += 1
    if any(colours.get(n) == ALONE for n in nodes):
        handles.append(Patch(color=ALONE, label="standing alone"))
    total_edges = sub.number_of_edges()
    ties = "net cooperation"
    if len(drawn) < total_edges:
        ties += f" (the {len(drawn)} strongest of {total_edges} ties drawn)"
    handles += [
        Line2D([0], [0], color=POSITIVE, lw=3, label=ties),
        Line2D([0], [0], color=NEGATIVE, lw=3, linestyle=(0, (4, 2)), label="net conflict"),
    ]
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(0.0, -0.02), ncol=2, fontsize=9, frameon=False
    )
    ax.set_title(_title(result, title), fontsize=12)
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 0.5)
    ax.set_xlim(min(xs) - 0.15 * span, max(xs) + 0.15 * span)
    ax.set_ylim(min(ys) - 0.14 * span, max(ys) + 0.1 * span)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path, bbox_inches="tight")
    plt.close(fig)
    return len(nodes)


def network_html(result: BlocResult, nodes: list[str], title: str | None = None) -> str:
    """One self-contained HTML page: inline SVG, data as JSON, a little JavaScript; nothing fetched."""
    g = result.network.graph
    pos = layout(result, nodes)
    colours = _colours(result)
    size, pad = 900, 70
    scale = (size - 2 * pad) / 2

    def xy(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return pad + (x + 1) * scale, pad + (1 - y) * scale

    sub = g.subgraph(nodes)
    wmax = max((abs(d["weight"]) for _, _, d in sub.edges(data=True)), default=1.0) or 1.0
    smax = max((g.nodes[n]["strength"] for n in nodes), default=1.0) or 1.0
    parts: list[str] = []
    edges_data = []
    for i, (u, v, d) in enumerate(sorted(sub.edges(data=True), key=lambda e: abs(e[2]["weight"]))):
        (x1, y1), (x2, y2) = xy(u), xy(v)
        frac = abs(d["weight"]) / wmax
        colour = POSITIVE if d["weight"] > 0 else NEGATIVE
        dash = "" if d["weight"] > 0 else ' stroke-dasharray="8 4"'
        tip = f"{g.nodes[u]['label']} - {g.nodes[v]['label']}: {d['weight']:+.1f} ({d['n_events']} events)"
        parts.append(
            f'<line class="edge" data-e="{i}" data-a="{html.escape(u)}" data-b="{html.escape(v)}" '
            f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="{1 + 9 * frac:.1f}" stroke-opacity="{0.35 + 0.5 * frac:.2f}"{dash}>'
            f"<title>{html.escape(tip)}</title></line>"
        )
        edges_data.append(
            {
                "a": u,
                "b": v,
                "weight": round(d["weight"], 2),
                "n": d["n_events"],
                "evidence": [
                    {
                        "id": e["fused_id"],
                        "date": e["date"],
                        "source": e["source"],
                        "target": e["target"],
                        "cameo": e["cameo"],
                        "name": e["cameo_name"],
                        "w": round(e["contribution"], 2),
                        "sentence": (e["sentence"] or "")[:300],
                    }
                    for e in d["evidence"][:25]
                ],
            }
        )
    for n in nodes:
        x, y = xy(n)
        r = 9 + 26 * math.sqrt(g.nodes[n]["strength"] / smax)
        label = g.nodes[n]["label"]
        parts.append(
            f'<g class="node" data-n="{html.escape(n)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
            f'fill="{colours.get(n, ALONE)}" stroke="#fff" stroke-width="2"><title>{html.escape(label)} '
            f"[{html.escape(n)}]</title></circle>"
            f'<text x="{x:.1f}" y="{y + r + 13:.1f}" text-anchor="middle">{html.escape(label)}</text></g>'
        )
    blocs_html = []
    k = 0
    for b in result.blocs:
        if len(b.members) < 2:
            continue
        names = ", ".join(html.escape(m.label) for m in b.members)
        blocs_html.append(
            f'<li><span class="sw" style="background:{PALETTE[k % len(PALETTE)]}"></span>'
            f"Bloc {k + 1}: {names}</li>"
        )
        k += 1
    alone = [b.members[0].label for b in result.blocs if len(b.members) == 1 and b.members[0].node in pos]
    if alone:
        blocs_html.append(
            f'<li><span class="sw" style="background:{ALONE}"></span>standing alone: '
            f"{html.escape(', '.join(alone))}</li>"
        )
    data = json.dumps(
        {
            "edges": edges_data,
            "nodes": {n: {"label": g.nodes[n]["label"], "codes": sorted(g.nodes[n]["codes"])} for n in nodes},
        },
        ensure_ascii=False,
    ).replace("</", "<\\/")
    heading = html.escape(_title(result, title))
    return _HTML.format(
        title=heading, size=size, svg="\n".join(parts), blocs="\n".join(blocs_html), data=data
    )


_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 16px; color: #222; display: flex; gap: 20px; }}
svg {{ border: 1px solid #ddd; background: #fff; flex: none; }}
text {{ font-size: 12px; paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }}
.node {{ cursor: pointer; }} .edge {{ cursor: pointer; }}
.dim {{ opacity: 0.12; }}
#side {{ max-width: 520px; }} #side li {{ margin: 4px 0; }} .sw {{ display: inline-block; width: 12px;
height: 12px; border-radius: 6px; margin-right: 6px; vertical-align: middle; }}
.ev {{ border-top: 1px solid #eee; padding: 4px 0; }} .id {{ font-family: monospace; color: #555; }}
</style></head><body>
<svg id="net" width="{size}" height="{size}" viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg">
{svg}
</svg>
<div id="side"><h2>{title}</h2>
<p>Green: net cooperation; red dashed: net conflict; width: weight. Hover an actor to highlight its ties;
click an actor or a tie for the evidence.</p>
<ul style="list-style:none;padding:0">{blocs}</ul><div id="detail"></div></div>
<script>
const DATA = {data};
const svg = document.getElementById("net"), detail = document.getElementById("detail");
const ENT = {{"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}};
function esc(s) {{ return String(s ?? "").replace(/[&<>"]/g, c => ENT[c]); }}
function show(edges, heading) {{
  let out = "<h3>" + esc(heading) + "</h3>";
  for (const e of edges) {{
    out += "<p><b>" + esc(DATA.nodes[e.a].label) + " - " + esc(DATA.nodes[e.b].label) + "</b>: " +
      (e.weight > 0 ? "+" : "") + e.weight + " over " + e.n + " events</p>";
    for (const v of e.evidence) out += '<div class="ev"><span class="id">' + esc(v.id) + "</span> " +
      esc(v.date) + " " + esc(v.source) + " " + esc(v.cameo) + " " + esc(v.target) + " (" + esc(v.name) +
      ", " + (v.w > 0 ? "+" : "") + v.w + ")<br>" + esc(v.sentence) + "</div>";
  }}
  detail.innerHTML = out;
}}
svg.querySelectorAll(".node").forEach(el => {{
  const n = el.dataset.n;
  el.addEventListener("mouseenter", () => svg.querySelectorAll(".edge").forEach(e =>
    e.classList.toggle("dim", e.dataset.a !== n && e.dataset.b !== n)));
  el.addEventListener("mouseleave", () =>
    svg.querySelectorAll(".edge").forEach(e => e.classList.remove("dim")));
  el.addEventListener("click", () => show(DATA.edges.filter(e => e.a === n || e.b === n)
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)), DATA.nodes[n].label + " [" + n + "]"));
}});
svg.querySelectorAll(".edge").forEach(el =>
  el.addEventListener("click", () => show([DATA.edges[+el.dataset.e]], "Tie")));
</script></body></html>
"""


def plot_series(series: SeriesResult, path: str | Path, *, title: str = "") -> None:
    """Stacked bars of events per period by quad class, and the mean Goldstein weight as a line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    rows = series.rows
    fig, ax = plt.subplots(figsize=(12, 5.5), dpi=110)
    # matplotlib date numbers (days as floats): half-day offsets survive, and types are plain floats
    x = [float(mdates.date2num(r.period)) for r in rows]
    widths = {"day": 0.8, "week": 5.5, "month": 24, "year": 300}[series.by]
    bottom = np.zeros(len(rows))
    for q in (1, 2, 3, 4):
        values = np.array([getattr(r, f"q{q}") for r in rows], dtype=float)
        ax.bar(
            x, values, width=widths, bottom=bottom, color=QUAD_COLOURS[q], label=QUAD_NAMES[q], align="edge"
        )
        bottom += values
    ax.set_ylabel(f"events per {series.by}")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax2 = ax.twinx()
    if any(r.goldstein_mean is not None for r in rows):
        offset = {"day": 0.4, "week": 2.75, "month": 12, "year": 150}[series.by]
        # NaN for a quiet period breaks the line there instead of joining across the gap
        means = [math.nan if r.goldstein_mean is None else r.goldstein_mean for r in rows]
        ax2.plot(
            [v + offset for v in x],
            means,
            color="#222",
            marker="o",
            markersize=4,
            linewidth=1.5,
            label="mean Goldstein",
        )
    ax2.axhline(0, color="#888", linewidth=0.8, linestyle=":")
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("mean Goldstein (-10 conflict ... +10 cooperation)")
    if rows:  # one period of margin each side, so a short series still reads as dates, not hours
        from dyads.analysis.series import next_period

        first = rows[0].period
        before = first - (next_period(first, series.by) - first)
        after = next_period(next_period(rows[-1].period, series.by), series.by)
        ax.set_xlim(float(mdates.date2num(before)), float(mdates.date2num(after)))
    locator = mdates.AutoDateLocator(minticks=3)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper left", fontsize=9, ncol=5, bbox_to_anchor=(0, -0.1), frameon=False)
    n = series.left_out
    note = f"; {n} event{'s' if n != 1 else ''} dated less precisely than a {series.by} left out" if n else ""
    total = series.total
    ax.set_title(
        (title or "Event series") + f": {total} event{'s' if total != 1 else ''} by {series.by}{note}",
        fontsize=11,
    )
    ax.spines["top"].set_visible(False)
    ax2.spines["top"].set_visible(False)
    fig.tight_layout()
    fig.savefig(path, bbox_inches="tight")
    plt.close(fig)
