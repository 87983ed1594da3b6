"""dyads: news text to coded political events, and from many events a map of alliances and hostilities.

>>> import dyads
>>> events = dyads.code("Turkish forces shelled Syrian army positions in Idlib on Sunday.", date="2020-03-02")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dyads.records import Actor, Document, Event, Mention, Sentence

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "Document",
    "Event",
    "Mention",
    "Sentence",
    "code",
    "code_document",
    "open",
    "__version__",
]


def code(
    text: str,
    date: str | dt.date | None = None,
    *,
    title: str | None = None,
    doc_id: str | None = None,
    model: str | None = None,
    actors: Iterable[str] = (),
    include_suppressed: bool = False,
) -> list[Event]:
    """Code one article's text into events.

    ``date`` is the publication date (ISO string or date); relative dates ("on Sunday", "last month") are
    resolved against it.  Without it, a date line in the text ("02 March, 2020") is used if there is one.
    ``actors`` are extra actor dictionary files (YAML, see the README).  Negated, hypothetical and merely
    intended events are left out unless ``include_suppressed``.
    """
    from dyads.ingest import read_text
    from dyads.pipeline import default_pipeline, parse_date

    document = read_text(text, doc_id=doc_id, title=title, published=parse_date(date))
    coded = default_pipeline(model, tuple(actors)).code_document(document)
    return coded.events + (coded.suppressed if include_suppressed else [])


def code_document(document: Document, *, model: str | None = None, actors: Iterable[str] = ()):  # noqa: ANN201
    """Code a Document record; returns a CodedDocument with .events, .suppressed and .sentences."""
    from dyads.pipeline import default_pipeline

    return default_pipeline(model, tuple(actors)).code_document(document)


def open(db: str = "dyads.duckdb", *, read_only: bool = False):  # noqa: A001, ANN201 - returns a Store
    """Open (or create) an event store file: ``with dyads.open("events.duckdb") as store: ...``.

    The Store ingests documents (``store.ingest(["corpus/"])``), answers queries (``store.events(actor=
    "SYR")``, ``store.sql("SELECT ...")``), exports (``store.export("e.parquet", "parquet")``) and
    analyses (``store.blocs()``, ``store.series(...)``, ``store.shifts()``).  See ``dyads.store``.
    """
    from dyads.store import Store

    return Store(db, read_only=read_only)
