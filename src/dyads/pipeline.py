"""The one place that knows the order of the stages.

Document -> parse (spaCy) -> actors (mentions) -> events (coded predicates) -> attributes -> Event.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dyads.actors.dictionary import ActorDictionary, load_dictionary
from dyads.actors.resolve import ActorResolver
from dyads.attributes.complete import DocumentContext, complete, infer_conflict_sides, main_country
from dyads.events.coder import DocumentEvents, EventCoder
from dyads.parse import BATCH_LINES, load_model, parse_documents, transient_vocabulary
from dyads.records import Document, Event, Sentence, identified
from dyads.util import batched


@dataclass
class CodedDocument:
    document: Document
    sentences: list[Sentence]
    events: list[Event]  # asserted events
    suppressed: list[Event] = field(default_factory=list)  # negated, hypothetical, merely intended


class Pipeline:
    """Load once (model, dictionaries, patterns), then code any number of documents."""

    def __init__(
        self, model: str | None = None, actor_files: Iterable[str] = (), partial: bool = False
    ) -> None:
        self.nlp = load_model(model)
        self.dictionary: ActorDictionary = load_dictionary(tuple(actor_files))
        self.resolver = ActorResolver(self.nlp, self.dictionary)
        self.coder = EventCoder(partial=partial)
        self.partial = partial
        # state names, capitals and the buildings standing for a government that also name places ("in
        # Damascus", "in northwest Syria", "a meeting at the White House")
        self.state_places = {
            form: s.entry.country
            for form, surfaces in self.dictionary.names.items()
            for s in surfaces[:1]
            if s.entry.kind == "state" and s.how in ("name", "capital", "metonym") and s.entry.country
        }
        # built once here, not once per document: the dictionary does not change while coding
        self.state_names = {code: e.name for code, e in self.dictionary.states.items()}

    def with_partial_events(self) -> Pipeline:
        """The same loaded pipeline, also keeping events whose actors are unknown."""
        clone = copy.copy(self)
        clone.partial = True
        clone.coder = EventCoder(self.coder.patterns, partial=True)
        return clone

    def code_documents(
        self, documents: Iterable[Document], batch_size: int = BATCH_LINES
    ) -> Iterator[CodedDocument]:
        for chunk in batched(documents, ZONE_DOCUMENTS):
            # everything spaCy learns about new words while coding the chunk is forgotten after it: the
            # coded records hold plain strings, and memory stays flat however long the corpus
            with transient_vocabulary(self.nlp):
                for document, doc in parse_documents(self.nlp, chunk, batch_size=batch_size):
                    yield self.code_parsed(document, doc)

    def code_document(self, document: Document) -> CodedDocument:
        (coded,) = self.code_documents([document])  # run to the end: the memory zone is closed on return
        return coded

    def code_parsed(self, document: Document, doc: Doc) -> CodedDocument:
        actors = self.resolver.resolve(doc, document.published)
        ctx = DocumentContext(document)
        ctx.countries = {m.actor.country for m in actors.mentions if m.actor.country}
        ctx.main_country = main_country(m.actor for m in actors.mentions)
        ctx.states = self.state_places
        ctx.state_names = self.state_names
        sentences: list[Sentence] = []
        events: list[Event] = []
        suppressed: list[Event] = []
        last_pair = DocumentEvents()
        for index, sent in enumerate(doc.sents):
            sentences.append(Sentence(document.doc_id, index, sent.start_char, sent.end_char, sent.text))
            if _in_furniture(sent.start_char, sent.end_char, document.furniture):
                continue
            for coded in self.coder.code_sentence(sent, actors, last_pair):
                event = complete(coded, sent, index, ctx)
                if not (self.partial or identified(event.source) or identified(event.target)):
                    continue  # neither side could be placed: nothing an analyst can use
                (suppressed if coded.suppressed else events).append(event)
        infer_conflict_sides(events + suppressed, ctx)  # a violent act's unnamed side, from the whole story
        return CodedDocument(document, sentences, events, suppressed)


ZONE_DOCUMENTS = 64  # documents parsed inside one spaCy memory zone


def _in_furniture(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    # a sentence that overlaps furniture by most of its length is furniture ("Read also: ...")
    for s, e in spans:
        overlap = min(end, e) - max(start, s)
        if overlap > 0 and overlap >= 0.5 * (end - start):
            return True
    return False


_default: dict[tuple, Pipeline] = {}


def default_pipeline(model: str | None = None, actor_files: tuple[str, ...] = ()) -> Pipeline:
    key = (model, actor_files)
    if key not in _default:
        _default[key] = Pipeline(model, actor_files)
    return _default[key]


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from exc
