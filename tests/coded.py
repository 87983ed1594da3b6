"""What the coding tests compare: each event of a text as (source code, CAMEO code, target code)."""

from __future__ import annotations

import dyads
from dyads.records import Event

Dyad = tuple[str | None, str, str | None]


def dyad(e: Event) -> Dyad:
    return (e.source.actor.code if e.source else None, e.cameo, e.target.actor.code if e.target else None)


def dyads_of(text: str, date: str = "2025-03-10") -> list[Dyad]:
    """The events of ``text`` (published on ``date``) in the coder's order."""
    return [dyad(e) for e in dyads.code(text, date=date)]
