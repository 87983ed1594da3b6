"""Token-tree and mention helpers used by more than one rule family (or by a family and the filters).

Plain functions of spaCy tokens, mentions and coded events; no EventCoder state.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.tokens import Span, Token

from dyads.events.lexicon import JUDGING_VERBS, STATE_SECTORS
from dyads.records import Mention


def sentence_words(sent: Span) -> frozenset[str]:
    """The lemmas and lower-cased forms of a sentence's words, computed once for all the rules that ask (kept
    in the Doc's user_data: plain strings, freed with the document)."""
    memo = sent.doc.user_data.setdefault("dyads.sentence_words", {})
    words = memo.get((sent.start, sent.end))
    if words is None:
        words = memo[sent.start, sent.end] = frozenset(w for t in sent for w in (t.lemma_.lower(), t.lower_))
    return words


Rule = TypeVar("Rule", bound=Callable[..., list])


def needs_words(*vocabularies: Iterable[str]) -> Callable[[Rule], Rule]:
    """A sentence rule that can fire only on a sentence using one of these words (lemma or lower-cased form):
    skipped without walking the sentence otherwise.  Each rule family walks every token on its own, and
    most sentences have none of its trigger words."""
    triggers = frozenset(w for vocabulary in vocabularies for w in vocabulary)

    def gate(rule: Rule) -> Rule:
        @functools.wraps(rule)
        def gated(self: object, sent: Span, *args: object, **kwargs: object) -> list:
            if triggers.isdisjoint(sentence_words(sent)):
                return []
            return rule(self, sent, *args, **kwargs)

        return gated  # type: ignore[return-value]

    return gate


def judged_for(verb: Token) -> bool:
    """ "praised him for pulling troops out of Iraq (and setting ...)", "jailed a student for helping
    militants": the act someone is judged, rewarded or punished for (not the judge's own act, and a reason
    told in passing, not news)."""
    while verb.dep_ in ("conj", "xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head  # (and what the reason's own verb governs: "for helping rebels enter X")
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ == "for"
        and prep.dep_ == "prep"
        and prep.head.lemma_.lower() in JUDGING_VERBS
    )


def is_conditional(clause: Token) -> bool:
    """An if/unless clause, or an inverted one ("should Washington take such a step")."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
            return True
        if c.dep_ == "aux" and c.lower_ == "should":
            subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
            return subj is not None and c.i < subj.i
    return False


def condition_subjects(verb: Token) -> list[tuple[Token, bool]]:
    """The active subjects of the if/unless clauses on the act ``verb`` governs ("threatened to walk out
    of the talks unless Russia stops"; not "if Guaido is touched", whose subject is acted on), each with
    whether it sets a threat's terms: an "unless" or a negated "if" clause ("if Moscow does not comply"),
    not a plain "if" ("pledged aid if Kyiv reforms").  Conditions on ``verb`` itself are left to the
    conditional-threat rule, which codes them from the verb's own pattern."""
    found: list[tuple[Token, bool]] = []
    holders = [verb]
    while len(holders) < 4 and (act := next((c for c in holders[-1].children if c.dep_ == "xcomp"), None)):
        holders.append(act)  # "vowed to continue pursuing its programme unless ...": the act's own chain
    for holder in holders[1:]:
        for clause in holder.children:
            if clause.dep_ != "advcl" or not is_conditional(clause):
                continue
            menacing = any(c.dep_ == "mark" and c.lower_ == "unless" for c in clause.children)
            menacing = menacing or negated_verb(clause)
            found += [(c, menacing) for c in clause.children if c.dep_ == "nsubj"]
    return found


def same_side(speaker: Mention, named: Mention) -> bool:
    """Is ``named`` the speaker itself or another organ of the speaker's state (an admission, not an
    accusation: "Hamas said it was behind the attack", "officials said the army carried out the strike")?"""
    a, b = speaker.actor, named.actor
    if a.code == b.code:
        return True
    state = set(a.sectors) <= STATE_SECTORS and set(b.sectors) <= STATE_SECTORS
    return bool(a.country) and a.country == b.country and state and a.kind != "group" and b.kind != "group"


def negated_word(word: Token) -> bool:
    """Negated, also when the parser takes a curly "n’t" for punctuation ("wasn’t responsible")."""
    return any(c.dep_ == "neg" or c.lower_ in ("n't", "n’t", "not", "never") for c in word.children)


def negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s ``prep`` phrases: "the work of X" -> [X], "responsible for the attack"."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == prep
        for g in c.children
        if g.dep_ == "pobj"
    ]
