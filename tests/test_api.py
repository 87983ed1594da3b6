"""The HTTP API (`dyads serve`), against real stores built by the real pipeline from our own fixture
articles (tests/fixtures/store/reports.jsonl: reports of the same Turkish drone strike near Saraqeb, a
piece on Libya's alliances, two undated field notes; tests/fixtures/api/ceasefire.html).

Every endpoint, every error a client can cause, paging and sorting, CSV and Parquet downloads read back,
readers that never see half an ingest, and the real `dyads serve` process over HTTP.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fastapi.routing import APIRoute

from dyads.interfaces.api import create_app
from dyads.interfaces.api.models import FusedEvent
from dyads.interfaces.api.routes import router
from dyads.interfaces.cli import main
from dyads.pipeline import default_pipeline
from dyads.store import Store

with warnings.catch_warnings():  # Starlette asks for httpx2, which this project does not use
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

FIXTURES = Path(__file__).parent / "fixtures"
REPORTS = FIXTURES / "store" / "reports.jsonl"
HTML = FIXTURES / "api" / "ceasefire.html"
REPO = Path(__file__).resolve().parents[1]
TOKEN = "s3cret-token"
ARTICLE = (
    "Egyptian troops shelled Libyan militia positions near Sirte on Tuesday, Egypt's army said.\n\n"
    "Jordan and Iraq signed a trade agreement in Amman on Monday.\n\n"
    "Russia does not plan to invade Moldova, the Kremlin said.\n"
)
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    with Store(path) as store:
        report = store.ingest([str(REPORTS)], pipeline=default_pipeline(), batch_size=3)
    assert report.documents == 8 and not report.failed
    return path


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    """A read-only server on the fixture store (reads need nothing more)."""
    with TestClient(create_app(str(store_path), read_only=True)) as c:
        yield c


@pytest.fixture()
def writer(tmp_path: Path) -> Iterator[TestClient]:
    """A writable server on a new store, with a token and a small body limit."""
    app = create_app(str(tmp_path / "new.duckdb"), token=TOKEN, max_body_bytes=64 * 1024)
    with TestClient(app) as c:
        yield c


def error(response: httpx.Response, status: int, field: str | None = None, code: str | None = None) -> str:
    """Check the one error shape; return the message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert {"code", "message", "field"} <= set(err)
    assert err["field"] == field, err
    if code is not None:
        assert err["code"] == code, err
    assert err["message"]
    return err["message"]


def all_events(c: TestClient, **query: Any) -> list[dict[str, Any]]:
    r = c.get("/v1/events", params={"limit": 1000, **query})
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] == len(page["events"])
    return page["events"]


# ------------------------------------------------------------------------------------------ health, docs


def test_health(client: TestClient, store_path: Path) -> None:
    h = client.get("/v1/health").json()
    assert h["status"] == "ok" and h["read_only"] is True and h["auth"] is False
    assert h["db"] == str(store_path)
    assert h["counts"]["documents"] == 8 and h["counts"]["events"] > 0


