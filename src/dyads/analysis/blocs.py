"""Blocs: a partition of the signed network that maximises cooperation within blocs and conflict between them.

The objective is structural balance's: find the partition with the least *frustration*, the absolute
weight of the edges that disagree with it (negative edges inside a bloc, positive edges between blocs).
The number of blocs is not fixed in advance (this is correlation clustering on a signed graph).

How (each connected part of the network on its own):

1. parts of up to ``EXACT_LIMIT`` actors are solved exactly by trying every partition;
2. larger parts start from a spectral split - the signs of the leading eigenvector of the signed
   adjacency matrix maximise (approximately) within-bloc minus between-bloc weight - applied again to
   each half as long as a split lowers the frustration;
3. then local moves: each actor moves to the bloc (or a bloc of its own) that lowers the frustration
   most, and two blocs merge when the weight between them is positive, until nothing improves.

Finally every bloc is split into the groups its *positive* ties hold together, which never adds
frustration and means that no actor is in a bloc without a cooperative tie to it: an actor that is only
hostile to others stands alone.  The balance score is 1 - frustration / total absolute weight: 1 when
every tie agrees with the blocs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from dyads.analysis.network import SignedNetwork

EXACT_LIMIT = 8
_EPS = 1e-9


@dataclass
class Tie:
    other: str
    label: str
    weight: float
    n_events: int
    events: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "other": self.other,
            "label": self.label,
            "weight": round(self.weight, 3),
            "n_events": self.n_events,
            "events": self.events,
        }


@dataclass
class Membership:
    """Why an actor is in its bloc: cooperative ties inside it, hostile ties to other blocs, and the ties
    that disagree (hostility inside, cooperation across)."""

    node: str
    label: str
    support: list[Tie] = field(default_factory=list)
    opposed: list[Tie] = field(default_factory=list)
    contrary: list[Tie] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        """Share of this actor's absolute tie weight that agrees with the blocs (1.0 = all of it)."""
        good = sum(abs(t.weight) for t in self.support + self.opposed)
        total = good + sum(abs(t.weight) for t in self.contrary)
        return good / total if total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "label": self.label,
            "agreement": round(self.agreement, 3),
            "support": [t.to_dict() for t in self.support],
            "opposed": [t.to_dict() for t in self.opposed],
            "contrary": [t.to_dict() for t in self.contrary],
        }


@dataclass
class Bloc:
    members: list[Membership]

    @property
    def nodes(self) -> list[str]:
        return [m.node for m in self.members]

    @property
    def labels(self) -> list[str]:
        return [m.label for m in self.members]


@dataclass
class BlocResult:
    blocs: list[Bloc]  # largest first; actors standing alone are blocs of one, last
    frustration: float
    total: float
    network: SignedNetwork
    frustrated: list[tuple[str, str, float]]  # the edges that disagree with the blocs, heaviest first
    triangles: int = 0
    balanced_triangles: int = 0

    @property
    def balance(self) -> float:
        return 1.0 - self.frustration / self.total if self.total > 0 else 1.0

    def bloc_of(self, node: str) -> int | None:
        for i, b in enumerate(self.blocs):
            if node in b.nodes:
                return i
        return None

    def partition(self) -> list[set[str]]:
        return [set(b.nodes) for b in self.blocs]

    def to_dict(self) -> dict[str, Any]:
        return {
            "balance": round(self.balance, 4),
            "frustration": round(self.frustration, 3),
            "total_weight": round(self.total, 3),
            "triangles": self.triangles,
            "balanced_triangles": self.balanced_triangles,
            "blocs": [[m.to_dict() for m in b.members] for b in self.blocs],
            "frustrated": [{"a": a, "b": b, "weight": round(w, 3)} for a, b, w in self.frustrated],
        }


# --------------------------------------------------------------------------------------------- search


def frustration(g: nx.Graph, assign: dict[str, int], weight: str = "weight") -> float:
    total = 0.0
    for u, v, d in g.edges(data=True):
        w = d[weight]
        if assign[u] == assign[v]:
            total += max(0.0, -w)
        else:
            total += max(0.0, w)
    return total


def _partitions(n: int) -> Iterator[list[int]]:
    """Every partition of n items as a restricted growth string (item i's bloc number)."""
    a = [0] * n

    def rec(i: int, top: int) -> Iterator[list[int]]:
        if i == n:
            yield a
            return
        for b in range(top + 2):
            a[i] = b
            yield from rec(i + 1, max(top, b))

    if n == 0:
        yield []
        return
    yield from rec(1, 0)


