"""Web crawls: WARC (and ARC) files -> one Document per news page the crawler received.

A crawl holds much that is not an article: the crawler's requests, revisits (the page was unchanged),
metadata, redirects and errors, images and scripts.  Those records are skipped without an error, and
counted by kind in the ``ignored`` counter, so a user can see why 10,000 records gave 3,000 articles.
Each ``response`` record with HTTP status 200 and an HTML body goes through the same HTML path as an
.html file (trafilatura, then the furniture scan), with:

* ``url``: the record's WARC-Target-URI (also the ``doc_id``, so the same page read from a feed and
  from a crawl has one id; the WARC-Record-ID when a record has no target);
* ``published``: the page's own metadata date (or its URL's), else ``--date``, else a date line in the
  text, else the crawl date (WARC-Date): the page existed by then, but may be years older;
* ``source``: the page's site name, else the URL's host;
* ``origin``: ``crawl.warc.gz@OFFSET``, the record's byte offset in the file (as CDX indexes give it).

A corrupt or truncated file is reported with the offset of the record where reading stopped; every
record before it is kept.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO, Protocol

from dyads.ingest.dates import parse_record_date
from dyads.ingest.errors import IngestError
from dyads.ingest.readers import declared_charset, html_document, over_limit
from dyads.records import Document

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_DRAIN = 1 << 16


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_warc(
    stream: BinaryIO | _Readable,
    origin: str,
    default: dt.date | None,
    max_bytes: int,
    ignored: Counter[str] | None = None,
    *,
    stop: int | None = None,
) -> Iterator[Document | IngestError]:
    """Yield a Document per HTML page of a WARC/ARC stream (gzipped per record or not), an IngestError
    per page that cannot be read, and one for a corrupt or truncated file (reading stops there).

    ``stop``: the file offset from which records belong to someone else; with it, the stream may start at
    any record boundary of a file (warcio reports offsets in the file): a byte range of a big crawl is
    read this way (``read_warc_range``).
    """
    from warcio.archiveiterator import ArchiveIterator

    class _Records(ArchiveIterator):  # type: ignore[misc]
        # warcio writes its own warning to stderr for a record not followed by a blank line; it is
        # reported once, as an IngestError, instead
        INC_RECORD = ""

    counts: Counter[str] = ignored if ignored is not None else Counter()
    records = _Records(stream, arc2warc=True)
    read = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises many types for a damaged file; all end the file
            yield IngestError(origin, _damage(exc, records.offset, read))
            return
        offset = records.offset  # set by warcio once the previous record is read: where this one starts
        if stop is not None and offset >= stop:
            return  # the next range's first record
        read += 1
        where = f"{origin}@{offset}"
        if record.rec_headers.get_header("Content-Length") is None:  # mandatory: its headers were cut off
            problem = f"the record at offset {offset} has no Content-Length; {_before(read - 1)}"
            yield IngestError(origin, f"truncated or corrupt: {problem}")
            return
        warnings = records.err_count
        try:
            item = _page(record, where, default, max_bytes, counts)
            missing = _drain(record)
        except Exception as exc:  # a bad chunked body or an unknown content encoding: this page only
            yield IngestError(where, f"cannot read the record's body ({type(exc).__name__}: {exc})")
            continue
        if missing:
            yield IngestError(
                origin,
                f"truncated: the record at offset {offset} ends {missing} bytes short of its "
                f"Content-Length; {_before(read - 1)}",
            )
            return
        if item is not None:
            yield item
        if records.err_count > warnings:
            yield IngestError(where, "record not followed by a blank line: its Content-Length may be wrong")
    # warcio ends quietly when a gzip member is cut off before its record's headers are complete
    end = _end_of(stream)
    at = records.offset
    if end is not None and at < end and (stop is None or at < stop):
        left = end - at
        yield IngestError(
            origin,
            f"truncated or corrupt: {left} byte{'s' if left != 1 else ''} at offset {at} hold "
            f"no complete record; {_before(read)}",
        )
    elif read == 0 and stop is None:
        yield IngestError(origin, "empty WARC file (no records)")


def read_warc_range(
    path: str,
    start: int,
    end: int,
    origin: str,
    default: dt.date | None,
    max_bytes: int,
    ignored: Counter[str] | None = None,
) -> Iterator[Document | IngestError]:
    """The pages of the records of a WARC file that START in the byte range [start, end).

    Ranges that tile a file read each record exactly once, wherever the cuts fall: a range begins at the
    first record boundary at or after ``start`` and ends before the first record at or after ``end``.  Big
    crawls (CC-NEWS files hold tens of thousands of pages) are so coded by many workers at once.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done with it
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        first = record_boundary(fh, start, end, gzipped=path.lower().endswith(".gz"))
        if first is None:
            return  # no record starts here: one long record runs through the whole range
        fh.seek(first)
        yield from read_warc(fh, origin, default, max_bytes, ignored, stop=end)


_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN = 1 << 16


