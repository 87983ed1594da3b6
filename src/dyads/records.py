"""The typed records that flow through the pipeline.

Document -> Sentence -> Mention(Actor) -> Event.  Every stage takes and returns these; nothing else
crosses a stage boundary.  Character offsets are always offsets into ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "month", "year"]
Modality = Literal["asserted", "negated", "hypothetical", "intended", "requested", "alleged"]


@dataclass(frozen=True)
class Document:
    """One article: the text the coder reads plus what is known about it."""

    doc_id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None  # publisher / outlet, when known
    url: str | None = None
    origin: str | None = None  # where it was read from: a path, "<stdin>", "file.jsonl:12"
    # character spans of page furniture (title line, date line, captions, "Read also" ...) that are
    # kept in ``text`` so offsets stay true, but never coded as events of the article
    furniture: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A coded actor: CAMEO-style code, ISO3 country (or None), sectors, canonical name."""

    code: str
    name: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    kind: str = "state"  # state | igo | group | person | agent

    @property
    def identified(self) -> bool:
        """A country, group, organisation or person: not a bare sector ("officials") nobody can place."""
        return bool(self.country or self.kind in ("group", "igo", "person"))


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor."""

    text: str
    start: int
    end: int
    actor: Actor
    # name | adjective | capital | person | group | agent | title (a titled person placed by the story's
    # country) | coref | member (of "the E3")
    how: str = "name"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "code": self.actor.code,
            "country": self.actor.country,
            "sectors": list(self.actor.sectors),
            "name": self.actor.name,
            "start": self.start,
            "end": self.end,
        }


def identified(m: Mention | None) -> bool:
    """Is this side of an event an actor an analyst can place?"""
    return m is not None and m.actor.identified


@dataclass
class Event:
    """One coded event: who did what to whom, when, where, how many died, according to whom."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    source: Mention | None
    target: Mention | None
    cameo: str
    cameo_root: str
    cameo_name: str
    plover_type: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float | None
    trigger: tuple[int, int]  # character offsets of the predicate in the document
    trigger_text: str
    date: str | None = None  # ISO date, "YYYY-MM" or "YYYY" according to date_precision
    date_precision: DatePrecision | None = None
    location: dict[str, Any] | None = None
    fatalities: int | None = None
    attribution: str | None = None
    modality: Modality = "asserted"
    background: bool = False  # the article recalls it ("in 2011", "since 2012") rather than reports it
    confidence: float = 0.5
    reason: str = ""  # which pattern produced the code, for people checking the coder
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evidence: dict[str, Any] = {
            "trigger": {"text": self.trigger_text, "start": self.trigger[0], "end": self.trigger[1]}
        }
        for role in ("source", "target"):
            m: Mention | None = getattr(self, role)
            evidence[role] = None if m is None else {"start": m.start, "end": m.end}
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location,
            "fatalities": self.fatalities,
            "attribution": self.attribution,
            "modality": self.modality,
            "background": self.background,
            "evidence": evidence,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
        }


def as_plain(obj: Any) -> Any:
    """Dataclass -> plain dict (dates as ISO strings), for debugging and JSON."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: as_plain(v) for k, v in asdict(obj).items()}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj
