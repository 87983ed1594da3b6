"""The parse stage's fast paths must give exactly spaCy's own annotations."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.pipeline import AttributeRuler

from dyads import parse
from dyads.parse import DEFAULT_MODEL, _RulerMatch, load_model

# invented text that reaches the attribute ruler's special patterns: contractions, "gonna", "y'all",
# "nothin'", "there is", pronoun case, "but" as an adverb, auxiliaries and odd spacing
TEXTS = [
    "Ain't nobody gonna stop the minister, y'all, and let's not pretend nothin' happened.\n",
    "There are talks in Geneva; there's hope, but it isn't over.  I told you it would be.\n",
    "She does what she has to do, and they have done it: the envoys did not agree, they've said.\n",
    "We're leaving, you're staying, I'm gotta go, c'mon!\n\n",
    "The   minister\u2009said\tthat whether or not the rebels agree, the army will withdraw by Friday.\n",
    "",
    "\n",
]
ATTRS = [POS, TAG, MORPH, LEMMA, NORM, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


@pytest.fixture(scope="module")
def models() -> tuple[spacy.Language, spacy.Language]:
    return load_model(), spacy.load(DEFAULT_MODEL)


@pytest.mark.parametrize("memo_limit", [None, 1])
def test_annotations_equal_stock_spacy(
    models: tuple[spacy.Language, spacy.Language], memo_limit: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if memo_limit is not None:  # memos emptied at every doc: the bound on memory must not change results
        monkeypatch.setattr(parse, "_MEMO_LIMIT", memo_limit)
    ours, stock = models
    for _ in range(2):  # the second pass reads the memos filled by the first
        for a, b in zip(ours.pipe(TEXTS, batch_size=3), stock.pipe(TEXTS, batch_size=3), strict=True):
            assert a.text == b.text
            assert a.to_array(ATTRS).tolist() == b.to_array(ATTRS).tolist()
            strings = [[(t.lemma_, str(t.morph), t.pos_) for t in d] for d in (a, b)]
            assert strings[0] == strings[1]


def test_fast_paths_are_installed(models: tuple[spacy.Language, spacy.Language]) -> None:
    ours, stock = models
    assert isinstance(ours.get_pipe("attribute_ruler").match, _RulerMatch)
    assert not isinstance(stock.get_pipe("attribute_ruler").match, _RulerMatch)


def test_ruler_match_equals_matcher_on_every_pattern_kind() -> None:
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk"})
    ruler.add([[{"LOWER": {"IN": ["rebels", "army"]}}]], {"LEMMA": "group"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", ",", "rebels"]}}]], {"NORM": "other"})
    ruler.add([[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], {"LEMMA": "nothing"})
    ruler.add([[{"ORTH": "Geneva", "IS_TITLE": True}]], {"LEMMA": "geneva"})
    ruler.add([[{"LENGTH": {">=": 7}}]], {"NORM": "long"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}]], {"NORM": "def"}, index=-1)
    ruler.add([[{"LOWER": "talks"}], [{"LOWER": "army"}]], {"NORM": "either"})
    fast = _RulerMatch(ruler)
    for text in [
        "The rebels are gonna hold talks in Geneva, nothin' else, says the army.",
        "the army, the rebels, nuthin, nothing, GENEVA Geneva talks Talks",
        "",
    ]:
        doc = nlp.make_doc(text)
        for _ in range(2):
            assert fast(doc) == AttributeRuler.match(ruler, doc)


def test_vocabulary_stays_flat_over_a_stream_of_new_words() -> None:
    """Words first seen while coding are forgotten after their chunk (spaCy memory zones), and the memoised
    lemmatizer keeps working on words it saw in an earlier zone."""
    from dyads.pipeline import ZONE_DOCUMENTS, default_pipeline
    from dyads.records import Document

    pipeline = default_pipeline()
    strings = pipeline.nlp.vocab.strings

    def article(i: int) -> Document:
        # invented words, new to the model: each would otherwise stay in the string store for ever
        return Document(f"d{i}", f"Zorblaxian envoys met Quintavorians in Vlemmburg{i} on Monday.\n")

    list(pipeline.code_documents([article(0)]))
    before = len(strings)
    coded = list(pipeline.code_documents(article(i) for i in range(1, 2 * ZONE_DOCUMENTS + 5)))
    assert len(strings) == before  # three zones of new place names, nothing kept
    assert "Vlemmburg7" not in strings
    assert [len(c.sentences) for c in coded] == [1] * (2 * ZONE_DOCUMENTS + 4)
    # a word lemmatised in an earlier zone (its lemma string since forgotten) is lemmatised again
    for _ in range(2):
        with parse.transient_vocabulary(pipeline.nlp):
            text = "The envoys met the blorfins on Monday.\n"
            ((_, doc),) = parse.parse_documents(pipeline.nlp, [Document("x", text)])
            assert [t.lemma_ for t in doc][1:5] == ["envoy", "meet", "the", "blorfin"]
        assert "blorfin" not in strings


def test_interleaved_and_abandoned_coding_runs_share_the_zone_safely() -> None:
    """Two coding runs interleaved, and one dropped half-way: each sees its own words until it is done."""
    from dyads.pipeline import default_pipeline
    from dyads.records import Document

    pipeline = default_pipeline()
    strings = pipeline.nlp.vocab.strings

    def stream(tag: str, n: int) -> list[Document]:
        return [Document(f"{tag}{i}", f"The grelvins of Morsk{tag}{i} met the blorfins.\n") for i in range(n)]

    first = pipeline.code_documents(stream("a", 70))
    second = pipeline.code_documents(stream("b", 70))
    done = [(next(first), next(second)) for _ in range(70)]
    assert all(a.sentences[0].text.startswith("The grelvins of Morska") for a, _ in done)
    assert list(first) == [] and list(second) == []
    assert "Morska3" not in strings and "grelvin" not in strings
    abandoned = pipeline.code_documents(stream("c", 3))
    next(abandoned)
    del abandoned  # closed by the garbage collector mid-chunk
    again = pipeline.code_document(Document("d", "The grelvins met the blorfins.\n"))
    assert again.sentences[0].text.startswith("The grelvins")
    assert "grelvin" not in strings


def test_a_coded_document_is_freed_without_the_cycle_collector() -> None:
    """Coding leaves no reference cycle through the parsed Doc: a cycle is freed only by Python's full
    collections, which are rare in a process holding a language model, and parsed documents (their
    token arrays) then piled up by hundreds of megabytes over a long corpus."""
    import gc
    import weakref

    from dyads.pipeline import default_pipeline
    from dyads.records import Document

    pipeline = default_pipeline()
    text = "Turkish drones struck Syrian army positions near Idlib on Sunday, killing 19 soldiers.\n"
    gc.collect()
    gc.disable()
    try:
        ((document, doc),) = parse.parse_documents(pipeline.nlp, [Document("t", text)])
        coded = pipeline.code_parsed(document, doc)
        assert coded.events  # the entity index was used: actors and places were found
        alive = weakref.ref(doc)
        del doc
        assert alive() is None
    finally:
        gc.enable()