def test_openapi_lists_every_route_and_its_references_resolve(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    routes = [
        r for r in [*client.app.routes, *router.routes] if isinstance(r, APIRoute) and r.include_in_schema
    ]
    assert len(routes) >= 14
    for route in routes:
        assert route.path in spec["paths"], route.path
        for method in route.methods - {"HEAD"}:
            assert method.lower() in spec["paths"][route.path], (method, route.path)
    refs = set(re.findall(r'"\$ref": ?"#/components/schemas/([^"]+)"', json.dumps(spec)))
    assert {"CodedEvent", "FusedEvent", "ErrorResponse"} <= refs
    assert refs <= set(spec["components"]["schemas"]), refs - set(spec["components"]["schemas"])
    # the body of the coding endpoints is documented for JSON and both form encodings
    body = spec["paths"]["/v1/code"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data", "application/x-www-form-urlencoded"} <= set(body)
    assert "bearer" in json.dumps(spec["components"]["securitySchemes"]).lower()


def test_docs_work_offline(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "/openapi.json" in page
    # nothing fetched from elsewhere: no external script, stylesheet or URL at all
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)
    assert "http://" not in page and "https://" not in page
    assert client.get("/redoc").status_code == 404


def test_home_redirects_to_the_docs_without_a_dashboard(store_path: Path, tmp_path: Path) -> None:
    app = create_app(None, dashboard=tmp_path / "missing")
    with TestClient(app) as c:
        r = c.get("/", follow_redirects=False)
        assert r.status_code in (302, 307) and r.headers["location"] == "/docs"


def test_dashboard_is_served_at_the_root(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>dyads dashboard</title>", encoding="utf-8")
    (dist / "assets" / "app.js").write_text("console.log('dashboard')", encoding="utf-8")
    with TestClient(create_app(None, dashboard=dist)) as c:
        assert "dyads dashboard" in c.get("/").text
        assert c.get("/assets/app.js").text == "console.log('dashboard')"
        assert c.get("/v1/health").json()["db"] is None  # the API is still answered first
        assert c.get("/docs").status_code == 200
        error(c.get("/assets/missing.js"), 404, code="not_found")


def test_unknown_paths_and_methods_get_the_error_shape(client: TestClient) -> None:
    assert "/v1/nope" in error(client.get("/v1/nope"), 404, code="not_found")
    error(client.delete("/v1/events"), 405, code="method_not_allowed")


# ------------------------------------------------------------------------------------------ events


def test_events_filters(client: TestClient) -> None:
    strikes = all_events(client, dyad="TURMIL,SYRMIL", directed="true", root="19")
    assert strikes and all(e["source_code"] == "TURMIL" and e["cameo_root"] == "19" for e in strikes)
    assert (
        all_events(client, dyad="TURMIL:SYRMIL", directed="true", root="19") == strikes
    )  # A:B as in the CLI
    both = all_events(client, dyad="SYRMIL,TURMIL", root="19")
    assert {e["fused_id"] for e in strikes} <= {e["fused_id"] for e in both}
    src = all_events(client, source="TUR")
    assert src and all(e["source_country"] == "TUR" or e["source_code"].startswith("TUR") for e in src)
    tgt = all_events(client, target="SYR")
    assert tgt and all(e["target_country"] == "SYR" or e["target_code"].startswith("SYR") for e in tgt)
    actor = {e["fused_id"] for e in all_events(client, actor="TUR")}
    assert {e["fused_id"] for e in src} <= actor
    q4 = all_events(client, quad=4)
    assert q4 and all(e["quad_class"] == 4 for e in q4)
    march = all_events(client, since="2020-03-05", until="2020-03")
    assert march and all(e["date_end"] >= "2020-03-05" and e["date_start"] <= "2020-03-31" for e in march)
    in_doc = all_events(client, doc="aa-libya")
    assert in_doc and all("aa-libya" in e["documents"] for e in in_doc)
    words = all_events(client, q="SARAQEB")
    assert words and all("saraqeb" in json.dumps(e).lower() for e in words)
    assert all_events(client, q="no such words anywhere") == []


def test_events_paging_and_sorting(client: TestClient) -> None:
    everything = all_events(client)
    assert len(everything) >= 10
    dates = [e["date_start"] for e in everything if e["date_start"]]
    assert dates == sorted(dates)
    for sort in ("-goldstein", "fatalities", "-date", "mentions", "source"):
        whole = all_events(client, sort=sort)
        pages: list[dict[str, Any]] = []
        for offset in range(0, len(whole) + 3, 3):
            r = client.get("/v1/events", params={"limit": 3, "offset": offset, "sort": sort}).json()
            assert (
                r["total"] == len(whole) and r["limit"] == 3 and r["offset"] == offset and r["sort"] == sort
            )
            pages.extend(r["events"])
        assert [e["fused_id"] for e in pages] == [e["fused_id"] for e in whole], sort
    gold = [e["goldstein"] for e in all_events(client, sort="-goldstein") if e["goldstein"] is not None]
    assert gold == sorted(gold, reverse=True)
    deaths = [e["fatalities"] for e in all_events(client, sort="-fatalities")]
    known = [d for d in deaths if d is not None]
    assert known == sorted(known, reverse=True) and deaths[: len(known)] == known  # nulls last


def test_event_rows_have_every_stored_column(client: TestClient) -> None:
    event = client.get("/v1/events", params={"limit": 1}).json()["events"][0]
    assert set(event) == set(FusedEvent.model_fields)
    assert isinstance(event["documents"], list) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", event["date_start"])


def test_event_detail_lists_its_reports_with_evidence(client: TestClient) -> None:
    strike = max(all_events(client, dyad="TURMIL,SYRMIL", root="19"), key=lambda e: e["n_mentions"])
    assert strike["n_mentions"] >= 3
    detail = client.get(f"/v1/events/{strike['fused_id']}").json()
    assert {k: detail[k] for k in strike} == strike
    mentions = detail["mentions"]
    assert len(mentions) == strike["n_mentions"]
    assert {m["doc_id"] for m in mentions} == set(strike["documents"])
    for m in mentions:
        assert m["title"] and m["url"].startswith("https://example.org/") and m["published"]
        doc = client.get(f"/v1/documents/{m['doc_hash']}").json()
        assert doc["doc_id"] == m["doc_id"] and doc["title"] == m["title"]
        ev = m["evidence"]
        assert doc["text"][ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]
        assert doc["text"][ev["source"]["start"] : ev["source"]["end"]] == m["source_text"]
        assert ev["trigger"]["text"] in m["sentence"]
    # a document by its doc_id too
    assert client.get("/v1/documents/aa-libya").json()["doc_id"] == "aa-libya"
    error(client.get("/v1/events/0000000000000000"), 404, "fused_id", "not_found")
    error(client.get("/v1/documents/nothing-like-it"), 404, "key", "not_found")


def test_downloads_csv_and_parquet(client: TestClient, tmp_path: Path) -> None:
    query = {"actor": "TUR", "sort": "-goldstein"}
    expected = all_events(client, **query)
    r = client.get("/v1/events.csv", params=query)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["fused_id"] for row in rows] == [e["fused_id"] for e in expected]
    assert set(rows[0]) == set(FusedEvent.model_fields)

    r = client.get("/v1/events.parquet", params=query)
    assert r.status_code == 200 and r.content[:4] == b"PAR1"
    path = tmp_path / "events.parquet"
    path.write_bytes(r.content)
    table = pq.read_table(path)
    assert table.column("fused_id").to_pylist() == [e["fused_id"] for e in expected]
    assert table.column("goldstein").to_pylist() == [e["goldstein"] for e in expected]
    assert duckdb.sql(f"SELECT count(*) FROM '{path}'").fetchall() == [(len(expected),)]
    # the limit and the error cases are those of /v1/events
    assert len(list(csv.DictReader(io.StringIO(client.get("/v1/events.csv?limit=2").text)))) == 2
    error(client.get("/v1/events.parquet", params={"since": "yesterday"}), 422, "since", "invalid")
    # nothing is left behind in the temporary folder
    import tempfile

    assert not list(Path(tempfile.gettempdir()).glob("dyads-events-*"))


@pytest.mark.parametrize(
    ("query", "field", "code"),
    [
        ({"since": "2020-13-45"}, "since", "invalid"),
        ({"until": "March"}, "until", "invalid"),
        ({"since": "2020-04", "until": "2020-03"}, "since", "invalid"),
        ({"root": "99"}, "root", "invalid"),
        ({"quad": "7"}, "quad", "invalid"),
        ({"quad": "four"}, "quad", "invalid"),
        ({"limit": "0"}, "limit", "invalid"),
        ({"limit": "100000"}, "limit", "invalid"),
        ({"offset": "-1"}, "offset", "invalid"),
        ({"sort": "fused_id"}, "sort", "invalid"),
        ({"sort": "date; DROP TABLE events"}, "sort", "invalid"),
        ({"actor": "SYR' OR 1=1 --"}, "actor", "invalid"),
        ({"dyad": "TUR"}, "dyad", "invalid"),
        ({"dyad": "TUR,SYR,IRN"}, "dyad", "invalid"),
        ({"directed": "true"}, "directed", "invalid"),
        ({"actor": "ZQZ"}, "actor", "unknown_actor"),
        ({"source": "XQX"}, "source", "unknown_actor"),
        ({"dyad": "TUR,QQQ"}, "dyad", "unknown_actor"),
    ],
)
def test_bad_event_queries_name_the_parameter(
    client: TestClient, query: dict[str, str], field: str, code: str
) -> None:
    message = error(client.get("/v1/events", params=query), 422, field, code)
    assert message.startswith(field)


def test_unknown_actor_suggests_codes(client: TestClient) -> None:
    message = error(client.get("/v1/events", params={"actor": "TURMIX"}), 422, "actor", "unknown_actor")
    assert "did you mean" in message and "TURMIL" in message


def test_queries_are_parameterised(client: TestClient) -> None:
    before = client.get("/v1/health").json()["counts"]
    assert all_events(client, q="'; DROP TABLE events; --") == []
    assert all_events(client, doc="x' OR '1'='1") == []
    assert client.get("/v1/actors/search", params={"q": "' OR 1=1 --"}).json() == []
    assert client.get("/v1/health").json()["counts"] == before


# ------------------------------------------------------------------------------------------ analysis


def test_actor_search(client: TestClient) -> None:
    hits = client.get("/v1/actors/search", params={"q": "tur"}).json()
    assert hits[0]["code"] == "TUR" and hits[0]["name"] == "Turkey"
    assert {"TURMIL"} <= {h["code"] for h in hits}
    assert all(h["code"].startswith("TUR") or "tur" in (h["name"] or "").lower() for h in hits)
    counts = [h["events"] for h in hits[1:]]
    assert counts == sorted(counts, reverse=True)
    by_name = client.get("/v1/actors/search", params={"q": "national army"}).json()
    assert [h["code"] for h in by_name] == ["LBYREB"]
    assert len(client.get("/v1/actors/search", params={"limit": 2}).json()) == 2
    error(client.get("/v1/actors/search", params={"limit": "0"}), 422, "limit", "invalid")


def test_map(client: TestClient) -> None:
    m = client.get("/v1/map").json()
    saraqeb = next(p for p in m["points"] if p["name"] == "Saraqeb")
    assert saraqeb["country"] == "SYR" and 35 < saraqeb["lat"] < 37 and 36 < saraqeb["lon"] < 38
    assert saraqeb["events"] >= 2 and saraqeb["fatalities"] >= 21
    assert m["countries"]["SYR"] >= saraqeb["events"]
    only_libya = client.get("/v1/map", params={"actor": "LBYREB"}).json()
    assert "SYR" not in only_libya["countries"] or only_libya["countries"]["SYR"] < m["countries"]["SYR"]
    error(client.get("/v1/map", params={"quad": "9"}), 422, "quad")


def test_series(client: TestClient) -> None:
    s = client.get("/v1/series", params={"dyad": "TUR,SYR", "by": "week"}).json()
    assert s["by"] == "week" and s["total"] == sum(p["events"] for p in s["periods"])
    for p in s["periods"]:
        assert p["events"] == p["q1"] + p["q2"] + p["q3"] + p["q4"] == len(p["ids"])
        if p["events"]:
            assert p["goldstein"] == pytest.approx(p["goldstein_sum"] / p["events"], abs=1e-3)
    ids = {i for p in s["periods"] for i in p["ids"]}
    assert ids <= {e["fused_id"] for e in all_events(client, dyad="TUR,SYR")}
    assert client.get("/v1/series", params={"actor": "LBYREB", "by": "month"}).json()["periods"]
    error(client.get("/v1/series", params={"dyad": "TUR,SYR", "by": "fortnight"}), 422, "by", "invalid")


def test_network_and_its_edges(client: TestClient) -> None:
    net = client.get("/v1/network", params={"half_life": "none"}).json()
    nodes = {n["id"]: n for n in net["nodes"]}
    assert {"TUR", "SYR", "RUS", "LBYREB", "LBY"} <= set(nodes)
    assert 0 <= net["balance"] <= 1 and net["half_life_days"] is None
    for b in net["blocs"]:
        assert all(nodes[m]["bloc"] == b["id"] for m in b["members"])
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"TUR", "SYR"})
    assert edge["sign"] == -1 and edge["weight"] < 0 and edge["conflictual"] >= 2
    assert edge["events"] == edge["cooperative"] + edge["conflictual"] == len(edge["event_ids"])
    behind = client.get(
        "/v1/network/edge", params={"a": edge["source"], "b": edge["target"], "half_life": "none"}
    ).json()
    assert behind["total"] == edge["events"] and behind["edge"] == edge
    assert [e["fused_id"] for e in behind["events"]] == edge["event_ids"]
    assert all({e["source_code"][:3], e["target_code"][:3]} == {"TUR", "SYR"} for e in behind["events"])
    first = client.get(
        "/v1/network/edge", params={"a": "TUR", "b": "SYR", "half_life": "none", "limit": 1, "offset": 1}
    ).json()
    assert [e["fused_id"] for e in first["events"]] == edge["event_ids"][1:2]
    # a window with nothing in it, and the errors
    assert client.get("/v1/network", params={"until": "2019"}).json()["nodes"] == []
    error(client.get("/v1/network/edge", params={"a": "TUR", "b": "ZZZ"}), 404, "b", "not_found")
    error(client.get("/v1/network/edge", params={"a": "TUR"}), 422, "b", "invalid")
    error(client.get("/v1/network", params={"half_life": "soon"}), 422, "half_life", "invalid")
    error(client.get("/v1/network", params={"min_events": "0"}), 422, "min_events", "invalid")


