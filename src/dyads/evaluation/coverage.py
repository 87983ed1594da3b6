"""`dyads actors --unknown`: the names that take part in events but resolve to no actor.

PETRARCH's dictionaries stopped in 2014; this is the tool that keeps ours fresh.  Every sentence in
which the coder finds a predicate with a side it could not code is searched for person, organisation
and group names that no dictionary entry covers; they are counted over the corpus with example
sentences, most frequent first, ready to be added to an actor file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dyads.parse import parse_documents
from dyads.pipeline import Pipeline
from dyads.records import Document, identified

CANDIDATE_LABELS = frozenset({"PERSON", "ORG", "NORP"})


@dataclass
class Unknown:
    text: str
    label: str
    count: int = 0
    examples: list[str] = field(default_factory=list)


def _known(m) -> bool:  # noqa: ANN001 - Mention | None
    """Coded from the text itself: not missing, and not a bare sector given a country by the event's place."""
    return identified(m) and m.how not in ("place", "context")


def unknown_actors(pipeline: Pipeline, documents: Iterable[Document], examples: int = 2) -> list[Unknown]:
    partial = pipeline.with_partial_events()
    found: dict[tuple[str, str], Unknown] = {}
    for document, doc in parse_documents(partial.nlp, documents):
        actors = partial.resolver.resolve(doc, document.published)
        coded = partial.code_parsed(document, doc)
        sentences = {
            e.sentence_index
            for e in coded.events + coded.suppressed
            if not (_known(e.source) and _known(e.target))
        }
        for index, sent in enumerate(doc.sents):
            if index not in sentences:
                continue
            for ent in sent.ents:
                # a name covered only by a bare sector ("the Zarqawi Brigades" as MIL) is still unknown
                if ent.label_ not in CANDIDATE_LABELS or any(_known(actors.by_token.get(t.i)) for t in ent):
                    continue
                text = ent.text.strip().removesuffix("'s").removesuffix("’s").strip()
                if text.lower().startswith("the "):
                    text = text[4:]
                if len(text) < 2 or not any(c.isalpha() for c in text):
                    continue
                key = (text, ent.label_)
                item = found.setdefault(key, Unknown(text, ent.label_))
                item.count += 1
                if len(item.examples) < examples:
                    item.examples.append(" ".join(sent.text.split())[:240])
    return sorted(found.values(), key=lambda u: (-u.count, u.text))
