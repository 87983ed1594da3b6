"""The event store: ingest (idempotent, crash-safe), cross-report fusion, queries, exports and the CLI.

Everything runs the real pipeline on our own fixture articles (tests/fixtures/store/reports.jsonl): three
outlets report the same Turkish drone strike near Saraqeb (one of them twice, one a month later as "last
month"), the same strike happens again a week later, an Anadolu piece on Libya's alliances, and two
undated field notes about the same kind of clash.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

import dyads
from dyads.interfaces.cli import main
from dyads.pipeline import default_pipeline
from dyads.records import Document
from dyads.store import EventFilter, Store, StoreError, UnknownActor, content_hash
from dyads.store.dedup import Fuser
from dyads.store.export import ACLED_COLUMNS, GDELT_COLUMNS, SECTORS, acled_type, split_code

FIXTURES = Path(__file__).parent / "fixtures" / "store"
REPORTS = FIXTURES / "reports.jsonl"
SARAQEB = ("TURMIL", "SYRMIL", "19")


@pytest.fixture(scope="module")
def pipeline():  # noqa: ANN201
    return default_pipeline()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:  # noqa: ANN001
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    with Store(path) as store:
        report = store.ingest([str(REPORTS)], pipeline=pipeline, batch_size=3)
    assert report.documents == 8 and not report.failed
    return path


@pytest.fixture()
def store(store_path: Path):  # noqa: ANN201
    with Store(store_path, read_only=True) as s:
        yield s


def saraqeb_events(store: Store) -> list[dict[str, Any]]:
    return [
        e
        for e in store.events(dyad=("TURMIL", "SYRMIL"), directed=True, root="19")
        if e["location_country"] == "SYR"
    ]


def run(*args: str, input: str | None = None):  # noqa: ANN201, A002
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


# ------------------------------------------------------------------------------------------ ingest


def test_ingest_stores_documents_mentions_and_events(store: Store) -> None:
    counts = store.counts()
    assert counts["documents"] == 8
    docs = store.sql("SELECT doc_id, source, published, url, title, n_events, n_suppressed FROM documents")[1]
    by_id = {d[0]: d for d in docs}
    assert by_id["reuters-saraqeb"][1:4] == (
        "Reuters",
        dt.date(2020, 3, 2),
        "https://example.org/reuters/saraqeb",
    )
    assert by_id["field-note-1"][2] is None  # undated input stays undated
    # every coded event is one mention row; documents say how many they have
    per_doc = dict(store.sql("SELECT doc_hash, count(*) FROM mentions GROUP BY doc_hash")[1])
    for doc_hash, n_events, n_suppressed in store.sql(
        "SELECT doc_hash, n_events, n_suppressed FROM documents"
    )[1]:
        assert per_doc.get(doc_hash, 0) == n_events + n_suppressed
    assert counts["events"] < counts["fused_mentions"], "the strike reports fuse"


def test_a_mention_row_carries_every_field_of_the_coded_event(store: Store, pipeline) -> None:  # noqa: ANN001
    line = REPORTS.read_text(encoding="utf-8").splitlines()[0]
    rec = json.loads(line)
    doc = Document(
        rec["id"], rec["text"], title=rec["title"], published=dt.date(2020, 3, 2), source="Reuters"
    )
    coded = pipeline.code_document(doc)
    strike = next(e for e in coded.events if e.cameo_root == "19")
    row = store.mentions(doc_id="reuters-saraqeb")
    row = next(r for r in row if r["event_id"] == strike.event_id)
    d = strike.to_dict()
    for key in (
        "sentence_index",
        "sentence",
        "cameo",
        "cameo_root",
        "cameo_name",
        "quad_class",
        "goldstein",
        "date",
        "date_precision",
        "fatalities",
        "attribution",
        "modality",
        "reason",
    ):
        assert row[key] == d[key], key
    assert row["confidence"] == pytest.approx(d["confidence"], abs=1e-3)
    for role in ("source", "target"):
        for key in ("text", "code", "country", "name", "start", "end"):
            assert row[f"{role}_{key}"] == d[role][key], (role, key)
        assert row[f"{role}_sectors"] == d[role]["sectors"]
    assert (row["trigger_text"], row["trigger_start"], row["trigger_end"]) == (
        d["evidence"]["trigger"]["text"],
        d["evidence"]["trigger"]["start"],
        d["evidence"]["trigger"]["end"],
    )
    assert row["location_name"] == d["location"]["name"] and row["latitude"] == d["location"]["latitude"]
    assert row["location_admin1"] == d["location"]["admin1"] == "Idlib"  # Saraqeb's province
    assert row["date_start"] == row["date_end"] == dt.date(2020, 3, 1)
    fused = store.event(row["fused_id"])
    assert (fused["location_name"], fused["location_admin1"]) == ("Saraqeb", "Idlib")


def test_a_store_of_the_previous_schema_is_read_as_it_is_and_upgraded_when_written(
    tmp_path: Path,
    store_path: Path,
    pipeline,  # noqa: ANN001
) -> None:
    old = tmp_path / "old.duckdb"
    old.write_bytes(store_path.read_bytes())
    con = duckdb.connect(str(old))  # what dyads with store schema 1 wrote: no admin1 columns
    for table in ("mentions", "events"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN location_admin1")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store(old, read_only=True) as s:  # read as it is: nothing can be changed in a read-only file
        assert saraqeb_events(s) and "location_admin1" not in saraqeb_events(s)[0]
    with Store(old) as s:
        note = Document(
            "late",
            "Turkish drones struck Syrian army positions near Saraqeb on Monday.\n",
            published=dt.date(2020, 3, 3),
        )
        report = s.ingest([note], pipeline=pipeline)
        assert report.documents == 1 and not report.failed
        assert s.sql("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [("2",)]
        assert ("Idlib",) in s.sql("SELECT DISTINCT location_admin1 FROM mentions")[1]


def test_reingest_adds_nothing_and_does_not_load_the_model(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    db = tmp_path / "x.duckdb"
    with Store(db) as s:
        first = s.ingest([str(REPORTS)], pipeline=pipeline)
        before = s.counts()
        ids = [e["fused_id"] for e in s.events()]
    with Store(db) as s:
        again = s.ingest(
            [str(REPORTS)]
        )  # no pipeline given: it would have to load spaCy if it coded anything
        assert again.documents == 0 and again.skipped == first.documents
        assert s.counts() == before
        assert [e["fused_id"] for e in s.events()] == ids


def test_the_same_text_under_another_name_is_one_document(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    text = "Turkish drone strikes killed 19 Syrian soldiers near Saraqeb on Sunday, a war monitor said.\n"
    a, b = tmp_path / "a.txt", tmp_path / "copy_of_a.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text, encoding="utf-8")
    with Store(tmp_path / "x.duckdb") as s:
        report = s.ingest([str(a), str(b)], pipeline=pipeline, default_date=dt.date(2020, 3, 2))
        assert (report.documents, report.skipped) == (1, 1)
        assert s.sql("SELECT doc_hash FROM documents")[1] == [(content_hash(text),)]


def test_unreadable_inputs_are_reported_and_the_rest_stored(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    good = tmp_path / "good.txt"
    good.write_text(
        "Egyptian troops shelled Libyan militia positions near Sirte on Tuesday.\n", encoding="utf-8"
    )
    errors = []
    with Store(tmp_path / "x.duckdb") as s:
        report = s.ingest(
            [str(good), str(tmp_path / "missing.txt")], pipeline=pipeline, on_error=errors.append
        )
        assert report.documents == 1 and len(report.failed) == 1 and errors == report.failed
        assert "missing.txt" in str(errors[0])


# ------------------------------------------------------------------------------------------ fusion


def test_three_outlets_reporting_one_strike_fuse_into_one_event(store: Store) -> None:
    first = [e for e in saraqeb_events(store) if e["date_start"] == dt.date(2020, 3, 1)]
    assert len(first) == 1, first
    e = first[0]
    assert e["documents"] == ["reuters-saraqeb", "ap-saraqeb", "reuters-saraqeb-followup", "bbc-march-review"]
    assert e["n_mentions"] == 4 and e["n_documents"] == 4
    assert e["n_sources"] == 3  # Reuters twice is one source
    assert sorted(e["sources"]) == ["Associated Press", "BBC News", "Reuters"]
    assert e["fatalities"] == 21  # the largest reported toll
    assert e["date"] == "2020-03-01" and e["date_precision"] == "day"  # "last month" did not blur it
    assert e["location_name"] == "Saraqeb" and e["latitude"] is not None  # the most specific place
    assert e["lead"] is True
    mentions = store.mentions(EventFilter(dyad=("TURMIL", "SYRMIL"), directed=True))
    assert sum(1 for m in mentions if m["fused_id"] == e["fused_id"]) == 4


def test_the_same_strike_a_week_later_is_another_event(store: Store) -> None:
    dates = sorted(e["date"] for e in saraqeb_events(store))
    assert dates == ["2020-03-01", "2020-03-08"]
    later = next(e for e in saraqeb_events(store) if e["date"] == "2020-03-08")
    assert later["n_mentions"] == 1 and later["fatalities"] == 7


def test_undated_reports_fuse_only_within_their_own_article(store: Store) -> None:
    clashes = store.events(dyad=("COLMIL", "COLREB"), directed=True)
    assert len(clashes) == 2 and all(e["date"] is None for e in clashes)
    assert sorted(d for e in clashes for d in e["documents"]) == ["field-note-1", "field-note-2"]


def test_fused_ids_are_stable_across_stores_and_batchings(tmp_path: Path, store: Store, pipeline) -> None:  # noqa: ANN001
    reference = {e["fused_id"]: (e["n_mentions"], tuple(e["documents"])) for e in store.events()}
    lines = REPORTS.read_text(encoding="utf-8").splitlines(keepends=True)
    part1, part2 = tmp_path / "part1.jsonl", tmp_path / "part2.jsonl"
    part1.write_text("".join(lines[:2]), encoding="utf-8")
    part2.write_text("".join(lines[2:]), encoding="utf-8")
    with Store(tmp_path / "two_runs.duckdb") as s:
        s.ingest([str(part1)], pipeline=pipeline, batch_size=1)
        s.ingest([str(part2)], pipeline=pipeline, batch_size=5)
        again = {e["fused_id"]: (e["n_mentions"], tuple(e["documents"])) for e in s.events()}
    assert again == reference


def _mention(**kw: Any) -> dict[str, Any]:
    base = {
        "doc_hash": "d1",
        "event_id": "e1",
        "source_code": "TURMIL",
        "target_code": "SYRMIL",
        "cameo_root": "19",
        "location_country": "SYR",
        "date_precision": "day",
        "date_start": dt.date(2020, 3, 1),
        "date_end": dt.date(2020, 3, 1),
    }
    base.update(kw)
    return base


def test_fusion_rules_dates_places_and_direction() -> None:
    fuser = Fuser(window_days=1)
    ms = [
        _mention(event_id="a"),
        _mention(event_id="b", doc_hash="d2", date_start=dt.date(2020, 3, 2), date_end=dt.date(2020, 3, 2)),
        _mention(event_id="c", doc_hash="d3", date_start=dt.date(2020, 3, 3), date_end=dt.date(2020, 3, 3)),
        _mention(event_id="d", doc_hash="d4", location_country="TUR"),  # another country
        _mention(event_id="e", doc_hash="d5", location_country=None),  # no place: compatible
        _mention(event_id="f", doc_hash="d6", source_code="SYRMIL", target_code="TURMIL"),  # reversed
        _mention(event_id="g", doc_hash="d7", cameo_root="18"),  # another kind of event
        _mention(
            event_id="h",
            doc_hash="d8",
            date_precision="month",
            date_start=dt.date(2020, 3, 1),
            date_end=dt.date(2020, 3, 31),
        ),  # "last month" joins the day event
    ]
    touched, _ = fuser.assign(ms, [], next_seq=1)
    group = {m["event_id"]: m["fused_id"] for m in ms}
    assert group["b"] == group["a"] == group["e"] == group["h"]  # one day apart, no place, vaguer date
    assert group["c"] != group["a"]  # two days from the anchor: chaining across days is not allowed
    assert len({group["a"], group["d"], group["f"], group["g"]}) == 4
    assert len(touched) == 5


def test_a_precise_report_pins_down_a_vague_event() -> None:
    fuser = Fuser()
    vague = _mention(
        event_id="v", date_precision="month", date_start=dt.date(2020, 3, 1), date_end=dt.date(2020, 3, 31)
    )
    day = _mention(
        event_id="p", doc_hash="d2", date_start=dt.date(2020, 3, 17), date_end=dt.date(2020, 3, 17)
    )
    touched, _ = fuser.assign([vague, day], [], next_seq=1)
    (cluster,) = touched.values()
    assert (cluster.precision, cluster.start) == ("day", dt.date(2020, 3, 17))


# ------------------------------------------------------------------------------------------ crash safety


def _corpus(path: Path, n: int) -> Path:
    towns = [
        "Saraqeb",
        "Idlib",
        "Maarat al-Numan",
        "Ariha",
        "Jisr al-Shughur",
        "Kafr Nabl",
        "Sarmin",
        "Binnish",
    ]
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            published = dt.date(2020, 1, 6) + dt.timedelta(days=7 * (i // 2))  # Mondays, two reports each
            text = (
                f"Turkish drone strikes killed {10 + i} Syrian soldiers near {towns[i % len(towns)]} "
                "on Sunday, a war monitor said.\n\n"
                "Russia backs the Syrian government, while Turkey supports rebel groups."
            )
            rec = {
                "id": f"doc-{i:03d}",
                "source": ["Reuters", "AP"][i % 2],
                "date": published.isoformat(),
                "title": f"Strike {i}",
                "text": text,
            }
            f.write(json.dumps(rec) + "\n")
    return path


def _snapshot(path: Path) -> dict[str, Any]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            "documents": sorted(
                con.execute("SELECT doc_hash, doc_id, n_events, n_suppressed FROM documents").fetchall()
            ),
            "mentions": sorted(
                con.execute("SELECT doc_hash, event_id, fused_id, cameo FROM mentions").fetchall()
            ),
            "events": sorted(
                con.execute(
                    "SELECT fused_id, n_mentions, n_sources, documents, fatalities, date, location_name "
                    "FROM events"
                ).fetchall()
            ),
        }
    finally:
        con.close()


def _assert_whole(path: Path) -> None:
    """No partial document: each stored document has all its mentions; each fused event all its mentions."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        bad_docs = con.execute(
            """SELECT d.doc_id FROM documents d LEFT JOIN mentions m USING (doc_hash)
               GROUP BY d.doc_id, d.n_events, d.n_suppressed
               HAVING count(m.event_id) != d.n_events + d.n_suppressed"""
        ).fetchall()
        orphans = con.execute(
            "SELECT count(*) FROM mentions WHERE doc_hash NOT IN (SELECT doc_hash FROM documents)"
        ).fetchone()[0]
        bad_events = con.execute(
            """SELECT e.fused_id FROM events e LEFT JOIN mentions m USING (fused_id)
               GROUP BY e.fused_id, e.n_mentions HAVING count(m.event_id) != e.n_mentions"""
        ).fetchall()
        unfused = con.execute(
            "SELECT count(*) FROM mentions "
            "WHERE modality = 'asserted' AND fused_id NOT IN (SELECT fused_id FROM events)"
        ).fetchone()[0]
        assert not bad_docs and orphans == 0 and not bad_events and unfused == 0
    finally:
        con.close()


