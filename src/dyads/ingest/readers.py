"""Turn user inputs (paths, directories, stdin, Python strings) into Document records.

Every bad input becomes an IngestError that is yielded in its place; nothing here raises for a bad
document, so one unreadable file never stops a corpus run.  Only misuse of the API raises.

Where a Document's ``published`` date comes from, strongest first:

1. the input record itself: a JSONL/JSON ``date``/``published``/``publication_date`` field, the
   publication date in an HTML page's metadata (or its URL), or a feed entry's date;
2. ``default_date`` (the user's ``--date``): a fallback, it does *not* override a record's own date;
3. the first standalone date line in the text ("Published: 2 March 2020");
4. for a page of a web crawl, the day it was crawled (WARC-Date): the page existed by then.

WARC/ARC crawls are read by ``dyads.ingest.warc``, RSS/Atom feeds by ``dyads.ingest.feeds``; both are
dispatched from here, so every command that reads inputs reads them.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import gzip
import hashlib
import io
import json
import logging
import os
import re
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any, Protocol

from dyads.ingest.dates import parse_record_date
from dyads.ingest.errors import IngestError
from dyads.ingest.furniture import scan_furniture
from dyads.records import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# extension -> format; each may also be gzipped ("stories.jsonl.gz")
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    # .json may hold JSONL, one record object or an array of them; .jsonl/.ndjson are always JSONL
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    # web crawls: WARC (and the older ARC), each record gzipped on its own as crawlers write them
    ".warc": "warc",
    ".arc": "warc",
    # RSS/Atom feeds, recognised by their content; an .xml file that is no feed is reported as such
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    # a list of inputs (feeds, usually), one path per line, "#" comments
    ".feeds": "feedlist",
}
TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("date", "published", "publication_date", "published_at")
ID_FIELDS = ("id", "doc_id")

_SNIFF = 8192  # the binary check and format sniffing look at this many leading bytes
_BOM = codecs.BOM_UTF8
_SUPPORTED = ", ".join(FORMATS) + ", each also gzipped as .gz"
_MAX_LIST_DEPTH = 4  # feed lists naming feed lists: deeper than this is a loop
# the root element of an XML document, after the declaration, comments and a DOCTYPE
_XML_ROOT = re.compile(rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w:.-]*)", re.DOTALL)
_FEED_ROOTS = (b"rss", b"feed", b"rdf:RDF", b"RDF")
# a line of a feed list that is sniffed as one: a comment, or a path to a feed file (without spaces, so
# that a line of prose ending in "feed.xml" is no path; a list named .feeds may have paths with spaces)
_FEED_LIST_LINE = re.compile(
    rb"[ \t]*(?:#[^\n]*|[^\s#]+\.(?:rss|atom|xml|feeds)(?:\.gz)?(?:[ \t]+#[^\n]*)?)?[ \t]*\r?",
    re.IGNORECASE,
)
# what a broken .gz raises while being read
_GZIP_ERRORS: tuple[type[Exception], ...] = (gzip.BadGzipFile, EOFError, zlib.error)
_READ_ERRORS: tuple[type[Exception], ...] = (OSError, *_GZIP_ERRORS)
# htmldate must not guess the date from the article body: a date in the text is our weakest evidence,
# weaker than the user's --date, and is handled by the furniture scan instead
_HTML_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF file, not text (convert it to text first)"),
    (b"PK\x03\x04", "zip archive, not text (unpack it first)"),
    (b"\x1f\x8b", "gzip-compressed data in a file not named .gz"),
    (codecs.BOM_UTF16_LE, "UTF-16 text, not UTF-8 (re-save it as UTF-8)"),
    (codecs.BOM_UTF16_BE, "UTF-16 text, not UTF-8 (re-save it as UTF-8)"),
)


@dataclass(frozen=True)
class _Options:
    """What every reader needs besides its input (see read_inputs)."""

    default: dt.date | None
    max_bytes: int
    ignored: Counter[str] | None = None
    depth: int = 0  # how many feed lists deep this input was named


class _ByteStream(Protocol):
    """What the readers need of an input: a file, a gzip file, or stdin's byte buffer."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


