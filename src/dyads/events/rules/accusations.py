"""Accusations: who is said to have done a misdeed (perpetrator frames, "X was behind the
attack", reported misdeeds and hostilities, evidence, regret), evaluations and reproaches of earlier acts,
and the claimants that make them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.actors.resolve import DocumentActors
from dyads.attributes.places import lookup as lookup_place
from dyads.events.coded import CodedEvent, DocumentEvents
from dyads.events.lexicon import (
    ATTRIBUTING_VERBS,
    AUTHORSHIP_NOUNS,
    CAUSE_NOUNS,
    CERTAINTY_FRAMES,
    CLAIMING_VERBS,
    DANGER_NOUNS,
    DESCRIBING_VERBS,
    EVALUATING_VERBS,
    EVIDENCE_NOUNS,
    FINDING_VERBS,
    HARMING_VERBS,
    HOLDING_VERBS,
    HOSTILE_ACT_NOUNS,
    HOSTILE_ROOTS,
    MISDEED_NOUNS,
    MISDEED_VERBS,
    MONITOR_SECTORS,
    NAMED_OWNER_ENTS,
    NAMING_VERBS,
    NEGATIVE_VERDICTS,
    PARTAKING_VERBS,
    PERPETRATING_VERBS,
    POSITIVE_VERDICTS,
    RAISING_VERBS,
    REGRET_WORDS,
    SPEAKERS_ADDRESSED,
    STANDING_NOUNS,
)
from dyads.events.modality import REPORTING_VERBS, attribution_of, clause_chain
from dyads.events.syntax import (
    is_conditional,
    needs_words,
    negated_verb,
    negated_word,
    prep_objects,
    same_side,
)
from dyads.records import Mention, identified


class AccusationRules:
    """EventCoder's accusations rules (a mixin).  Relies on EventCoder for: _act_owners, _assemble,
    _mentions_at, _others_at, _verb_arguments, ontology, patterns."""

    def _evaluation_events(
        self, verb: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "X said Y's move was unacceptable", "X called it a provocation": a judgement is an event
        (111 criticise, 051 praise) of the speaker about the actor it judges."""
        if verb.lemma_.lower() not in EVALUATING_VERBS:
            return []
        judged: Token | None = None
        verdict: Token | None = None
        for c in verb.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() == "be":
                judged = next((g for g in c.children if g.dep_ == "nsubj"), None)
                verdict = next((g for g in c.children if g.dep_ in ("acomp", "attr")), None)
            elif c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ"):
                verdict = c  # "called it a provocation", "described the strikes as illegal"
                judged = next((g for g in verb.children if g.dep_ == "dobj"), None)
            elif c.dep_ == "dobj" and verdict is None and _stranded_as(c) is not None:
                # "described the decision to send troops as a provocation": "as" hung on the inner verb
                judged, verdict = c, _stranded_as(c)
            elif c.dep_ == "prep" and c.lower_ == "as" and verdict is None:
                # "described the strikes as a crime", "what he described as destructive U.S. policies"
                verdict = next((g for g in c.children if g.dep_ in ("pobj", "amod", "acomp")), None)
                judged = next((g for g in verb.children if g.dep_ == "dobj"), None)
            elif c.dep_ == "ccomp" and _lost_standing(c):
                # "said the US administration has lost its credibility": a verdict on its standing
                judged = next(
                    (g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in SPEAKERS_ADDRESSED), None
                )
                verdict = c
            elif c.dep_ == "ccomp" and _harmful(c) and not negated_verb(c):
                # "Seoul said Pyongyang's launches were dashing hopes for peace": a judgement of the launches
                judged = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN"), None)
                verdict = c
        if verdict is None and verb.lemma_.lower() in NAMING_VERBS:
            judged, verdict = _named_as(verb)
        if judged is None or verdict is None:
            return []
        # "condemned what it called an act of aggression by Ukraine": the phrase named is the act judged
        free_relative = judged.lower_ == "what" and verdict.pos_ in ("NOUN", "PROPN")
        if free_relative:
            judged = verdict
        # ("what it called 'suspicious and unwarranted' arrests": every coordinated adjective)
        words = {
            verdict.lemma_.lower(),
            *(a.lemma_.lower() for t in verdict.children if t.dep_ == "amod" for a in (t, *t.conjuncts)),
        }
        if free_relative:  # "an act of aggression"
            words |= {g.lemma_.lower() for c in verdict.children if c.lower_ == "of" for g in c.children}
        if words & NEGATIVE_VERDICTS or _harmful(verdict) or _lost_standing(verdict):
            code = "111"
        elif words & POSITIVE_VERDICTS:
            code = "051"
        else:
            return []
        if any(c.dep_ == "neg" for c in (*verdict.children, *verdict.head.children)):
            code = {"111": "051", "051": "111"}[code]  # "was not welcome", "is not unacceptable"
        sources = self._verb_arguments(verb, False, actors, last_pair)[0]
        # "Iran's seizure of the tanker was unacceptable": the owner of the act judged is judged
        if free_relative:  # only who does the act named, not whom it is done to
            # ("what it called insults from Seoul" may hang "from Seoul" on "called")
            targets = (
                self._act_owners(judged, actors, last_pair)
                or self._act_owners(verb, actors, last_pair)
                or self._reproached(verb, actors, last_pair)
            )
        else:  # ("the actions by the State Department to Fox News' Carl Cameron": the agent first)
            targets = (
                self._act_owners(judged, actors, last_pair)
                or self._mentions_at(judged, actors, last_pair)
                or [
                    m
                    for c in judged.children
                    if c.dep_ in ("poss", "compound", "amod") and c.i in actors.by_token
                    for m in self._mentions_at(c, actors, last_pair)
                ]
            )
        # an unplaced sector ("missile" in "the missile test") would be placed by guess: not a target
        targets = [m for m in targets if identified(m)]
        if not targets and isinstance(last_pair, DocumentEvents):
            # "called it a very unfriendly move": "it" is the act reported last; "the missile test": the
            # test reported earlier
            word = ":last" if judged.lower_ in ("it", "this", "that") else judged.lemma_.lower()
            noun = self.patterns.match_noun(judged)  # ("the launch" after "fired a missile": same root)
            earlier = last_pair.actor_of(word, self.ontology[noun.code].root if noun else None)
            targets = [earlier] if earlier is not None else []
        return self._assemble(
            verdict,
            self.ontology[code],
            f"{verb.lemma_} ... {verdict.lemma_}",
            sources,
            targets,
            None,
            actors,
            last_pair,
            modality_token=verb,
        )

    def _reproached(self, called: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[Mention]:
        """ "summoned the UK envoy over what it called unwarranted arrests", "condemned Israel for what it
        called ...": the act named is that of whom the governing verb is aimed at."""
        reason = called.head
        if called.dep_ != "pcomp" or reason.lower_ not in ("over", "for", "about") or reason.dep_ != "prep":
            return []
        governing = reason.head
        if governing.pos_ != "VERB":
            return []
        return [m for m in self._verb_arguments(governing, False, actors, last_pair)[1] if identified(m)]

    @needs_words(
        ("behind", "responsible"),
        PERPETRATING_VERBS,
        AUTHORSHIP_NOUNS,
        PARTAKING_VERBS,
        CAUSE_NOUNS,
        ATTRIBUTING_VERBS,
        DESCRIBING_VERBS,
    )
    def _perpetrator_accusations(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Officials said X was behind the attack", "X is responsible for the killings", "the bombing was
        carried out by X", "the blast was the work of X", "linked the bombing to X", "described the blasts as
        an attack by X": whoever names the perpetrator of a hostile act accuses it (112)."""
        out: list[CodedEvent] = []
        for frame in sent:
            found = self._perpetrator_frame(frame)
            if found is None:
                continue
            act, culprit, claim = found
            if claim is not None:  # "linked X to Y", "held X responsible": the verb's subject accuses
                sources = self._verb_arguments(claim, False, actors, last_pair)[0]
            else:
                sources = self._claimants(frame, actors, last_pair)
            if culprit.i not in actors.by_token and any(c.dep_ == "poss" for c in culprit.children):
                continue  # "linked the genocide to Iran's drive for the bomb": a thing of Iran's, not Iran
            # an unplaced "terrorists" would be placed where the act happened, a guess too weak to accuse
            # (nor a place in a relative clause: "terrorists who do not want peace in Mali")
            described = {
                t.idx
                for c in (culprit, *culprit.conjuncts)
                for r in c.children
                if r.dep_ == "relcl"
                for t in r.subtree
            }
            targets = [
                t
                for t in self._mentions_at(culprit, actors, last_pair)
                if identified(t) and t.start not in described and not any(same_side(s, t) for s in sources)
            ]
            if not sources or not targets:
                continue
            noun = self.patterns.match_noun(act)
            root = self.ontology[noun.code].root if noun else "18"
            if isinstance(last_pair, DocumentEvents) and identified(targets[0]):
                last_pair.remember(act, root, targets[0])  # "... condemned the attack" later: X's attack
            out.extend(
                self._assemble(
                    frame,
                    self.ontology["112"],
                    f"{frame.lemma_} ... {act.lemma_} (perpetrator)",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                )
            )
        return out

    @needs_words(MISDEED_VERBS)
    def _reported_misdeeds(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Maduro said Colombia and the US were conspiring to overthrow him", "officials say Iran is
        meddling in Iraq": a speaker who says another actor does something only wrongdoers do accuses it
        (112)."""
        out: list[CodedEvent] = []
        if _question(sent):
            return out  # "Did Russia say the US was meddling?" claims nothing
        for verb in sent:
            if verb.lemma_.lower() not in MISDEED_VERBS or verb.pos_ != "VERB" or negated_word(verb):
                continue
            if verb.dep_ not in ("ROOT", "ccomp", "conj") or (
                verb.dep_ == "conj" and verb.head.dep_ != "ccomp"
            ):
                continue  # ("plans to interfere", "accused X of meddling" are coded or hypothetical)
            clause = verb.head if verb.dep_ == "conj" else verb
            sources = [m for m in self._claimants(clause, actors, last_pair) if identified(m)]
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "conj":
                subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            targets = self._others_at(subjects, sources, actors, last_pair)
            if not sources or not targets:
                continue
            out.extend(
                self._assemble(
                    verb,
                    self.ontology["112"],
                    f"say ... {verb.lemma_} (misdeed)",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                )
            )
        return out

    def _reported_hostilities(
        self, events: list[CodedEvent], actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Israel said a mortar was fired at it from Gaza", "Kyiv says Russian troops shelled Kharkiv": the
        side attacked saying another attacked it accuses it (112), besides the attack itself."""
        out: list[CodedEvent] = []
        for e in events:
            if (
                e.suppressed
                # (force only: "Al Jazeera is banned from Israel, its correspondent said" reports a ban)
                or e.event_type.root not in ("18", "19", "20")
                or e.source is None
                or not identified(e.source)
                or e.trigger.pos_ != "VERB"
                or _question(e.trigger.sent)
            ):
                continue
            # only the side attacked accuses: a third party's report of a battle ("Thai police said Burmese
            # troops captured ...", "relief officials in Nairobi said rebels shelled Juba") is a report
            # (nor does a monitor or an outlet of the attacked country: "the Syrian Observatory for Human
            # Rights said Turkish drones killed 19 soldiers" reports the attack, it is not the side attacked)
            # ... but whoever *claims* or *alleges* that another attacked accuses it, the side attacked or not
            # ("the US claimed that ISIL had attacked Iraq", "Amnesty alleged that the army shelled villages")
            claimed = _contested_claim(e.trigger)
            speakers = [
                m
                for m in self._claimants(e.trigger, actors, last_pair)
                if m.actor.country
                and m.actor.country != e.source.actor.country
                and (
                    claimed
                    or (
                        m.actor.kind != "igo"
                        and not MONITOR_SECTORS & set(m.actor.sectors)
                        and m.actor.country == _attacked_country(e, m.actor.country)
                    )
                )
                and not same_side(m, e.source)
            ]
            if not speakers:
                continue
            out.extend(
                self._asserted_events(
                    e.trigger,
                    self.ontology["112"],
                    f"say ... {e.trigger.lemma_} (reported hostility)",
                    speakers,
                    [e.source],
                    actors,
                    last_pair,
                )
            )
        return out

    @needs_words(REGRET_WORDS)
    def _regretted_acts(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "China regrets that the United States is withdrawing from the treaty", "lamented that NATO allies
        were not doing their share", "expressed regret that Iran was not attending": regretting what
        another actor does disapproves of it (111)."""
        out: list[CodedEvent] = []
        for clause in sent:
            frame = clause.head
            if (
                clause.dep_ not in ("ccomp", "acl")
                or clause.pos_ not in ("VERB", "AUX")
                or frame.lemma_.lower() not in REGRET_WORDS
                or (frame.pos_ == "NOUN" and frame.head.lemma_.lower() != "express")
                or negated_word(frame)
                or _question(sent)
            ):
                continue
            speaker_verb = frame if frame.pos_ != "NOUN" else frame.head
            subjects = [c for c in speaker_verb.children if c.dep_ == "nsubj"]
            sources = [
                m
                for m in (
                    self._mentions_at(subjects[0], actors, last_pair)
                    if subjects  # (not "an interview ... in Paris" that the parser hangs on the verb)
                    else self._verb_arguments(speaker_verb, False, actors, last_pair)[0]
                )
                if identified(m)
            ]
            doers = [c for c in clause.children if c.dep_ == "nsubj"]
            targets = self._others_at(doers, sources, actors, last_pair)
            if not sources or not targets:
                continue
            out.extend(
                self._assemble(
                    clause,
                    self.ontology["111"],
                    f"{frame.lemma_} that",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    modality_token=speaker_verb,
                )
            )
        return out

    @needs_words(EVIDENCE_NOUNS)
    def _evidence_accusations(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Britain has evidence (that) Russia investigated ways of ...", "Kyiv says it has proof that
        Russian forces are fomenting the unrest": who holds evidence that another actor did something
        accuses it (112) -- not "has no evidence", nor evidence that someone was killed (a victim)."""
        out: list[CodedEvent] = []
        for noun in sent:
            if noun.lemma_.lower() not in EVIDENCE_NOUNS or noun.dep_ != "dobj":
                continue
            holding = noun.head
            if (
                holding.lemma_.lower() not in HOLDING_VERBS
                or negated_word(holding)
                or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
                or any(
                    c.dep_ == "mark" and c.lower_ in ("if", "whether")
                    for t in (holding, *holding.ancestors)
                    for c in t.children
                )
            ):
                continue
            holders = [c for c in holding.children if c.dep_ == "nsubj"]
            if holders and holders[0].i not in actors.heads and holders[0].pos_ != "PRON":
                continue  # "the raid provided evidence that ...": a finding, no one's claim
            for clause in noun.children:
                if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
                    continue
                marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                # ("the evidence Russia gathered" is a relative clause: only a clause with its object
                # slot filled, or opened by "that", says what the evidence shows)
                if not marked and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
                    continue
                doers = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
                sources = [
                    m for m in self._verb_arguments(holding, False, actors, last_pair)[0] if identified(m)
                ]
                targets = self._others_at(doers, sources, actors, last_pair)
                if not sources or not targets:
                    continue
                out.extend(
                    self._assemble(
                        noun,
                        self.ontology["112"],
                        f"{holding.lemma_} +{noun.lemma_} that",
                        sources,
                        targets,
                        None,
                        actors,
                        last_pair,
                        modality_token=holding,
                    )
                )
        return out

    def _perpetrator_frame(self, tok: Token) -> tuple[Token, Token, Token | None] | None:
        """(the hostile act, the word naming its perpetrator, the verb whose subject names it or None
        when a verb of saying around the clause does) for the constructions of _perpetrator_accusations."""
        lemma = tok.lemma_.lower()
        children = list(tok.children)
        if lemma == "behind" and tok.dep_ == "prep" and tok.head.lemma_.lower() == "be":
            acts = [c for c in children if c.dep_ == "pobj"]  # "X was behind the attack"
            culprits = [c for c in tok.head.children if c.dep_ == "nsubj"]
            claim = None
            negated = negated_word(tok.head)
        elif lemma == "responsible" and tok.dep_ in ("acomp", "oprd", "amod", "ccomp", "xcomp"):
            acts = prep_objects(tok, "for")
            if tok.dep_ == "acomp":  # "X is responsible for the killings"
                culprits = [c for c in tok.head.children if c.dep_ == "nsubj"]
                claim, negated = None, negated_word(tok.head)
            else:  # "held X responsible for the attack"
                holder = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
                if holder.lemma_.lower() != "hold":
                    return None
                culprits = [c for c in holder.children if c.dep_ == "dobj"]
                claim, negated = holder, negated_word(holder)
        elif lemma in PERPETRATING_VERBS and tok.pos_ == "VERB" and tok.tag_ == "VBN":
            acts = [c for c in children if c.dep_ == "nsubjpass"]  # "the attack was carried out by X"
            culprits = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            claim, negated = None, negated_word(tok)
        elif lemma in AUTHORSHIP_NOUNS and tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
            acts = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "the blast was the work of X"
            culprits = prep_objects(tok, "of")
            claim, negated = None, negated_word(tok.head)
        elif lemma in PARTAKING_VERBS and tok.pos_ == "VERB":
            # "officials say Russian troops took part in the assault", "the rebels are being joined in the
            # offensive by Russian troops": who joins a hostile act is one of its perpetrators
            if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in children):
                return None
            heads = [tok, *(c for c in children if c.dep_ == "dobj")]
            acts = [
                g
                for h in heads
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children
            ]
            acts = [g for g in acts if g.dep_ == "pobj"] + [
                c for c in children if c.dep_ == "dobj" and lemma == "join"
            ]
            if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children):
                culprits = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            else:
                culprits = [c for c in children if c.dep_ == "nsubj"]
            claim, negated = None, negated_word(tok)
        elif lemma in CAUSE_NOUNS and tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
            # "the detentions were the result of crackdowns by Lam", "... the product of Iran's meddling":
            # a speaker who names another's misdeed as the cause of a thing blames its doer
            causes = [g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            acts = [
                a
                for g in causes
                if g.dep_ == "pobj"
                for a in (g, *g.conjuncts)
                if self._hostile_act(a) or a.lemma_.lower() in MISDEED_NOUNS
            ]
            # the doer: "by X", else an owner ("Iran's meddling", "American interference")
            culprits = [g for a in acts for c in a.children if c.lower_ == "by" for g in c.children]
            culprits = [g for g in culprits if g.dep_ == "pobj"] + [
                c
                for a in acts
                for c in a.children
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in NAMED_OWNER_ENTS)
            ]
            return (acts[0], culprits[0], None) if acts and culprits and not negated_word(tok.head) else None
        elif lemma in ATTRIBUTING_VERBS and tok.pos_ == "VERB":
            acts = [c for c in children if c.dep_ == "dobj"]  # "linked the bombing to X"
            culprits = [
                g
                for c in (*children, *(g for a in acts for g in a.children))
                if c.dep_ == "prep" and c.lower_ in ("to", "on")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            claim, negated = tok, negated_word(tok)
        elif lemma in DESCRIBING_VERBS and tok.pos_ == "VERB":
            # "described the blasts as an attack by religious extremists"
            named = [
                g
                for c in children
                if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "xcomp")
                for g in ((c,) if c.dep_ != "prep" else c.children)
                if g.dep_ in ("pobj", "oprd", "xcomp")
            ]
            acts = [n for n in named if self._hostile_act(n)]
            culprits = [
                g
                for a in acts
                for c in a.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            claim, negated = tok, negated_word(tok)
            return (acts[0], culprits[0], claim) if acts and culprits and not negated else None
        else:
            return None
        if negated or not acts or not culprits or not self._hostile_act(acts[0]):
            return None
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.head.children):
            return None  # "asked whether X was behind the attack" accuses no one
        return acts[0], culprits[0], claim

    def _hostile_act(self, noun: Token) -> bool:
        """A noun naming an act of violence or coercion ("the attack", "the recent bloodshed")."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if noun.lemma_.lower() in HOSTILE_ACT_NOUNS:
            return True
        pattern = self.patterns.match_noun(noun)
        return pattern is not None and self.ontology[pattern.code].root in HOSTILE_ROOTS

    def _claimants(self, clause: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[Mention]:
        """Who states the clause: the subject of the verb of saying or finding above it ("officials said
        (it became clear that) ...", "police believe ..."), or "..., officials said", "according to X"."""
        tok = clause
        while tok.dep_ in ("ccomp", "conj", "xcomp", "acomp", "attr", "prep") and tok.head.i != tok.i:
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in tok.children):
                return []  # "declined to say whether X was behind it", "if X is responsible"
            head = tok.head
            if negated_word(head):
                return []  # "did not say that ...", "was not sure that ..."
            if tok.dep_ == "ccomp" and head.lemma_.lower() in REPORTING_VERBS:
                # ("..., saying that X was behind it": the participle's subject is the main clause's)
                return self._verb_arguments(head, False, actors, last_pair)[0]
            if tok.dep_ == "ccomp" and head.lemma_.lower() in FINDING_VERBS:
                # only a believer named as such ("despite believing that ..." names none)
                believers = [c for c in head.children if c.dep_ == "nsubj"]
                if not believers:
                    return []
                return self._mentions_at(believers[0], actors, last_pair)
            if tok.dep_ == "ccomp" and head.lemma_.lower() not in CERTAINTY_FRAMES:
                return []  # "he doubted that Russia was behind it", "denied that ...": no claim of it
            tok = head
        if tok.dep_ != "ROOT":
            return []  # a clause inside another ("should he become convinced that ...") states nothing
        _, speaker = attribution_of(clause)
        return self._mentions_at(speaker, actors, last_pair) if speaker is not None else []


def _question(sent: Span) -> bool:
    return sent.text.rstrip(" \"'”’").endswith("?")


def _attacked_country(event: CodedEvent, likely: str) -> str | None:
    """The country an act is done to: its target's, or that of the place it names as object ("shelled
    Kharkiv"), which the attributes stage would make the target (looked up preferring ``likely``)."""
    if event.target is not None:
        return event.target.actor.country
    for c in event.trigger.children:
        if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC"):
            name = next((ent.text for ent in c.doc.ents if ent.start <= c.i < ent.end), c.text)
            place = lookup_place(name, frozenset({likely}))
            return place.country if place is not None else None
    return None


def _contested_claim(trigger: Token) -> bool:
    """Is ``trigger`` in a clause a verb of claiming governs ("X claimed that Y had attacked Z")?"""
    top = clause_chain(trigger)[-1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in CLAIMING_VERBS


def _harmful(clause: Token) -> bool:
    """ "Y's launches were dashing hopes", "Y's blockade has driven up the risk of famine": a clause whose
    subject harms (a verb of harm, or one raising a danger)."""
    lemma = clause.lemma_.lower()
    return lemma in HARMING_VERBS or (
        lemma in RAISING_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in DANGER_NOUNS for c in clause.children)
    )


def _lost_standing(clause: Token) -> bool:
    """ "(X said) Y has lost its credibility / legitimacy": a completed loss, not a risk ("risks losing"), a
    condition ("will lose credibility if") or a denial."""
    return (
        clause.lemma_.lower() in ("lose", "forfeit")
        and clause.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in STANDING_NOUNS for c in clause.children)
        and not negated_verb(clause)
        and not is_conditional(clause)
    )


def _stranded_as(obj: Token) -> Token | None:
    """ "described [the decision to send troops to the island] as a provocation": the parser hangs the
    describing verb's "as X" on the verb inside the object's own clause; that X (else None)."""
    for clause in obj.children:
        if clause.dep_ != "acl" or clause.pos_ != "VERB":
            continue
        preps = [t for t in clause.children if t.dep_ == "prep" and t.lower_ == "as" and t.i > clause.i]
        verdicts = [
            g for p in preps[-1:] for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "ADJ")
        ]
        if verdicts:
            return verdicts[0]
    return None


def _named_as(verb: Token) -> tuple[Token | None, Token | None]:
    """(who is named, the name) when the parser splits "branded Netanyahu a liar" into two objects or
    reads "labelled Maduro a dictator" as an apposition."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2:
        return objects[0], objects[1]
    if len(objects) == 1:
        name = next((c for c in objects[0].children if c.dep_ == "appos" and c.i > objects[0].i), None)
        if name is not None:
            return objects[0], name
    return None, None
