"""The event store: coded documents, their event mentions and the fused real-world events, in one DuckDB file.

>>> import dyads
>>> with dyads.open("dyads.duckdb") as store:
...     report = store.ingest(["corpus/"])                 # code and store; already stored texts are skipped
...     rows = store.events(dyad=("TUR", "SYR"), root="19")  # fused events as dicts
...     blocs = store.blocs()                               # the alliance system

Ingest is idempotent (a document is identified by the SHA-256 of its text) and crash-safe (documents are
committed in batches, each batch one transaction, so a killed run leaves whole documents only; running it
again stores the rest).  Fusion is described in ``dyads.store.dedup``.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dyads.ingest import DEFAULT_MAX_BYTES, IngestError, ignored_summary, read_inputs
from dyads.records import Document, Event
from dyads.store.db import MENTION_FIELDS, Database, EventFilter, StoreError, date_period
from dyads.store.dedup import Fuser, fuse

if TYPE_CHECKING:
    import duckdb

    from dyads.analysis.blocs import BlocResult
    from dyads.analysis.network import SignedNetwork
    from dyads.analysis.series import SeriesResult
    from dyads.analysis.shifts import Shift
    from dyads.pipeline import CodedDocument, Pipeline

__all__ = ["DEFAULT_DB", "EventFilter", "IngestReport", "Store", "StoreError", "UnknownActor", "content_hash"]

DEFAULT_DB = "dyads.duckdb"
DEFAULT_BATCH = 64
_PRECISION = {10: "day", 7: "month", 4: "year"}  # by the length of an ISO date string


class UnknownActor(StoreError):
    """An actor code that is neither in the store nor in the actor dictionary."""


def content_hash(text: str) -> str:
    """The identity of a document in the store: SHA-256 of its (newline-normalised) text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class IngestReport:
    documents: int = 0  # newly stored (committed)
    coded: int = 0  # coded so far, committed or not
    skipped: int = 0  # already in the store, or repeated in the input
    failed: list[IngestError] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)  # records skipped on purpose, by kind
    mentions: int = 0  # rows added to `mentions` (asserted and suppressed)
    fused: int = 0  # asserted mentions given a fused event
    events_created: int = 0
    events_updated: int = 0
    batches: int = 0
    seconds: float = 0.0
    store_seconds: float = 0.0  # of which fusing and writing

    def summary(self) -> str:
        s = "" if self.documents == 1 else "s"
        parts = [f"{self.documents} document{s} stored"]
        if self.skipped:
            parts.append(f"{self.skipped} already in the store")
        parts.append(f"{self.mentions} mentions")
        parts.append(f"{self.events_created} new events, {self.events_updated} updated")
        if self.failed:
            parts.append(f"{len(self.failed)} input{'s' if len(self.failed) != 1 else ''} could not be read")
        if self.ignored:
            parts.append(ignored_summary(self.ignored))
        return ", ".join(parts)