def test_blocs(client: TestClient) -> None:
    blocs = client.get("/v1/blocs", params={"half_life": "none"}).json()
    assert 0 <= blocs["balance"] <= 1
    groups = [{m["node"] for m in b} for b in blocs["blocs"]]
    turkey = next(g for g in groups if "TUR" in g)
    assert "SYR" not in turkey and "LBY" in turkey
    net = client.get("/v1/network", params={"half_life": "none"}).json()
    assert [set(b["members"]) for b in net["blocs"]] == groups
    error(client.get("/v1/blocs", params={"since": "2020-02-30"}), 422, "since", "invalid")


# ------------------------------------------------------------------------------------------ coding


def test_code_json(client: TestClient) -> None:
    r = client.post("/v1/code", json={"text": ARTICLE, "date": "2024-06-12", "title": "Sirte"})
    assert r.status_code == 200, r.text
    out = r.json()
    doc = out["document"]
    assert doc["text"] == ARTICLE and doc["published"] == "2024-06-12" and doc["title"] == "Sirte"
    assert out["warnings"] == [] and out["suppressed"] == []
    triples = {(e["source"]["country"], e["cameo_root"], e["target"]["country"]) for e in out["events"]}
    assert ("EGY", "19", "LBY") in triples
    for e in out["events"]:
        ev = e["evidence"]
        assert doc["text"][ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]
        for role in ("source", "target"):
            if e[role]:
                assert doc["text"][e[role]["start"] : e[role]["end"]] == e[role]["text"]
    # the shape is exactly `dyads code`'s, and nothing was stored
    from jsonschema import validate

    from dyads.output.writers import event_schema

    for e in out["events"]:
        validate(e, event_schema())
    assert client.get("/v1/health").json()["pipeline_loaded"] is True