# ----------------------------------------------------------------------------------------- public API


def read_inputs(
    inputs: Sequence[str],
    *,
    default_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ignored: Counter[str] | None = None,
) -> Iterator[Document | IngestError]:
    """Yield a Document or an IngestError per document, lazily, in input order.

    ``inputs`` are paths as the user typed them; "-" means standard input.  Directories are walked
    recursively in sorted order (hidden files and folders skipped); inside a directory only the
    supported extensions are read (.txt .text .md .markdown .html .htm .jsonl .ndjson .json, .warc
    .arc, .rss .atom .xml, .feeds, and ``.gz`` of each), any other file is reported as an unsupported
    file type.  A file named explicitly with an unknown extension, and stdin, are sniffed: a WARC if
    it starts with "WARC/", a feed if its XML root is <rss>, <feed> or <rdf:RDF>, HTML if it starts
    with "<" and has <html or <body, JSON records if it starts with '{"' or '[', a feed list if every
    line is a comment or a path to a feed, else plain text.

    A WARC/ARC yields one Document per HTML page received with status 200 (``dyads.ingest.warc``); a
    feed one per entry (``dyads.ingest.feeds``); a feed list (``.feeds``: one path per line, relative
    to the list's folder, "#" comments) whatever its inputs yield.

    ``default_date`` is only a fallback for documents whose record carries no date of its own (see
    the module docstring for the order).  ``max_bytes`` bounds one document: a text or HTML file (or
    its decompressed content), one JSONL line, a whole JSON array file, a feed file, or one page of
    a crawl.  JSONL and WARC files themselves are streamed and may be any size.  ``ignored``, when
    given, counts the records skipped on purpose by kind (a crawl's request records, its non-HTML
    or non-200 responses ...): they are no error, but a user should be able to see them.
    """
    if isinstance(inputs, str | bytes):
        raise TypeError("read_inputs() takes a sequence of paths; wrap a single path in a list")
    if max_bytes < 1:
        raise ValueError("max_bytes must be positive")
    opts = _Options(_as_date(default_date), max_bytes, ignored)
    for given in inputs:
        yield from _read_input(os.fspath(given), opts)


def ignored_summary(ignored: Counter[str]) -> str:
    """'12 records skipped (5 WARC request records, 4 WARC responses that are not HTML, ...)'."""
    total = sum(ignored.values())
    kinds = ", ".join(f"{n} {kind}" for kind, n in ignored.most_common())
    return f"{total} record{'s' if total != 1 else ''} skipped ({kinds})"