def test_sigkill_mid_ingest_then_rerun_gives_every_document_once(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 40)
    # the uninterrupted reference run is a process like the others (same code, other batch size)
    reference = tmp_path / "reference.duckdb"
    ref = subprocess.run(
        [sys.executable, "-m", "dyads", "ingest", str(corpus), "--db", str(reference), "--batch-size", "7"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ref.returncode == 0, ref.stderr
    killed = tmp_path / "killed.duckdb"
    cmd = [
        sys.executable,
        "-m",
        "dyads",
        "ingest",
        str(corpus),
        "--db",
        str(killed),
        "--batch-size",
        "2",
        "-v",
        "--no-progress",
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    committed = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        if "committed" in line:
            committed += 1
            if committed == 3:
                os.kill(proc.pid, signal.SIGKILL)  # while it codes (or commits) the next batch
                break
    proc.wait(timeout=60)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    _assert_whole(killed)
    stored = len(_snapshot(killed)["documents"])
    assert 6 <= stored < 40
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} already in the store" in rerun.stderr
    _assert_whole(killed)
    assert _snapshot(killed) == _snapshot(reference)


# ------------------------------------------------------------------------------------------ queries


def test_filters_actor_dyad_root_quad_dates(store: Store) -> None:
    syr = store.events(actor="SYR")
    assert syr and all(
        "SYR"
        in (
            (e["source_code"] or "")[:3],
            (e["target_code"] or "")[:3],
            e["source_country"],
            e["target_country"],
        )
        for e in syr
    )
    both = store.events(dyad=("TUR", "SYR"))
    directed = store.events(dyad=("TUR", "SYR"), directed=True)
    assert len(directed) < len(both)
    assert all(e["source_code"].startswith("TUR") and e["target_code"].startswith("SYR") for e in directed)
    assert {e["cameo_root"] for e in store.events(root="19")} == {"19"}
    assert {e["quad_class"] for e in store.events(quad=1)} == {1}
    march = store.events(since=dt.date(2020, 3, 5), until=dt.date(2020, 3, 31))
    assert march and all(
        e["date_end"] >= dt.date(2020, 3, 5) and e["date_start"] <= dt.date(2020, 3, 31) for e in march
    )
    assert "2020-03-01" not in {e["date"] for e in march}
    igo = store.events(actor="LBYREB")
    assert {e["fused_id"] for e in igo} >= {e["fused_id"] for e in store.events(dyad=("RUS", "LBYREB"))}


def test_unknown_actor_is_an_error_but_a_real_absent_one_is_not(store: Store) -> None:
    with pytest.raises(UnknownActor, match="XQZ"):
        store.events(actor="XQZ")
    assert store.events(actor="FRA") == []  # a country with no events here
    assert store.events(actor="SYRCOP") == []  # a valid code shape: Syria + police


def test_sql_is_read_only(store: Store) -> None:
    names, rows = store.sql("SELECT count(*) AS n FROM events")
    assert names == ["n"] and rows[0][0] == store.counts()["events"]
    for bad in (
        "DELETE FROM events",
        "DROP TABLE events",
        "INSERT INTO meta VALUES ('a', 'b')",
        "SELECT 1; DELETE FROM events",
        "COPY events TO 'x.csv'",
        "ATTACH 'other.db'",
    ):
        with pytest.raises(StoreError, match="only reads"):
            store.sql(bad)
    with pytest.raises(StoreError, match="does not parse|Parser"):
        store.sql("SELEC 1")


def test_open_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no event store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (a INT)")
    con.close()
    with pytest.raises(StoreError, match="not a dyads event store"):
        Store(other)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="junk.duckdb"):
        Store(junk)


def test_public_api_open(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    with dyads.open(str(tmp_path / "api.duckdb")) as store:
        store.ingest(
            [
                Document(
                    "d1",
                    "Jordan and Iraq signed a trade agreement in Amman on Monday.\n",
                    published=dt.date(2024, 6, 12),
                    source="Petra",
                )
            ],
            pipeline=pipeline,
        )
        events = store.events(dyad=("JOR", "IRQ"))
        assert events and events[0]["sources"] == ["Petra"]
        assert store.relation("SELECT count(*) FROM mentions").fetchall()[0][0] >= 2


# ------------------------------------------------------------------------------------------ exports


def test_gdelt_export_has_gdelt_columns_and_conventions(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.export.CSV"
    n = store.export(str(out), "gdelt")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == store.counts()["events"] - 2  # the two undated events are left out
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len(GDELT_COLUMNS) == 61
    strike = next(r for r in rows if r["Actor1Code"] == "TURMIL" and r["SQLDATE"] == "20200301")
    assert strike["MonthYear"] == "202003" and strike["Year"] == "2020"
    assert strike["Actor1CountryCode"] == "TUR" and strike["Actor1Type1Code"] == "MIL"
    assert strike["Actor2Code"] == "SYRMIL" and strike["EventRootCode"] == "19"
    assert (strike["NumMentions"], strike["NumSources"], strike["NumArticles"]) == ("4", "3", "4")
    assert strike["QuadClass"] == "4" and float(strike["GoldsteinScale"]) < 0
    assert strike["ActionGeo_Type"] == "4" and strike["ActionGeo_CountryCode"] == "SY"  # FIPS, as GDELT
    assert strike["ActionGeo_ADM1Code"].startswith("SY") and float(strike["ActionGeo_Lat"]) > 35
    assert strike["SOURCEURL"] == "https://example.org/reuters/saraqeb"
    assert len(strike["DATEADDED"]) == 14 and strike["GLOBALEVENTID"].isdigit()
    with_header = tmp_path / "h.tsv"
    store.export(str(with_header), "gdelt", header=True)
    assert with_header.read_text(encoding="utf-8").split("\n")[0].split("\t") == list(GDELT_COLUMNS)


def test_acled_export(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    store.export(str(out), "acled")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and tuple(rows[0]) == ACLED_COLUMNS
    for column in (
        "event_date",
        "actor1",
        "actor2",
        "event_type",
        "fatalities",
        "location",
        "latitude",
        "longitude",
        "source",
        "notes",
    ):
        assert column in rows[0]
    strike = next(r for r in rows if r["event_date"] == "2020-03-01" and r["location"] == "Saraqeb")
    assert strike["actor1"] == "Military Forces of Turkey" and strike["actor2"] == "Military Forces of Syria"
    fused = next(e for e in saraqeb_events(store) if e["date"] == "2020-03-01")
    # a strike coded as fighting (19x) is a battle, as a drone strike (195x) remote violence
    assert (strike["disorder_type"], strike["event_type"], strike["sub_event_type"]) == acled_type(
        fused["cameo"], "TURMIL", "SYRMIL"
    )
    assert strike["disorder_type"] == "Political violence"
    assert strike["fatalities"] == "21" and strike["country"] == "Syria"
    assert "Reuters" in strike["source"] and "Saraqeb" in strike["notes"]
    assert not any(r["event_type"] == "" for r in rows)
    assert all(r["event_type"] != "Protests" for r in rows)  # nothing here is a protest
    assert {r["sub_event_type"] for r in rows if r["actor1"] == "Libyan National Army"} == {
        "Shelling/artillery/missile attack"
    }


def test_acled_mapping() -> None:
    assert acled_type("1952", "TURMIL", "SYRMIL") == (
        "Political violence",
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert acled_type("190", "SYRGOV", "CVL")[1] == "Violence against civilians"
    assert acled_type("145", "OPP", "COP")[1] == "Riots"
    assert acled_type("141", "EGYOPP", "EGYGOV")[1] == "Protests"
    assert acled_type("192", "LBYREB", "LBYGOV")[2] == "Non-state actor overtakes territory"
    assert acled_type("042", "USA", "RUS") is None  # a visit is not in ACLED
    assert split_code("IGOUNOSEC") == {"country": None, "types": ["IGO"], "group": "UNO"}
    assert split_code("SYRREBHTS") == {"country": "SYR", "types": ["REB"], "group": "HTS"}


def test_export_sector_codes_match_the_actor_dictionary() -> None:
    from dyads.actors.dictionary import SECTOR_ORDER

    assert set(SECTOR_ORDER) == SECTORS


def test_parquet_and_csv_exports_read_back(store: Store, tmp_path: Path) -> None:
    pq = tmp_path / "e.parquet"
    n = store.export(str(pq), "parquet")
    con = duckdb.connect()
    rows = con.execute(f"SELECT fused_id, n_mentions, documents FROM read_parquet('{pq}')").fetchall()
    assert n == len(rows) == store.counts()["events"]
    assert any(len(r[2]) == 4 for r in rows)
    mentions = tmp_path / "m.csv"
    m = store.export(str(mentions), "csv", mentions=True, filter=EventFilter(root="19"))
    read = list(csv.DictReader(mentions.open(encoding="utf-8")))
    assert m == len(read) and {r["cameo_root"] for r in read} == {"19"}
    with pytest.raises(StoreError, match="cannot write"):
        store.export(str(tmp_path / "no" / "such" / "dir.parquet"), "parquet")


# ------------------------------------------------------------------------------------------ the CLI


def test_cli_ingest_events_and_formats(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.duckdb")
    res = run("ingest", str(REPORTS), "--db", db, "--no-progress")
    assert res.exit_code == 0, res.output
    assert "8 documents stored" in res.stderr
    again = run("ingest", str(REPORTS), "--db", db)
    assert again.exit_code == 0 and "8 already in the store" in again.stderr
    table = run("events", "--db", db, "--dyad", "TUR:SYR", "--root", "19")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split()[:3] == ["id", "date", "source"] and "Saraqeb" in table.stdout
    jl = run("events", "--db", db, "--actor", "LBYREB", "--format", "jsonl")
    rows = [json.loads(x) for x in jl.stdout.splitlines()]
    assert rows and all("LBYREB" in (r["source_code"], r["target_code"]) for r in rows)
    raw = run("events", "--db", db, "--mentions", "--dyad", "TURMIL:SYRMIL", "--directed", "--format", "csv")
    mentions = list(csv.DictReader(io.StringIO(raw.stdout)))
    assert len(mentions) == 5 and {m["doc_id"] for m in mentions} >= {"ap-saraqeb", "bbc-march-review"}
    out = tmp_path / "q4.parquet"
    pq = run("events", "--db", db, "--quad", "4", "--format", "parquet", "-o", str(out))
    assert pq.exit_code == 0, pq.output
    quads = duckdb.connect().execute(f"SELECT DISTINCT quad_class FROM read_parquet('{out}')").fetchall()
    assert quads == [(4,)]
    since = run("events", "--db", db, "--since", "2020-03-05", "--until", "2020-03", "--format", "jsonl")
    assert {json.loads(x)["date"] for x in since.stdout.splitlines()} <= {"2020-03-07", "2020-03-08"}
    info = run("info", "--db", db)
    assert "documents  8" in info.stdout


def test_cli_sql_and_export(tmp_path: Path, store_path: Path) -> None:
    db = str(store_path)
    res = run(
        "sql",
        "SELECT cameo_root, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC",
        "--db",
        db,
        "--format",
        "csv",
    )
    assert res.exit_code == 0 and res.stdout.splitlines()[0] == "cameo_root,n"
    refused = run("sql", "DELETE FROM events", "--db", db)
    assert refused.exit_code == 1 and "only reads" in refused.output and "DELETE" in refused.output
    out = tmp_path / "g.tsv"
    exp = run("export", "--db", db, "--format", "gdelt", "-o", str(out), "--root", "19")
    assert exp.exit_code == 0, exp.output
    assert all(line.split("\t")[28] == "19" for line in out.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["events", "--actor", "XQZ"], "XQZ"),
        (["events", "--dyad", "TURSYR"], "TURSYR"),
        (["events", "--dyad", "TUR:"], "TUR:"),
        (["events", "--dyad", "TUR:QQQ"], "QQQ"),
        (["events", "--since", "2020-13-01"], "2020-13-01"),
        (["events", "--until", "yesterday"], "yesterday"),
        (["events", "--since", "2020-05-01", "--until", "2020-04-01"], "after"),
        (["events", "--root", "25"], "25"),
        (["events", "--quad", "7"], "7"),
        (["events", "--actor", "tur-1"], "tur-1"),
        (["events", "--format", "parquet"], "-o"),
        (["series", "--by", "week"], "--dyad"),
        (["series", "--dyad", "TUR:SYR", "--by", "fortnight"], "fortnight"),
        (["blocs", "--half-life", "soon"], "soon"),
        (["shifts", "--window", "0d"], "0d"),
        (["plot", "network", "-o", "net.jpg"], "net.jpg"),
        (["export", "--format", "gdelt", "-o", "x.tsv", "--mentions"], "--mentions"),
    ],
)
def test_cli_bad_arguments_name_the_input(args: list[str], needle: str, store_path: Path) -> None:
    res = run(*args, "--db", str(store_path))
    assert res.exit_code == 2, res.output
    assert needle in res.output


@pytest.mark.parametrize(
    "command",
    [
        ["events"],
        ["sql", "SELECT 1"],
        ["blocs"],
        ["shifts"],
        ["info"],
        ["series", "--dyad", "TUR:SYR"],
        ["export", "--format", "csv", "-o", "x"],
        ["plot", "network", "-o", "x.png"],
    ],
)
def test_cli_missing_store_is_a_clear_error(command: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.duckdb"
    res = run(*command, "--db", str(missing))
    assert res.exit_code == 2, res.output
    assert "nowhere.duckdb" in res.output and "dyads ingest" in res.output
    assert not missing.exists(), "a read command must not create the file"


def test_cli_store_in_use_by_a_writer(tmp_path: Path, store_path: Path) -> None:
    busy = tmp_path / "busy.duckdb"
    busy.write_bytes(store_path.read_bytes())
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); sys.stdin.read()",
            str(busy),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        res = subprocess.run(
            [sys.executable, "-m", "dyads", "events", "--db", str(busy)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert res.returncode == 1 and "in use by another" in res.stderr
    finally:
        holder.communicate("", timeout=30)
