"""Cross-report deduplication: mentions of one real-world event, from one or many articles, fuse into one.

Two mentions are of the same event when they have

* the same source and target actor codes and the same CAMEO root (a "strike" and a "drone strike" by
  TURMIL on SYRMIL are one event; TURMIL on SYRMIL and SYRMIL on TURMIL are two);
* compatible dates: day-precision dates at most ``window_days`` apart (a report published the next
  morning often dates the event a day off), otherwise the vaguer date contains the other one ("last
  month" in one report, "on 3 March" in another); undated mentions fuse only within their own article;
* compatible places: the same country, or no place in one of them.

Mentions are taken one at a time in store order and join the best compatible fused event (same date
precision first, then the nearest date, then the better-supported event, then the older one) or found
a new one.  A fused event is compared through its *anchor* - its founding mention's date, made more
precise when a more precise mention joins - not through every member, so a daily series of strikes is
a series of events rather than one event chained across weeks.

A fused event's id derives from its founding mention and never changes as mentions join it, so ids are
stable across re-ingests and as more reports arrive.  Its attributes are recomputed from all its
mentions: the most frequent (then most specific) CAMEO code, the most specific place, the largest
death toll reported (tolls rise as reports come in), the highest confidence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

_RANK = {"day": 0, "month": 1, "year": 2}


def mention_key(m: dict[str, Any]) -> tuple[str, str, str]:
    return (m.get("source_code") or "", m.get("target_code") or "", m["cameo_root"])


def fused_id(doc_hash: str, event_id: str) -> str:
    return hashlib.sha1(f"fused|{doc_hash}|{event_id}".encode()).hexdigest()[:16]


@dataclass
class Cluster:
    """The matching state of one fused event."""

    fused_id: str
    seq: int
    key: tuple[str, str, str]
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    country: str | None
    n_mentions: int = 0
    doc_hashes: set[str] = field(default_factory=set)  # kept for undated events, which stay in one doc

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Cluster:
        return cls(
            fused_id=row["fused_id"],
            seq=int(row["seq"]),
            key=mention_key(row),
            start=row["date_start"],
            end=row["date_end"],
            precision=row["date_precision"],
            country=row["location_country"],
            n_mentions=int(row["n_mentions"]),
        )


class Fuser:
    """Assigns mentions to fused events.  ``window_days``: how far apart two day-precision dates may be."""

    def __init__(self, window_days: int = 1) -> None:
        if window_days < 0:
            raise ValueError("window_days must be 0 or more")
        self.window = dt.timedelta(days=window_days)

    def probes(self, mentions: Iterable[dict[str, Any]]) -> list[tuple[str, str, str, dt.date, dt.date]]:
        """What to ask the database for: per key, the date span any compatible stored event must touch."""
        spans: dict[tuple[str, str, str], tuple[dt.date, dt.date]] = {}
        for m in mentions:
            if m["date_start"] is None:
                continue  # undated mentions never join events of other (already stored) articles
            key = mention_key(m)
            lo, hi = m["date_start"] - self.window, m["date_end"] + self.window
            if key in spans:
                lo, hi = min(lo, spans[key][0]), max(hi, spans[key][1])
            spans[key] = (lo, hi)
        return [(*k, lo, hi) for k, (lo, hi) in spans.items()]

    def compatible(self, m: dict[str, Any], c: Cluster) -> bool:
        if mention_key(m) != c.key:
            return False
        country = m["location_country"]
        if country and c.country and country != c.country:
            return False
        start, end = m["date_start"], m["date_end"]
        if start is None or c.start is None:
            return start is None and c.start is None and m["doc_hash"] in c.doc_hashes
        if m["date_precision"] == "day" and c.precision == "day":
            return abs((start - c.start).days) <= self.window.days
        # calendar periods are nested or disjoint: overlapping means the vaguer one contains the other
        return start <= c.end and c.start <= end

    def assign(
        self, mentions: Sequence[dict[str, Any]], stored: Iterable[dict[str, Any]], next_seq: int
    ) -> tuple[dict[str, Cluster], int]:
        """Set ``fused_id`` on each mention (in order) and return the clusters touched, by id, and the next
        free sequence number.  ``stored``: candidate fused events from the database (``Database.
        candidate_events``)."""
        by_key: dict[tuple[str, str, str], list[Cluster]] = {}
        for row in stored:
            c = Cluster.from_row(row)
            by_key.setdefault(c.key, []).append(c)
        touched: dict[str, Cluster] = {}
        for m in mentions:
            candidates = [c for c in by_key.get(mention_key(m), ()) if self.compatible(m, c)]
            if candidates:
                best = min(candidates, key=lambda c: self._preference(m, c))
                self._join(best, m)
            else:
                best = Cluster(
                    fused_id=fused_id(m["doc_hash"], m["event_id"]),
                    seq=next_seq,
                    key=mention_key(m),
                    start=m["date_start"],
                    end=m["date_end"],
                    precision=m["date_precision"],
                    country=m["location_country"],
                    n_mentions=1,
                    doc_hashes={m["doc_hash"]},
                )
                next_seq += 1
                by_key.setdefault(best.key, []).append(best)
            m["fused_id"] = best.fused_id
            touched[best.fused_id] = best
        return touched, next_seq

    @staticmethod
    def _preference(m: dict[str, Any], c: Cluster) -> tuple[int, int, int, int]:
        same_precision = 0 if m["date_precision"] == c.precision else 1
        distance = abs((m["date_start"] - c.start).days) if m["date_start"] and c.start else 0
        return (same_precision, distance, -c.n_mentions, c.seq)

    @staticmethod
    def _join(c: Cluster, m: dict[str, Any]) -> None:
        c.n_mentions += 1
        c.doc_hashes.add(m["doc_hash"])
        if not c.country and m["location_country"]:
            c.country = m["location_country"]
        precision = m["date_precision"]
        if precision and c.precision and _RANK[precision] < _RANK[c.precision]:
            # "last month" founded it, "on 3 March" pins it down
            c.start, c.end, c.precision = m["date_start"], m["date_end"], precision


def fuse(
    cluster: Cluster, mentions: Sequence[dict[str, Any]], previous: dict[str, Any] | None, now: dt.datetime
) -> dict[str, Any]:
    """The fused event row of a cluster from all its mentions (in store order)."""
    if not mentions:
        raise ValueError(f"fused event {cluster.fused_id} has no mentions")
    codes = Counter(m["cameo"] for m in mentions)
    # the most reported code; among equals the most specific ("1952" drone strike over "190")
    cameo = max(codes, key=lambda code: (codes[code], len(code), code))
    typical = next(m for m in mentions if m["cameo"] == cameo)
    best = max(mentions, key=lambda m: m["confidence"] or 0.0)  # max() keeps the first of equals
    row: dict[str, Any] = {
        "fused_id": cluster.fused_id,
        "seq": cluster.seq,
        "cameo": cameo,
        **{k: typical[k] for k in ("cameo_root", "cameo_name", "plover_type", "plover_mode", "quad_class")},
        "goldstein": typical["goldstein"],
    }
    for role in ("source", "target"):
        names = Counter(m[f"{role}_name"] for m in mentions if m[f"{role}_name"])
        # a person coded as their state ("Walid Muallem" as SYRGOV) names the event's side worst
        named = [m for m in mentions if m[f"{role}_kind"] != "person" and m[f"{role}_name"]] or list(mentions)
        top = max(named, key=lambda m: names.get(m[f"{role}_name"], 0))
        row[f"{role}_code"] = typical[f"{role}_code"]
        row[f"{role}_country"] = next((m[f"{role}_country"] for m in mentions if m[f"{role}_country"]), None)
        row[f"{role}_name"] = top[f"{role}_name"]
        row[f"{role}_kind"] = top[f"{role}_kind"]
    row.update(_anchor_date(cluster))
    place = _best_place(mentions)
    row.update(
        location_name=place.get("location_name"),
        location_country=place.get("location_country") or cluster.country,
        location_admin1=place.get("location_admin1"),
        latitude=place.get("latitude"),
        longitude=place.get("longitude"),
        geonames_id=place.get("geonames_id"),
    )
    tolls = [m["fatalities"] for m in mentions if m["fatalities"] is not None]
    docs: dict[str, dict[str, Any]] = {}
    for m in mentions:
        docs.setdefault(m["doc_hash"], m)
    publishers = [d["publisher"] for d in docs.values() if d["publisher"]]
    anonymous = sum(1 for d in docs.values() if not d["publisher"])
    published = [d["published"] for d in docs.values() if d["published"]]
    row.update(
        fatalities=max(tolls) if tolls else None,
        confidence=max((m["confidence"] or 0.0) for m in mentions),
        n_mentions=len(mentions),
        n_documents=len(docs),
        # an outlet repeating itself is one source; an article of unknown outlet counts as its own
        n_sources=len(set(publishers)) + anonymous,
        documents=list(dict.fromkeys(d["doc_id"] for d in docs.values())),
        sources=list(dict.fromkeys(publishers)),
        attributions=list(dict.fromkeys(m["attribution"] for m in mentions if m["attribution"])),
        sentence=best["sentence"],
        lead=min(m["sentence_index"] for m in mentions) < 3,
        first_published=min(published) if published else None,
        ingested_at=previous["ingested_at"] if previous else now,
        updated_at=now,
        founder=previous["founder"] if previous else f"{mentions[0]['doc_hash']}:{mentions[0]['event_id']}",
    )
    return row


def _anchor_date(c: Cluster) -> dict[str, Any]:
    if c.start is None:
        return {"date": None, "date_precision": None, "date_start": None, "date_end": None}
    text = {"day": c.start.isoformat(), "month": c.start.isoformat()[:7], "year": str(c.start.year)}
    return {
        "date": text.get(c.precision or "day", c.start.isoformat()),
        "date_precision": c.precision,
        "date_start": c.start,
        "date_end": c.end,
    }


def _best_place(mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The most specific place: a geocoded town over a named place over a bare country; then the most
    often reported one; then the first."""
    placed = [m for m in mentions if m["location_name"] or m["location_country"]]
    if not placed:
        return {}
    counts = Counter(m["location_name"] for m in placed)

    def specificity(m: dict[str, Any]) -> tuple[int, int]:
        level = 2 if m["latitude"] is not None else 1 if m["location_name"] else 0
        return (level, counts[m["location_name"]])

    return max(placed, key=specificity)