def record_boundary(fh: BinaryIO, start: int, end: int, *, gzipped: bool) -> int | None:
    """The offset of the first record that starts in [start, end) of a WARC file, or None.

    A gzipped WARC holds one gzip member per record: a boundary is a gzip header whose member inflates to
    a WARC header.  A plain one: "WARC/1." at a line start followed by a header block with a WARC-Type.
    Chance matches inside compressed or archived data fail that check.
    """
    if start <= 0:
        return 0
    pos = start
    while pos < end:
        fh.seek(pos)
        window = fh.read(_SCAN + 4096)  # the overlap lets a match straddling two windows be checked
        if not window:
            return None
        magic = _GZIP_MAGIC if gzipped else _WARC_MAGIC
        i = window.find(magic)
        while i != -1 and i < _SCAN and pos + i < end:
            if _starts_record(fh, pos + i, gzipped):
                return pos + i
            i = window.find(magic, i + 1)
        pos += _SCAN
    return None


def _starts_record(fh: BinaryIO, at: int, gzipped: bool) -> bool:
    if not gzipped:
        fh.seek(max(at - 1, 0))
        head = fh.read(1 + 4096)
        if at > 0 and head[:1] != b"\n":
            return False
        block = head[1:].split(b"\r\n\r\n", 1)[0]
        return b"\r\nwarc-type:" in block.lower()  # header names are case-insensitive
    import zlib

    fh.seek(at)
    inflater = zlib.decompressobj(wbits=31)
    data = fh.read(4096)
    try:
        text = inflater.decompress(data, 64)
    except zlib.error:
        return False
    if not text:  # a member cut off by the end of the file: let the reader report the truncation
        return len(data) < 4096 and not inflater.eof
    return text.startswith(_WARC_MAGIC) or (len(text) < len(_WARC_MAGIC) and _WARC_MAGIC.startswith(text))


def _page(
    record: Any, where: str, default: dt.date | None, max_bytes: int, ignored: Counter[str]
) -> Document | IngestError | None:
    """The Document of one record, an IngestError, or None for a record skipped on purpose (counted)."""
    kind = record.rec_type or "unknown"
    if kind != "response":
        ignored[f"WARC {kind} records"] += 1
        return None
    http = record.http_headers
    if http is None:  # dns: records and other non-HTTP responses
        ignored["WARC responses without HTTP headers"] += 1
        return None
    status = http.get_statuscode() or "?"
    if status != "200":
        ignored[f"WARC responses with HTTP status {status}"] += 1
        return None
    media, charset = _content_type(http.get_header("Content-Type"))
    # servers label some pages text/plain or nothing at all: those are sniffed, other types are skipped
    sniff = media in ("", "text/plain")
    if media not in _HTML_TYPES and not sniff:
        ignored["WARC responses that are not HTML"] += 1
        return None
    body = record.content_stream().read(max_bytes + 1)  # de-chunked and decompressed
    if sniff and not _HTML_START.match(body[:1024]):
        ignored["WARC responses that are not HTML"] += 1
        return None
    if len(body) > max_bytes:
        return IngestError(where, f"page is {over_limit(max_bytes)}")
    headers = record.rec_headers
    url = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
    doc_id = url or (headers.get_header("WARC-Record-ID") or "").strip("<>") or where
    crawled = parse_record_date(headers.get_header("WARC-Date"))
    return html_document(_decode(body, charset), where, doc_id, default, url=url, fallback_date=crawled)


def _content_type(value: str | None) -> tuple[str, str | None]:
    """("text/html", "windows-1252") from 'text/html; charset="windows-1252"'."""
    if not value:
        return "", None
    media, _, params = value.partition(";")
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
    return media.strip().lower(), m.group(1) if m else None


def _decode(body: bytes, header_charset: str | None) -> str:
    """A crawled page's text: in the HTTP header's charset, else the page's <meta> charset, else UTF-8.

    Unlike a file a user saved, a crawl is read leniently: a page that is not valid in any of those
    keeps its text with U+FFFD for the bad bytes, rather than losing an article to one stray byte.
    """
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    for charset in (_codec(header_charset), declared_charset(body[:4096]), "utf-8"):
        if charset is None:
            continue
        try:
            return body.decode(charset)
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _end_of(stream: Any) -> int | None:
    """The size of a stream that is a regular file (None for a pipe, where it cannot be known)."""
    try:
        st = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _drain(record: Any) -> int:
    """Read the rest of a record; the number of bytes its Content-Length promised but the file lacks."""
    raw = record.raw_stream
    while raw.read(_DRAIN):
        pass
    return int(getattr(raw, "limit", 0) or 0)


def _before(n: int) -> str:
    if n == 0:
        return "no record before it"
    return f"the {n} record{'s' if n != 1 else ''} before it {'were' if n != 1 else 'was'} read"


def _damage(exc: Exception, offset: int, read: int) -> str:
    text = " ".join(str(exc).split())
    if "non-chunked gzip" in text:
        return (
            "gzipped as one stream, not one gzip member per record as crawlers write WARCs "
            f"({_before(read)}): run `warcio recompress` on it, or gunzip it"
        )
    if "Unknown archive format" in text and read == 0:
        return "not a WARC or ARC file (no WARC/ARC record header at the start)"
    reason = text[:200] or type(exc).__name__
    return f"corrupt or truncated at offset {offset} ({reason}); {_before(read)}"
