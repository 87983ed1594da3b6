"""Query parameters: the same filters as `dyads events`, read with the CLI's own parsers so that an actor
code, a date or a CAMEO root means the same thing on both sides; a bad value is an ApiError naming it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import click
from fastapi import Depends, Query

from dyads.interfaces.api.errors import ApiError
from dyads.interfaces.values import _code, _days, _period, _root
from dyads.store import EventFilter, Store, UnknownActor

ActorQuery = Annotated[
    str | None,
    Query(description="actor code prefix (SYR, TURMIL, IGOUNO) or ISO3 country", examples=["SYR"]),
]
DateQuery = Annotated[str | None, Query(description="YYYY-MM-DD, YYYY-MM or YYYY", examples=["2020-03"])]


@contextmanager
def field(name: str) -> Iterator[None]:
    """Turn the CLI parsers' BadParameter into a 422 naming the query parameter."""
    try:
        yield
    except click.BadParameter as exc:
        raise ApiError(422, "invalid", f"{name}: {exc.message}", name) from None


def code(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    with field(name):
        return _code(value, name)


def dyad(value: str | None) -> tuple[str, str] | None:
    """A,B (or A:B): two actor codes."""
    if value is None or not value.strip():
        return None
    sides = re.split(r"[,:]", value)
    if len(sides) != 2 or not all(s.strip() for s in sides):
        raise ApiError(422, "invalid", f"dyad: {value!r} is not a dyad: write A,B (e.g. TUR,SYR)", "dyad")
    a, b = (code(s, "dyad") for s in sides)
    assert a and b
    return a, b


def window(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """A month or a year means its first day (since) or its last day (until)."""
    start = end = None
    if since:
        with field("since"):
            start = _period(since, "since", end=False)
    if until:
        with field("until"):
            end = _period(until, "until", end=True)
    if start and end and start > end:
        raise ApiError(422, "invalid", f"since: {since} is after until {until}", "since")
    return start, end


def half_life(value: str) -> float | None:
    with field("half_life"):
        return _days(value, "half_life", allow_none=True)


def event_filter(
    actor: ActorQuery = None,
    source: Annotated[str | None, Query(description="the acting side only (code prefix or ISO3)")] = None,
    target: Annotated[str | None, Query(description="the side acted on only (code prefix or ISO3)")] = None,
    dyad_: Annotated[
        str | None,
        Query(alias="dyad", description="events between two actors, A,B; both directions unless directed"),
    ] = None,
    directed: Annotated[bool, Query(description="with dyad: only events from A to B")] = False,
    root: Annotated[str | None, Query(description="CAMEO root code, 01 to 20 (19: fight)")] = None,
    quad: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
            "4 material conflict",
        ),
    ] = None,
    since: DateQuery = None,
    until: DateQuery = None,
    doc: Annotated[str | None, Query(description="events read in this document (its doc_id)")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="words in the sentence, actor names, event or place")
    ] = None,
) -> EventFilter:
    pair = dyad(dyad_)
    if directed and not pair:
        raise ApiError(422, "invalid", "directed: needs dyad", "directed")
    rt = None
    if root is not None and root.strip():
        with field("root"):
            rt = _root(root)
    start, end = window(since, until)
    return EventFilter(
        actor=code(actor, "actor"),
        source=code(source, "source"),
        target=code(target, "target"),
        dyad=pair,
        directed=directed,
        root=rt,
        quad=quad,
        since=start,
        until=end,
        doc_id=doc or None,
        text=q.strip() if q and q.strip() else None,
    )


def check_actors(store: Store, f: EventFilter) -> None:
    """An actor code neither stored nor in the dictionary is a 422 naming the parameter, with suggestions."""
    for name, terms in (
        ("actor", [f.actor]),
        ("source", [f.source]),
        ("target", [f.target]),
        ("dyad", list(f.dyad or ())),
    ):
        for term in terms:
            if term:
                try:
                    store.check_actor(term)
                except UnknownActor as exc:
                    raise ApiError(422, "unknown_actor", f"{name}: {exc}", name) from None


Filter = Annotated[EventFilter, Depends(event_filter)]