class Store:
    """One event store file.  Opening a missing file creates it unless ``read_only``."""

    def __init__(
        self, path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False, window_days: int = 1
    ) -> None:
        self.path = os.fspath(path)
        self.db = Database(self.path, read_only=read_only)
        self.fuser = Fuser(window_days)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    def reader(self) -> Store:
        """This store on a connection of its own, for a thread that reads while another thread ingests:
        it sees whole committed batches only.  Close it when done (the file stays open)."""
        clone = copy.copy(self)
        clone.db = self.db.cursor()
        return clone

    # ------------------------------------------------------------------------------------ ingest

    def ingest(
        self,
        inputs: Sequence[str] | Iterable[Document | IngestError],
        *,
        pipeline: Pipeline | None = None,
        model: str | None = None,
        actors: Sequence[str] = (),
        default_date: dt.date | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        batch_size: int = DEFAULT_BATCH,
        on_document: Callable[[IngestReport], None] | None = None,
        on_commit: Callable[[IngestReport], None] | None = None,
        on_error: Callable[[IngestError], None] | None = None,
        skip_known_urls: bool = False,
    ) -> IngestReport:
        """Code and store documents: paths as `dyads code` takes them, or Document records.

        Documents whose text is already stored are skipped before coding; with ``skip_known_urls`` so is
        a document whose URL is (a feed entry seen before, whose summary was edited since).  Every
        ``batch_size`` new documents are committed in one transaction.  The spaCy pipeline is loaded
        only when there is a document to code, and once per process (``default_pipeline``).
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        report = IngestReport()
        started = time.perf_counter()
        if isinstance(inputs, str | bytes):
            raise TypeError("ingest() takes a sequence of paths or Documents; wrap a single path in a list")
        items: Iterable[Document | IngestError]
        if isinstance(inputs, Sequence) and all(isinstance(i, str | os.PathLike) for i in inputs):
            paths = [os.fspath(i) for i in inputs]  # type: ignore[arg-type]
            items = read_inputs(paths, default_date=default_date, max_bytes=max_bytes, ignored=report.ignored)
        else:
            items = inputs  # type: ignore[assignment]
        pending: set[str] = set()  # hashes read but not yet committed (repeats within this run)
        pending_urls: set[str] = set()
        hashes: dict[int, str] = {}

        def known_url(url: str | None) -> bool:
            if not skip_known_urls or not url:
                return False
            if url in pending_urls or self.db.has_url(url):
                return True
            pending_urls.add(url)
            return False

        def new_documents() -> Iterator[Document]:
            for item in items:
                if isinstance(item, IngestError):
                    report.failed.append(item)
                    if on_error is not None:
                        on_error(item)
                    continue
                h = content_hash(item.text)
                if h in pending or self.db.has_document(h) or known_url(item.url):
                    report.skipped += 1
                    if on_document is not None:
                        on_document(report)
                    continue
                pending.add(h)
                hashes[id(item)] = h
                yield item

        docs = new_documents()
        first = next(docs, None)
        if first is not None:
            if pipeline is None:
                from dyads.pipeline import default_pipeline

                pipeline = default_pipeline(model, tuple(actors))
            batch: list[tuple[CodedDocument, str]] = []
            for coded in pipeline.code_documents(_chain(first, docs)):
                h = hashes.pop(id(coded.document), None) or content_hash(coded.document.text)
                batch.append((coded, h))
                report.coded += 1
                if on_document is not None:
                    on_document(report)
                if len(batch) >= batch_size:
                    self._commit(batch, report)
                    pending.difference_update(h for _, h in batch)
                    batch = []
                    if on_commit is not None:
                        on_commit(report)
            if batch:
                self._commit(batch, report)
                if on_commit is not None:
                    on_commit(report)
        report.seconds = time.perf_counter() - started
        return report

    def _commit(self, batch: Sequence[tuple[CodedDocument, str]], report: IngestReport) -> None:
        t0 = time.perf_counter()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        db = self.db
        doc_rows: list[dict[str, Any]] = []
        mention_rows: list[dict[str, Any]] = []
        with db.transaction():
            seq = db.next_seq("documents")
            for coded, h in batch:
                d = coded.document
                rows: list[dict[str, Any]] = []
                seen: set[str] = set()
                for e in coded.events + coded.suppressed:
                    if e.event_id in seen:  # one trigger coded twice the same way: one mention
                        continue
                    seen.add(e.event_id)
                    rows.append(mention_row(e, d, h, seq))
                asserted_here = sum(1 for m in rows if m["modality"] == "asserted")
                doc_rows.append(
                    {
                        "doc_hash": h,
                        "seq": seq,
                        "doc_id": d.doc_id,
                        "title": d.title,
                        "published": d.published,
                        "source": d.source,
                        "url": d.url,
                        "origin": d.origin,
                        "n_chars": len(d.text),
                        "n_sentences": len(coded.sentences),
                        # what was stored: a reader can check a document's mentions are all there
                        "n_events": asserted_here,
                        "n_suppressed": len(rows) - asserted_here,
                        "ingested_at": now,
                        "text": d.text,
                    }
                )
                mention_rows.extend(rows)
                seq += 1
            asserted = [m for m in mention_rows if m["modality"] == "asserted"]
            stored = {r["fused_id"]: r for r in db.candidate_events(self.fuser.probes(asserted))}
            touched, _ = self.fuser.assign(asserted, stored.values(), db.next_seq("events"))
            old = [fid for fid in touched if fid in stored]
            members: dict[str, list[dict[str, Any]]] = {fid: [] for fid in touched}
            for m in db.mentions_of(old) + asserted:
                members[m["fused_id"]].append(m)
            fused = [fuse(touched[fid], members[fid], stored.get(fid), now) for fid in touched]
            db.insert("documents", doc_rows)
            db.insert("mentions", mention_rows)
            db.delete_events(old)
            db.insert("events", fused)
        report.documents += len(batch)
        report.mentions += len(mention_rows)
        report.fused += len(asserted)
        report.events_created += len(touched) - len(old)
        report.events_updated += len(old)
        report.batches += 1
        report.store_seconds += time.perf_counter() - t0

    # ------------------------------------------------------------------------------------ queries

    def counts(self) -> dict[str, int]:
        return self.db.counts()

    def summary(self) -> dict[str, Any]:
        return self.db.summary()

    def events(
        self, filter: EventFilter | None = None, *, limit: int | None = None, **terms: Any
    ) -> list[dict[str, Any]]:
        """Fused events (dicts with the ``events`` table's columns), oldest first.  ``terms`` are
        EventFilter fields: actor="SYR", dyad=("TUR", "SYR"), root="19", quad=4, since=date ..."""
        return self.db.select(self._filter(filter, terms), limit=limit)

    def page(
        self, filter: EventFilter, *, limit: int, offset: int = 0, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        """One page of fused events and how many match in all.  ``sort``: a key of
        ``dyads.store.db.SORT_KEYS``, "-" first for descending (default: oldest first)."""
        f = self._filter(filter, {})
        with self.db.transaction():  # one snapshot: the total and the rows agree while another thread writes
            return self.db.count(f), self.db.select(f, limit=limit, offset=offset, sort=sort)

    def event(self, fused_id: str) -> dict[str, Any] | None:
        """One fused event with ``mentions``: every report fused into it, with its document's metadata."""
        with self.db.transaction():  # one snapshot: an ingest may update the event and add a mention
            rows = self.db.events_by_id([fused_id])
            mentions = self.db.event_mentions(fused_id) if rows else []
        return {**rows[0], "mentions": mentions} if rows else None

    def events_by_id(self, fused_ids: Sequence[str]) -> list[dict[str, Any]]:
        return self.db.events_by_id(fused_ids)

    def document(self, key: str) -> dict[str, Any] | None:
        """A stored document with its text, by doc_hash or doc_id."""
        return self.db.document(key)

    def search_actors(self, query: str = "", limit: int = 20) -> list[dict[str, Any]]:
        """Stored actor codes matching a code prefix or a part of a name: {code, name, events}."""
        return self.db.search_actors(query, limit)

    def map_points(self, filter: EventFilter) -> tuple[list[dict[str, Any]], dict[str, int]]:
        """Geocoded events grouped by place, and events per country of place."""
        f = self._filter(filter, {})
        with self.db.transaction():
            return self.db.map_points(f)

    def mentions(
        self, filter: EventFilter | None = None, *, limit: int | None = None, **terms: Any
    ) -> list[dict[str, Any]]:
        """Raw event mentions, one per coded event (every ``Event`` field, flattened)."""
        return self.db.select(self._filter(filter, terms), mentions=True, limit=limit)

    def sql(self, query: str) -> tuple[list[str], list[tuple]]:
        """Run a read-only query (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN, PRAGMA): column names and rows."""
        return self.db.read_query(query)

    def relation(self, query: str) -> duckdb.DuckDBPyRelation:
        """A DuckDB relation for pandas/polars/arrow users: ``store.relation("FROM events").df()``."""
        return self.db.relation(query)

    def _filter(self, filter: EventFilter | None, terms: dict[str, Any]) -> EventFilter:
        f = filter or EventFilter(**terms)
        for term in [t for t in (f.actor, f.source, f.target) if t] + (list(f.dyad) if f.dyad else []):
            self.check_actor(term)
        return f

    def check_actor(self, term: str) -> None:
        """Raise UnknownActor unless ``term`` names stored actors or is a code the dictionary knows."""
        if self.db.actor_matches(term):
            return
        known = _dictionary_codes()
        if _known_code(term, known):
            return  # a real actor with no events in this store: an empty answer, not an error
        stored = self.db.stored_codes()
        near = difflib.get_close_matches(term, sorted(set(stored) | known), n=3, cutoff=0.6)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise UnknownActor(
            f"unknown actor {term!r}: no stored actor code starts with it, it is no country code, and the "
            f"actor dictionary does not know it{hint}"
        )

    # ------------------------------------------------------------------------------------ exports

    def export(
        self,
        path: str,
        fmt: str,
        filter: EventFilter | None = None,
        *,
        mentions: bool = False,
        header: bool | None = None,
    ) -> int:
        """Write events to ``path`` as ``parquet``, ``csv``, ``gdelt`` or ``acled``; returns the row count."""
        from dyads.store.export import export

        return export(self.db, path, fmt, filter or EventFilter(), mentions=mentions, header=header)

    # ------------------------------------------------------------------------------------ analysis

    def network(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        half_life_days: float | None = 365.0,
        min_events: int = 1,
    ) -> SignedNetwork:
        """The signed alliance network of the fused events dated in [since, until]."""
        from dyads.analysis.network import build_network

        rows = self.db.network_rows(since, until)
        return build_network(
            rows,
            self.db.actor_names(),
            half_life_days=half_life_days,
            reference=until,
            since=since,
            min_events=min_events,
        )

    def blocs(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        half_life_days: float | None = 365.0,
        min_events: int = 1,
    ) -> BlocResult:
        from dyads.analysis.blocs import find_blocs

        return find_blocs(
            self.network(since=since, until=until, half_life_days=half_life_days, min_events=min_events)
        )

    def series(self, filter: EventFilter, by: str = "week", *, mentions: bool = False) -> SeriesResult:
        from dyads.analysis.series import dyad_series

        rows = self.db.select(self._filter(filter, {}), mentions=mentions)
        if mentions:
            rows = [r for r in rows if r["modality"] == "asserted"]
        return dyad_series(rows, by=by, since=filter.since, until=filter.until)

    def shifts(
        self,
        *,
        window_days: int = 30,
        since: dt.date | None = None,
        until: dt.date | None = None,
        top: int = 20,
        latest: bool = False,
    ) -> list[Shift]:
        """Dyads whose net cooperation changed sign or moved most between consecutive windows."""
        from dyads.analysis.shifts import find_shifts

        rows = self.db.network_rows(since, until)
        return find_shifts(
            rows,
            self.db.actor_names(),
            window_days=window_days,
            since=since,
            until=until,
            top=top,
            latest=latest,
        )

    def documents(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return self.db.documents_by_id(doc_ids)


def mention_row(e: Event, d: Document, doc_hash: str, doc_seq: int) -> dict[str, Any]:
    """One ``mentions`` row: every field of the coder's Event, flattened, plus where it was read."""
    start, end = date_period(e.date)
    loc = e.location or {}
    row: dict[str, Any] = {
        "doc_hash": doc_hash,
        "event_id": e.event_id,
        "fused_id": None,
        "doc_seq": doc_seq,
        "doc_id": e.doc_id,
        "publisher": d.source,
        "published": d.published,
        "sentence_index": e.sentence_index,
        "sentence": e.sentence,
        "cameo": e.cameo,
        "cameo_root": e.cameo_root,
        "cameo_name": e.cameo_name,
        "plover_type": e.plover_type,
        "plover_mode": e.plover_mode,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "trigger_text": e.trigger_text,
        "trigger_start": e.trigger[0],
        "trigger_end": e.trigger[1],
        "date": e.date,
        # a date the store cannot read is kept as text but left undated for fusion and filters
        "date_precision": (e.date_precision or _PRECISION.get(len(e.date or ""))) if start else None,
        "date_start": start,
        "date_end": end,
        "location_name": loc.get("name"),
        "location_country": loc.get("country"),
        "location_admin1": loc.get("admin1"),
        "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"),
        "geonames_id": loc.get("geonames_id"),
        "fatalities": e.fatalities,
        "attribution": e.attribution,
        "modality": e.modality,
        "confidence": e.confidence,
        "reason": e.reason,
    }
    for role in ("source", "target"):
        m = getattr(e, role)
        a = m.actor if m else None
        row[f"{role}_text"] = m.text if m else None
        row[f"{role}_code"] = a.code if a else None
        row[f"{role}_country"] = a.country if a else None
        row[f"{role}_sectors"] = list(a.sectors) if a else None
        row[f"{role}_name"] = a.name if a else None
        row[f"{role}_kind"] = a.kind if a else None
        row[f"{role}_start"] = m.start if m else None
        row[f"{role}_end"] = m.end if m else None
    missing = set(MENTION_FIELDS) - set(row)
    assert not missing, missing
    return row


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


_CODES: set[str] | None = None
_SECTORS: frozenset[str] = frozenset()


def _known_code(term: str, known: set[str]) -> bool:
    """A prefix of a dictionary code ("IGOUNO" of "IGOUNOSEC"), or a dictionary code followed by sector
    codes ("SYR" + "MIL", "LBYREB" + "MIL")."""
    if any(code.startswith(term) for code in known):
        return True
    for cut in range(len(term) - 3, 2, -3):
        head, tail = term[:cut], term[cut:]
        if head in known and all(tail[i : i + 3] in _SECTORS for i in range(0, len(tail), 3)):
            return True
    return False


def _dictionary_codes() -> set[str]:
    """Every code the bundled actor dictionary can produce a prefix of (states, IGOs, groups, people),
    plus the sector codes alone.  Loaded only to judge an actor that the store does not hold."""
    global _CODES, _SECTORS
    if _CODES is None:
        from dyads.actors.dictionary import SECTOR_ORDER, load_dictionary

        d = load_dictionary()
        codes = set(d.states)
        for surfaces in d.names.values():
            for s in surfaces:
                codes.add(s.entry.code)
                codes.update(r.code or r.country or "" for r in s.entry.roles)
        codes.update(SECTOR_ORDER)
        codes.discard("")
        _SECTORS = frozenset(SECTOR_ORDER)
        _CODES = codes
    return _CODES