def test_code_suppressed_and_warnings(client: TestClient) -> None:
    out = client.post("/v1/code", json={"text": ARTICLE, "include_suppressed": True}).json()
    assert any(e["modality"] == "negated" for e in out["suppressed"])
    assert any("publication date" in w for w in out["warnings"])
    none = client.post("/v1/code", json={"text": "The weather was fine.", "date": "2024-01-01"}).json()
    assert none["events"] == [] and any("no events" in w for w in none["warnings"])


def test_code_forms_and_uploads(client: TestClient) -> None:
    def coded(events: list[dict[str, Any]]) -> list[dict[str, Any]]:  # ids name the document
        return [{k: v for k, v in e.items() if k not in ("event_id", "doc_id")} for e in events]

    as_json = client.post("/v1/code", json={"text": ARTICLE, "date": "2024-06-12"}).json()
    form = client.post("/v1/code", data={"text": ARTICLE, "date": "2024-06-12"}).json()
    assert form["events"] == as_json["events"]
    multipart = client.post(
        "/v1/code",
        data={"date": "2024-06-12"},
        files={"file": ("article.txt", ARTICLE.encode(), "text/plain")},
    ).json()
    assert multipart["document"]["doc_id"] == "article"  # named after the file, as by `dyads code`
    assert coded(multipart["events"]) == coded(as_json["events"])
    html = client.post(
        "/v1/code", data={"date": "2024-06-11"}, files={"file": ("page.html", HTML.read_bytes(), "text/html")}
    ).json()
    text = html["document"]["text"]
    assert html["document"]["title"] == "Egypt and Sudan sign a border accord"
    assert (
        "<script" not in text and "alert" not in text and "stolen" not in text and "onmouseover" not in text
    )
    assert "Egyptian troops shelled Libyan militia" in text
    assert any(e["source"]["country"] == "EGY" for e in html["events"])
    # HTML pasted as text with format=html reads the same
    pasted = client.post(
        "/v1/code", json={"text": HTML.read_text(encoding="utf-8"), "format": "html", "date": "2024-06-11"}
    ).json()
    assert pasted["document"]["text"] == text and coded(pasted["events"]) == coded(html["events"])