def read_text(
    text: str,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    origin: str | None = None,
) -> Document:
    """A Document from a Python string (the ``dyads.code(text, date=...)`` path).

    Line endings are normalised to "\\n" and a leading BOM dropped; the text is otherwise kept.
    ``published`` wins over a date line found in the text.  When ``title`` is given, a first line
    repeating it is marked as furniture; otherwise the headline rule may find one.  ``doc_id``
    defaults to "text-" + the first 12 hex digits of the text's SHA-1.  Empty text is not an
    error here: it gives a Document with nothing to code.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text() needs a str, got {type(text).__name__}")
    text = _normalise_newlines(text.removeprefix("\ufeff"))
    return build_document(
        text,
        doc_id=doc_id or "text-" + _digest(text),
        origin=origin,
        title=title,
        record_date=_as_date(published),
        default_date=None,
        source=source,
        url=url,
    )


def read_document(
    data: bytes | str,
    fmt: str = "text",
    *,
    doc_id: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    origin: str = "<request>",
) -> Document | IngestError:
    """One document sent whole, as plain text or an HTML page (the HTTP API's uploads and pasted text).

    Bytes are checked and decoded as files are (binary data refused; UTF-8, or the charset an HTML page
    declares).  A bad or empty input gives an IngestError, never an exception.  ``published`` wins over
    a date line in a text; an HTML page's own publication date wins over it (as with ``--date``).
    ``title``, ``source`` and ``url`` override what the page says.
    """
    if fmt not in ("text", "html"):
        raise ValueError(f"fmt must be 'text' or 'html', not {fmt!r}")
    if isinstance(data, bytes):
        problem = _binary_problem(data[:_SNIFF])
        if problem is not None:
            return IngestError(origin, problem)
        decoded = _decode(data, origin, html=fmt == "html")
        if isinstance(decoded, IngestError):
            return decoded
    else:
        decoded = _normalise_newlines(data.removeprefix("\ufeff"))
        if not decoded.strip():
            return IngestError(origin, "empty document")
    doc_id = doc_id or f"{fmt}-{_digest(decoded)}"
    if fmt == "text":
        return read_text(
            decoded,
            doc_id=doc_id,
            origin=origin,
            title=title,
            published=_as_date(published),
            source=source,
            url=url,
        )
    page = html_document(decoded, origin, doc_id, _as_date(published))
    if isinstance(page, IngestError):
        return page
    return dataclasses.replace(
        page, title=title or page.title, source=source or page.source, url=url or page.url
    )


# ------------------------------------------------------------------------------------------ sources


def is_url(name: str) -> bool:
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", name) is not None


_NO_URLS = "URLs are not fetched here; download the feed or page to a file first"


def _read_input(name: str, opts: _Options) -> Iterator[Document | IngestError]:
    """One input as the user named it: "-", a directory or a file."""
    if is_url(name):
        yield IngestError(name, _NO_URLS)
    elif name == "-":
        yield from _read_stdin(opts)
    elif os.path.isdir(name):
        yield from _read_directory(name, opts)
    else:
        stem, fmt, gz, _ = _split_name(os.path.basename(name))
        yield from _read_file(name, name, fmt, gz, stem, opts)


def _read_stdin(opts: _Options) -> Iterator[Document | IngestError]:
    stdin = sys.stdin
    if stdin is None:
        yield IngestError("<stdin>", "no standard input")
        return
    stream: _ByteStream | None = getattr(stdin, "buffer", None)
    if stream is None:  # a text-only replacement of sys.stdin: its text is already decoded
        stream = io.BytesIO(stdin.read().encode("utf-8"))
    yield from _read_stream(stream, "<stdin>", None, "stdin", opts, size=None, what="input", hashed_id=True)


def _read_directory(top: str, opts: _Options) -> Iterator[Document | IngestError]:
    walk_errors: list[IngestError] = []

    def on_error(exc: OSError) -> None:
        walk_errors.append(_os_error(exc.filename or top, exc))

    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]  # .git, .cache ...
        found.extend(
            os.path.relpath(os.path.join(dirpath, f), top) for f in filenames if not f.startswith(".")
        )
    supported = 0
    for rel in sorted(found, key=lambda r: PurePath(r).parts):
        path = os.path.join(top, rel)
        stem, fmt, gz, ext = _split_name(os.path.basename(rel))
        if fmt is None:
            what = f"unsupported file type '{ext}'" if ext else "file has no extension"
            yield IngestError(path, f"{what} (supported: {_SUPPORTED})")
            continue
        supported += 1
        doc_id = (PurePath(rel).parent / stem).as_posix().removeprefix("./")
        yield from _read_file(path, path, fmt, gz, doc_id, opts)
    yield from walk_errors
    if supported == 0:
        yield IngestError(top, "directory contains no supported files")


def _read_file(
    origin: str, path: str, fmt: str | None, gz: bool, doc_id: str, opts: _Options
) -> Iterator[Document | IngestError]:
    max_bytes = opts.max_bytes
    try:
        st = os.stat(path)
        regular = stat.S_ISREG(st.st_mode)
        # JSONL and WARC are streamed record by record, so only other formats are bounded by the file size
        if regular and fmt not in ("json", "jsonl", "warc") and st.st_size > max_bytes:
            yield IngestError(
                origin,
                f"file is {_size(st.st_size)}, {over_limit(max_bytes)}",
            )
            return
        raw = open(path, "rb")  # noqa: SIM115 - closed below; the gzip wrapper shares it
    except OSError as exc:
        yield _os_error(origin, exc)
        return
    with raw:
        if fmt == "warc":  # warcio reads the gzip members itself: the offsets it reports are the file's
            from dyads.ingest.warc import read_warc

            yield from read_warc(raw, origin, opts.default, max_bytes, opts.ignored)
            return
        stream: _ByteStream = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw
        yield from _read_stream(
            stream,
            origin,
            fmt,
            doc_id,
            opts,
            size=st.st_size if regular and not gz else None,
            what="decompressed file" if gz else "file",
            hashed_id=False,
        )


def _read_stream(
    stream: _ByteStream,
    origin: str,
    fmt: str | None,
    doc_id: str,
    opts: _Options,
    *,
    size: int | None,
    what: str,
    hashed_id: bool,
) -> Iterator[Document | IngestError]:
    """Read one input stream; ``fmt`` None means sniff it.  ``doc_id`` is the id (or JSON id base)."""
    default, max_bytes = opts.default, opts.max_bytes
    try:
        head = stream.read(_SNIFF)
    except _READ_ERRORS as exc:
        yield _read_error(origin, exc)
        return
    if fmt is None and head.startswith(b"WARC/"):  # an uncompressed WARC on stdin or without its extension
        from dyads.ingest.warc import read_warc

        yield from read_warc(_Prefixed(head, stream), origin, default, max_bytes, opts.ignored)
        return
    problem = _binary_problem(head)
    if problem is not None:
        yield IngestError(origin, problem)
        return
    if fmt is None:
        fmt = _sniff(head)
    if fmt == "jsonl" or fmt == "json" and not _is_whole_json(head):
        yield from _read_jsonl(_Replay(head, stream), origin, doc_id, default, max_bytes)
        return
    try:
        data = head + stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
    except _READ_ERRORS as exc:
        yield _read_error(origin, exc)
        return
    if len(data) > max_bytes:
        measured = f"{what} is {_size(size)}," if size is not None else f"{what} is"
        hint = "; write one record per line (JSONL) for large collections" if fmt == "json" else ""
        yield IngestError(origin, f"{measured} {over_limit(max_bytes)}" + hint)
        return
    if fmt == "feed":  # parsed from the bytes: the XML declaration names the encoding
        from dyads.ingest.feeds import read_feed

        yield from read_feed(data, origin, doc_id, default)
        return
    decoded = _decode(data, origin, html=fmt == "html")
    if isinstance(decoded, IngestError):
        yield decoded
        return
    if fmt == "feedlist":
        yield from _read_feed_list(decoded, origin, opts)
        return
    if hashed_id and fmt != "json":
        doc_id = f"{doc_id}-{_digest(decoded)}"
    if fmt == "json":
        yield from _read_whole_json(decoded, data, origin, doc_id, default, max_bytes)
    elif fmt == "html":
        yield html_document(decoded, origin, doc_id, default)
    else:
        yield build_document(
            decoded,
            doc_id=doc_id,
            origin=origin,
            title=None,
            record_date=None,
            default_date=default,
            source=None,
            url=None,
        )


class _Prefixed:
    """A binary stream whose first bytes were already read (to sniff them), read again in full."""

    def __init__(self, head: bytes, stream: _ByteStream) -> None:
        self._head = head
        self._stream = stream

    def read(self, size: int = -1, /) -> bytes:
        if not self._head:
            return self._stream.read(size)
        if size < 0:
            out, self._head = self._head + self._stream.read(), b""
            return out
        out, self._head = self._head[:size], self._head[size:]
        return out


def _read_feed_list(text: str, origin: str, opts: _Options) -> Iterator[Document | IngestError]:
    """A feed list: one input per line (relative paths are relative to the list's folder), "#" comments
    on their own lines or after a path."""
    if opts.depth >= _MAX_LIST_DEPTH:
        yield IngestError(origin, f"feed lists nest over {_MAX_LIST_DEPTH} deep (does a list name itself?)")
        return
    base = os.path.dirname(origin) if origin != "<stdin>" else ""
    inner = replace(opts, depth=opts.depth + 1)
    named = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        entry = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()  # "#" starts a comment, also after a path
        if not entry:
            continue
        named += 1
        if is_url(entry):
            yield IngestError(f"{origin}:{lineno}", f"{entry}: {_NO_URLS}")
            continue
        path = os.path.expanduser(entry)
        yield from _read_input(path if os.path.isabs(path) else os.path.join(base, path), inner)
    if named == 0:
        yield IngestError(origin, "feed list names no inputs (one path per line; '#' starts a comment)")


# --------------------------------------------------------------------------------------------- JSON


class _Replay:
    """A binary stream whose first bytes were already read (to sniff them) and are served again."""

    def __init__(self, head: bytes, stream: _ByteStream) -> None:
        self._head = head
        self._stream = stream

    def readline(self, limit: int) -> bytes:
        if not self._head:
            return self._stream.readline(limit)
        cut = self._head.find(b"\n", 0, limit)
        end = cut + 1 if cut >= 0 else min(limit, len(self._head))
        line, self._head = self._head[:end], self._head[end:]
        if cut < 0 and not self._head and len(line) < limit:
            line += self._stream.readline(limit - len(line))
        return line


def _read_jsonl(
    reader: _Replay, origin: str, id_base: str, default: dt.date | None, max_bytes: int
) -> Iterator[Document | IngestError]:
    """One record per line, streamed: a bad line is reported and the next one read."""
    lineno = offset = records = 0
    while True:
        try:
            line = reader.readline(max_bytes + 1)
        except _READ_ERRORS as exc:
            yield _read_error(origin, exc)
            return
        if not line:
            break
        lineno += 1
        start = offset
        offset += len(line)
        where = f"{origin}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            records += 1
            total = len(line)
            try:  # skip the rest of the oversized line without holding it in memory
                while line and not line.endswith(b"\n"):
                    line = reader.readline(1 << 20)
                    total += len(line)
            except _READ_ERRORS as exc:
                yield _read_error(origin, exc)
                return
            offset = start + total
            total -= len(line) - len(line.rstrip(b"\r\n"))  # the record's size, without its line break
            yield IngestError(
                where,
                f"record is {_size(total)}, {over_limit(max_bytes)}",
            )
            continue
        if lineno == 1 and line.startswith(_BOM):
            line, start = line[len(_BOM) :], start + len(_BOM)
        if not line.strip():
            continue
        records += 1
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield IngestError(
                where, f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at offset {start + exc.start})"
            )
            continue
        try:
            obj = json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"malformed JSON on line {lineno}: {exc.msg}")
            continue
        yield _record(obj, where, f"{id_base}:{lineno}", default)
    if records == 0:
        yield IngestError(origin, "empty document")


def _read_whole_json(
    text: str, data: bytes, origin: str, id_base: str, default: dt.date | None, max_bytes: int
) -> Iterator[Document | IngestError]:
    """A JSON file holding one record object or an array of them (pretty-printed or not)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # more than one value: it was JSONL after all ("[...]" on line 1)
            yield from _read_jsonl(_Replay(data, io.BytesIO()), origin, id_base, default, max_bytes)
        else:
            yield IngestError(origin, f"malformed JSON on line {exc.lineno}: {exc.msg}")
        return
    if isinstance(obj, list):
        if not obj:
            yield IngestError(origin, "empty document")
        for i, item in enumerate(obj):
            yield _record(item, f"{origin}[{i}]", f"{id_base}[{i}]", default)
    elif isinstance(obj, dict):
        yield _record(obj, origin, id_base, default)
    else:
        yield IngestError(origin, f"JSON file holds {_json_type(obj)}, not records (objects)")


def _record(obj: object, origin: str, default_id: str, default: dt.date | None) -> Document | IngestError:
    """A Document from one JSON record {id, title, text|body|content, date, url, source}."""
    if not isinstance(obj, dict):
        return IngestError(origin, f"record is {_json_type(obj)}, not a JSON object")
    present = [k for k in TEXT_FIELDS if obj.get(k) is not None]
    if not present:
        return IngestError(origin, "record has no 'text' field (nor 'body' or 'content')")
    # the first of text/body/content that holds a non-empty string, else the first present (for the error)
    key = next((k for k in present if isinstance(obj[k], str) and obj[k].strip()), present[0])
    value = obj[key]
    if not isinstance(value, str):
        return IngestError(origin, f"record's '{key}' field is {_json_type(value)}, not a string")
    text = _normalise_newlines(value.removeprefix("\ufeff"))
    if not text.strip():
        return IngestError(origin, "empty document")
    doc_id = next((v for v in (_field_str(obj.get(k)) for k in ID_FIELDS) if v), default_id)
    date_key = next((k for k in DATE_FIELDS if obj.get(k) not in (None, "")), None)
    source = obj.get("source")
    if isinstance(source, dict):  # news-API style {"source": {"id": ..., "name": "Reuters"}}
        source = source.get("name")
    return build_document(
        text,
        doc_id=doc_id,
        origin=origin,
        title=_field_str(obj.get("title")),
        record_date=parse_record_date(obj[date_key]) if date_key else None,
        default_date=default,
        source=_field_str(source),
        url=_field_str(obj.get("url")),
    )


def _field_str(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


# --------------------------------------------------------------------------------------------- HTML


@contextlib.contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """Silence trafilatura's own log lines: a failed page is reported once, as an IngestError."""
    loggers = [logging.getLogger(n) for n in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def html_document(
    html: str,
    origin: str,
    doc_id: str,
    default: dt.date | None,
    *,
    url: str | None = None,
    fallback_date: dt.date | None = None,
) -> Document | IngestError:
    """The article of one HTML page (trafilatura removes the page's boilerplate), or why there is none.

    ``url`` is where the page was fetched from (a crawl record's target): it is the Document's URL, and
    trafilatura reads a date and the host from it.  ``fallback_date`` is the weakest date evidence (the
    day a crawler fetched the page), used only when the page, ``default`` and the text give none.
    """
    import trafilatura  # imported here: it is slow to import and only HTML inputs need it

    if not re.search(r"<(?:html|body)\b", html, re.IGNORECASE):
        html = f"<html><body>{html}</body></html>"  # trafilatura rejects bare fragments
    try:
        with _quiet("trafilatura", "htmldate", "courlan", "justext", "readability"):
            page = trafilatura.bare_extraction(
                html,
                url=url,
                output_format="python",
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                date_extraction_params=dict(_HTML_DATE_PARAMS),
            )
    except Exception as exc:  # a parser crash on one malformed page is that page's problem, not the run's
        return IngestError(origin, f"could not parse the HTML ({type(exc).__name__}: {exc})")
    body = getattr(page, "text", None) if page is not None else None
    if not isinstance(body, str) or not body.strip():
        return IngestError(origin, "no article text found in the HTML")
    # one block per paragraph, separated by a blank line so sentence splitting sees the breaks
    text = "\n\n".join(ln.strip() for ln in _normalise_newlines(body).split("\n") if ln.strip())
    title = _field_str(getattr(page, "title", None))
    source = _field_str(getattr(page, "sitename", None)) or _field_str(getattr(page, "hostname", None))
    return build_document(
        text,
        doc_id=doc_id,
        origin=origin,
        title=title,
        record_date=parse_record_date(getattr(page, "date", None)),
        default_date=default,
        fallback_date=fallback_date,
        source=source,
        url=url or _field_str(getattr(page, "url", None)),
    )


def declared_charset(head: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", head, re.IGNORECASE)
    if m is None:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


# ------------------------------------------------------------------------------------------ helpers


def build_document(
    text: str,
    *,
    doc_id: str,
    origin: str | None,
    title: str | None,
    record_date: dt.date | None,
    default_date: dt.date | None,
    source: str | None,
    url: str | None,
    fallback_date: dt.date | None = None,
) -> Document:
    """The Document, with furniture found and the date chosen: record, then --date, then a date line,
    then ``fallback_date`` (a crawl date)."""
    scan = scan_furniture(text, title=title)
    return Document(
        doc_id=doc_id,
        text=text,
        title=title or scan.title,
        published=record_date or default_date or scan.date or fallback_date,
        source=source,
        url=url,
        origin=origin,
        furniture=scan.spans,
    )


def _split_name(name: str) -> tuple[str, str | None, bool, str]:
    """file name -> (stem, format or None, gzipped, extension as shown in errors)."""
    gz = name.lower().endswith(".gz")
    base = name[:-3] if gz else name
    root, ext = os.path.splitext(base)
    if not ext and gz:
        return base, None, True, ".gz"
    return root, FORMATS.get(ext.lower()), gz, ext + (".gz" if gz else "")


def _binary_problem(head: bytes) -> str | None:
    for magic, reason in _MAGIC:
        if head.startswith(magic):
            return reason
    if b"\x00" in head:
        return "binary file (NUL bytes), not text"
    return None


def _sniff(head: bytes) -> str:
    s = head.removeprefix(_BOM).lstrip()
    root = _XML_ROOT.match(s)
    if root is not None and root.group(1) in _FEED_ROOTS:
        return "feed"
    if s.startswith(b"<") and re.search(rb"<(?:html|body)\b", s, re.IGNORECASE):
        return "html"
    if re.match(rb'\{\s*"|\[\s*(?:\{|$)', s) or s.split(b"\n", 1)[0].strip() == b"{":
        # JSONL, or a JSON object/array: decided by _is_whole_json once the format is known
        return "json"
    if _is_feed_list(s):
        return "feedlist"
    return "text"


def _is_feed_list(head: bytes) -> bool:
    """Every line (but a last one cut off by the sniff window) is blank, a comment or a feed path."""
    lines = head.split(b"\n")
    if len(head) >= _SNIFF:
        lines = lines[:-1]
    named = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith(b"#")]
    return bool(named) and all(_FEED_LIST_LINE.fullmatch(ln) for ln in lines)


def _is_whole_json(head: bytes) -> bool:
    """An array, or a pretty-printed object whose first line is a lone "{", rather than JSONL."""
    s = head.removeprefix(_BOM).lstrip()
    return s.startswith(b"[") or s.split(b"\n", 1)[0].strip() == b"{"


def _decode(data: bytes, origin: str, *, html: bool) -> str | IngestError:
    base = len(_BOM) if data.startswith(_BOM) else 0
    body = data[base:]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a legacy page that declares its encoding (windows-1252 ...) is read in that encoding
        charset = declared_charset(body[:4096]) if html else None
        legacy = _try_decode(body, charset) if charset not in (None, "utf-8") else None
        if legacy is None:
            return IngestError(
                origin, f"not valid UTF-8 (byte 0x{body[exc.start]:02x} at offset {base + exc.start})"
            )
        text = legacy
    text = _normalise_newlines(text)
    if not text.strip():
        return IngestError(origin, "empty document")
    return text


def _try_decode(data: bytes, charset: str | None) -> str | None:
    try:
        return data.decode(charset or "utf-8")
    except UnicodeDecodeError:
        return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _as_date(value: dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"a date must be datetime.date, got {type(value).__name__}")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def over_limit(max_bytes: int) -> str:
    return f"over the {_limit(max_bytes)} limit per document (--max-bytes)"


def _limit(n: int) -> str:
    for unit, k in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= k and n % k == 0:
            return f"{n // k} {unit}"
    return _size(n)


def _os_error(origin: str, exc: OSError) -> IngestError:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        broken = " (broken symbolic link)" if os.path.islink(origin) else ""
        return IngestError(origin, "no such file or directory" + broken)
    if isinstance(exc, PermissionError):
        return IngestError(origin, "permission denied")
    return IngestError(origin, f"cannot read ({exc.strerror or exc})")


def _read_error(origin: str, exc: BaseException) -> IngestError:
    if isinstance(exc, _GZIP_ERRORS):
        return IngestError(origin, f"not a readable gzip file ({exc})")
    if isinstance(exc, OSError):
        return _os_error(origin, exc)
    raise exc
