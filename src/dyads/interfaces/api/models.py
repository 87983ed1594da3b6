"""The JSON shapes of the HTTP API: requests and responses (the dashboard reads these).

Rows of the ``events`` table are returned with every stored column (``FusedEvent``, built from the
store's own column list so the two never drift apart); coded events from ``POST /v1/code`` are
``Event.to_dict()`` exactly, described by ``dyads schema`` (``CodedEvent`` in /openapi.json).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from dyads.store.db import EVENT_COLUMNS

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SQL_TYPES: dict[str, Any] = {
    "VARCHAR": str,
    "BIGINT": int,
    "INTEGER": int,
    "DOUBLE": float,
    "BOOLEAN": bool,
    "DATE": dt.date,
    "TIMESTAMP": dt.datetime,
    "VARCHAR[]": list[str],
}
CODED_EVENT_REF = {"$ref": "#/components/schemas/CodedEvent"}


class ErrorDetail(BaseModel):
    code: str = Field(description="stable machine-readable code: invalid, unknown_actor, too_large, ...")
    message: str = Field(description="what is wrong, naming the input")
    field: str | None = Field(description="the request field or query parameter at fault, if one is")


class ErrorResponse(BaseModel):
    error: ErrorDetail


# ------------------------------------------------------------------------------------------ requests


class CodeRequest(BaseModel):
    """An article to code: JSON, or a form (urlencoded or multipart) with these fields or a ``file``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(
        None,
        description="the article: plain text, or an HTML page when format is html (required unless a file "
        "is sent in a multipart form)",
    )
    date: str | None = Field(
        None,
        description="publication date, YYYY-MM-DD: relative dates ('on Sunday') are resolved against it",
        examples=["2020-03-02"],
    )
    title: str | None = Field(None, description="the headline")
    format: Literal["text", "html"] = Field("text", description="how to read text")
    include_suppressed: bool = Field(
        False, description="also return negated, hypothetical and merely intended events (in suppressed)"
    )

    @field_validator("text")
    @classmethod
    def _not_empty(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("the text is empty")
        return value

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            if not _DATE.match(value.strip()):
                raise ValueError
            dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
        return value.strip()

    def published(self) -> dt.date | None:
        return dt.date.fromisoformat(self.date) if self.date else None


class DocumentRequest(CodeRequest):
    """An article to code and store, with what is known about it."""

    doc_id: str | None = Field(None, description="your id for it (default: derived from the text)")
    url: str | None = None
    source: str | None = Field(None, description="the publisher")


# ------------------------------------------------------------------------------------------ coding


class DocumentOut(BaseModel):
    doc_id: str
    title: str | None
    published: dt.date | None
    source: str | None
    url: str | None
    text: str = Field(description="the exact text that every character offset in events[].evidence refers to")
    furniture: list[tuple[int, int]] = Field(
        description="character spans of page furniture (headline, date line, captions) that are never coded"
    )


class CodeResponse(BaseModel):
    document: DocumentOut
    events: list[dict[str, Any]] = Field(
        description="asserted events, as `dyads code` writes them",
        json_schema_extra={"items": CODED_EVENT_REF},
    )
    suppressed: list[dict[str, Any]] = Field(
        description="negated, hypothetical, intended or requested events (only with include_suppressed)",
        json_schema_extra={"items": CODED_EVENT_REF},
    )
    warnings: list[str] = Field(description="things to know about the result (no date, no events, ...)")


class StoreResponse(BaseModel):
    doc_id: str = Field(description="the stored document's id (the earlier one's, if it was already stored)")
    doc_hash: str = Field(description="SHA-256 of the text: the document's identity in the store")
    stored: bool = Field(description="false when the same text was already in the store (nothing changed)")
    events: int = Field(description="asserted events coded from it")
    suppressed: int = Field(description="negated, hypothetical or intended events kept as mentions")
    events_created: int = Field(description="new fused events")
    events_updated: int = Field(description="existing fused events it added a report to")


# ------------------------------------------------------------------------------------------ store

FusedEvent: type[BaseModel] = create_model(  # type: ignore[call-overload]
    "FusedEvent",
    __doc__="A fused real-world event: one row of the store's events table.",
    **{name: (_SQL_TYPES[t] | None, None) for name, t in EVENT_COLUMNS if name not in ("seq", "founder")},
)


class Span(BaseModel):
    start: int
    end: int


class Trigger(Span):
    text: str | None


class Evidence(BaseModel):
    trigger: Trigger
    source: Span | None
    target: Span | None


class MentionOut(BaseModel):
    """One report of a fused event: where it was read, with offsets into the document's text
    (GET /v1/documents/{doc_hash} gives the text)."""

    event_id: str
    doc_id: str | None
    doc_hash: str
    title: str | None
    url: str | None
    publisher: str | None
    published: dt.date | None
    sentence_index: int
    sentence: str
    cameo: str
    cameo_name: str | None
    source_code: str | None
    source_name: str | None
    source_text: str | None
    target_code: str | None
    target_name: str | None
    target_text: str | None
    date: str | None
    location_name: str | None
    fatalities: int | None
    attribution: str | None
    confidence: float | None
    reason: str | None
    evidence: Evidence


EventDetail: type[BaseModel] = create_model(  # type: ignore[call-overload]
    "EventDetail",
    __base__=FusedEvent,
    __doc__="A fused event with every report fused into it.",
    mentions=(list[MentionOut], ...),
)


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters, in all")
    limit: int
    offset: int
    sort: str
    events: list[FusedEvent]  # type: ignore[valid-type]


class StoredDocument(BaseModel):
    doc_hash: str
    doc_id: str | None
    title: str | None
    published: dt.date | None
    source: str | None
    url: str | None
    origin: str | None
    n_sentences: int | None
    n_events: int | None
    n_suppressed: int | None
    ingested_at: dt.datetime | None
    text: str


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    read_only: bool
    auth: bool = Field(description="write endpoints need `Authorization: Bearer <token>`")
    db: str | None = Field(description="the store file, or null when the server only codes")
    counts: dict[str, int] | None = Field(description="documents, mentions, fused_mentions, events")
    pipeline_loaded: bool = Field(description="the spaCy pipeline is loaded (the first coding loads it)")
    max_body_bytes: int


class ActorHit(BaseModel):
    code: str
    name: str | None
    events: int = Field(description="fused events with this code on either side")


class MapPoint(BaseModel):
    lat: float
    lon: float
    name: str | None
    country: str | None
    events: int
    fatalities: int | None


class MapResponse(BaseModel):
    points: list[MapPoint]
    countries: dict[str, int] = Field(description="events per country of place (ISO3)")


# ------------------------------------------------------------------------------------------ analysis


class SeriesPeriod(BaseModel):
    period: dt.date = Field(description="first day of the period (weeks start on Monday)")
    events: int
    q1: int = Field(description="verbal cooperation")
    q2: int = Field(description="material cooperation")
    q3: int = Field(description="verbal conflict")
    q4: int = Field(description="material conflict")
    goldstein: float | None = Field(description="mean Goldstein weight")
    goldstein_sum: float
    ids: list[str] = Field(description="the events counted")


class SeriesResponse(BaseModel):
    by: Literal["day", "week", "month", "year"]
    periods: list[SeriesPeriod]
    total: int
    left_out: int = Field(description="events dated less precisely than the period")
    undated: int


class NetworkNode(BaseModel):
    id: str = Field(description="political actor: a state (SYR), a side (LBYREB), a group or an IGO")
    label: str
    bloc: int | None = Field(description="index into blocs")
    events: int
    strength: float = Field(description="sum of absolute tie weights")
    codes: list[str] = Field(description="the actor codes aggregated into it")


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: float = Field(description="recency-weighted Goldstein sum: cooperation minus conflict")
    sign: Literal[-1, 0, 1]
    events: int
    cooperative: int = Field(description="events that pull towards alignment")
    conflictual: int = Field(description="events that pull towards hostility")
    cooperation: float = Field(description="recency-weighted cooperative part (>= 0)")
    conflict: float = Field(description="recency-weighted conflictual part (>= 0)")
    event_ids: list[str] = Field(description="the fused events behind it, strongest first")


class NetworkBloc(BaseModel):
    id: int
    members: list[str]
    labels: list[str]


class NetworkResponse(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    blocs: list[NetworkBloc] = Field(description="largest first; actors standing alone are blocs of one")
    balance: float = Field(description="1 - frustration / total absolute weight (1: perfectly balanced)")
    reference: dt.date | None = Field(description="the day recency is counted back from")
    half_life_days: float | None
    since: dt.date | None
    until: dt.date | None
    left_out: int = Field(description="events whose sides are not alliance actors, or below min_events")