@pytest.mark.parametrize(
    ("kwargs", "status", "field"),
    [
        ({"json": {"text": ARTICLE, "date": "2024-13-01"}}, 422, "date"),
        ({"json": {"text": ARTICLE, "date": "12/06/2024"}}, 422, "date"),
        ({"json": {"text": ARTICLE, "format": "pdf"}}, 422, "format"),
        ({"json": {"text": ARTICLE, "colour": "red"}}, 422, "colour"),
        ({"json": {"text": "   "}}, 422, "text"),
        ({"json": {"text": 42}}, 422, "text"),
        ({"json": {"title": "no text"}}, 422, "text"),
        ({"json": {"text": ARTICLE, "include_suppressed": "perhaps"}}, 422, "include_suppressed"),
        ({"json": ["a", "list"]}, 422, None),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, None),
        ({"content": b"text", "headers": {"content-type": "text/plain"}}, 415, None),
        (
            {"data": {"date": "2024-01-01"}, "files": {"file": ("a.pdf", b"%PDF-1.4", "application/pdf")}},
            422,
            "file",
        ),
        ({"data": {"text": "x"}, "files": {"file": ("a.txt", b"Some text.", "text/plain")}}, 422, "file"),
        ({"files": {"file": ("a.txt", b"\xff\xfe\x00bin\x00ary", "text/plain")}}, 422, "file"),
        ({"files": {"file": ("a.txt", b"", "text/plain")}}, 422, "file"),
        ({"files": {"text": ("a.txt", b"Some text.", "text/plain")}}, 422, "text"),
    ],
)
def test_code_bad_input(client: TestClient, kwargs: dict[str, Any], status: int, field: str | None) -> None:
    error(client.post("/v1/code", **kwargs), status, field)


