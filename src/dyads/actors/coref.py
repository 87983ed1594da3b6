"""Within-document memory of actor mentions, for phrases that carry no country of their own.

"the regime" after "the Syrian regime", "the minister" after "Turkish Defence Minister Hulusi Akar", "he"
after a named leader.  Deliberately simple: the most recent compatible mention wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from dyads.records import Actor, Mention

# nouns for one person holding an office ("the minister"): they corefer with people and office-holders
OFFICE_NOUNS = frozenset(
    {
        "minister",
        "president",
        "premier",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "king",
        "emir",
        "leader",
        "envoy",
        "ambassador",
        "secretary",
        "commander",
        "chief",
        "general",
    }
)
_PERSON_NOUNS = OFFICE_NOUNS | {"official"}


def is_own_given_name(word: str, own_words: Iterable[str], spelling_tolerant: bool = False) -> bool:
    """Whether ``word``, before a known person's surname, is one of that person's own names ("Pope Francis" vs
    "Gamini Francis"); ``spelling_tolerant`` also takes a spelling of one, by its first three letters
    ("Hasan Rouhani", "Vladamir Putin") -- for dictionary leaders, whose names the press spells many ways."""
    if spelling_tolerant:
        return any(word[:3] == w[:3] for w in own_words)
    return word in own_words


@dataclass
class _Seen:
    mention: Mention
    words: frozenset[str]  # lemmas of the phrase ("syrian", "regime")
    named_person: bool = False  # its head is a person's name, whatever it is coded as (a cleric as his group)


@dataclass
class DocumentMemory:
    seen: list[_Seen] = field(default_factory=list)
    people: dict[str, Actor] = field(default_factory=dict)  # full name and surname -> actor

    def introduce(self, name: str, actor: Actor) -> None:
        # an entity run on past a possessive ("Theresa May's Brexit") names the possessor only
        name = re.split(r"['’]s\b", name)[0].strip()
        parts = name.split()
        if not parts:
            return
        self.people[name] = Actor(actor.code, name, actor.country, actor.sectors, "person")
        if len(parts) > 1:
            self.people.setdefault(parts[-1], self.people[name])

    def person(self, name: str, titles: frozenset[str] = frozenset()) -> Actor | None:
        """The person introduced as ``name`` or by its surname; ``titles`` are words of address that are no
        given name ("Mrs May" is Theresa May)."""
        name = name.removesuffix("'s").removesuffix("’s")
        parts = name.split()
        if not parts:
            return None
        known = self.people.get(name) or self.people.get(parts[-1])
        # "Gamini Francis" after "Pope Francis": a full name whose given names are not the known person's is
        # another bearer of the surname
        if known is not None and len(parts) > 1 and name not in self.people:
            given = {p for p in parts[:-1] if p.lower().rstrip(".") not in titles}
            if given and not any(is_own_given_name(g, known.name.split()) for g in given):
                return None
        return known

    def remember(self, mention: Mention, head: Token) -> None:
        doc = head.doc
        words = frozenset(
            t.lemma_.lower()
            for t in doc.char_span(mention.start, mention.end, alignment_mode="expand") or [head]
        )
        self.seen.append(_Seen(mention, words, _named_person(mention, head)))

    def recall(self, keys: list[str], sectors: tuple[str, ...], definite: bool = True) -> Mention | None:
        """The latest mention with a country or group sharing a word of the phrase ("the regime" after "the
        Syrian regime"); for a definite phrase ("the troops") else the latest one sharing a sector."""
        for key in keys:
            for s in reversed(self.seen):
                a = s.mention.actor
                if (a.country or a.kind in ("group", "igo")) and key in s.words:
                    return s.mention
        if not definite:
            return None
        for s in reversed(self.seen):
            a = s.mention.actor
            if a.country and a.kind != "person" and set(a.sectors) & set(sectors):
                return s.mention
        return None

    def last_state(self) -> Actor | None:
        """The state most recently named (as a state: "Libya", "Libyan", "Tripoli")."""
        for s in reversed(self.seen):
            a = s.mention.actor
            if a.kind == "state" and a.country and s.mention.how in ("name", "adjective", "capital"):
                return Actor(a.country, a.name, a.country, (), "state")
        return None

    def last_person(self, before: int | None = None) -> Mention | None:
        """The latest person or office-holder mentioned (before character offset ``before``)."""
        for s in reversed(self.seen):
            if before is not None and s.mention.start >= before:
                continue
            a = s.mention.actor
            if a.kind == "person" or s.named_person or (s.words & _PERSON_NOUNS and a.country):
                return s.mention
        return None


def is_person_mention(mention: Mention, head: Token) -> bool:
    """A mention a "he"/"she" can stand for: a person (also one coded as his group, "cleric Moqtada al-Sadr")
    or an office-holder with a country ("the minister"); never a state, a body or a group as such."""
    a = mention.actor
    return (
        a.kind == "person"
        or _named_person(mention, head)
        or bool(head.lemma_.lower() in _PERSON_NOUNS and a.country)
    )


def _named_person(mention: Mention, head: Token) -> bool:
    """A person's name, whatever the dictionary codes it as; a state's own name the parser takes for a
    person's is none ("Lisa Monaco", "Jim Jordan" read as the states)."""
    return head.ent_type_ == "PERSON" and mention.how not in ("name", "adjective", "capital", "metonym")
