"""News feeds and web crawls as inputs (RSS/Atom, feed lists, WARC/ARC) and `dyads watch`.

Every feed and page is our own invention (tests/fixtures/feeds/, tests/fixtures/warc/pages/); the WARC
fixture is written by tests/fixtures/warc/make_fixture.py.  No test touches the network.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import shutil
import signal
import subprocess
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dyads.ingest import IngestError, read_inputs
from dyads.ingest.feeds import html_to_text
from dyads.interfaces.cli import main
from dyads.interfaces.cli_watch import parse_every, poll, poll_line
from dyads.pipeline import default_pipeline
from dyads.records import Document
from dyads.store import Store

HERE = Path(__file__).parent
FEEDS = HERE / "fixtures" / "feeds"
WARC_DIR = HERE / "fixtures" / "warc"
CRAWL = WARC_DIR / "crawl.warc.gz"
SAHEL_URL = "https://sahelcourier.example/2022/11/03/mali-niger-patrols"
HARBOUR_URL = "https://harbourpost.example/world/hodeidah-tanker"
RECORD_KINDS = Counter(
    {
        "WARC warcinfo records": 1,
        "WARC request records": 1,
        "WARC metadata records": 1,
        "WARC revisit records": 1,
        "WARC responses with HTTP status 404": 1,
        "WARC responses that are not HTML": 2,  # the JPEG and robots.txt
    }
)


def read_all(inputs: list[str], **kw: object) -> list[Document | IngestError]:
    return list(read_inputs(inputs, **kw))  # type: ignore[arg-type]


def docs(items: list[Document | IngestError]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items: list[Document | IngestError]) -> list[IngestError]:
    return [i for i in items if isinstance(i, IngestError)]


def marked(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in doc.furniture]


def rss(*items: tuple[str, str, str], title: str = "Test Wire") -> str:
    """An RSS 2.0 feed of (link, pubDate, text) items, the text as an HTML description."""
    body = "".join(
        f"<item><title>Item {i}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"
        for i, (link, date, text) in enumerate(items, 1)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'


STORIES = [
    (
        "https://wire.example/a",
        "Mon, 02 Mar 2020 09:00:00 +0000",
        "Turkish drone strikes killed 19 Syrian soldiers near Saraqeb on Sunday, a war monitor said.",
    ),
    (
        "https://wire.example/b",
        "Mon, 02 Mar 2020 10:00:00 +0000",
        "Egyptian troops shelled Libyan militia positions near Sirte on Sunday, officials said.",
    ),
    (
        "https://wire.example/c",
        "Tue, 03 Mar 2020 08:00:00 +0000",
        "Greece and Turkey agreed on Monday to resume exploratory talks on maritime borders, diplomats said.",
    ),
]


# ---------------------------------------------------------------------------------------------- feeds


def test_rss_entries_become_documents() -> None:
    items = read_all([str(FEEDS / "levant_ledger.rss")])
    first, second = docs(items)
    assert first.doc_id == first.url == "https://levantledger.example/2020/03/01/saraqeb-strikes"
    assert first.title == "Turkish drones strike Syrian army positions near Saraqeb"
    assert first.source == "The Levant Ledger"
    assert first.origin == f"{FEEDS / 'levant_ledger.rss'}#1"
    # 22:40 at +03:00 is the publisher's 1 March, though it is 19:40 UTC: the entry's own day is kept
    assert first.published == dt.date(2020, 3, 1)
    # the full text (content:encoded), not the teaser in <description>; HTML cleaned, one paragraph a block
    assert first.text.startswith(
        "Turkish drone strikes killed 19 Syrian soldiers near Saraqeb on Sunday, a war monitor said.\n\n"
        "Syrian government forces shelled"
    )
    assert "trackView" not in first.text and "<p>" not in first.text and "&#8230;" not in first.text
    assert marked(first) == [
        "Read more: Idlib explained",
        "The post Turkish drones strike Syrian army positions near Saraqeb appeared first on "
        "The Levant Ledger.",
    ]
    # no content:encoded: the summary, its HTML cleaned
    assert second.text == (
        "Jordan and Egypt signed an agreement on Sunday to expand natural gas supplies through the Arab Gas "
        "Pipeline, the Jordanian energy ministry said."
    )
    assert second.published == dt.date(2021, 6, 14)
    # an entry without text is reported, not fatal, and named by its place in the feed and its link
    assert [(e.origin, e.reason) for e in errors(items)] == [
        (
            f"{FEEDS / 'levant_ledger.rss'}#3",
            "feed entry has no text (neither content nor a summary): "
            "https://levantledger.example/2021/06/14/gallery",
        )
    ]


def test_atom_entries_become_documents() -> None:
    first, second = docs(read_all([str(FEEDS / "gulf_wire.atom")]))
    assert first.title == "Houthi forces attack tanker off Hodeidah"  # type="html" title, tags removed
    assert first.url == first.doc_id == "https://gulfwire.example/news/hodeidah-tanker"
    assert first.published == dt.date(2023, 4, 17)  # 23:10 at -04:00: still the 17th where it was written
    assert first.source == "Gulf Wire"
    assert first.text == (
        "Yemen's Houthi forces attacked a Saudi oil tanker off the port of Hodeidah on Monday, the Saudi-led "
        "coalition said.\n\nThe coalition accused Iran of supplying the drones used in the attack."
    )
    # an aggregated entry names its original publisher: that is the source, not the aggregator
    assert second.source == "Doha Daily"
    assert second.published == dt.date(2023, 4, 18)  # no <published>: the <updated> date
    assert second.text.startswith("Qatar hosted talks between the Sudanese army")


def test_feeds_are_recognised_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FEEDS / "gulf_wire.atom").read_bytes()
    (tmp_path / "gulf").write_bytes(data)  # no extension: sniffed
    (tmp_path / "gulf.xml").write_bytes(data)
    with gzip.open(tmp_path / "gulf.atom.gz", "wb") as f:
        f.write(data)
    for name in ("gulf", "gulf.xml", "gulf.atom.gz"):
        items = read_all([str(tmp_path / name)])
        assert [d.url for d in docs(items)] == [
            "https://gulfwire.example/news/hodeidah-tanker",
            "https://gulfwire.example/news/doha-sudan-talks",
        ], name
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert len(docs(read_all(["-"]))) == 2
    # an .xml file that is no feed is named as such; so is an HTML page saved as .rss
    shutil.copy(FEEDS / "sitemap.xml", tmp_path / "sitemap.xml")
    (tmp_path / "page.rss").write_text("<html><body><p>Not a feed.</p></body></html>", encoding="utf-8")
    for name in ("sitemap.xml", "page.rss"):
        (err,) = read_all([str(tmp_path / name)])
        assert isinstance(err, IngestError) and err.reason == "not an RSS or Atom feed", err


def test_a_directory_of_feeds_crawls_and_pages(tmp_path: Path) -> None:
    shutil.copy(FEEDS / "gulf_wire.atom", tmp_path)
    shutil.copy(FEEDS / "sitemap.xml", tmp_path)
    shutil.copy(CRAWL, tmp_path)
    ignored: Counter[str] = Counter()
    items = read_all([str(tmp_path)], ignored=ignored)
    assert sorted(d.url or "" for d in docs(items)) == sorted(
        [
            "https://gulfwire.example/news/hodeidah-tanker",
            "https://gulfwire.example/news/doha-sudan-talks",
            SAHEL_URL,
            HARBOUR_URL,
        ]
    )
    assert [e.origin for e in errors(items)] == [str(tmp_path / "sitemap.xml")]
    assert ignored == RECORD_KINDS


def test_feed_list(tmp_path: Path) -> None:
    items = read_all([str(FEEDS / "world.feeds")])
    assert [d.url for d in docs(items)] == [
        "https://levantledger.example/2020/03/01/saraqeb-strikes",
        "https://levantledger.example/2021/06/14/gas-deal",
        "https://gulfwire.example/news/hodeidah-tanker",
        "https://gulfwire.example/news/doha-sudan-talks",
    ]
    assert len(errors(items)) == 1  # the entry without text
    # sniffed without its extension; bad lines are named with the list's line number, the rest still read
    (tmp_path / "mine").write_text(
        f"# my feeds\n{FEEDS / 'gulf_wire.atom'}\nmissing.rss\nhttps://news.example/feed.xml\n",
        encoding="utf-8",
    )
    items = read_all([str(tmp_path / "mine")])
    assert len(docs(items)) == 2
    assert [(e.origin, e.reason) for e in errors(items)] == [
        (str(tmp_path / "missing.rss"), "no such file or directory"),
        (
            f"{tmp_path / 'mine'}:4",
            "https://news.example/feed.xml: URLs are not fetched here; download the feed or page to a file "
            "first",
        ),
    ]
    # a list that names itself is stopped, not followed forever
    (tmp_path / "loop.feeds").write_text("loop.feeds\n", encoding="utf-8")
    (err,) = read_all([str(tmp_path / "loop.feeds")])
    assert isinstance(err, IngestError) and "nest over 4 deep" in err.reason
    (tmp_path / "empty.feeds").write_text("# nothing yet\n", encoding="utf-8")
    (err,) = read_all([str(tmp_path / "empty.feeds")])
    assert isinstance(err, IngestError) and err.reason.startswith("feed list names no inputs")


def test_a_cut_off_feed_keeps_its_complete_entries(tmp_path: Path) -> None:
    whole = rss(*STORIES)
    cut = whole[: whole.index("Greece and Turkey") + 10]  # inside the third entry
    path = tmp_path / "partial.rss"
    path.write_text(cut, encoding="utf-8")
    items = read_all([str(path)])
    # the third entry may be incomplete: it is left for the next read of the whole feed
    assert [d.url for d in docs(items)] == ["https://wire.example/a", "https://wire.example/b"]
    (err,) = errors(items)
    assert err.origin == str(path) and err.reason.startswith("feed is cut off (")
    assert err.reason.endswith("2 complete entries read")
    # malformed but whole (a bare "&", as real feeds have): read, with no error
    path.write_text(whole.replace("Item 1", "Q&A"), encoding="utf-8")
    assert len(docs(read_all([str(path)]))) == 3 and not errors(read_all([str(path)]))


def test_html_to_text() -> None:
    assert html_to_text("<p>One <b>bold</b>\n  move.</p><p>Two&nbsp;&amp; three.<br/>Four</p>") == (
        "One bold move.\n\nTwo & three.\n\nFour"  # a no-break space is a space to the parser
    )
    assert html_to_text("<div><script>x()</script><style>p{}</style>Text</div>") == "Text"
    assert html_to_text("plain words, no tags") == "plain words, no tags"


# ---------------------------------------------------------------------------------------------- WARC


def test_warc_pages_become_documents() -> None:
    ignored: Counter[str] = Counter()
    items = read_all([str(CRAWL)], ignored=ignored)
    assert not errors(items)
    sahel, harbour = docs(items)
    assert sahel.doc_id == sahel.url == SAHEL_URL
    assert sahel.title == "Mali and Niger agree on joint border patrols"
    assert sahel.source == "The Sahel Courier"  # og:site_name
    assert sahel.published == dt.date(2022, 11, 3)  # the page's metadata, not the crawl date
    assert "Mali and Niger agreed on Thursday to launch joint military patrols" in sahel.text
    for boilerplate in ("cookies", "Home", "Most read", "Cotton prices", "All rights reserved", "dataLayer"):
        assert boilerplate not in sahel.text, boilerplate
    assert "Read also: Burkina Faso suspends French radio broadcasts" in marked(sahel)
    # no date anywhere in the page: the crawl date; no site name: the URL's host
    assert harbour.published == dt.date(2023, 4, 18)
    assert harbour.source == "harbourpost.example"
    # sent gzip-compressed, chunked and in windows-1252, as the HTTP header says
    assert "Médecins Sans Frontières said its clinic" in harbour.text
    assert "Share this article" not in harbour.text and "Copyright" not in harbour.text
    # requests, revisits, metadata, the image, the 404 and robots.txt are skipped without error, and counted
    assert ignored == RECORD_KINDS
    # the origin is the record's offset in the file: a gzip member starts there and holds that record
    for doc in (sahel, harbour):
        offset = int((doc.origin or "").rsplit("@", 1)[1])
        with open(CRAWL, "rb") as f:
            f.seek(offset)
            member = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(f.read())
        assert member.startswith(b"WARC/1.") and f"WARC-Target-URI: {doc.url}".encode() in member


def test_warc_fixture_is_what_the_script_writes(tmp_path: Path) -> None:
    sys.path.insert(0, str(WARC_DIR))
    try:
        import make_fixture
    finally:
        sys.path.remove(str(WARC_DIR))
    buf = io.BytesIO()
    make_fixture.build(buf)
    assert buf.getvalue() == CRAWL.read_bytes(), "run tests/fixtures/warc/make_fixture.py"


def test_crawl_date_is_the_weakest_date() -> None:
    sahel, harbour = docs(read_all([str(CRAWL)], default_date=dt.date(2023, 1, 1)))
    assert sahel.published == dt.date(2022, 11, 3)  # the page's own date beats --date
    assert harbour.published == dt.date(2023, 1, 1)  # --date beats the crawl date


def test_uncompressed_warc_unnamed_and_on_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b"".join(_members(CRAWL.read_bytes()))
    (tmp_path / "crawl.warc").write_bytes(raw)
    (tmp_path / "crawl.dat").write_bytes(raw)
    for name in ("crawl.warc", "crawl.dat"):
        assert [d.url for d in docs(read_all([str(tmp_path / name)]))] == [SAHEL_URL, HARBOUR_URL], name
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    items = read_all(["-"])
    assert [d.url for d in docs(items)] == [SAHEL_URL, HARBOUR_URL]
    assert all((d.origin or "").startswith("<stdin>@") for d in docs(items))


def _members(data: bytes) -> list[bytes]:
    """The decompressed gzip members of a record-by-record gzipped WARC."""
    out = []
    while data:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out.append(d.decompress(data))
        data = d.unused_data
    return out


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    data = CRAWL.read_bytes()
    harbour_at = int(
        next(d.origin for d in docs(read_all([str(CRAWL)])) if d.url == HARBOUR_URL).split("@")[1]
    )
    # cut inside the Hodeidah page's body, then inside its headers
    for cut in (harbour_at + 700, harbour_at + 150):
        path = tmp_path / f"cut{cut}.warc.gz"
        path.write_bytes(data[:cut])
        items = read_all([str(path)])
        assert [d.url for d in docs(items)] == [SAHEL_URL], cut
        (err,) = errors(items)
        assert err.origin == str(path), cut
        assert f"at offset {harbour_at}" in err.reason and "the 7 records before it were read" in err.reason
    # uncompressed, cut inside the first page (the third record, after warcinfo and the request)
    members = _members(data)
    raw = b"".join(members)
    cut = raw.index(b"Mali and Niger agreed")
    (tmp_path / "short.warc").write_bytes(raw[:cut])
    (err,) = read_all([str(tmp_path / "short.warc")])
    assert isinstance(err, IngestError)
    sahel_at = len(members[0]) + len(members[1])
    assert err.reason.startswith(f"truncated: the record at offset {sahel_at} ends ")
    assert err.reason.endswith("short of its Content-Length; the 2 records before it were read")


def test_damaged_and_misnamed_warcs(tmp_path: Path) -> None:
    data = CRAWL.read_bytes()
    # bytes garbled inside a gzip member: reading stops there, the records before it are kept
    harbour_at = data.index(b"\x1f\x8b", len(data) - 1500)
    bad = bytearray(data)
    bad[harbour_at + 40 : harbour_at + 80] = bytes(40)
    (tmp_path / "bad.warc.gz").write_bytes(bytes(bad))
    items = read_all([str(tmp_path / "bad.warc.gz")])
    assert SAHEL_URL in [d.url for d in docs(items)]
    assert any(e.origin == str(tmp_path / "bad.warc.gz") and "offset" in e.reason for e in errors(items))
    # one gzip stream for the whole file: a clear message and the fix
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(b"".join(_members(data)), mtime=0))
    items = read_all([str(tmp_path / "whole.warc.gz")])
    assert [d.url for d in docs(items)] == []
    (err,) = errors(items)
    assert "not one gzip member per record" in err.reason and "warcio recompress" in err.reason
    (tmp_path / "notes.warc").write_text("just some notes\n", encoding="utf-8")
    (tmp_path / "empty.warc").write_bytes(b"")
    assert [
        e.reason for e in errors(read_all([str(tmp_path / "notes.warc"), str(tmp_path / "empty.warc")]))
    ] == [
        "not a WARC or ARC file (no WARC/ARC record header at the start)",
        "empty WARC file (no records)",
    ]


def test_a_page_over_max_bytes_is_reported_alone() -> None:
    items = read_all([str(CRAWL)], max_bytes=1000)  # the Sahel page is larger, the Hodeidah page smaller
    assert [d.url for d in docs(items)] == [HARBOUR_URL]
    (err,) = errors(items)
    assert err.origin.startswith(f"{CRAWL}@") and err.reason == (
        "page is over the 1000 bytes limit per document (--max-bytes)"
    )


def test_arc_file(tmp_path: Path) -> None:
    page = (WARC_DIR / "pages" / "sahel_patrols.html").read_bytes()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    desc = b"1 0 dyads\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://test.arc 0.0.0.0 20230418061240 text/plain %d\n%s\n" % (
        len(desc),
        desc,
    ) + b"%s 192.0.2.1 20230418061240 text/html %d\n%s\n" % (SAHEL_URL.encode(), len(http), http)
    (tmp_path / "old.arc").write_bytes(arc)
    (doc,) = read_all([str(tmp_path / "old.arc")])
    assert isinstance(doc, Document), doc
    assert doc.url == SAHEL_URL and doc.published == dt.date(2022, 11, 3)


# ------------------------------------------------------------------------------------- coding and CLI


@pytest.fixture(scope="module")
def pipeline():  # noqa: ANN201
    return default_pipeline()


def test_a_crawled_page_codes_like_the_same_page_saved_as_html(pipeline) -> None:  # noqa: ANN001
    html = only_doc(read_all([str(WARC_DIR / "pages" / "sahel_patrols.html")]))
    crawled = next(d for d in docs(read_all([str(CRAWL)])) if d.url == SAHEL_URL)
    assert crawled.text == html.text and crawled.furniture == html.furniture
    assert crawled.published == html.published

    def events(doc: Document) -> list[dict]:
        out = []
        for e in pipeline.code_document(doc).events:
            d = e.to_dict()
            d.pop("doc_id"), d.pop("event_id")
            out.append(d)
        return out

    expected = events(html)
    assert expected and events(crawled) == expected
    assert {(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in expected} >= {
        ("MLI", "057", "NER")
    }


def only_doc(items: list[Document | IngestError]) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_cli_code_and_ingest_read_crawls_and_feeds(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    runner = CliRunner()
    out = tmp_path / "events.jsonl"
    res = runner.invoke(main, ["code", str(CRAWL), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert SAHEL_URL in out.read_text(encoding="utf-8")
    assert "7 records skipped (" in res.stderr and "2 WARC responses that are not HTML" in res.stderr
    db = tmp_path / "s.duckdb"
    res = runner.invoke(main, ["ingest", str(CRAWL), str(FEEDS / "world.feeds"), "--db", str(db)])
    assert res.exit_code == 1  # the feed entry without text
    assert "levant_ledger.rss#3: feed entry has no text" in res.stderr
    assert "6 documents stored" in res.stderr and "7 records skipped" in res.stderr
    with Store(db, read_only=True) as store:
        rows = store.sql("SELECT url, source, published FROM documents ORDER BY url")[1]
    assert (SAHEL_URL, "The Sahel Courier", dt.date(2022, 11, 3)) in rows
    assert ("https://gulfwire.example/news/doha-sudan-talks", "Doha Daily", dt.date(2023, 4, 18)) in rows


# ----------------------------------------------------------------------------------------------- watch


def test_parse_every() -> None:
    assert [parse_every(v) for v in ("30s", "15m", "1h", "1h30m", "2d", "0.5h")] == [
        30,
        900,
        3600,
        5400,
        172800,
        1800,
    ]
    for bad in ("15", "15x", "m", "0s", "-1m", "1h junk"):
        with pytest.raises(click.BadParameter):
            parse_every(bad)


def test_polls_add_only_new_entries(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    feed, db = tmp_path / "wire.rss", str(tmp_path / "w.duckdb")
    feed.write_text(rss(*STORIES[:2]), encoding="utf-8")
    first = poll([str(feed)], db)
    assert (first.new, first.seen, first.failed, first.stored) == (2, 0, [], 2)
    # the feed is rewritten: one new entry, and the first entry's text edited (same URL: already seen)
    edited = (STORIES[0][0], STORIES[0][1], STORIES[0][2] + " The strikes followed days of shelling.")
    feed.write_text(rss(edited, STORIES[1], STORIES[2]), encoding="utf-8")
    second = poll([str(feed)], db)
    assert (second.new, second.seen, second.failed, second.stored) == (1, 2, [], 3)
    # the same article in a second feed under another URL is seen by its text
    other = tmp_path / "other.rss"
    other.write_text(rss(("https://mirror.example/x", STORIES[2][1], STORIES[2][2])), encoding="utf-8")
    third = poll([str(feed), str(other)], db)
    assert (third.new, third.seen, third.stored) == (0, 4, 3)
    with Store(db, read_only=True) as store:
        urls = [r[0] for r in store.sql("SELECT url FROM documents ORDER BY seq")[1]]
    assert urls == [s[0] for s in STORIES]


def test_a_broken_feed_is_reported_and_the_others_stored(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    good, broken = tmp_path / "good.rss", tmp_path / "broken.rss"
    good.write_text(rss(*STORIES[:2]), encoding="utf-8")
    broken.write_text("<html><body>502 Bad Gateway</body></html>", encoding="utf-8")
    seen: list[IngestError] = []
    result = poll(
        [str(broken), str(tmp_path / "gone.rss"), str(good)], str(tmp_path / "w.duckdb"), on_error=seen.append
    )
    assert result.new == 2
    assert [(e.origin, e.reason) for e in result.failed] == [
        (str(broken), "not an RSS or Atom feed"),
        (str(tmp_path / "gone.rss"), "no such file or directory"),
    ]
    assert seen == result.failed


def test_an_entry_without_text_is_reported_once_across_polls(tmp_path: Path, pipeline) -> None:  # noqa: ANN001
    feed, db = tmp_path / "wire.rss", str(tmp_path / "w.duckdb")
    gallery = "<item><title>In pictures</title><link>https://wire.example/gallery</link></item>"
    feed.write_text(rss(*STORIES[:1]).replace("</channel>", gallery + "</channel>"), encoding="utf-8")
    reported: set[tuple[str, str]] = set()
    first = poll([str(feed)], db, reported=reported)
    assert [e.reason.rsplit(": ", 1)[1] for e in first.failed] == ["https://wire.example/gallery"]
    # the next poll: the gallery entry is still there, now below a new story (another position)
    feed.write_text(rss(*STORIES[1::-1]).replace("</channel>", gallery + "</channel>"), encoding="utf-8")
    second = poll([str(feed)], db, reported=reported)
    assert (second.new, second.failed, second.repeated) == (1, [], 1)
    assert "0 failed (+1 failed before)" in poll_line(2, second, db, dt.datetime(2025, 1, 1))
    # a second gallery is news; a broken feed is named at every poll
    other = gallery.replace("gallery", "gallery-2")
    feed.write_text(rss(*STORIES[:2]).replace("</channel>", gallery + other + "</channel>"), encoding="utf-8")
    broken = tmp_path / "broken.rss"
    broken.write_text("<html>502</html>", encoding="utf-8")
    for _ in range(2):
        third = poll([str(feed), str(broken)], db, reported=reported)
        assert [e.origin for e in third.failed][-1] == str(broken)
    assert third.repeated == 2


def _watch(*args: str) -> list[str]:
    return [sys.executable, "-m", "dyads", "watch", *args]


def _env() -> dict[str, str]:
    src = str(HERE.parent / "src")
    return {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_watch_cli_polls_on_a_schedule(tmp_path: Path) -> None:
    feed, broken, db = tmp_path / "wire.rss", tmp_path / "broken.rss", tmp_path / "w.duckdb"
    feed.write_text(rss(*STORIES[:2]), encoding="utf-8")
    broken.write_text("<rss><channel><item>", encoding="utf-8")
    proc = subprocess.Popen(
        _watch(str(feed), str(broken), "--db", str(db), "--every", "1s", "--max-runs", "2"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    feed.write_text(rss(*STORIES), encoding="utf-8")  # between the two polls: one more entry
    rest, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err  # a feed failed
    lines = [first, *rest.splitlines()]
    assert len([ln for ln in lines if ln.strip()]) == 2, lines
    assert "poll 1: 2 new, 0 seen, 1 failed;" in lines[0] and f"{db} holds 2 documents" in lines[0]
    assert "poll 2: 1 new, 2 seen, 1 failed;" in lines[1] and f"{db} holds 3 documents" in lines[1]
    assert err.count(f"dyads: {broken}: ") == 2  # named in each poll


def test_watch_stops_cleanly_on_sigint_and_sigterm(tmp_path: Path) -> None:
    # 250 entries, committed 4 at a time: SIGINT after the first commit stops the poll early (the parser
    # reads a batch of up to 128 lines ahead, so there must be more than that to leave unread)
    stories = [
        (f"https://wire.example/{i}", "Mon, 02 Mar 2020 09:00:00 +0000", f"{STORIES[i % 3][2]} Report {i}.")
        for i in range(250)
    ]
    feed, db = tmp_path / "many.rss", tmp_path / "w.duckdb"
    feed.write_text(rss(*stories), encoding="utf-8")
    cmd = _watch(str(feed), "--db", str(db), "--every", "1h", "--batch-size", "4", "-v")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    assert proc.stderr is not None
    for line in proc.stderr:
        if "committed" in line:
            proc.send_signal(signal.SIGINT)
            break
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "SIGINT: stopping after the documents already read" in err and "stopped after 1 poll" in err
    with Store(db, read_only=True) as store:
        stored = store.counts()["documents"]
        # whole documents only: every stored document has all its mentions
        partial = store.sql(
            "SELECT count(*) FROM documents d WHERE n_events + n_suppressed <> "
            "(SELECT count(*) FROM mentions m WHERE m.doc_hash = d.doc_hash)"
        )[1][0][0]
    assert 4 <= stored < 250 and partial == 0
    assert f"poll 1: {stored} new, 0 seen, 0 failed" in out
    # the next run stores the rest; SIGTERM while it waits for the next poll ends it at once
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert f"poll 1: {250 - stored} new, {stored} seen, 0 failed" in line
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and time.monotonic() - started < 10
    assert "SIGTERM" in err and f"{db} holds 250 documents" in err


def test_watch_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(
        main, ["watch", str(FEEDS / "gulf_wire.atom"), "--every", "15", "--db", str(tmp_path / "x")]
    )
    assert res.exit_code == 2 and "'15' is not an interval" in res.stderr
    res = runner.invoke(main, ["watch", str(FEEDS / "gulf_wire.atom"), "--db", str(tmp_path)])
    assert res.exit_code == 2 and "is a directory" in res.stderr
    res = runner.invoke(main, ["watch", "https://news.example/rss", "--db", str(tmp_path / "x")])
    assert res.exit_code == 2 and "URLs are not fetched" in res.stderr
    (err,) = read_all(["https://news.example/rss"])
    assert isinstance(err, IngestError) and err.reason.startswith("URLs are not fetched here")


def _tiled(path: Path, step: int) -> list[tuple[str, str | None, str]]:
    from dyads.ingest.warc import read_warc_range

    size = path.stat().st_size
    out: list[tuple[str, str | None, str]] = []
    for start in range(0, size, step):
        for item in read_warc_range(str(path), start, min(start + step, size), str(path), None, 10**7):
            out.append(
                (item.doc_id, item.origin, item.text)
                if isinstance(item, Document)
                else ("error", item.origin, item.reason)
            )
    return out


@pytest.mark.parametrize("gzipped", [True, False])
def test_byte_ranges_of_a_crawl_read_every_record_once(tmp_path: Path, gzipped: bool) -> None:
    """However a crawl is cut into byte ranges (for Dask workers), the ranges together give exactly the
    documents, origins and errors of the whole file: each record is read by the range it starts in."""
    path = CRAWL
    if not gzipped:
        path = tmp_path / "crawl.warc"
        path.write_bytes(b"".join(_members(CRAWL.read_bytes())))
    whole = [
        (i.doc_id, i.origin, i.text) if isinstance(i, Document) else ("error", i.origin, i.reason)
        for i in read_all([str(path)])
    ]
    assert len([w for w in whole if w[0] != "error"]) == 2
    size = path.stat().st_size
    for step in (1 + size // 2, 997, 251, 64):  # cuts inside headers, bodies and gzip members alike
        assert _tiled(path, step) == whole, f"ranges of {step} bytes"


def test_a_truncated_crawl_read_in_ranges_reports_the_cut(tmp_path: Path) -> None:
    data = CRAWL.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 300])  # inside the last record
    whole = [i for i in read_all([str(cut)]) if isinstance(i, IngestError)]
    assert len(whole) == 1 and "truncated" in whole[0].reason
    for step in (700, 64):
        (tiled,) = [t for t in _tiled(cut, step) if t[0] == "error"]
        assert tiled[1] == whole[0].origin and "truncated" in tiled[2]
        assert "at offset 4132" in tiled[2] and "at offset 4132" in whole[0].reason
