"""What the events stage hands on: a coded event before attributes, and a document's memory of
its last dyad and accusers (read by the coder core and the rule families alike)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dyads.events.lexicon import EVENT_REFERENCES, HOSTILE_ACT_NOUNS
from dyads.events.modality import Modality
from dyads.events.ontology import EventType
from dyads.records import Mention


class DocumentEvents(list):
    """The last dyad of a document (a list, for "the two sides") and who did the acts reported so far,
    by the act's word, for later reactions to them ("condemned the launch", "welcomed the release")."""

    def __init__(self) -> None:
        super().__init__()
        self.by_word: dict[str, Mention] = {}
        self.accusers: dict[str, Mention] = {}  # country accused -> who accused it last
        self.hostile_to: dict[str, Mention] = {}  # country -> who last acted against it (for replies)
        # (country accused, accuser, the words of what it was accused of), in the order reported
        self.accusations: list[tuple[str, Mention, frozenset[str]]] = []

    def accuser_of(self, country: str, denied: frozenset[str]) -> Mention | None:
        """Who accused ``country`` of what it denies: the latest accusation sharing a word with the denial
        ("denied being behind the attack" answers "blamed Moscow for the attack", not a later "accused
        Russia of meddling"); else (the words differ, or "denied the allegation") the latest accuser."""
        if not denied:
            return self.accusers.get(country)
        earlier = [who for accused, who, said in self.accusations if accused == country and said & denied]
        return earlier[-1] if earlier else self.accusers.get(country)

    def remember(self, trigger: Token, root: str, source: Mention) -> None:
        self.by_word[trigger.lemma_.lower()] = source
        self.by_word[trigger.lower_] = source
        self.by_word["root:" + root] = source
        self.by_word[":last"] = source
        for c in trigger.children:
            if c.dep_ == "nsubj" and c.lemma_.lower() in HOSTILE_ACT_NOUNS | EVENT_REFERENCES:
                self.by_word[c.lemma_.lower()] = source  # "a bomb attack killed two soldiers": the attack

    def actor_of(self, word: str, root: str | None = None) -> Mention | None:
        found = self.by_word.get(word) or (self.by_word.get("root:" + root) if root else None)
        if found is None and word in EVENT_REFERENCES:
            found = self.by_word.get(":last")  # "condemned the move": the latest act reported
        return found


@dataclass
class CodedEvent:
    """What the events stage knows about one event before attributes are added."""

    trigger: Token
    event_type: EventType
    source: Mention | None
    target: Mention | None
    modality: Modality
    pattern: str
    attribution: str | None = None
    victims: Token | None = None  # the noun phrase of the dead, for fatalities
    scope: list[Token] = field(default_factory=list)  # tokens whose dates/places belong to this event
    reciprocal: bool = False
    victim_tokens: list[Token] | None = None  # the coordinated victims that are this event's target

    @property
    def suppressed(self) -> bool:
        return self.modality.kind not in ("asserted",)
