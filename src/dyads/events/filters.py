"""Sentence-level post-filters, applied in this order at the end of EventCoder.code_sentence:
merge consequences into their cause, drop joined restatements and protest purposes, prefer named
targets, drop coarser actors, and dedupe (one event per trigger and dyad, one per root and dyad)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.coded import CodedEvent
from dyads.events.lexicon import KILL_LEMMAS, PROTEST_SAYS_ROOTS
from dyads.records import Mention


def dedupe(events: list[CodedEvent]) -> list[CodedEvent]:
    """One event per trigger and dyad; and one per root and dyad in a sentence ("fired tear gas to
    break up rallies" is one act of repression, not two; "refused to commit to assistance" one
    rejection), the most specific code of the root kept.  Distinct coercive measures stay apart
    ("imposed a curfew and blocked social media": 1723 and 1721; "beat and arrested protesters")."""
    kept: dict[tuple, list[int]] = {}  # (root, dyad) -> indexes in out
    triggers: set[tuple] = set()
    out: list[CodedEvent] = []
    for e in events:
        dyad = (e.source.actor.code if e.source else None, e.target.actor.code if e.target else None)
        by_trigger, by_root = (e.trigger.i, *dyad), (e.event_type.root, *dyad)
        if by_trigger in triggers:
            continue
        triggers.add(by_trigger)
        same = [i for i in kept.get(by_root, []) if _same_act(out[i].event_type.code, e.event_type.code)]
        if same:
            i = same[0]
            if len(e.event_type.code) > len(out[i].event_type.code):
                out[i] = e
            continue
        kept.setdefault(by_root, []).append(len(out))
        out.append(e)
    return out


def _same_act(a: str, b: str) -> bool:
    """Two codes of one root in one sentence and dyad name one act, except two different coercive
    measures (root 17) neither of which is the other's kind or the unspecified 170."""
    if a[:2] != "17":
        return True
    return a.startswith(b) or b.startswith(a) or "170" in (a, b)


def prefer_named_targets(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "used tear gas to disperse demonstrators": one act of repression, on the demonstrators named, not
    also on the civilians that tear gas alone would imply (same source and root in one sentence)."""
    named = [e for e in events if e.source is not None and e.target is not None and e.target.how != "implied"]
    return [
        e
        for e in events
        if not (
            e.source is not None
            and e.target is not None
            and e.target.how == "implied"
            and any(
                n.source.actor.code == e.source.actor.code
                and n.event_type.root == e.event_type.root
                and _same_act(n.event_type.code, e.event_type.code)
                for n in named
            )
        )
    ]


def _country_of(m: Mention | None) -> str | None:
    return m.actor.country if m is not None else None


def drop_joined_restatements(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "expelled 60 diplomats, joining Europe in punishing the Kremlin": what the actor joins others in is
    the main clause's act described again, when that clause reports an act of the same source on the same
    target ("joined Germany in halting arms sales", with no act of its own, is the act itself)."""

    def restates(e: CodedEvent) -> bool:
        t = e.trigger
        if not (t.dep_ == "pcomp" and t.head.lower_ == "in"):
            return False
        join = t.head.head
        return (
            join.lemma_.lower() == "join"
            and join.dep_ == "advcl"
            and any(
                o.trigger.i == join.head.i
                and _country_of(o.source) == _country_of(e.source)
                and _country_of(o.target) == _country_of(e.target)
                for o in events
            )
        )

    return [e for e in events if not restates(e)]


def drop_protest_purposes(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "rallied against Modi, burning him in effigy to condemn India's moves": a verbal act in a non-finite
    clause (participle, infinitive of purpose) under a demonstration by the same side against the same
    side is what the demonstration expresses, the demonstration (14) itself, not a second event."""

    protests = {e.trigger.i: e for e in events if e.event_type.root == "14"}

    def expressed_by_protest(e: CodedEvent) -> bool:
        if e.event_type.root not in PROTEST_SAYS_ROOTS or not protests:
            return False
        t = e.trigger
        while t.dep_ in ("xcomp", "advcl", "conj") and t.head.i != t.i and _non_finite(t):
            t = t.head
            protest = protests.get(t.i)
            if protest is not None:
                return _country_of(protest.source) == _country_of(e.source) and _country_of(e.target) in (
                    _country_of(protest.target),
                    None,
                )
        return False

    return [e for e in events if not expressed_by_protest(e)]


def _non_finite(verb: Token) -> bool:
    """A participle or a to-infinitive ("burning", "to condemn"): a clause with no tense of its own."""
    return verb.tag_ in ("VBG", "VBN") or (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children))


def drop_coarser_actors(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "Tehran, Iran – Iran's foreign ministry summoned ...", "the WHO and other UN agencies": a state (or
    body) and one of its own organs in one role of one act are one participant, named most precisely by
    the organ (IRNGOV, not also IRN); actor codes are hierarchical: the organ's code extends the state's."""

    def code(m: Mention | None) -> str | None:
        return m.actor.code if m is not None else None

    def finer(coarse: str | None, fine: str | None) -> bool:
        return coarse is not None and fine is not None and fine != coarse and fine.startswith(coarse)

    return [
        e
        for e in events
        if not any(
            o.trigger.i == e.trigger.i
            and o.event_type.root == e.event_type.root
            and (
                (code(o.target) == code(e.target) and finer(code(e.source), code(o.source)))
                or (code(o.source) == code(e.source) and finer(code(e.target), code(o.target)))
            )
            for o in events
        )
    ]


def merge_consequences(events: list[CodedEvent]) -> list[CodedEvent]:
    """ "warplanes struck X, killing nine people": the killing is the strike's outcome, one event."""
    by_trigger = {e.trigger.i: e for e in events}
    out = []
    for e in events:
        t = e.trigger
        parent = by_trigger.get(t.head.i) if t.dep_ in ("advcl", "conj", "xcomp") else None
        if (
            parent is not None
            and parent is not e
            and t.lemma_.lower() in KILL_LEMMAS
            and parent.event_type.quad_class == 4
            and e.event_type.quad_class == 4
        ):
            if parent.victims is None:
                parent.victims = e.victims
            continue
        out.append(e)
    return out