def _exact(w: np.ndarray) -> list[int]:
    n = len(w)
    pairs = [(i, j, float(w[i, j])) for i, j in itertools.combinations(range(n), 2) if w[i, j] != 0]
    best: tuple[float, int] | None = None
    best_assign: list[int] = [0] * n
    for assign in _partitions(n):
        cost = 0.0
        for i, j, x in pairs:
            if (assign[i] == assign[j]) == (x < 0):
                cost += abs(x)
        key = (round(cost, 9), max(assign) + 1 if assign else 0)  # among equals, fewer blocs
        if best is None or key < best:
            best, best_assign = key, list(assign)
    return best_assign


def _cost_change_of_split(w: np.ndarray, left: list[int], right: list[int]) -> float:
    # splitting frustrates the positive edges between the halves and frees the negative ones
    return float(w[np.ix_(left, right)].sum())


def _spectral(w: np.ndarray) -> list[int]:
    n = len(w)
    assign = [0] * n
    queue = [list(range(n))]
    next_bloc = 1
    while queue:
        members = queue.pop()
        if len(members) < 2:
            continue
        sub = w[np.ix_(members, members)]
        _, vectors = np.linalg.eigh(sub)
        v = vectors[:, -1]
        if v[np.argmax(np.abs(v))] < 0:  # eigenvector signs are arbitrary: fix them for determinism
            v = -v
        left = [m for m, x in zip(members, v, strict=True) if x >= 0]
        right = [m for m, x in zip(members, v, strict=True) if x < 0]
        if not left or not right or _cost_change_of_split(w, left, right) >= -_EPS:
            continue
        for m in right:
            assign[m] = next_bloc
        next_bloc += 1
        queue += [left, right]
    return assign


def _improve(w: np.ndarray, assign: list[int]) -> list[int]:
    n = len(w)
    assign = list(assign)
    for _ in range(100 * n + 100):  # each pass lowers the frustration, so this ends; the bound is a guard
        changed = False
        for i in range(n):
            blocs = sorted(set(assign))
            sums = {b: float(sum(w[i, j] for j in range(n) if j != i and assign[j] == b)) for b in blocs}
            here = sums[assign[i]]
            new_bloc = max(blocs) + 1
            sums[new_bloc] = 0.0
            target = max(sums, key=lambda b: (sums[b], -b))
            if sums[target] > here + _EPS:
                assign[i] = target
                changed = True
        blocs = sorted(set(assign))
        for a, b in itertools.combinations(blocs, 2):
            ia = [i for i in range(n) if assign[i] == a]
            ib = [i for i in range(n) if assign[i] == b]
            if ia and ib and float(w[np.ix_(ia, ib)].sum()) > _EPS:
                for i in ib:
                    assign[i] = a
                changed = True
                break
        if not changed:
            break
    return assign


def partition_signed(g: nx.Graph, weight: str = "weight") -> list[set[str]]:
    """Blocs of a signed weighted graph (see the module docstring), each a set of nodes."""
    blocs: list[set[str]] = []
    nonzero = nx.Graph()
    nonzero.add_nodes_from(g.nodes)
    nonzero.add_edges_from((u, v, d) for u, v, d in g.edges(data=True) if abs(d[weight]) > _EPS)
    for component in sorted(nx.connected_components(nonzero), key=lambda c: sorted(c)):
        nodes = sorted(component)
        index = {n: i for i, n in enumerate(nodes)}
        w = np.zeros((len(nodes), len(nodes)))
        for u, v, d in nonzero.subgraph(nodes).edges(data=True):
            w[index[u], index[v]] = w[index[v], index[u]] = d[weight]
        assign = _exact(w) if len(nodes) <= EXACT_LIMIT else _improve(w, _spectral(w))
        groups: dict[int, set[str]] = {}
        for n, b in zip(nodes, assign, strict=True):
            groups.setdefault(b, set()).add(n)
        for group in groups.values():
            positive = nx.Graph()
            positive.add_nodes_from(group)
            positive.add_edges_from(
                (u, v) for u, v, d in g.subgraph(group).edges(data=True) if d[weight] > _EPS
            )
            blocs.extend(set(c) for c in nx.connected_components(positive))
    return blocs


# --------------------------------------------------------------------------------------------- result


