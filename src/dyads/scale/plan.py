"""Cut a run's inputs into partitions of about the same number of documents.

A partition is a list of members; a member is one input file, or a range of lines of a JSONL file, or a
byte range of a WARC crawl, or a whole input that the planner does not look into (stdin-like paths,
missing files: the reader reports them).  Planning reads no document: a directory is walked, a JSONL
file's lines are counted (bytes only), a WARC file is weighed by its size (``WARC_BYTES_PER_DOCUMENT``)
and cut into byte ranges whose workers find the record boundaries themselves; every other file counts
as one document.  Partition ids hash what they cover (paths, line ranges, file sizes and
modification times), so a re-run over unchanged inputs finds the same ids and skips the finished ones.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field

from dyads.ingest import FORMATS

_CHUNK = 1 << 20
# compressed bytes of crawl per news page, to weigh WARC files without reading them: CC-NEWS files hold
# about 25,000-40,000 pages per GB.  Only an estimate: partitions of a crawl hold about, not exactly,
# --partition-size pages
WARC_BYTES_PER_DOCUMENT = 40_000


@dataclass(frozen=True)
class Member:
    """What one read of ``read_inputs`` covers.

    ``top`` is the input as the user gave it; ``rel`` the file's path inside it when ``top`` is a directory
    (so document ids are the ones `dyads code top` gives); ``lines`` a 1-based inclusive line range of a
    JSONL file; ``stamp`` the file's size and mtime, which make the partition id change when the file does.
    """

    top: str
    rel: str | None = None
    lines: tuple[int, int] | None = None
    stamp: tuple[int, int] | None = None
    offset: int | None = None  # byte offset of line ``lines[0]`` in an uncompressed file
    byte_range: tuple[int, int] | None = None  # WARC records starting in [start, end) of the file

    @property
    def path(self) -> str:
        return self.top if self.rel is None else os.path.join(self.top, self.rel)


@dataclass(frozen=True)
class Partition:
    pid: str
    members: tuple[Member, ...]
    documents: int  # the planner's estimate: JSONL records by non-blank line, other files one each

    def describe(self) -> list[str]:
        out = []
        for m in self.members:
            where = m.path
            if m.lines is not None:
                where += f":{m.lines[0]}-{m.lines[1]}"
            if m.byte_range is not None:
                where += f"@{m.byte_range[0]}-{m.byte_range[1]}"
            out.append(where)
        return out


@dataclass
class _Group:
    members: list[Member] = field(default_factory=list)
    documents: int = 0


def plan(inputs: Sequence[str], partition_size: int) -> list[Partition]:
    """Partitions of about ``partition_size`` documents each (at most twice that), in input order.

    Where a partition ends is decided by the members themselves (a hash of the file's path), not by a
    running count, so adding or removing a file changes only the partition it falls in: a re-run over a
    grown directory redoes that partition and skips the others.
    """
    if partition_size < 1:
        raise ValueError("partition size must be at least 1 document")
    partitions: list[Partition] = []
    group = _Group()

    def close() -> None:
        nonlocal group
        if group.members:
            partitions.append(_partition(group))
            group = _Group()

    for member, weight in _members(inputs, partition_size):
        if group.documents and group.documents + weight > 2 * partition_size:
            close()
        group.members.append(member)
        group.documents += weight
        if weight >= partition_size or _cut(member, weight, partition_size):
            close()
    close()
    return partitions


def _cut(member: Member, weight: int, size: int) -> bool:
    # ends a partition with probability weight/size, so partitions hold about `size` documents
    key = f"{member.path}:{member.lines}:{member.byte_range}".encode()
    return int(hashlib.sha1(key).hexdigest()[:12], 16) % size < weight


def _partition(group: _Group) -> Partition:
    key = json.dumps([asdict(m) for m in group.members], sort_keys=True)
    pid = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return Partition(pid, tuple(group.members), group.documents)


def _members(inputs: Sequence[str], size: int) -> Iterator[tuple[Member, int]]:
    for given in inputs:
        name = os.fspath(given)
        if os.path.isdir(name):
            files = sorted(_walk(name), key=lambda r: r.split(os.sep))
            if not any(_format(os.path.basename(r)) for r in files):
                yield Member(name), 1  # the reader says "contains no supported files"
                continue
            for rel in files:
                yield from _file_members(name, rel, size)
        elif os.path.isfile(name):
            yield from _file_members(name, None, size)
        else:  # missing, a device, a FIFO: read whole, and the reader names the problem
            yield Member(name), 1


def _walk(top: str) -> Iterator[str]:
    # the same files the directory reader visits: hidden files and folders are skipped
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            if not f.startswith("."):
                yield os.path.relpath(os.path.join(dirpath, f), top)


def _format(name: str) -> str | None:
    base = name[:-3] if name.lower().endswith(".gz") else name
    return FORMATS.get(os.path.splitext(base)[1].lower())


def _file_members(top: str, rel: str | None, size: int) -> Iterator[tuple[Member, int]]:
    path = top if rel is None else os.path.join(top, rel)
    try:
        st = os.stat(path)
    except OSError:
        yield Member(top, rel), 1
        return
    stamp = (st.st_size, st.st_mtime_ns)
    fmt = _format(os.path.basename(path))
    if fmt == "warc":
        yield from _warc_members(top, rel, stamp, size)
        return
    if fmt != "jsonl":
        yield Member(top, rel, stamp=stamp), 1
        return
    try:
        lines, offsets = _record_lines(path, size)
    except (OSError, EOFError, gzip.BadGzipFile):
        yield Member(top, rel, stamp=stamp), 1  # unreadable: the reader reports why
        return
    if len(lines) <= size:
        yield Member(top, rel, stamp=stamp), max(len(lines), 1)
        return
    # record ranges; each range runs to the line before the next range's first record
    for i in range(0, len(lines), size):
        first = lines[i] if i else 1
        last = lines[i + size] - 1 if i + size < len(lines) else lines[-1]
        yield (
            Member(top, rel, lines=(first, last), stamp=stamp, offset=offsets.get(first)),
            min(size, len(lines) - i),
        )


def _warc_members(
    top: str, rel: str | None, stamp: tuple[int, int], size: int
) -> Iterator[tuple[Member, int]]:
    length = stamp[0]
    pages = max(1, length // WARC_BYTES_PER_DOCUMENT)
    span = size * WARC_BYTES_PER_DOCUMENT
    name = (rel or top).lower()
    if pages <= size or name.endswith((".arc", ".arc.gz")):  # (old ARC files are read whole)
        yield Member(top, rel, stamp=stamp), pages
        return
    for start in range(0, length, span):
        end = min(start + span, length)
        yield (
            Member(top, rel, stamp=stamp, byte_range=(start, end)),
            max(1, (end - start) // WARC_BYTES_PER_DOCUMENT),
        )


def _record_lines(path: str, size: int) -> tuple[list[int], dict[int, int]]:
    """1-based numbers of the non-blank lines of a (gzipped) JSONL file, read as bytes; and, for a plain
    file, the byte offsets of line 1 and of every ``size``-th record, where ranges start."""
    gz = path.lower().endswith(".gz")
    found: list[int] = []
    offsets: dict[int, int] = {}
    lineno = pos = 0
    with (gzip.open if gz else open)(path, "rb") as fh:
        tail = b""  # chunks cut lines: carry the unfinished one
        while chunk := fh.read(_CHUNK):
            parts = (tail + chunk).split(b"\n")
            tail = parts.pop()
            for part in parts:
                lineno += 1
                if part.strip():
                    if not gz and len(found) % size == 0:
                        offsets[lineno] = pos
                    found.append(lineno)
                pos += len(part) + 1
        if tail.strip():
            if not gz and len(found) % size == 0:
                offsets[lineno + 1] = pos
            found.append(lineno + 1)
    if not gz:
        offsets[1] = 0
    return found, offsets
