"""RSS and Atom feeds -> one Document per entry.

An entry becomes a Document with:

* ``text``: the entry's full content (RSS ``content:encoded``, Atom ``<content>``) when it has one, else
  its summary (RSS ``<description>``, Atom ``<summary>``), HTML turned into text, one paragraph per
  block;
* ``title``; ``published``: the entry's published (else updated) date, on the publisher's own calendar
  day; ``url``: its link;
* ``source``: the publisher named by the entry's own ``<source>`` (aggregators such as Google News name
  the real outlet there), else the feed's title;
* ``doc_id``: the link (so an article read from a feed and from a crawl has one id), else the entry's
  id/guid, else ``FEED#N``; ``origin``: ``FEED#N``, the entry's position in the feed, from 1.

Feeds are parsed by feedparser, which also reads the malformed XML real feeds often are.  A feed cut off
mid-entry (still being written, or a partial download) is reported, and its last entry left for the next
read, so that a watcher never stores half an article as if it were whole.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from dyads.ingest.dates import parse_record_date
from dyads.ingest.errors import IngestError
from dyads.ingest.readers import build_document
from dyads.records import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# a feed that ends with its root element closed is whole, whatever else is wrong with its XML
_CLOSED = re.compile(rb"</(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*$")
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"),
        *("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p"),
        *("pre", "section", "table", "td", "th", "tr", "ul"),
    }
)
_HIDDEN = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "head"})


def read_feed(
    data: bytes, origin: str, id_base: str, default: dt.date | None
) -> Iterator[Document | IngestError]:
    """One Document per entry of an RSS/Atom feed held in ``data``, an IngestError per entry without
    text, and one for a file that is no feed or is cut off."""
    import feedparser

    # a stream, never a str: feedparser would treat a str as a URL or a file name and open it
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    entries = list(parsed.entries)
    if not parsed.get("version") and not entries:
        problem = parsed.get("bozo_exception")
        why = f" ({_reason(problem)})" if problem is not None else ""
        yield IngestError(origin, f"not an RSS or Atom feed{why}")
        return
    cut_off = parsed.get("bozo") and not _CLOSED.search(data[-256:].rstrip())
    if cut_off and entries:
        entries.pop()  # the entry at the cut is likely incomplete; a later read of the whole feed has it
    feed = parsed.get("feed", {})
    feed_title = _inline(feed.get("title"), feed.get("title_detail"))
    for n, entry in enumerate(entries, 1):
        yield _entry_document(entry, f"{origin}#{n}", f"{id_base}#{n}", feed_title, default)
    if cut_off:
        yield IngestError(
            origin,
            f"feed is cut off ({_reason(parsed.get('bozo_exception'))}); {len(entries)} complete "
            f"entr{'y' if len(entries) == 1 else 'ies'} read",
        )
    elif not entries:
        yield IngestError(origin, "feed has no entries")


def _entry_document(
    entry: Any, where: str, fallback_id: str, feed_title: str | None, default: dt.date | None
) -> Document | IngestError:
    text = _entry_text(entry)
    url = _clean(entry.get("link"))
    if not text:
        which = url or _clean(entry.get("id")) or _inline(entry.get("title"), entry.get("title_detail"))
        return IngestError(
            where, "feed entry has no text (neither content nor a summary)" + (f": {which}" if which else "")
        )
    source = entry.get("source") or {}
    date = _entry_date(entry)
    return build_document(
        text,
        doc_id=url or _clean(entry.get("id")) or fallback_id,
        origin=where,
        title=_inline(entry.get("title"), entry.get("title_detail")),
        record_date=date,
        default_date=default,
        source=_clean(source.get("title")) or feed_title,
        url=url,
    )


def _entry_text(entry: Any) -> str:
    """The longest content block, else the summary, as text."""
    blocks = [c for c in entry.get("content") or () if _clean(c.get("value"))]
    texts = [_as_text(c.get("value"), c.get("type")) for c in blocks]
    best = max(texts, key=len, default="")
    if best:
        return best
    detail = entry.get("summary_detail") or {}
    return _as_text(entry.get("summary"), detail.get("type", "text/html"))


def _entry_date(entry: Any) -> dt.date | None:
    # the date as written keeps the publisher's calendar day; feedparser's parsed form is in UTC
    for key in ("published", "updated", "created"):
        day = parse_record_date(entry.get(key))
        if day is not None:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return dt.date(t.tm_year, t.tm_mon, t.tm_mday)
    return None


def _as_text(value: str | None, kind: str | None) -> str:
    if not value:
        return ""
    if kind in _HTML_TYPES:
        return html_to_text(value)
    lines = (" ".join(ln.split()) for ln in value.replace("\r\n", "\n").split("\n"))
    return "\n\n".join(ln for ln in lines if ln)


def _inline(value: str | None, detail: dict[str, Any] | None) -> str | None:
    """A one-line field (a title) as plain text."""
    if not value:
        return None
    kind = (detail or {}).get("type")
    text = html_to_text(value) if kind in _HTML_TYPES else value
    return _clean(" ".join(text.split()))


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _reason(exc: object) -> str:
    line = getattr(exc, "getLineNumber", lambda: None)()
    msg = getattr(exc, "getMessage", lambda: str(exc))()
    return f"{msg} at line {line}" if line else str(msg)


class _Text(HTMLParser):
    """Text of an HTML fragment: whitespace collapsed, a line break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:  # <br/>, <hr/>
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(fragment: str) -> str:
    """An HTML fragment (a feed entry's content) as text: one paragraph per block, separated by a blank
    line as the HTML reader separates them, so sentence splitting sees the breaks."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = (ln.strip() for ln in "".join(parser.parts).split("\n"))
    return "\n\n".join(ln for ln in lines if ln)
