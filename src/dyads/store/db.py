"""The event store's database: the only module that speaks SQL.

One DuckDB file (no server) holds four tables:

* ``documents`` - one row per stored article, keyed by the SHA-256 of its text (``doc_hash``), with its
  metadata and text.  A document is stored together with all its mentions in one transaction, so a
  document is either wholly in the store or not at all.
* ``mentions``  - one row per coded event as the coder produced it (every field of ``Event``), with the
  ``fused_id`` of the real-world event it was fused into (null for negated/hypothetical mentions).
* ``events``    - the fused events: one row per real-world event, with its supporting documents.
* ``meta``      - schema version and what wrote the file.

Everything else (how mentions are fused, exports, analysis) works on the rows this module returns.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import duckdb

SCHEMA_VERSION = "2"
# schema 1 lacked location_admin1: upgraded in place when opened for writing, read as it is otherwise
_UPGRADABLE = {"1": (("mentions", "location_admin1", "VARCHAR"), ("events", "location_admin1", "VARCHAR"))}

# (name, SQL type) in table order.  Lists keep their order in the file, so `SELECT *` reads naturally.
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_hash", "VARCHAR"),
    ("seq", "BIGINT"),  # store order: the n-th document stored
    ("doc_id", "VARCHAR"),
    ("title", "VARCHAR"),
    ("published", "DATE"),
    ("source", "VARCHAR"),
    ("url", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("n_chars", "INTEGER"),
    ("n_sentences", "INTEGER"),
    ("n_events", "INTEGER"),
    ("n_suppressed", "INTEGER"),
    ("ingested_at", "TIMESTAMP"),
    ("text", "VARCHAR"),
)

_ACTOR = ("text", "code", "country", "sectors", "name", "kind", "start", "end")
_ACTOR_TYPES = {"sectors": "VARCHAR[]", "start": "INTEGER", "end": "INTEGER"}

MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_hash", "VARCHAR"),
    ("event_id", "VARCHAR"),
    ("fused_id", "VARCHAR"),
    ("doc_seq", "BIGINT"),
    ("doc_id", "VARCHAR"),
    ("publisher", "VARCHAR"),
    ("published", "DATE"),
    ("sentence_index", "INTEGER"),
    ("sentence", "VARCHAR"),
    *((f"source_{f}", _ACTOR_TYPES.get(f, "VARCHAR")) for f in _ACTOR),
    *((f"target_{f}", _ACTOR_TYPES.get(f, "VARCHAR")) for f in _ACTOR),
    ("cameo", "VARCHAR"),
    ("cameo_root", "VARCHAR"),
    ("cameo_name", "VARCHAR"),
    ("plover_type", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    ("trigger_text", "VARCHAR"),
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("date", "VARCHAR"),  # as the coder wrote it: YYYY-MM-DD, YYYY-MM or YYYY
    ("date_precision", "VARCHAR"),
    ("date_start", "DATE"),  # the first and last day the date can mean
    ("date_end", "DATE"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_admin1", "VARCHAR"),  # a geocoded place's first-level administrative area (province, state)
    ("latitude", "DOUBLE"),
    ("longitude", "DOUBLE"),
    ("geonames_id", "BIGINT"),
    ("fatalities", "INTEGER"),
    ("attribution", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("reason", "VARCHAR"),
)

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("fused_id", "VARCHAR"),
    ("seq", "BIGINT"),  # creation order; breaks ties when a mention could join two events
    *((f"source_{f}", "VARCHAR") for f in ("code", "country", "name", "kind")),
    *((f"target_{f}", "VARCHAR") for f in ("code", "country", "name", "kind")),
    ("cameo", "VARCHAR"),
    ("cameo_root", "VARCHAR"),
    ("cameo_name", "VARCHAR"),
    ("plover_type", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    ("date", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("date_start", "DATE"),
    ("date_end", "DATE"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_admin1", "VARCHAR"),  # a geocoded place's first-level administrative area (province, state)
    ("latitude", "DOUBLE"),
    ("longitude", "DOUBLE"),
    ("geonames_id", "BIGINT"),
    ("fatalities", "INTEGER"),
    ("confidence", "DOUBLE"),
    ("n_mentions", "INTEGER"),
    ("n_documents", "INTEGER"),
    ("n_sources", "INTEGER"),
    ("documents", "VARCHAR[]"),  # doc_ids of the supporting documents, in store order
    ("sources", "VARCHAR[]"),  # their publishers
    ("attributions", "VARCHAR[]"),
    ("sentence", "VARCHAR"),  # the sentence of the most confident mention
    ("lead", "BOOLEAN"),  # some mention is in the first three sentences of its article
    ("first_published", "DATE"),
    ("ingested_at", "TIMESTAMP"),
    ("updated_at", "TIMESTAMP"),
    ("founder", "VARCHAR"),  # doc_hash:event_id of the mention that created it; the id derives from it
)

_TABLES = {"documents": DOCUMENT_COLUMNS, "mentions": MENTION_COLUMNS, "events": EVENT_COLUMNS}
MENTION_FIELDS = tuple(name for name, _ in MENTION_COLUMNS)
EVENT_FIELDS = tuple(name for name, _ in EVENT_COLUMNS)

# statement types `dyads sql` runs; everything else would change the file or the machine
_READ_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA"}


class StoreError(Exception):
    """A problem the user can act on: missing file, file in use, not a dyads store, bad query."""


@dataclass(frozen=True)
class EventFilter:
    """What `dyads events` and the analyses select.  Actor terms match a code prefix or an ISO3 country.

    ``dyad`` is (a, b): events from a to b, and also from b to a unless ``directed``.  Dates select events
    whose date (a day, or the month or year it is dated to) overlaps [since, until].
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    root: str | None = None  # CAMEO root "01".."20"
    quad: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    doc_id: str | None = None
    source: str | None = None  # the acting side only (code prefix or ISO3 country)
    target: str | None = None  # the side acted on only
    text: str | None = None  # case-insensitive words in the sentence, actor names, event name or place


