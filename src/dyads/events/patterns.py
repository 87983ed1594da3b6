"""The predicate dictionary (data/patterns.yaml): which CAMEO code a verb phrase or nominal trigger gets.

Verb patterns are ``LEMMA [WORD] [+OBJ|OBJ...]``: the verb's lemma, an optional particle or preposition
attached to it, and optionally the lemma of its direct object (or of WORD's object); ``@place`` as an
object matches any place name ("seize +@place": taking a town is occupying territory, not property),
``@money`` any sum of money ("pledge +@money": "pledged $500m to Ukraine" is a pledge of economic aid).
Noun patterns are one or more words, the last being the head noun's lemma ("drone strike").  The most
specific pattern that fits a predicate wins.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

import yaml
from spacy.tokens import Token


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class VerbPattern:
    code: str
    lemma: str
    word: str | None
    objects: frozenset[str] | None
    text: str

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.word else 0)


@dataclass(frozen=True)
class NounPattern:
    code: str
    head: str
    modifiers: tuple[str, ...]
    text: str


@dataclass
class PatternIndex:
    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)
    nouns: dict[str, list[NounPattern]] = field(default_factory=dict)

    def match_verb(self, verb: Token) -> VerbPattern | None:
        candidates = self.verbs.get(verb.lemma_.lower())
        if not candidates:
            return None
        words: dict[str, set[str]] = {}
        objects: set[str] = set()
        heads: set[str] = set()  # the objects' own lemmas, which outrank their modifiers
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for child in verb.children:
            if child.dep_ in ("prt", "prep", "agent", "dative"):
                if child.dep_ == "prep" and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children
                ):
                    continue  # "called Shoukry on Sunday" is no "call on"
                objs = words.setdefault(child.lower_, set())
                for g in child.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        objs.update(_lemmas_with_conjuncts(g))
                        heads.add(g.lemma_.lower())
            elif child.dep_ in ("dobj", "attr", "oprd") or (passive and child.dep_ == "nsubjpass"):
                objects.update(_lemmas_with_conjuncts(child))
                heads.update(c.lemma_.lower() for c in (child, *child.conjuncts))
            elif child.dep_ == "xcomp" and child.lemma_.lower() in VERBAL_OBJECTS:
                objects.add(child.lemma_.lower())  # "declined to comment" = "declined comment"
        if "@money" in objects:
            objects |= words.get("in", set())  # "approved $1bn in financing": the sum is financing
        # a particle may take the object: "call off the talks" -> dobj belongs to the verb+particle
        best: VerbPattern | None = None
        best_rank = (-1, False)
        for p in candidates:
            if p.word is not None and p.word not in words:
                continue
            if p.objects is not None:
                pool = words[p.word] | objects if p.word is not None else objects
                if not (p.objects & pool):
                    continue
            # "closed its border crossing": a pattern naming the object itself ("crossing") beats one
            # naming its modifier ("border")
            rank = (p.specificity, bool(p.objects and p.objects & heads))
            if best is None or rank > best_rank:
                best, best_rank = p, rank
        return best

    def match_lemma(self, lemma: str, objects: set[str]) -> VerbPattern | None:
        """The most specific particle-less pattern of a verb named by its lemma with these object lemmas:
        what "the closure of the consulate" would be as "close the consulate"."""
        best: VerbPattern | None = None
        for p in self.verbs.get(lemma, []):
            fits = p.word is None and (p.objects is None or bool(p.objects & objects))
            if fits and (best is None or p.specificity > best.specificity):
                best = p
        return best

    def match_given(self, obj: Token) -> VerbPattern | None:
        """The giving pattern ("provide/give/send/supply +OBJ") that a received object fits: "received
        weapons from X" is X's "provide +weapon"."""
        objects = _lemmas_with_conjuncts(obj)
        for lemma in GIVING_LEMMAS:
            for p in self.verbs.get(lemma, []):
                if p.word is None and p.objects is not None and p.objects & objects:
                    return p
        return None

    def match_noun(self, noun: Token) -> NounPattern | None:
        if noun.ent_type_ in ("DATE", "TIME"):
            return None  # "last March" is not a march
        if any(g.lemma_.lower() == "word" for c in noun.children if c.lower_ == "of" for g in c.children):
            return None  # "a war of words", "a battle of words": a quarrel, not force
        joined = _hyphen_joined(noun)
        candidates = (
            (self.nouns.get(joined) if joined else None)
            or self.nouns.get(noun.lemma_.lower())
            or self.nouns.get(noun.lower_)
        )
        if not candidates:
            return None
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        best: NounPattern | None = None
        for p in candidates:
            if all(m in mods for m in p.modifiers) and (
                best is None or len(p.modifiers) > len(best.modifiers)
            ):
                best = p
        return best


PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
GIVING_LEMMAS = ("provide", "give", "send", "supply")  # in this order: the most general reading first
VERBAL_OBJECTS = frozenset({"comment"})
MONEY_MAGNITUDES = frozenset({"m", "mn", "bn", "b", "k", "million", "billion", "trillion"})  # "$750m"
PARTITIVES = frozenset(
    {"part", "some", "all", "most", "portion", "much", "half", "rest", "share", "bulk", "amount", "quantity"}
    # measures: "gave 5 million dollars of aid", "25,000 tons of food aid", "$50,000 worth of medicine"
    | {"ton", "tonne", "dollar", "euro", "worth", "shipment", "consignment"}
    # counts and runs of acts: "exploded a series of bombs", "imposed a new round of sanctions"
    | {"series", "wave", "string", "spate", "round", "number", "volley", "barrage", "salvo", "batch"}
)


def _hyphen_joined(tok: Token) -> str | None:
    """ "cease-fire", "air-strikes", "pull-out": the tokenizer splits a hyphenated word into three tokens;
    the word written solid ("ceasefire", "airstrike", "pullout") is how the dictionary lists it."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    if i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_:
        return None  # "vis-a-vis", "tit-for-tat": a longer compound, not one word split once
    return doc[i - 2].lower_ + tok.lemma_.lower()


def _is_money(tok: Token) -> bool:
    """A sum of money: the entity tagger's MONEY, or a number with a currency sign the tagger missed
    ("$750m" parses as "m" with "$" and "750" hanging on it)."""
    if tok.ent_type_ == "MONEY":
        return True
    amount = tok.like_num or tok.lower_ in MONEY_MAGNITUDES
    return amount and any(t.tag_ == "$" for left in tok.lefts for t in left.subtree)


def _lemmas_with_conjuncts(tok: Token) -> set[str]:
    """Lemmas and forms of an object and its coordinated members; "@place" when one names a place, "@money"
    when one is a sum of money."""
    out: set[str] = set()
    for c in (tok, *tok.conjuncts):
        out.update((c.lemma_.lower(), c.lower_))
        joined = _hyphen_joined(c)
        if joined:
            out.add(joined)
        if c.ent_type_ in PLACE_TYPES:
            out.add("@place")
        if _is_money(c):
            out.add("@money")
        # "the ceasefire agreement", "part of a military aid programme": the words that say what it is
        for m in c.children:
            if m.dep_ in ("compound", "nmod"):
                out.add(m.lemma_.lower())
            elif m.dep_ == "prep" and (
                (m.lower_ == "of" and c.lemma_.lower() in PARTITIVES)
                # a sum is what it is paid as: "$300 million in funding", "$2bn in loans" = funding, loans
                or (m.lower_ == "in" and _is_money(c))
            ):
                for g in m.children:
                    if g.dep_ == "pobj":
                        out.add(g.lemma_.lower())
                        out.update(
                            x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "nmod", "amod")
                        )
    return out


def parse_verb_pattern(code: str, text: str) -> VerbPattern:
    parts = text.split()
    if not parts or parts[0].startswith("+"):
        raise PatternError(f"code {code}: verb pattern {text!r} must start with a lemma")
    lemma, rest = parts[0].lower(), parts[1:]
    word = None
    objects = None
    if rest and not rest[0].startswith("+"):
        word = rest.pop(0).lower()
    if rest:
        if len(rest) != 1 or not rest[0].startswith("+") or len(rest[0]) < 2:
            raise PatternError(f"code {code}: cannot read verb pattern {text!r} (LEMMA [WORD] [+OBJ|OBJ])")
        objects = frozenset(o.lower().replace("_", " ") for o in rest[0][1:].split("|") if o)
    return VerbPattern(code, lemma, word, objects, text)


def parse_noun_pattern(code: str, text: str) -> NounPattern:
    words = text.lower().split()
    if not words:
        raise PatternError(f"code {code}: empty noun pattern")
    return NounPattern(code, words[-1], tuple(words[:-1]), text)


def build_index(data: dict, known_codes: set[str] | None = None) -> PatternIndex:
    index = PatternIndex()
    for code, body in (data or {}).items():
        code = str(code)
        if known_codes is not None and code not in known_codes:
            raise PatternError(f"patterns: {code!r} is not a CAMEO code in the ontology")
        for text in (body or {}).get("verbs") or []:
            p = parse_verb_pattern(code, str(text))
            index.verbs.setdefault(p.lemma, []).append(p)
        for text in (body or {}).get("nouns") or []:
            n = parse_noun_pattern(code, str(text))
            index.nouns.setdefault(n.head, []).append(n)
    return index


@functools.lru_cache(maxsize=1)
def load_patterns() -> PatternIndex:
    from dyads.events.ontology import load_ontology

    text = (resources.files("dyads.events") / "data" / "patterns.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return build_index(data, set(load_ontology()))
