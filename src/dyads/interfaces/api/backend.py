"""What the server holds for all requests: the event store and the coding pipeline.

DuckDB lets one process open a file for writing and no other process open it meanwhile, so the server
opens the store once.  Its root connection only hands out cursors: one for the single writer (ingests
are serialised by a lock) and a fresh one per reading request.  A cursor sees committed transactions
only, and the store commits each ingested document together with its mentions and events in one
transaction, so a reader never sees half a document.

The spaCy pipeline is loaded on first use (a server that only browses the store never pays for it) and
shared by all requests; spaCy objects are not safe to use from two threads at once, so coding takes a
lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from dyads.interfaces.api.errors import ApiError
from dyads.store import IngestReport, Store, content_hash

if TYPE_CHECKING:
    from dyads.pipeline import CodedDocument, Pipeline
    from dyads.records import Document


class Backend:
    def __init__(
        self,
        db: str | None,
        *,
        read_only: bool = False,
        model: str | None = None,
        actor_files: tuple[str, ...] = (),
    ) -> None:
        self.db = db
        self.read_only = read_only
        self.model = model
        self.actor_files = actor_files
        # opening checks the file (a dyads store, not in use by another process) before serving anything
        self.store: Store | None = Store(db, read_only=read_only) if db else None
        self._writer: Store | None = None
        self._cursor_lock = threading.Lock()  # the root connection is touched by one thread at a time
        self._write_lock = threading.Lock()
        self._code_lock = threading.Lock()
        self._pipeline: Pipeline | None = None

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        if self.store is not None:
            self.store.close()

    # ------------------------------------------------------------------------------------ store

    def _cursor(self) -> Store:
        if self.store is None:
            raise ApiError(
                503, "no_store", "this server has no event store: start it with `dyads serve --db FILE`"
            )
        with self._cursor_lock:
            return self.store.reader()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store on a connection of this request's own."""
        store = self._cursor()
        try:
            yield store
        finally:
            store.close()

    def ingest(self, document: Document) -> tuple[IngestReport, str]:
        """Code and store one document in its own transaction; returns the report and its doc_hash."""
        if self.read_only:
            raise ApiError(403, "read_only", "this server is read-only (started with --read-only)")
        with self._write_lock:
            if self._writer is None:
                self._writer = self._cursor()
        pipeline = self.pipeline()
        # one writer at a time; the pipeline lock is taken first, as everywhere, so two locks never deadlock
        with self._code_lock, self._write_lock:
            report = self._writer.ingest([document], pipeline=pipeline, batch_size=1)
        return report, content_hash(document.text)

    # ------------------------------------------------------------------------------------ coding

    @property
    def pipeline_loaded(self) -> bool:
        return self._pipeline is not None

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            with self._code_lock:
                if self._pipeline is None:  # another request may have loaded it while this one waited
                    from dyads.actors.dictionary import DictionaryError
                    from dyads.parse import ModelNotFound
                    from dyads.pipeline import default_pipeline

                    try:  # the process-wide one, shared with dyads.code() in the same process
                        self._pipeline = default_pipeline(self.model, self.actor_files)
                    except (ModelNotFound, DictionaryError) as exc:
                        raise ApiError(503, "pipeline_unavailable", str(exc)) from None
        return self._pipeline

    def code(self, document: Document) -> CodedDocument:
        pipeline = self.pipeline()
        with self._code_lock:
            return pipeline.code_document(document)
