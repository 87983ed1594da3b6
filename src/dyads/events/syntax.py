"""Token-tree and mention helpers used by more than one rule family (or by a family and the filters).

Plain functions of spaCy tokens, mentions and coded events; no EventCoder state.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.lexicon import STATE_SECTORS
from dyads.records import Mention


def is_conditional(clause: Token) -> bool:
    """An if/unless clause, or an inverted one ("should Washington take such a step")."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
            return True
        if c.dep_ == "aux" and c.lower_ == "should":
            subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
            return subj is not None and c.i < subj.i
    return False


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