# ------------------------------------------------------------------------------------------ writing


def test_store_document_needs_the_token(writer: TestClient) -> None:
    body = {
        "text": ARTICLE,
        "date": "2024-06-12",
        "doc_id": "sirte-1",
        "source": "Example",
        "url": "https://x.test/1",
    }
    msg = error(writer.post("/v1/documents", json=body), 401, "Authorization", "unauthorized")
    assert "Bearer" in msg
    r = writer.post("/v1/documents", json=body, headers={"Authorization": "Bearer wrong"})
    assert "wrong token" in error(r, 401, "Authorization", "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"
    error(
        writer.post("/v1/documents", json=body, headers={"Authorization": f"Basic {TOKEN}"}),
        401,
        "Authorization",
    )
    assert writer.get("/v1/health").json()["counts"]["documents"] == 0

    r = writer.post("/v1/documents", json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    stored = r.json()
    assert stored["stored"] is True and stored["doc_id"] == "sirte-1" and stored["events"] >= 2
    assert (
        stored["events_created"] >= 1 and stored["suppressed"] >= 1
    )  # "does not plan to invade" is kept as a mention
    events = all_events(writer, doc="sirte-1")
    assert len(events) == stored["events_created"]
    doc = writer.get(f"/v1/documents/{stored['doc_hash']}").json()
    assert doc["text"] == ARTICLE and doc["source"] == "Example" and doc["url"] == "https://x.test/1"
    # the same text again changes nothing
    again = writer.post("/v1/documents", json={**body, "doc_id": "sirte-2"}, headers=AUTH).json()
    assert again["stored"] is False and again["doc_id"] == "sirte-1" and again["events_created"] == 0
    assert writer.get("/v1/health").json()["counts"]["documents"] == 1
    # a form upload stores too
    up = writer.post(
        "/v1/documents",
        data={"date": "2024-06-11"},
        files={"file": ("p.html", HTML.read_bytes())},
        headers=AUTH,
    ).json()
    assert up["stored"] is True and up["doc_id"] == "p"  # named after the file
    assert writer.get("/v1/health").json()["counts"]["documents"] == 2


def test_read_only_refuses_writes_and_opens_the_file_read_only(client: TestClient, store_path: Path) -> None:
    msg = error(client.post("/v1/documents", json={"text": ARTICLE}), 403, None, "read_only")
    assert "read-only" in msg
    # a read-only server shares the file: another process can open it while the server has it open
    proc = subprocess.run(
        [sys.executable, "-m", "dyads", "info", "--db", str(store_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "documents  8" in proc.stdout


def test_request_bodies_are_limited(writer: TestClient) -> None:
    big = "Turkish drones struck Syrian army positions near Saraqeb. " * 2000  # ~116 kB > 64 kB
    r = writer.post("/v1/code", json={"text": big})
    assert "65536-byte limit" in error(r, 413, None, "too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server has to count
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    r = writer.post("/v1/documents", content=chunks(), headers={**AUTH, "content-type": "application/json"})
    error(r, 413, None, "too_large")
    files = {"file": ("big.txt", big.encode(), "text/plain")}
    error(writer.post("/v1/code", files=files), 413, None, "too_large")
    error(
        writer.post("/v1/code", content=b"{}", headers={"content-length": "many"}), 400, None, "bad_request"
    )
    assert writer.get("/v1/health").json()["counts"]["documents"] == 0


def test_a_server_without_a_store_only_codes(tmp_path: Path) -> None:
    with TestClient(create_app(None)) as c:
        health = c.get("/v1/health").json()
        assert health["counts"] is None and health["pipeline_loaded"] is False  # loaded on first use
        assert c.post("/v1/code", json={"text": ARTICLE}).status_code == 200
        assert c.get("/v1/health").json()["pipeline_loaded"] is True
        assert "--db" in error(c.get("/v1/events"), 503, None, "no_store")
        error(c.post("/v1/documents", json={"text": ARTICLE}), 503, None, "no_store")


def test_bad_server_settings(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_body_bytes"):
        create_app(None, max_body_bytes=0)
    with pytest.raises(ValueError, match="token"):
        create_app(None, token=" ")
    runner = CliRunner()
    res = runner.invoke(main, ["serve", "--db", str(tmp_path / "missing.duckdb"), "--read-only"])
    assert res.exit_code == 2 and "no event store" in res.output
    res = runner.invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb"), "--token", ""])
    assert res.exit_code == 2 and "token" in res.output
    (tmp_path / "not.duckdb").write_text("hello", encoding="utf-8")
    res = runner.invoke(main, ["serve", "--db", str(tmp_path / "not.duckdb")])
    assert res.exit_code == 1 and "not.duckdb" in res.output


# ------------------------------------------------------------------------------------------ concurrency


def _variants() -> list[dict[str, Any]]:
    """The fixture reports, each told again by another outlet a few days later: distinct texts, several
    events each, fused with one another as they arrive."""
    reports = [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for day, outlet in ((2, "Wire A"), (3, "Wire B")):
        for r in reports:
            if r.get("date"):
                out.append(
                    {
                        "text": f"{r['text']}\n\n{outlet} contributed to this report.",
                        "date": (dt.date.fromisoformat(r["date"]) + dt.timedelta(days=day)).isoformat(),
                        "doc_id": f"{r['id']}-{outlet[-1].lower()}",
                        "source": outlet,
                    }
                )
    return out


def test_readers_never_see_half_a_document(writer: TestClient) -> None:
    docs = _variants()
    assert len(docs) >= 10
    stop = threading.Event()
    failures: list[str] = []
    snapshots: list[list[dict[str, Any]]] = []

    def ingest() -> None:
        try:
            for d in docs:
                r = writer.post("/v1/documents", json=d, headers=AUTH)
                if r.status_code != 200:
                    failures.append(r.text)
        finally:
            stop.set()

    def hammer() -> None:
        while not stop.is_set() or len(snapshots) < 3:
            r = writer.get("/v1/events", params={"limit": 1000})
            if r.status_code != 200:
                failures.append(r.text)
                return
            page = r.json()
            if page["total"] != len(page["events"]):  # the count and the rows come from one snapshot
                failures.append(f"total {page['total']} but {len(page['events'])} rows")
            snapshots.append(page["events"])

    threads = [threading.Thread(target=ingest), threading.Thread(target=hammer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not failures, failures[:3]
    final = Counter(d for e in all_events(writer) for d in e["documents"])
    assert set(final) == {d["doc_id"] for d in docs}
    # every document's events appear all at once: in each snapshot a document has none or all of them
    partial = []
    for events in snapshots:
        seen = Counter(d for e in events for d in e["documents"])
        partial += [(doc, n, final[doc]) for doc, n in seen.items() if n != final[doc]]
    assert not partial, partial[:5]
    sizes = sorted({len(s) for s in snapshots})
    assert len(snapshots) >= 3 and len(sizes) >= 2, "the reader ran while the writer ingested"
    assert max(final.values()) >= 2


# ------------------------------------------------------------------------------------------ the real server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dyads_serve_over_http(tmp_path: Path) -> None:
    db = tmp_path / "served.duckdb"
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "DYADS_TOKEN": TOKEN}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dyads",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{base}/v1/health", timeout=2).json()
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()[1]
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert health["db"] == str(db) and health["auth"] is True and health["counts"]["documents"] == 0
        with httpx.Client(base_url=base, timeout=60) as http:
            error(http.post("/v1/documents", json={"text": ARTICLE}), 401, "Authorization")
            stored = http.post("/v1/documents", json={"text": ARTICLE, "date": "2024-06-12"}, headers=AUTH)
            assert stored.status_code == 200 and stored.json()["stored"] is True
            events = http.get("/v1/events", params={"actor": "EGY"}).json()
            assert events["total"] >= 1 and events["events"][0]["source_code"].startswith("EGY")
            assert "dyads" in http.get("/docs").text
            assert "/v1/events" in http.get("/openapi.json").json()["paths"]
            error(http.get("/v1/events", params={"since": "someday"}), 422, "since")
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    # uvicorn shuts down gracefully on SIGTERM, then exits by that signal as a well-behaved server does
    assert proc.returncode in (0, -15), err
    assert f"http://127.0.0.1:{port}/" in err
    # the server let go of the file: it opens read-write again, with the stored document
    with Store(db) as store:
        assert store.counts()["documents"] == 1