def find_blocs(net: SignedNetwork) -> BlocResult:
    g = net.graph
    parts = partition_signed(g)
    strength = {n: d["strength"] for n, d in g.nodes(data=True)}
    parts.sort(key=lambda p: (len(p) < 2, -sum(strength[n] for n in p), sorted(p)))
    assign = {n: i for i, p in enumerate(parts) for n in p}

    def tie(n: str, m: str) -> Tie:
        d = g.edges[n, m]
        return Tie(m, net.label(m), d["weight"], d["n_events"], d["events"])

    blocs: list[Bloc] = []
    for p in parts:
        members = []
        for n in sorted(p, key=lambda x: (-strength[x], x)):
            mem = Membership(n, net.label(n))
            for m in g.neighbors(n):
                t = tie(n, m)
                same = assign[m] == assign[n]
                if same and t.weight > 0:
                    mem.support.append(t)
                elif not same and t.weight < 0:
                    mem.opposed.append(t)
                elif abs(t.weight) > _EPS:
                    mem.contrary.append(t)
            for ties in (mem.support, mem.opposed, mem.contrary):
                ties.sort(key=lambda t: (-abs(t.weight), t.other))
            members.append(mem)
        blocs.append(Bloc(members))
    total = sum(abs(d["weight"]) for _, _, d in g.edges(data=True))
    frustrated = sorted(
        (
            (u, v, d["weight"])
            for u, v, d in g.edges(data=True)
            if (assign[u] == assign[v]) == (d["weight"] < 0) and abs(d["weight"]) > _EPS
        ),
        key=lambda e: -abs(e[2]),
    )
    triangles, balanced = _triangles(g)
    return BlocResult(blocs, frustration(g, assign), total, net, frustrated, triangles, balanced)


def _triangles(g: nx.Graph, limit: int = 200_000) -> tuple[int, int]:
    """Signed triangles and how many are balanced (an even number of negative edges), up to ``limit``."""
    count = balanced = 0
    order = {n: i for i, n in enumerate(sorted(g.nodes))}
    for u in sorted(g.nodes):
        later = [v for v in g.neighbors(u) if order[v] > order[u]]
        for v, x in itertools.combinations(sorted(later, key=order.__getitem__), 2):
            if g.has_edge(v, x):
                signs = [g.edges[u, v]["weight"], g.edges[u, x]["weight"], g.edges[v, x]["weight"]]
                count += 1
                balanced += sum(1 for s in signs if s < 0) % 2 == 0
                if count >= limit:
                    return count, balanced
    return count, balanced


def _w(weight: float) -> str:
    """A weight for reading: one decimal, or two significant digits when it is small (an old event)."""
    return f"{weight:+.1f}" if abs(weight) >= 0.1 or weight == 0 else f"{weight:+.2g}"


def describe(result: BlocResult, *, evidence: int = 3, alone: bool = True) -> str:
    """The blocs as text: members, the evidence for each membership, the balance score."""
    lines: list[str] = []
    multi = [b for b in result.blocs if len(b.members) > 1]
    single = [b for b in result.blocs if len(b.members) == 1]
    for i, bloc in enumerate(multi, 1):
        lines.append(f"Bloc {i}: " + ", ".join(bloc.labels))
        for m in bloc.members:
            lines.append(f"  {m.label} [{m.node}]  agreement {m.agreement:.0%}")
            for kind, ties in (("with", m.support), ("against", m.opposed), ("but", m.contrary)):
                for t in ties[:evidence]:
                    lines.append(
                        f"    {kind:<7} {t.label}: {_w(t.weight)} over {t.n_events} event"
                        f"{'s' if t.n_events != 1 else ''} ({', '.join(t.events[:4])}"
                        f"{', ...' if len(t.events) > 4 else ''})"
                    )
    if alone and single:
        hostile = [b.members[0] for b in single if b.members[0].opposed]
        if hostile:
            lines.append("Standing alone (only hostile ties): " + ", ".join(m.label for m in hostile))
            for m in hostile[: max(evidence * 3, 10)]:
                t = m.opposed[0]
                lines.append(
                    f"  {m.label} [{m.node}] against {t.label}: {_w(t.weight)} ({', '.join(t.events[:3])})"
                )
    lines.append(
        f"Balance {result.balance:.3f} (frustration {result.frustration:.1f} of {result.total:.1f} total "
        f"absolute weight"
        + (
            f"; {result.balanced_triangles} of {result.triangles} triangles balanced"
            if result.triangles
            else ""
        )
        + ")"
    )
    for a, b, w in result.frustrated[: evidence * 2]:
        where = "inside a bloc" if result.bloc_of(a) == result.bloc_of(b) else "across blocs"
        lines.append(
            f"  disagreeing: {result.network.label(a)} - {result.network.label(b)} {_w(w)} ({where})"
        )
    return "\n".join(lines) + "\n"
