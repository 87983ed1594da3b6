"""Alignment shifts: dyads whose net cooperation changed sign, or moved most, between consecutive windows.

Time is cut into windows of ``window_days`` ending at ``until`` (default: the latest event) and going
back to the first event (or ``since``).  For each pair of actors (network nodes, as in the alliance
network) the net cooperation of a window is the sum of the Goldstein weights of its events, both
directions together, without recency decay.  For each dyad the largest change between two consecutive
windows is its shift; shifts where the sign flipped (cooperation turned to conflict, or back) come
first, then the largest moves.  Each shift lists the events of both windows, strongest first.

An event is placed in a window by the middle of its date (or its first report, if that is earlier); events
dated only to a period longer than a window (a month-precision date in 7-day windows) are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dyads.analysis.network import actor_node, node_labels, when


@dataclass
class Window:
    start: dt.date  # first day
    end: dt.date  # last day
    net: float = 0.0
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "net": round(self.net, 3),
            "events": [e["fused_id"] for e in self.events],
        }


@dataclass
class Shift:
    a: str
    b: str
    label_a: str
    label_b: str
    before: Window
    after: Window

    @property
    def delta(self) -> float:
        return self.after.net - self.before.net

    @property
    def sign_change(self) -> bool:
        return self.before.net * self.after.net < 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "label_a": self.label_a,
            "label_b": self.label_b,
            "delta": round(self.delta, 3),
            "sign_change": self.sign_change,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }


def find_shifts(
    rows: Sequence[dict[str, Any]],
    names: Iterable[tuple[str, str | None, str | None, int]] = (),
    *,
    window_days: int = 30,
    until: dt.date | None = None,
    since: dt.date | None = None,
    top: int = 20,
    latest: bool = False,
) -> list[Shift]:
    """The top shifts of fused-event rows (``Database.network_rows``).  ``latest``: compare only the last
    two windows (what changed recently), not every consecutive pair."""
    if window_days < 1:
        raise ValueError("the window must be at least one day")
    width = dt.timedelta(days=window_days)
    placed: list[tuple[dt.date, str, str, dict[str, Any]]] = []
    for r in rows:
        start, end = r["date_start"], r["date_end"] or r["date_start"]
        if start is None or r["goldstein"] is None or (end - start) >= width:
            continue
        a, b = actor_node(r["source_code"]), actor_node(r["target_code"])
        if a is None or b is None or a == b:
            continue
        a, b = sorted((a, b))
        placed.append((when(r), a, b, r))
    if not placed:
        return []
    last = until or max(p[0] for p in placed)
    first = since or min(p[0] for p in placed)

    def index(day: dt.date) -> int:  # window 0 ends on `last`, window 1 the one before ...
        return (last - day).days // window_days

    def bounds(k: int) -> tuple[dt.date, dt.date]:
        end = last - dt.timedelta(days=k * window_days)
        return end - width + dt.timedelta(days=1), end

    per_dyad: dict[tuple[str, str], dict[int, Window]] = defaultdict(dict)
    for day, a, b, r in placed:
        if day > last or day < first:
            continue
        k = index(day)
        w = per_dyad[(a, b)].get(k)
        if w is None:
            w = per_dyad[(a, b)][k] = Window(*bounds(k))
        w.net += float(r["goldstein"])
        w.events.append(r)
    labels = node_labels(names)
    shifts: list[Shift] = []
    for (a, b), windows in per_dyad.items():
        ks = {0} if latest else set(windows) | {k - 1 for k in windows if k > 0}
        best: Shift | None = None
        for k in sorted(ks):  # k is the later window, k + 1 the one before it
            if k + 1 > index(first) and not latest:
                continue
            after = windows.get(k) or Window(*bounds(k))
            before = windows.get(k + 1) or Window(*bounds(k + 1))
            if not after.events and not before.events:
                continue
            s = Shift(a, b, labels.get(a, a), labels.get(b, b), before, after)
            if best is None or _rank(s) < _rank(best):
                best = s
        if best is not None:
            shifts.append(best)
    for s in shifts:
        for w in (s.before, s.after):
            w.events.sort(key=lambda e: (-abs(float(e["goldstein"])), e["fused_id"]))
    shifts.sort(key=_rank)
    return shifts[:top] if top else shifts


def _rank(s: Shift) -> tuple[int, float, str, str, str]:
    return (0 if s.sign_change else 1, -abs(s.delta), s.after.end.isoformat(), s.a, s.b)
