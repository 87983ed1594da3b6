"""The alliance network: a signed, weighted graph of political actors built from fused events.

Nodes are *political actors*, aggregated from actor codes so that one side of a conflict is one node:

* a state - its bare code and its state organs: ``SYR``, ``SYRGOV``, ``SYRMIL``, ``SYRCOP``, ``SYRSPY``,
  ``SYRJUD``, ``SYRLEG`` are all "Syria" (a person coded by office, like a foreign minister, is the state);
* a country's non-state side by role: rebels, insurgents, separatists, opposition, armed groups, parties
  (``LBYREB`` - Haftar's LNA - is not Libya's state ``LBY``/``LBYGOV`` - the GNA);
* a named group with its own tag (``SYRREBHTS``, ``RUSMILWAG`` Wagner, ``AFGGOVTAL`` Taliban);
* an intergovernmental organisation by its top code (``IGOUNOSEC`` is ``IGOUNO``).

Civilians, refugees, media, businesses, NGOs and actors with no known country are not alliance actors
and are left out, as are events within one node (a state arresting its own officials).

Edge weight between two nodes (both directions together) is the sum over their fused events of the
Goldstein weight - positive for cooperation, negative for conflict, so the sum is cooperation minus
conflict - times a recency factor 0.5 ** (age / half-life), age counted back from the end of the window
(or the latest event).  Each fused event counts once however many articles reported it.  "X backed by
Y" and "X's ally Y" are coded as support/endorsement (CAMEO 05x, 07x) and so count as alignment.
Every edge keeps the ids of the events that make it, strongest first.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from dyads.store.export import countries, country_name, split_code

STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
PARTY_ROLES: dict[str, str] = {
    "REB": "rebels",
    "INS": "insurgents",
    "SEP": "separatists",
    "OPP": "opposition",
    "UAF": "armed groups",
    "PTY": "parties",
}


def actor_node(code: str | None) -> str | None:
    """The network node an actor code belongs to, or None when it is not an alliance actor."""
    if not code:
        return None
    if code.startswith("IGO"):
        return code[:6] if len(code) >= 6 else None
    if code.startswith("IMG"):
        return code[:6] if len(code) >= 6 else None  # a named jihadist network; bare IMG says nothing
    parts = split_code(code)
    country = parts["country"]
    if country is None or country not in countries():
        return None  # "civilians" of no known country; CAMEO regions ("Latin America") are no actors
    types = parts["types"]
    political = not types or types[0] in STATE_ROLES or types[0] in PARTY_ROLES
    if parts["group"]:
        # a named group, up to its tag: SYRREBHTS, AFGGOVTAL, USAPTYREP; named media and firms
        # (USAMEDCNN, GBRMEDREU) are not parties to alliances
        if not political:
            return None
        chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
        return "".join(chunks[: chunks.index(parts["group"], 1) + 1])
    if not types or types[0] in STATE_ROLES:
        return country
    if types[0] in PARTY_ROLES:
        return country + types[0]
    return None


def node_labels(names: Iterable[tuple[str, str | None, str | None, int]]) -> dict[str, str]:
    """Readable labels of nodes from what the coder called their codes: (code, name, kind, count) rows."""
    by_code: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for code, name, kind, n in names:
        if name:
            by_code[code][(name, kind or "")] += int(n)
    labels: dict[str, str] = {}
    nodes = {node for c in by_code if (node := actor_node(c)) is not None}
    for node in sorted(nodes):
        labels[node] = _label(node, by_code)
    return labels


def _label(node: str, by_code: dict[str, Counter[tuple[str, str]]]) -> str:
    def best(code: str, kinds: tuple[str, ...]) -> str | None:
        counts = by_code.get(code, Counter())
        picks = [(n, name) for (name, kind), n in counts.items() if kind in kinds]
        return max(picks)[1] if picks else None

    parts = split_code(node)
    if node.startswith(("IGO", "IMG")) or parts["group"]:
        return best(node, ("igo", "group")) or best(node, ("state", "agent", "person", "")) or node
    country = parts["country"]
    # the state's name as the actor dictionary writes it ("Palestine"), else GeoNames' English name
    state = best(country, ("state",)) or country_name(country) or country
    if node == country:
        government = best(node + "GOV", ("group",))  # a named government: Libya's GNA, the PA
        return f"{state} ({government})" if government and government != state else state
    group = best(node, ("group",))
    if group:
        return group
    role = PARTY_ROLES.get(node[3:6], node[3:].lower())
    return f"{state}: {role}"


@dataclass
class SignedNetwork:
    """The graph (networkx) and how it was made.  Node attributes: ``label``, ``codes`` (member codes),
    ``n_events``, ``strength`` (sum of absolute edge weights).  Edge attributes: ``weight`` (net),
    ``cooperation`` and ``conflict`` (the decayed positive and negative parts, both >= 0), ``n_events``,
    ``events`` (fused ids, strongest first) and ``evidence`` (one dict per event)."""

    graph: nx.Graph
    reference: dt.date | None
    half_life_days: float | None
    since: dt.date | None = None
    until: dt.date | None = None
    first: dt.date | None = None  # the earliest event that made an edge
    n_events: int = 0  # events that made an edge
    left_out: int = 0  # events with a side that is not an alliance actor, or within one node
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, node: str) -> str:
        return (
            self.graph.nodes[node].get("label", node) if node in self.graph else self.labels.get(node, node)
        )

    def edges(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Edges, strongest (absolute net weight) first."""
        return sorted(self.graph.edges(data=True), key=lambda e: (-abs(e[2]["weight"]), e[0], e[1]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference.isoformat() if self.reference else None,
            "half_life_days": self.half_life_days,
            "nodes": [
                {
                    "id": n,
                    "label": d["label"],
                    "codes": sorted(d["codes"]),
                    "n_events": d["n_events"],
                    "strength": round(d["strength"], 3),
                }
                for n, d in sorted(self.graph.nodes(data=True))
            ],
            "edges": [
                {
                    "source": u,
                    "target": v,
                    "weight": round(d["weight"], 3),
                    "cooperation": round(d["cooperation"], 3),
                    "conflict": round(d["conflict"], 3),
                    "n_events": d["n_events"],
                    "events": d["events"],
                }
                for u, v, d in self.edges()
            ],
        }


def recency(age_days: float, half_life_days: float | None) -> float:
    if not half_life_days:
        return 1.0
    return 0.5 ** (max(0.0, age_days) / half_life_days)


def when(row: dict[str, Any]) -> dt.date:
    """The day an event counts from for recency: the middle of its date's period, but never after its first
    report (a date after publication is a plan or a misread date, and must not pull the window's end
    into the future)."""
    start, end = row["date_start"], row["date_end"] or row["date_start"]
    middle = start + (end - start) / 2
    published = row.get("first_published")
    return min(middle, published) if published else middle


def build_network(
    rows: Sequence[dict[str, Any]],
    names: Iterable[tuple[str, str | None, str | None, int]] = (),
    *,
    half_life_days: float | None = 365.0,
    reference: dt.date | None = None,
    since: dt.date | None = None,
    min_events: int = 1,
) -> SignedNetwork:
    """The network of fused-event rows (``Database.network_rows``).  ``reference``: the day ages are
    counted back from (default: the latest event's date); later events count as age 0."""
    if half_life_days is not None and half_life_days < 0:
        raise ValueError("the half-life must be positive (or None for no decay)")
    dated = [r for r in rows if r["date_start"] is not None]
    ref = reference or max((when(r) for r in dated), default=None)
    labels = node_labels(names)
    g = nx.Graph()
    edges: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    node_codes: dict[str, set[str]] = defaultdict(set)
    left_out = 0
    for r in dated:
        a, b = actor_node(r["source_code"]), actor_node(r["target_code"])
        if a is None or b is None or a == b or r["goldstein"] is None:
            left_out += 1
            continue
        node_codes[a].add(r["source_code"])
        node_codes[b].add(r["target_code"])
        age = (ref - when(r)).days if ref else 0
        contribution = float(r["goldstein"]) * recency(age, half_life_days)
        edges[tuple(sorted((a, b)))].append(  # type: ignore[index]
            {
                "fused_id": r["fused_id"],
                "date": r["date"],
                "source": r["source_code"],
                "target": r["target_code"],
                "cameo": r["cameo"],
                "cameo_name": r["cameo_name"],
                "goldstein": r["goldstein"],
                "contribution": contribution,
                "n_sources": r.get("n_sources"),
                "sentence": r.get("sentence"),
                "when": when(r),
            }
        )
    n_events = 0
    used: list[dt.date] = []
    for (a, b), evidence in edges.items():
        if len(evidence) < min_events:
            left_out += len(evidence)
            continue
        evidence.sort(key=lambda e: (-abs(e["contribution"]), e["date"] or "", e["fused_id"]))
        coop = sum(e["contribution"] for e in evidence if e["contribution"] > 0)
        conf = -sum(e["contribution"] for e in evidence if e["contribution"] < 0)
        for n in (a, b):
            if n not in g:
                g.add_node(n, label=labels.get(n) or _label(n, {}), codes=set(), n_events=0, strength=0.0)
        g.add_edge(
            a,
            b,
            weight=coop - conf,
            cooperation=coop,
            conflict=conf,
            n_events=len(evidence),
            events=[e["fused_id"] for e in evidence],
            evidence=evidence,
        )
        n_events += len(evidence)
        used.extend(e["when"] for e in evidence)
    for n, d in g.nodes(data=True):
        d["codes"] = node_codes[n]
        d["n_events"] = sum(g.edges[n, m]["n_events"] for m in g.neighbors(n))
        d["strength"] = sum(abs(g.edges[n, m]["weight"]) for m in g.neighbors(n))
    return SignedNetwork(
        g,
        ref,
        half_life_days,
        since=since,
        until=reference,
        first=min(used, default=None),
        n_events=n_events,
        left_out=left_out,
        labels=labels,
    )
