"""The web dashboard in a real browser: Debian's Chromium driven by Playwright, against the real server
(``create_app`` under uvicorn, in a thread) on a real DuckDB store built from our own fixture articles.

Each test saves screenshots under $DYADS_ARTIFACTS (default tests/artifacts/, which ignores itself in
git).  Every page is checked for script errors, dialogs and requests leaving the server (the dashboard
must work offline: no CDN, no tile server).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from dyads.interfaces.api import create_app
from dyads.pipeline import default_pipeline
from dyads.store import Store

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "the browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium); "
        "Playwright's own browsers are never downloaded",
        allow_module_level=True,
    )

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "fixtures" / "store" / "reports.jsonl"
WEB = HERE.parent / "src" / "dyads" / "interfaces" / "web"
ARTIFACTS = Path(os.environ.get("DYADS_ARTIFACTS") or HERE / "artifacts")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SLOW = 60_000  # ms: the first coding request loads the language model

# A stored report whose every string is hostile markup: publisher, title, URL and text.  The event browser
# shows them in its detail panel; none of it may run.
HOSTILE_REPORT = {
    "id": "hostile-report",
    "source": "<img src=x onerror=\"window.__pwned='publisher'\">Evil Wire",
    "date": "2020-03-04",
    "url": "javascript:window.__pwned='url'",
    "title": "<script>window.__pwned='title'</script>Turkish shelling near Idlib",
    "text": "Turkish artillery shelled Syrian army positions near Idlib on Tuesday, a war monitor said "
    "<img src=x onerror=\"window.__pwned='text'\">.",
}

# Pasted into the coding page as plain text: scripts, handlers, links, SVG and frames around sentences
# that do code, so the table and the highlighted text are both drawn from it.
HOSTILE_ARTICLE = (
    "<script>window.__pwned = 'script'</script>\n"
    "Turkish drones struck Syrian army positions near Saraqeb on Sunday, <b>a war monitor</b> said.\n\n"
    "<img src=x onerror=\"window.__pwned = 'img'; alert(1)\"> Russia backs the Syrian government.\n\n"
    "<a href=\"javascript:window.__pwned='link'\">click</a> <svg onload=\"window.__pwned='svg'\"></svg> "
    '<iframe src="javascript:alert(2)"></iframe><style>body{display:none}</style>&lt;escaped&gt;'
)

# Where an edge's line can be clicked: the first point along it (middle first) whose topmost element is
# this edge, in page coordinates.  Lines cross, so the middle is not always free.
EDGE_POINT = """(g) => {
  const line = g.querySelector('line.hit');
  const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => line[a].baseVal.value);
  const m = line.getScreenCTM();
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85]) {
    const p = new DOMPoint(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t).matrixTransform(m);
    if (document.elementFromPoint(p.x, p.y)?.closest('g.edge') === g) return [p.x, p.y];
  }
  return null;
}"""


# ------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard")
    corpus = folder / "reports.jsonl"
    corpus.write_text(
        REPORTS.read_text(encoding="utf-8").rstrip("\n") + "\n" + json.dumps(HOSTILE_REPORT) + "\n",
        encoding="utf-8",
    )
    path = folder / "events.duckdb"
    with Store(path) as store:
        report = store.ingest([str(corpus)], pipeline=default_pipeline())
    assert report.documents == 9 and not report.failed
    return path


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[str]:
    """The real app under uvicorn in a thread, on a free port; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(str(store_path))
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def api(server: str) -> Iterator[httpx.Client]:
    """The same server, read directly: what the page shows is checked against what the API says."""
    with httpx.Client(base_url=server, timeout=120) as client:
        yield client


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """What must never happen on a page: script errors, dialogs, requests that leave the server, and
    API errors other than those a test provokes (``allow``)."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        self.failed: list[tuple[int, str]] = []
        self.allow: set[int] = set()

    def check(self) -> None:
        assert not self.errors, f"script errors: {self.errors}"
        unexpected = [f for f in self.failed if f[0] not in self.allow]
        assert not unexpected, f"requests that failed: {unexpected}"
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"
        assert not self.outside, f"requests outside the server: {self.outside}"


@pytest.fixture()
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    pg = context.new_page()
    watch = Watch()
    pg.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    # a failed request is logged to the console too: those are counted (and judged) as responses
    pg.on(
        "console",
        lambda msg: (
            watch.errors.append(msg.text)
            if msg.type == "error" and not msg.text.startswith("Failed to load resource")
            else None
        ),
    )
    pg.on("response", lambda r: watch.failed.append((r.status, r.url)) if r.status >= 400 else None)

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)

    def route(r: Any) -> None:
        if r.request.url.startswith(server) or r.request.url.startswith("data:"):
            r.continue_()
        else:
            watch.outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.set_default_timeout(15_000)
    pg.watch = watch  # type: ignore[attr-defined]
    yield pg
    context.close()
    watch.check()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ignore = ARTIFACTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")  # screenshots are test output, never committed
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def first_report() -> dict[str, Any]:
    return json.loads(REPORTS.read_text(encoding="utf-8").splitlines()[0])


def code_in_page(page: Page, server: str, text: str, date: str | None = None) -> None:
    page.goto(f"{server}/#code")
    page.get_by_label("Article text").fill(text)
    if date:
        page.get_by_label("Publication date (optional)").fill(date)
    page.get_by_role("button", name="Code article").click()
    expect(page.locator("#code-status")).to_contain_text("coded", timeout=SLOW)


def active_spans(page: Page) -> dict[str, str]:
    """The selected event's highlighted text by role (a span cut by other events' spans is several marks)."""
    marks = page.eval_on_selector_all(
        "#article-view mark[data-active-role]", "els => els.map((e) => [e.dataset.activeRole, e.textContent])"
    )
    found: dict[str, str] = {}
    for role, text in marks:
        found[role] = found.get(role, "") + text
    return found


# ------------------------------------------------------------------------------------------ coding


def test_code_an_article_shows_its_events_and_highlights_the_evidence(page: Page, server: str, api) -> None:
    report = first_report()
    expected = api.post("/v1/code", json={"text": report["text"], "date": report["date"]}).json()
    events, text = expected["events"], expected["document"]["text"]
    assert len(events) >= 2, "the fixture article codes into several events"

    code_in_page(page, server, report["text"], report["date"])
    rows = page.locator("#code-events tbody tr")
    expect(rows).to_have_count(len(events))
    # the table: source, code and name, target, date, place, deaths, attribution, confidence, reason
    for i, ev in enumerate(events):
        cells = rows.nth(i).locator("td")
        expect(cells.nth(1)).to_contain_text(ev["source"]["code"])
        expect(cells.nth(2)).to_contain_text(f"{ev['cameo']} {ev['cameo_name']}")
        if ev["target"]:
            expect(cells.nth(3)).to_contain_text(ev["target"]["code"])
        expect(cells.nth(4)).to_have_text(ev["date"] or "")
        if ev["fatalities"] is not None:
            expect(cells.nth(6)).to_have_text(str(ev["fatalities"]))
        expect(cells.nth(9)).to_have_text(ev["reason"])
    # the article is shown exactly, with every event's evidence marked
    expect(page.locator("#article-view")).to_have_text(text, use_inner_text=False)
    expect(page.locator(".legend mark")).to_have_count(3)

    colours = set()
    for i, ev in enumerate(events):
        if i == 1:  # keyboard: focus the row and press Enter
            rows.nth(i).focus()
            page.keyboard.press("Enter")
        else:
            rows.nth(i).click()
        expect(rows.nth(i)).to_have_attribute("aria-selected", "true")
        spans = active_spans(page)
        evidence = ev["evidence"]
        assert spans["trigger"] == evidence["trigger"]["text"]
        assert spans["trigger"] == text[evidence["trigger"]["start"] : evidence["trigger"]["end"]]
        for role in ("source", "target"):
            if ev[role]:
                assert (
                    spans[role] == ev[role]["text"] == text[evidence[role]["start"] : evidence[role]["end"]]
                )
            else:
                assert role not in spans
        expect(page.locator("#code-reason")).to_have_text(f"Why: {ev['reason']}")
        expect(page.locator("#article-view mark.active").first).to_be_in_viewport()
        for role in spans:
            colours.add(
                (
                    role,
                    page.eval_on_selector(
                        f"#article-view mark[data-active-role={role}]",
                        "e => getComputedStyle(e).backgroundColor",
                    ),
                )
            )
        if i == 0:
            shot(page, "code-article")
    # source, trigger and target each have one colour of their own
    assert len({c for _, c in colours}) == len({r for r, _ in colours}) == 3


def test_uploaded_html_file_and_api_errors_are_shown(page: Page, server: str, tmp_path: Path) -> None:
    page.watch.allow = {422}  # type: ignore[attr-defined]
    page.goto(f"{server}/#code")
    page.get_by_role("button", name="Code article").click()  # nothing pasted, nothing chosen
    expect(page.locator("#code-status [role=alert]")).to_contain_text("Paste an article")

    html = tmp_path / "story.html"
    html.write_text(
        "<html><head><title>Border talks</title></head><body><article><p>Russia backs the Syrian "
        "government, while Turkey supports rebel groups in Idlib.</p></article></body></html>",
        encoding="utf-8",
    )
    page.locator("#article-file").set_input_files(str(html))
    page.get_by_role("button", name="Code article").click()
    expect(page.locator("#code-status")).to_contain_text("events coded", timeout=SLOW)
    expect(page.locator("#code-events tbody tr")).not_to_have_count(0)
    expect(page.locator("#article-view")).to_contain_text("Russia backs the Syrian government")

    # the server's refusal is shown with its message: a .txt that is not text
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    page.locator("#article-file").set_input_files(str(binary))
    page.get_by_role("button", name="Code article").click()
    alert = page.locator("#code-status [role=alert]")
    expect(alert).to_contain_text("422")
    expect(alert).to_contain_text("file")
    shot(page, "code-error")


def test_article_markup_is_shown_as_text_and_never_runs(page: Page, server: str, api) -> None:
    expected = api.post("/v1/code", json={"text": HOSTILE_ARTICLE, "date": "2020-03-02"}).json()
    assert "<script>" in expected["document"]["text"], "plain text keeps its angle brackets"
    assert expected["events"], "the hostile article still codes"

    code_in_page(page, server, HOSTILE_ARTICLE, "2020-03-02")
    rows = page.locator("#code-events tbody tr")
    expect(rows).to_have_count(len(expected["events"]))
    rows.first.click()
    page.wait_for_timeout(300)  # time for an image error or an onload to fire, were one there
    view = page.locator("#article-view")
    expect(view).to_have_text(expected["document"]["text"], use_inner_text=False)
    expect(view).to_contain_text("<script>window.__pwned = 'script'</script>")
    expect(view).to_contain_text("&lt;escaped&gt;")  # entities stay as typed, too
    # the article view holds text and <mark>s only; the results nothing that could run or load
    assert view.evaluate("e => [...e.querySelectorAll('*')].filter((c) => c.tagName !== 'MARK').length") == 0
    assert page.locator("#code-results :is(script, img, iframe, svg, a, style)").count() == 0
    assert page.evaluate("window.__pwned") is None
    expect(page.locator("body")).to_be_visible()  # the pasted <style> did not hide the page
    shot(page, "code-hostile-article")


# ------------------------------------------------------------------------------------------ browser


def summary_total(page: Page) -> int:
    text = page.locator("#events-summary").inner_text()
    found = re.search(r"of (\d+) event", text)
    return int(found.group(1)) if found else 0


def test_event_browser_filters_sorts_pages_and_downloads(page: Page, server: str, api) -> None:
    page.watch.allow = {422}  # type: ignore[attr-defined]
    everything = api.get("/v1/events", params={"limit": 1}).json()["total"]
    fights = api.get("/v1/events", params={"root": "19", "limit": 1000}).json()
    assert 0 < fights["total"] < everything

    page.goto(f"{server}/#events")
    expect(page.locator("#events-summary")).to_contain_text(f"of {everything} events")
    rows = page.locator("#events-table tbody tr")
    expect(rows).to_have_count(min(everything, 50))

    page.get_by_label("CAMEO root").select_option("19")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#events-summary")).to_contain_text(f"of {fights['total']} event")
    expect(rows).to_have_count(fights["total"])
    codes = page.locator("#events-table tbody tr td:nth-child(3) code").all_inner_texts()
    assert codes and all(c.startswith("19") for c in codes)
    shot(page, "events-root-19")

    # the downloads carry the same filters
    csv_href = page.locator("#download-csv").get_attribute("href")
    assert csv_href and "root=19" in csv_href
    got = page.request.get(server + csv_href)
    assert got.ok
    assert len(list(csv.DictReader(io.StringIO(got.text())))) == fights["total"]
    parquet = page.request.get(server + page.locator("#download-parquet").get_attribute("href"))
    assert parquet.ok and parquet.body()[:4] == b"PAR1"

    # sorting by a column, then the other way
    page.get_by_role("button", name="Goldstein").click()
    expect(page.locator("th[aria-sort=ascending]")).to_contain_text("Goldstein")
    values = [float(v) for v in page.locator("#events-table tbody tr td:nth-child(7)").all_inner_texts()]
    assert values == sorted(values)
    page.get_by_role("button", name="Goldstein").click()
    expect(page.locator("th[aria-sort=descending]")).to_contain_text("Goldstein")
    values = [float(v) for v in page.locator("#events-table tbody tr td:nth-child(7)").all_inner_texts()]
    assert values == sorted(values, reverse=True)

    # paging through everything, ten at a time
    page.get_by_role("button", name="Reset").click()
    expect(page.locator("#events-summary")).to_contain_text(f"of {everything} events")
    page.get_by_label("Rows per page").select_option("10")
    expect(page.locator("#events-summary")).to_contain_text(f"Showing 1–10 of {everything}")
    page.get_by_role("button", name="Next →").click()
    expect(page.locator("#events-summary")).to_contain_text(
        f"Showing 11–{min(20, everything)} of {everything}"
    )
    expect(page.get_by_role("button", name="← Previous")).to_be_enabled()

    # a dyad narrows it further; an unknown actor is the server's error, shown as such
    page.get_by_label("Dyad: actor A").fill("TUR")
    page.get_by_label("Dyad: actor B").fill("SYR")
    page.get_by_role("button", name="Apply filters").click()
    dyad = api.get("/v1/events", params={"dyad": "TUR,SYR", "limit": 1}).json()["total"]
    expect(page.locator("#events-summary")).to_contain_text(f"of {dyad} event")
    assert 0 < dyad < everything
    page.get_by_role("button", name="Reset").click()
    page.get_by_label("Actor (either side)").fill("QQQZZ")
    page.get_by_role("button", name="Apply filters").click()
    alert = page.locator("#events-status [role=alert]")
    expect(alert).to_contain_text("422")
    expect(alert).to_contain_text("actor")
    shot(page, "events-error")


def test_event_detail_shows_stored_markup_as_text(page: Page, server: str, api) -> None:
    stored = api.get("/v1/events", params={"doc": "hostile-report", "limit": 10}).json()["events"]
    assert stored, "the hostile report coded into an event"
    page.goto(f"{server}/#events")
    page.get_by_label("Text").fill("artillery shelled")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#events-table tbody tr")).to_have_count(len(stored))
    page.locator("#events-table tbody tr").first.click()
    detail = page.locator("#event-detail")
    expect(detail.locator(".who mark.hl-trigger")).to_have_text("shelled")
    expect(detail).to_contain_text("<script>window.__pwned='title'</script>Turkish shelling near Idlib")
    expect(detail).to_contain_text("<img src=x onerror=\"window.__pwned='publisher'\">Evil Wire")
    # a javascript: URL is not made a link
    assert detail.locator("a").count() == 0
    assert page.locator("#event-detail :is(script, img)").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    shot(page, "events-detail-hostile")


# ------------------------------------------------------------------------------------------ network


def test_network_edge_click_lists_its_events(page: Page, server: str, api) -> None:
    net = api.get("/v1/network").json()
    assert net["edges"], "the fixture store makes a network"
    page.goto(f"{server}/#network")
    expect(page.locator("#network-status")).to_contain_text(
        f"{len(net['nodes'])} actors, {len(net['edges'])} ties"
    )
    expect(page.locator("#network-svg g.edge")).to_have_count(len(net["edges"]))

    # nodes: coloured by bloc (blocs of two or more), grey when alone
    size = {b["id"]: len(b["members"]) for b in net["blocs"]}
    fills: dict[int, set[str]] = {}
    for node in net["nodes"]:
        colour = page.locator(f"#network-svg g.node[data-id='{node['id']}'] circle").get_attribute("fill")
        key = node["bloc"] if size.get(node["bloc"], 0) > 1 else -1
        fills.setdefault(key, set()).add(colour)
    assert all(len(c) == 1 for c in fills.values()), "one colour per bloc"
    assert len({next(iter(c)) for c in fills.values()}) == len(fills), "a colour of its own for each bloc"

    # the strongest tie: clicked where its line is, in the drawing
    strongest = max(net["edges"], key=lambda e: abs(e["weight"]))
    a, b = strongest["source"], strongest["target"]
    edge = page.locator(f"#network-svg g.edge[data-a='{a}'][data-b='{b}']")
    expect(edge).to_have_class(re.compile("negative" if strongest["weight"] < 0 else "positive"))
    edge.scroll_into_view_if_needed()
    point = edge.evaluate(EDGE_POINT)
    assert point, "some part of the edge can be clicked"
    page.mouse.click(*point)
    behind = api.get("/v1/network/edge", params={"a": a, "b": b, "limit": 200}).json()
    panel = page.locator("#edge-events")
    expect(panel.locator("#edge-title")).to_contain_text(" – ")
    expect(panel).to_contain_text(f"{behind['total']} event")
    expect(panel.locator("tbody tr")).to_have_count(len(behind["events"]))
    for i, ev in enumerate(behind["events"]):
        expect(panel.locator("tbody tr").nth(i).locator("td").nth(2)).to_contain_text(ev["cameo"])
    shot(page, "network-edge")

    # keyboard: Tab to a tie and press Enter
    other = page.locator("#network-svg g.edge").nth(1)
    other.focus()
    page.keyboard.press("Enter")
    expect(panel.locator("#edge-title")).to_have_text(other.get_attribute("aria-label").split(":")[0])

    # the time slider: pull "Until" back to the first day; the drawing follows the API's window, and an
    # actor keeps its colour when its camp does (the API numbers blocs anew for each window)
    turkey = page.locator("#network-svg g.node[data-id='TUR'] circle")
    colour = turkey.get_attribute("fill")
    until = page.get_by_label("Until")
    until.focus()
    page.keyboard.press("Home")
    first_day = page.locator("#net-to-value").inner_text()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", first_day)
    early = api.get("/v1/network", params={"since": first_day, "until": first_day}).json()
    expect(page.locator("#network-status")).to_contain_text(f"{len(early['edges'])} ties")
    expect(page.locator("#network-svg g.edge")).to_have_count(len(early["edges"]))
    assert len(early["edges"]) < len(net["edges"])
    assert turkey.get_attribute("fill") == colour
    shot(page, "network-first-day")


# ------------------------------------------------------------------------------------------ timeline, map


def test_timeline_and_map_render(page: Page, server: str, api) -> None:
    series = api.get("/v1/series", params={"dyad": "TUR,SYR", "by": "day"}).json()
    assert series["total"] > 0
    top = api.get("/v1/actors/search", params={"q": "", "limit": 1}).json()[0]
    page.goto(f"{server}/#timeline")
    # it opens on the most active actor
    expect(page.locator("#timeline-status")).to_contain_text(f"events for {top['code']}, per week")
    page.get_by_label("Actor", exact=True).fill("TUR")
    page.get_by_label("With (optional: a dyad)").fill("SYR")
    page.get_by_label("Per", exact=True).select_option("day")
    page.get_by_role("button", name="Show timeline").click()
    expect(page.locator("#timeline-status")).to_contain_text(f"{series['total']} events for TUR and SYR")
    expect(page.locator("#timeline-table tbody tr")).to_have_count(len(series["periods"]))
    bars = sum(1 for p in series["periods"] for k in ("q1", "q2", "q3", "q4") if p[k])
    expect(page.locator("#timeline-chart rect.bar")).to_have_count(bars)
    expect(page.locator("#timeline-chart circle.goldstein-dot")).to_have_count(
        sum(1 for p in series["periods"] if p["goldstein"] is not None)
    )
    shot(page, "timeline")

    data = api.get("/v1/map").json()
    assert data["points"]
    page.get_by_role("tab", name="Map").click()
    expect(page.locator("#map-status")).to_contain_text(f"{len(data['points'])} geocoded place")
    assert page.locator("#map-svg path.country").count() > 150  # the bundled outlines
    expect(page.locator("#map-svg circle.point")).to_have_count(len(data["points"]))
    expect(page.locator("#map-places tbody tr")).to_have_count(len(data["points"]))
    busiest = max(data["countries"], key=data["countries"].get)
    shade = page.locator(f"#map-svg path.country[data-iso3='{busiest}']").get_attribute("fill")
    quiet = page.locator("#map-svg path.country[data-iso3='BRA']").get_attribute("fill")
    assert shade != quiet, "countries with events are shaded"
    shot(page, "map")


def test_tabs_work_from_the_keyboard(page: Page, server: str) -> None:
    page.goto(server + "/")
    expect(page.get_by_role("tab", name="Code an article")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#store-info")).to_contain_text("documents")
    page.get_by_role("tab", name="Code an article").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Events")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Events")).to_be_focused()
    expect(page.locator("#panel-events")).to_be_visible()
    expect(page.locator("#panel-code")).to_be_hidden()
    page.keyboard.press("End")
    expect(page.get_by_role("tab", name="Map")).to_have_attribute("aria-selected", "true")


# ------------------------------------------------------------------------------------------ the bundle


def test_sources_never_write_markup_and_the_bundle_is_built() -> None:
    sources = sorted((WEB / "src").glob("*.js"))
    assert sources
    for path in sources:
        code = path.read_text(encoding="utf-8")
        sink = re.search(
            r"\.(innerHTML|outerHTML|insertAdjacentHTML|write|writeln)\b|\beval\(|new Function|srcdoc", code
        )
        assert not sink, f"{path.name} uses {sink.group(0)}: build DOM with dom.js (text nodes) instead"
    dist = WEB / "dist"
    for name in ("index.html", "app.js", "style.css", "countries.json"):
        assert (dist / name).is_file(), f"dist/{name} is missing: cd {WEB} && npm ci && npm run build"
    page = (dist / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"(https?:)?//", page), "the page loads nothing from elsewhere"
    assert sum(f.stat().st_size for f in dist.iterdir()) < 600_000, "the bundle stays small"


def test_the_committed_bundle_is_the_build_of_the_sources(tmp_path: Path) -> None:
    """dist/ is committed so that installing needs no Node; it must be what the sources build to."""
    node = shutil.which("node")
    if node is None or not (WEB / "node_modules").is_dir():
        pytest.skip(f"needs Node and the front-end's npm packages: cd {WEB} && npm ci")
    out = tmp_path / "dist"
    subprocess.run(
        [node, "build.mjs"], cwd=WEB, env={**os.environ, "DYADS_WEB_OUT": str(out)}, check=True, timeout=120
    )
    built = sorted(p.name for p in out.iterdir())
    assert built == sorted(p.name for p in (WEB / "dist").iterdir())
    for name in built:
        assert (out / name).read_bytes() == (WEB / "dist" / name).read_bytes(), (
            f"dist/{name} is out of date: cd {WEB} && npm run build"
        )
