"""Concrete acts with a second party: acts ordered of someone, goods received, visits (and the
states visited), withdrawals from a place or an agreement."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.resolve import DocumentActors
from dyads.events.coded import CodedEvent
from dyads.events.lexicon import (
    ACT_NOUN_VERBS,
    ARMED_SECTORS,
    GETTING_VERBS,
    GIVEN_GOODS,
    ORDERED_ROOTS,
    PLEDGE_NOUN_VERBS,
    TARGET_PREPS,
)
from dyads.events.ontology import EventType
from dyads.events.syntax import prep_objects
from dyads.records import Mention, identified


class ActRules:
    """EventCoder's acts rules (a mixin).  Relies on EventCoder for: _assemble, _mentions_at,
    _pobj_mentions, _verb_arguments, ontology, patterns."""

    def _ordered_acts(
        self, verb: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent] | None:
        """'Trump ordered the closure of the Russian consulate' is USA's closing of RUS's consulate (16),
        not a demand; None when the ordered object names no act the dictionary codes."""
        acts = [n for c in verb.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
        found: list[tuple[Token, EventType, str]] = []
        for act in acts:
            done_to = {g.lemma_.lower() for g in prep_objects(act, "of")} | {
                c.lemma_.lower() for c in act.children if c.dep_ in ("compound", "amod")
            }
            verb_lemma = ACT_NOUN_VERBS.get(act.lemma_.lower())
            named = self.patterns.match_lemma(verb_lemma, done_to) if verb_lemma else None
            noun = self.patterns.match_noun(act)
            # the verb reading with its object ("expel +diplomat": 161) outranks the bare noun ("expulsion")
            best = named if named is not None and (named.objects or noun is None) else noun
            if best is not None and self.ontology[best.code].root in ORDERED_ROOTS:
                found.append((act, self.ontology[best.code], best.text))
        if not found:
            return None
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        sources = self._verb_arguments(verb, passive, actors, last_pair)[0]
        events: list[CodedEvent] = []
        for act, et, text in found:
            # "the closure of X", else "tariffs on X", "the strike (Thursday) against X"
            preps = [c for c in act.children if c.dep_ == "prep" and c.lower_ == "of"] or [
                c for c in (*act.children, *verb.children) if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            ]
            targets = [m for c in preps for m in self._pobj_mentions(c, actors, last_pair)]
            events.extend(
                self._assemble(act, et, text, sources, targets, None, actors, last_pair, modality_token=verb)
            )
        return events

    def _received(self, verb: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[CodedEvent]:
        """'Ukraine received weapons from the US': the giver provides them to the receiver (the object's
        own noun trigger, "received aid from X", is coded as a noun event)."""
        if verb.lemma_.lower() not in GETTING_VERBS:
            return []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in PLEDGE_NOUN_VERBS:
            return self._received_pledge(verb, obj, actors, last_pair)
        if (
            obj is None
            or obj.lemma_.lower() not in GIVEN_GOODS
            or any(c.lower_ == "no" for c in obj.children)  # "received no funds from Moscow"
            or self.patterns.match_noun(obj) is not None
        ):
            return []
        given = self.patterns.match_given(obj)
        givers = [
            m
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for m in self._pobj_mentions(c, actors, last_pair)
            if identified(m)
        ]
        if given is None or not givers:
            return []
        receivers = self._verb_arguments(verb, False, actors, last_pair)[0]
        et = self.ontology[given.code]
        return self._assemble(verb, et, f"receive ({given.text})", givers, receivers, None, actors, last_pair)

    def _received_pledge(
        self, verb: Token, obj: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Kyiv received assurances from Washington", "won a pledge of aid from X": the giver commits
        itself to the receiver (03x by what is pledged, as the verb would be: "pledge +aid" 033)."""
        if any(c.lower_ in ("no", "little", "few") for c in obj.children):
            return []  # "got no guarantees from Moscow", "received little commitment from X"
        givers = [
            m
            for c in (*verb.children, *obj.children)
            if c.dep_ == "prep" and c.lower_ == "from"
            for m in self._pobj_mentions(c, actors, last_pair)
            if identified(m)
        ]
        if not givers:
            return []
        pledged = {g.lemma_.lower() for g in prep_objects(obj, "of")}
        pattern = self.patterns.match_lemma(PLEDGE_NOUN_VERBS[obj.lemma_.lower()], pledged)
        if pattern is None:
            return []
        # "securing commitments from X, Y and Z", no receiver named: the givers do not pledge to each other
        giving = {m.actor.code for m in givers}
        receivers = [
            m for m in self._verb_arguments(verb, False, actors, last_pair)[0] if m.actor.code not in giving
        ]
        if not receivers:
            return []
        et = self.ontology[pattern.code]
        reason = f"receive ({pattern.text})"
        return self._assemble(verb, et, reason, givers, receivers, None, actors, last_pair)

    def _visited(
        self, verb: Token, sources: list[Mention], actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """'Saddam Hussein arrived in Amman', 'the Saudi minister landed in Tehran': an official arriving in
        another state (or its capital) visits it; troops, refugees or crowds arriving do not."""
        if not sources or not all(_official(m) for m in sources):
            return []
        return self._states_in(verb, sources, actors, last_pair)

    def _states_in(
        self, verb: Token, sources: list[Mention], actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """The other states (or their capitals) that the verb's "in" phrase names."""
        own = {m.actor.country for m in sources}
        return [
            m
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for m in self._pobj_mentions(c, actors, last_pair)
            if m.actor.kind == "state"
            and m.actor.country not in own
            and (not m.actor.sectors or m.how == "capital")
        ]

    def _withdrawn_from(
        self,
        verb: Token,
        sources: list[Mention],
        targets: list[Mention],
        actors: DocumentActors,
        last_pair: list[Mention],
    ) -> list[Mention]:
        """ "withdrew its troops from Syria", "pulled soldiers out of Georgia": the forces withdrawn are what
        moves, not whom the act reaches; the source's own forces give way to the place named by "from" /
        "out of" (or whoever holds it)."""
        own = [m for m in targets if _own_forces(m, sources)]
        if not own:
            return targets
        preps = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out")]
        preps += [
            g for p in preps if p.lower_ == "out" for g in p.children if g.dep_ == "prep" and g.lower_ == "of"
        ]
        origin = [
            m
            for p in preps
            for g in p.children
            if g.dep_ == "pobj" and g.i in actors.heads  # the place itself, not "the Iran deal"
            for m in self._mentions_at(g, actors, last_pair)
            if m.actor.country is not None and not any(m.actor.country == s.actor.country for s in sources)
        ]
        return [m for m in targets if m not in own] + origin


def _own_forces(m: Mention, sources: list[Mention]) -> bool:
    """ "its troops", "U.S. troops" withdrawn by the U.S.: the forces that move, not whom the act reaches."""
    return "MIL" in m.actor.sectors and (
        m.actor.country is None or any(m.actor.country == s.actor.country for s in sources)
    )


def _official(m: Mention) -> bool:
    """A person, an international organisation, or a state's government, legislature or elite."""
    sectors = set(m.actor.sectors)
    return (
        identified(m)
        and not sectors & ARMED_SECTORS
        and (m.actor.kind in ("person", "igo") or bool(sectors & {"GOV", "LEG", "ELI"}))
    )