# sort keys the HTTP API and the CLI accept -> the events column; ties break on store order (seq), so
# paging through a sorted result never repeats or skips a row
SORT_KEYS: dict[str, str] = {
    "date": "date_start",
    "goldstein": "goldstein",
    "fatalities": "fatalities",
    "mentions": "n_mentions",
    "sources": "n_sources",
    "documents": "n_documents",
    "confidence": "confidence",
    "quad": "quad_class",
    "cameo": "cameo",
    "source": "source_code",
    "target": "target_code",
    "place": "location_name",
    "country": "location_country",
    "published": "first_published",
}


def date_period(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a coder date ("2020-03-02", "2020-03", "2020") can mean."""
    if not value:
        return None, None
    try:
        if len(value) >= 10:
            d = dt.date.fromisoformat(value[:10])
            return d, d
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            first = dt.date(year, month, 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            return first, last
        if len(value) == 4:
            year = int(value)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        pass
    return None, None


class Database:
    """A connection to one store file.  ``read_only`` connections refuse every write."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = os.fspath(path)
        self.read_only = read_only
        if read_only and not os.path.exists(self.path):
            raise StoreError(f"{self.path}: no event store there (create one with `dyads ingest`)")
        if os.path.isdir(self.path):
            raise StoreError(f"{self.path}: is a directory, not an event store file")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(_io_problem(self.path, exc)) from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open as a DuckDB database ({_first_line(exc)})") from None
        try:
            self._check_schema()
        except Exception:
            self.con.close()
            raise

    # ------------------------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.con.close()

    def cursor(self) -> Database:
        """Another connection to the same open database, for another thread: it sees only committed
        transactions (DuckDB's snapshot isolation), never the half-written batch of a writer."""
        clone = copy.copy(self)
        clone.con = self.con.cursor()
        return clone

    def _check_schema(self) -> None:
        have = {r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "meta" in have:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is not None and row[0] in _UPGRADABLE:
                if not self.read_only:
                    self._upgrade(row[0])
                return
            if row is None or row[0] != SCHEMA_VERSION:
                found = row[0] if row else "none"
                raise StoreError(
                    f"{self.path}: written by another dyads version (store schema {found}, this dyads "
                    f"reads {SCHEMA_VERSION}); ingest into a new file"
                )
            return
        if have:
            raise StoreError(f"{self.path}: a DuckDB database, but not a dyads event store")
        if self.read_only:
            raise StoreError(f"{self.path}: an empty database, not a dyads event store")
        from dyads import __version__

        with self.transaction():
            self.con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            for table, columns in _TABLES.items():
                cols = ", ".join(f"{_quote(n)} {t}" for n, t in columns)
                # doc_hash is the one key the store relies on to be unique: it makes ingest idempotent
                extra = ", PRIMARY KEY (doc_hash)" if table == "documents" else ""
                self.con.execute(f"CREATE TABLE {table} ({cols}{extra})")
            self.con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ["schema_version", SCHEMA_VERSION],
                    ["created_by", f"dyads {__version__}"],
                    ["created_at", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
                ],
            )

    def _upgrade(self, found: str) -> None:
        # added columns go last in the file; every statement names its columns, so order does not matter
        with self.transaction():
            for table, column, sql_type in _UPGRADABLE[found]:
                self.con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {_quote(column)} {sql_type}")
            self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: a crash (even SIGKILL) before the commit leaves no trace in the file.  The
        queries of a reading transaction all see the same snapshot, whatever other connections commit."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # ------------------------------------------------------------------------------------ writing

    def has_document(self, doc_hash: str) -> bool:
        row = self.con.execute("SELECT 1 FROM documents WHERE doc_hash = ?", [doc_hash]).fetchone()
        return row is not None

    def has_url(self, url: str) -> bool:
        row = self.con.execute("SELECT 1 FROM documents WHERE url = ? LIMIT 1", [url]).fetchone()
        return row is not None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
        """The single row of an aggregate query."""
        row = self.con.execute(sql, list(params)).fetchone()
        if row is None:  # an aggregate always has a row; this would be a DuckDB bug
            raise StoreError(f"no result from {sql!r}")
        return row

    def next_seq(self, table: str) -> int:
        assert table in ("documents", "events")
        return int(self._one(f"SELECT coalesce(max(seq), 0) + 1 FROM {table}")[0])

    def insert(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert rows (dicts keyed by column name) in one statement: one list parameter per column."""
        if not rows:
            return
        columns = _TABLES[table]
        selects = ", ".join(f"UNNEST(?::{t}[]) AS {_quote(n)}" for n, t in columns)
        params = [[row.get(n) for row in rows] for n, _ in columns]
        names = ", ".join(_quote(n) for n, _ in columns)
        self.con.execute(f"INSERT INTO {table} ({names}) SELECT {selects}", params)

    def delete_events(self, fused_ids: Sequence[str]) -> None:
        if fused_ids:
            self.con.execute("DELETE FROM events WHERE list_contains(?, fused_id)", [list(fused_ids)])

    def candidate_events(
        self, probes: Sequence[tuple[str, str, str, dt.date, dt.date]]
    ) -> list[dict[str, Any]]:
        """Fused events with one of the probes' (source code, target code, CAMEO root) whose dates overlap
        the probe's [lo, hi] - the only ones a new mention can be fused into."""
        if not probes:
            return []
        cols = [list(c) for c in zip(*probes, strict=True)]
        return self._dicts(
            f"""
            WITH p AS (
                SELECT UNNEST(?::VARCHAR[]) AS s, UNNEST(?::VARCHAR[]) AS t, UNNEST(?::VARCHAR[]) AS r,
                       UNNEST(?::DATE[]) AS lo, UNNEST(?::DATE[]) AS hi
            )
            SELECT DISTINCT {", ".join("e." + _quote(n) for n in EVENT_FIELDS)}
            FROM events e JOIN p
              ON coalesce(e.source_code, '') = p.s AND coalesce(e.target_code, '') = p.t
             AND e.cameo_root = p.r AND e.date_end >= p.lo AND e.date_start <= p.hi
            ORDER BY e.seq
            """,
            cols,
        )

    def mentions_of(self, fused_ids: Sequence[str]) -> list[dict[str, Any]]:
        if not fused_ids:
            return []
        return self._dicts(
            "SELECT * FROM mentions WHERE list_contains(?, fused_id) ORDER BY doc_seq, sentence_index, "
            "trigger_start",
            [list(fused_ids)],
        )

    # ------------------------------------------------------------------------------------ reading

    def _dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        row = self._one(
            """SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions),
                      (SELECT count(*) FROM mentions WHERE fused_id IS NOT NULL),
                      (SELECT count(*) FROM events)"""
        )
        return dict(zip(("documents", "mentions", "fused_mentions", "events"), map(int, row), strict=True))

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = self.counts()
        out["first_date"], out["last_date"] = self._one("SELECT min(date_start), max(date_end) FROM events")
        out["publishers"] = int(self._one("SELECT count(DISTINCT source) FROM documents")[0])
        meta = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
        out.update(meta)
        return out

    def actor_matches(self, term: str) -> bool:
        """Does some stored mention's source or target code start with ``term``, or have it as country?"""
        row = self.con.execute(
            """SELECT 1 FROM mentions
               WHERE starts_with(source_code, ?) OR source_country = ?
                  OR starts_with(target_code, ?) OR target_country = ? LIMIT 1""",
            [term, term, term, term],
        ).fetchone()
        return row is not None

    def stored_codes(self) -> list[str]:
        rows = self.con.execute(
            """SELECT code FROM (
                   SELECT source_code AS code FROM mentions UNION SELECT target_code FROM mentions)
               WHERE code IS NOT NULL ORDER BY code"""
        ).fetchall()
        return [r[0] for r in rows]

    def _where(self, f: EventFilter, *, mentions: bool) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []

        def side(role: str, term: str) -> str:
            params.extend([term, term])
            return f"(starts_with({role}_code, ?) OR {role}_country = ?)"

        if f.actor:
            clauses.append(f"({side('source', f.actor)} OR {side('target', f.actor)})")
        if f.source:
            clauses.append(side("source", f.source))
        if f.target:
            clauses.append(side("target", f.target))
        if f.dyad:
            a, b = f.dyad
            forward = f"({side('source', a)} AND {side('target', b)})"
            if f.directed:
                clauses.append(forward)
            else:
                clauses.append(f"({forward} OR ({side('source', b)} AND {side('target', a)}))")
        if f.root:
            clauses.append("cameo_root = ?")
            params.append(f.root)
        if f.quad:
            clauses.append("quad_class = ?")
            params.append(f.quad)
        if f.since:
            clauses.append("date_end >= ?")
            params.append(f.since)
        if f.until:
            clauses.append("date_start <= ?")
            params.append(f.until)
        if f.doc_id:
            if mentions:
                clauses.append("doc_id = ?")
            else:
                clauses.append("list_contains(documents, ?)")
            params.append(f.doc_id)
        if f.text:
            fields = "sentence, source_name, target_name, cameo_name, location_name"
            clauses.append(f"contains(lower(concat_ws(' ', {fields})), ?)")
            params.append(f.text.lower())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def select_sql(
        self,
        f: EventFilter,
        *,
        mentions: bool = False,
        limit: int | None = None,
        offset: int = 0,
        sort: str | None = None,
    ) -> tuple[str, list[Any]]:
        """The SELECT for a filter, for streaming or for COPY.  ``sort`` (fused events only) is a key of
        SORT_KEYS, descending with a leading "-"; the default is oldest first."""
        where, params = self._where(f, mentions=mentions)
        if mentions:
            if sort:
                raise StoreError("raw mentions are listed in date order only")
            sql = f"SELECT * FROM mentions{where} ORDER BY date_start NULLS LAST, doc_seq, sentence_index"
        else:
            sql = f"SELECT * EXCLUDE (seq, founder) FROM events{where} ORDER BY {_order(sort)}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        return sql, params

    def count(self, f: EventFilter, *, mentions: bool = False) -> int:
        where, params = self._where(f, mentions=mentions)
        return int(
            self._one(f"SELECT count(*) FROM {'mentions' if mentions else 'events'}{where}", params)[0]
        )

    def events_by_id(self, fused_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Fused events by id, in the order the ids are given (unknown ids are left out)."""
        if not fused_ids:
            return []
        rows = self._dicts(
            "SELECT * EXCLUDE (seq, founder) FROM events WHERE list_contains(?, fused_id)", [list(fused_ids)]
        )
        by_id = {r["fused_id"]: r for r in rows}
        return [by_id[i] for i in dict.fromkeys(fused_ids) if i in by_id]

    def event_mentions(self, fused_id: str) -> list[dict[str, Any]]:
        """The mentions fused into one event, each with its document's title, URL, publisher and date."""
        return self._dicts(
            """SELECT m.*, d.title, d.url, d.source
               FROM mentions m JOIN documents d ON d.doc_hash = m.doc_hash
               WHERE m.fused_id = ? ORDER BY m.doc_seq, m.sentence_index, m.trigger_start""",
            [fused_id],
        )

    def document(self, key: str) -> dict[str, Any] | None:
        """One stored document (text included) by its doc_hash, or by doc_id (the latest stored)."""
        rows = self._dicts(
            "SELECT * FROM documents WHERE doc_hash = ? OR doc_id = ? ORDER BY doc_hash = ? DESC, seq DESC "
            "LIMIT 1",
            [key, key, key],
        )
        return rows[0] if rows else None

    def search_actors(self, query: str, limit: int) -> list[dict[str, Any]]:
        """Actor codes in fused events whose code starts with ``query`` or whose name contains it, with the
        name the coder used most and the number of events; exact code first, then by events."""
        return self._dicts(
            """WITH sides AS (
                   SELECT source_code AS code, source_name AS name FROM events WHERE source_code IS NOT NULL
                   UNION ALL
                   SELECT target_code, target_name FROM events WHERE target_code IS NOT NULL),
               named AS (SELECT code, name, count(*) AS n FROM sides GROUP BY ALL),
               actors AS (SELECT code, arg_max(name, n) AS name, sum(n)::BIGINT AS events FROM named
                          GROUP BY code)
               SELECT code, name, events FROM actors
               WHERE starts_with(code, upper(?)) OR contains(lower(coalesce(name, '')), lower(?))
               ORDER BY code = upper(?) DESC, events DESC, code
               LIMIT ?""",
            [query, query, query, limit],
        )

    def map_points(self, f: EventFilter) -> tuple[list[dict[str, Any]], dict[str, int]]:
        """Geocoded fused events grouped by place (events, summed fatalities), and events per country of
        place (ISO3), for the filter."""
        where, params = self._where(f, mentions=False)
        located = f"{where} AND " if where else " WHERE "
        points = self._dicts(
            f"""SELECT latitude AS lat, longitude AS lon, location_name AS name, location_country AS country,
                       count(*) AS events, sum(fatalities)::BIGINT AS fatalities
                FROM events{located}latitude IS NOT NULL AND longitude IS NOT NULL
                GROUP BY ALL ORDER BY events DESC, name""",
            params,
        )
        rows = self.con.execute(
            f"SELECT location_country, count(*) FROM events{located}location_country IS NOT NULL "
            "GROUP BY ALL ORDER BY 2 DESC, 1",
            params,
        ).fetchall()
        return points, {country: int(n) for country, n in rows}

    def export_sql(self, f: EventFilter) -> tuple[str, list[Any]]:
        """Fused events with the URL of their first supporting document (GDELT's SOURCEURL)."""
        where, params = self._where(f, mentions=False)
        sql = f"""
            SELECT e.* EXCLUDE (founder), u.url AS first_url
            FROM events e
            LEFT JOIN (SELECT doc_id, arg_min(url, seq) AS url FROM documents GROUP BY doc_id) u
              ON u.doc_id = e.documents[1]
            {where}
            ORDER BY e.date_start NULLS LAST, e.seq"""
        return sql, params

    def stream(
        self, sql: str, params: Sequence[Any] = (), batch: int = 2000
    ) -> tuple[list[str], Iterator[tuple]]:
        """Column names and a lazy iterator over rows (fetched ``batch`` at a time: bounded memory)."""
        cur = self.con.cursor()
        cur.execute(sql, list(params))
        names = [d[0] for d in cur.description]

        def rows() -> Iterator[tuple]:
            try:
                while chunk := cur.fetchmany(batch):
                    yield from chunk
            finally:
                cur.close()

        return names, rows()

    def select(
        self,
        f: EventFilter,
        *,
        mentions: bool = False,
        limit: int | None = None,
        offset: int = 0,
        sort: str | None = None,
    ) -> list[dict[str, Any]]:
        sql, params = self.select_sql(f, mentions=mentions, limit=limit, offset=offset, sort=sort)
        return self._dicts(sql, params)

    def copy_to(
        self,
        sql: str,
        params: Sequence[Any],
        path: str,
        fmt: str,
        *,
        header: bool = True,
        delimiter: str = ",",
    ) -> int:
        """COPY a query's rows to a Parquet or CSV file (DuckDB writes it: no pyarrow needed)."""
        if fmt == "parquet":
            options = "FORMAT parquet, COMPRESSION zstd"
        else:
            options = f"FORMAT csv, HEADER {str(header).lower()}, DELIMITER '{delimiter}'"
        # COPY takes no parameters: the filtered rows go through a temporary view
        view = "_dyads_copy"
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS {_inline(sql, params)}")
        try:
            literal = path.replace("'", "''")
            self.con.execute(f"COPY (SELECT * FROM {view}) TO '{literal}' ({options})")
            return int(self._one(f"SELECT count(*) FROM {view}")[0])
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot write ({_first_line(exc)})") from None
        finally:
            self.con.execute(f"DROP VIEW IF EXISTS {view}")

    def read_query(self, sql: str) -> tuple[list[str], list[tuple]]:
        """Run a user's query that may only read: SELECT / WITH / DESCRIBE / SHOW / EXPLAIN / PRAGMA."""
        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as exc:
            raise StoreError(f"the query does not parse: {_first_line(exc)}") from None
        if not statements:
            raise StoreError("the query is empty")
        for st in statements:
            kind = getattr(st.type, "name", str(st.type))
            if kind not in _READ_STATEMENTS:
                raise StoreError(
                    f"`dyads sql` only reads: {kind} statements are refused (the store is changed only "
                    "by `dyads ingest`; write results to a file with `dyads events -o` or `dyads export`)"
                )
        try:
            names: list[str] = []
            rows: list[tuple] = []
            for st in statements:  # the last statement's result is the answer, like a shell
                cur = self.con.execute(st)
                names = [d[0] for d in cur.description] if cur.description else []
                rows = cur.fetchall() if cur.description else []
            return names, rows
        except duckdb.Error as exc:
            raise StoreError(_first_line(exc)) from None

    def relation(self, sql: str) -> duckdb.DuckDBPyRelation:
        """A DuckDB relation for the caller's own use (``.df()``, ``.pl()``, ``.arrow()``)."""
        return self.con.sql(sql)

    def network_rows(self, since: dt.date | None, until: dt.date | None) -> list[dict[str, Any]]:
        """The fused events with both sides known, for the alliance network and shifts."""
        where, params = self._where(EventFilter(since=since, until=until), mentions=False)
        cond = "source_code IS NOT NULL AND target_code IS NOT NULL AND date_start IS NOT NULL"
        where = f"{where} AND {cond}" if where else f" WHERE {cond}"
        return self._dicts(
            "SELECT fused_id, source_code, source_country, source_name, source_kind, target_code, "
            "target_country, target_name, target_kind, cameo, cameo_name, quad_class, goldstein, date, "
            "date_precision, date_start, date_end, n_mentions, n_sources, sentence, first_published "
            f"FROM events{where} "
            "ORDER BY date_start, seq",
            params,
        )

    def actor_names(self) -> list[tuple[str, str, str, int]]:
        """(code, name, kind, count) over all mentions: what the coder called each code, for labels."""
        return self.con.execute(
            """SELECT code, name, kind, count(*) AS n FROM (
                   SELECT source_code AS code, source_name AS name, source_kind AS kind FROM mentions
                   UNION ALL SELECT target_code, target_name, target_kind FROM mentions)
               WHERE code IS NOT NULL GROUP BY ALL ORDER BY code, n DESC, name"""
        ).fetchall()

    def documents_by_id(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        if not doc_ids:
            return {}
        rows = self._dicts(
            "SELECT doc_id, title, published, source, url FROM documents WHERE list_contains(?, doc_id) "
            "ORDER BY seq",
            [list(doc_ids)],
        )
        return {r["doc_id"]: r for r in rows}


def _order(sort: str | None) -> str:
    if not sort:
        return "date_start NULLS LAST, seq"
    key = sort.removeprefix("-")
    if key not in SORT_KEYS:
        raise StoreError(f"cannot sort by {key!r} (choose from {', '.join(SORT_KEYS)})")
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"{_quote(SORT_KEYS[key])} {direction} NULLS LAST, seq {direction}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _inline(sql: str, params: Sequence[Any]) -> str:
    """Bind parameters as SQL literals (for COPY/VIEW, which take none).  Only str, int, date are used."""
    parts = sql.split("?")
    if len(parts) - 1 != len(params):
        raise ValueError("parameter count does not match the query")
    out = [parts[0]]
    for value, rest in zip(params, parts[1:], strict=True):
        if isinstance(value, bool) or value is None:
            raise TypeError(f"cannot inline {value!r}")
        if isinstance(value, int):
            lit = str(value)
        elif isinstance(value, dt.date):
            lit = f"DATE '{value.isoformat()}'"
        else:
            lit = "'" + str(value).replace("'", "''") + "'"
        out.append(lit + rest)
    return "".join(out)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _io_problem(path: str, exc: BaseException) -> str:
    text = str(exc)
    if "lock" in text.lower():
        pid = re.search(r"PID (\d+)", text)
        who = f" (process {pid.group(1)})" if pid else ""
        return (
            f"{path}: in use by another dyads process{who}; DuckDB allows one writer and no readers "
            "beside it - wait for it to finish"
        )
    if "not a valid DuckDB database" in text or "invalid" in text.lower():
        return f"{path}: not a DuckDB database file"
    return f"{path}: cannot open ({_first_line(exc)})"
