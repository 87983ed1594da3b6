"""Dyad (or actor) time series: per day, week, month or year, event counts by quad class and Goldstein.

An event counts in a period only when its date is at least as precise as the period: a "last month"
event is in the monthly series but left out of the weekly one (it cannot be placed in a week), and the
number left out is reported.  Periods with no events are kept (as zeros) between the first and last
period, so the series can be plotted or loaded as is.  Weeks start on Monday (ISO weeks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

PERIODS = ("day", "week", "month", "year")
_FITS = {  # date precisions that can be placed in a period of each size
    "day": {"day"},
    "week": {"day"},
    "month": {"day", "month"},
    "year": {"day", "month", "year"},
}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def period_start(day: dt.date, by: str) -> dt.date:
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return day.replace(month=1, day=1)
    raise ValueError(f"unknown period {by!r} (choose from {', '.join(PERIODS)})")


def next_period(start: dt.date, by: str) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    if by == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start.replace(year=start.year + 1)


@dataclass
class SeriesRow:
    period: dt.date
    events: int = 0
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0
    goldstein_sum: float = 0.0
    goldstein_n: int = 0  # events with a Goldstein weight (the mean's denominator)
    ids: list[str] = field(default_factory=list)

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.goldstein_n if self.goldstein_n else None

    def to_dict(self) -> dict[str, Any]:
        mean = self.goldstein_mean
        return {
            "period": self.period.isoformat(),
            "events": self.events,
            "verbal_cooperation": self.q1,
            "material_cooperation": self.q2,
            "verbal_conflict": self.q3,
            "material_conflict": self.q4,
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": None if mean is None else round(mean, 3),
        }


@dataclass
class SeriesResult:
    by: str
    rows: list[SeriesRow]
    left_out: int = 0  # events dated less precisely than the period
    undated: int = 0

    @property
    def total(self) -> int:
        return sum(r.events for r in self.rows)


def dyad_series(
    rows: Iterable[dict[str, Any]],
    *,
    by: str = "week",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> SeriesResult:
    """The series of event rows (fused events or mentions: ``date_start``, ``date_precision``,
    ``quad_class``, ``goldstein``).  ``since``/``until`` widen (or bound) the period range."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r} (choose from {', '.join(PERIODS)})")
    buckets: dict[dt.date, SeriesRow] = {}
    left_out = undated = 0
    for r in rows:
        start, precision = r["date_start"], r["date_precision"]
        if start is None:
            undated += 1
            continue
        if precision not in _FITS[by]:
            left_out += 1
            continue
        if (since and start < since) or (until and start > until):
            continue  # a vague date overlapping the range, but its placement falls outside
        key = period_start(start, by)
        row = buckets.setdefault(key, SeriesRow(key))
        row.events += 1
        q = r["quad_class"]
        if q in (1, 2, 3, 4):
            setattr(row, f"q{q}", getattr(row, f"q{q}") + 1)
        if r["goldstein"] is not None:
            row.goldstein_sum += float(r["goldstein"])
            row.goldstein_n += 1
        row.ids.append(r.get("fused_id") or r.get("event_id") or "")
    if not buckets:
        return SeriesResult(by, [], left_out, undated)
    first = period_start(since, by) if since else min(buckets)
    last = period_start(until, by) if until else max(buckets)
    out: list[SeriesRow] = []
    p = min(first, min(buckets))
    end = max(last, max(buckets))
    while p <= end:
        out.append(buckets.get(p, SeriesRow(p)))
        p = next_period(p, by)
    return SeriesResult(by, out, left_out, undated)
