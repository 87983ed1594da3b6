"""Events stage: predicates + actor mentions -> coded events (CAMEO, PLOVER, quad class, Goldstein).

For every verb or nominal trigger the predicate dictionary knows, the coder finds the source (the
subject side; the agent of a passive; the owner of a nominal "Turkish drone strikes") and the target (the
object side; the patient of a passive; "strikes on X"), expands coordinated actors ("Damascus and Tripoli
agreed" -> both), makes reciprocal events when two actors act together with no target, and sets the
modality (negated, hypothetical, intended, threatened) and the attribution of reported speech.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from itertools import permutations

from spacy.tokens import Span, Token

from dyads.actors.coref import OFFICE_NOUNS
from dyads.actors.dictionary import sector_code
from dyads.actors.resolve import BACKING_WORDS, STORY_NEUTRAL_TITLES, DocumentActors
from dyads.events.coded import CodedEvent, DocumentEvents
from dyads.events.filters import (
    dedupe,
    drop_coarser_actors,
    drop_joined_restatements,
    drop_protest_purposes,
    merge_consequences,
    prefer_named_targets,
)
from dyads.events.lexicon import (
    ARMED_SECTORS,
    ASPECT_NOUNS,
    ASSEMBLY_VERBS,
    ASYLUM_WORDS,
    AUTHORITY_ACTS,
    CHARGE_WORDS,
    CHARGING_VERBS,
    CLAIM_NOUNS,
    COMEBACK_SUBJECTS,
    CONTENT_PREPOSITIONS,
    COPULAS,
    CROWD_WORDS,
    DEFEAT_VERBS,
    DOCUMENT_NOUNS,
    DOMESTIC_ACTS,
    DOMESTIC_POLITICS_SECTORS,
    EXERCISE_WORDS,
    FIGURATIVE_CALL_MODIFIERS,
    FIRST_PERSON,
    FORCE_ROOTS,
    FORCE_WORDS,
    FRAMING_VERBS,
    HOME_RULE_ACTS,
    HOSTILE_ROOTS,
    INHERIT_DEPS,
    ISSUING_VERBS,
    KILL_LEMMAS,
    LIGHT_VERBS,
    MATERIEL,
    MODAL_DEMANDS,
    MOVEMENT_LEMMAS,
    MUTUAL_LEMMAS,
    MUTUAL_ROOTS,
    NON_STATE_SECTORS,
    NOT_CODED,
    OBJECT_CONTROL,
    OPPOSITION_PROTESTER_WORDS,
    ORDERING_VERBS,
    ORGANISATION_NOUNS,
    OWN_THREAT_CUES,
    OWNING_UP_VERBS,
    PAIR_NOUNS,
    PARTAKING,
    PLACE_PREPS,
    PLAN_NOUNS,
    POPULATION_ACTS,
    PROPOSAL_NOUNS,
    PROTEST_NOUNS,
    PROTEST_PURPOSE_VERBS,
    PROTESTER_WORDS,
    RECEIVING_VERBS,
    REPLIED_PREPS,
    REPLY_NOUNS,
    RESPONSE_VERBS,
    RIOT_ACTS,
    SPEAKING_VERBS,
    STANCE_WORDS,
    STATE_CHALLENGER_SECTORS,
    STATE_PREPS,
    STATE_SECTORS,
    STRENGTHEN_VERBS,
    SYMMETRIC_CODES,
    TALK_VERBS,
    TARGET_PREPS,
    TOPIC_PREPS,
    WORD_ATTACKS,
)
from dyads.events.modality import (
    INTENT_WORDS,
    REPORTING_VERBS,
    Modality,
    attribution_of,
    modality_of,
    pushes_someone,
)
from dyads.events.ontology import EventType, load_ontology
from dyads.events.patterns import PatternIndex, load_patterns
from dyads.events.rules.accusations import AccusationRules
from dyads.events.rules.acts import ActRules, _own_forces
from dyads.events.rules.conflict import (
    ConflictRules,
    _accidental,
    _attacked_objects,
    _capital_as_place,
    _civilians,
    _counted,
    _counted_dead,
    _held_position_sides,
    _implied,
    _launch_without_target,
    _launched_missiles,
    _military,
    _noun_post_garrison,
    _perpetrated_passive,
    _placed_by,
    _political,
    _post_garrison,
    _relative_kill,
    _split_attack_of,
    _unnamed_victims,
    cumulative_toll,
    fight_between_sides,
)
from dyads.events.rules.threats import (
    ThreatRules,
    _announced_code,
    _demand_code,
    _intent_code,
    _own_subject,
    _reject_code,
    _threat_code,
    _warning_about_danger,
)
from dyads.events.syntax import condition_subjects, judged_for, negated_word, same_side
from dyads.records import Actor, Mention, identified


class EventCoder(AccusationRules, ThreatRules, ConflictRules, ActRules):
    def __init__(self, patterns: PatternIndex | None = None, partial: bool = False) -> None:
        self.patterns = patterns or load_patterns()
        self.ontology = load_ontology()
        # partial: also events whose actors are unknown (for checking predicate coding, e.g. the CAMEO
        # codebook examples); never the default, since an event nobody can place helps no analyst
        self.partial = partial

    # -- public -----------------------------------------------------------------------------------------

    def code_sentence(self, sent: Span, actors: DocumentActors, last_pair: list[Mention]) -> list[CodedEvent]:
        events: list[CodedEvent] = []
        absorbed: set[int] = set()  # verb triggers whose event a nominal trigger already carries
        for tok in sent:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in actors.heads:
                ev = self._under_fire(tok, actors, last_pair) or self._noun_event(
                    tok, actors, last_pair, absorbed
                )
                if ev:
                    events.extend(ev)
        for tok in sent:
            if tok.i in absorbed or tok.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
                continue
            if tok.pos_ != "VERB" and not (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
                continue
            if tok.dep_ == "amod" and not _hyphen_participle(tok):
                continue  # "the agreed borders" asserts no agreement
            events.extend(self._verb_events(tok, actors, last_pair))
            events.extend(self._evaluation_events(tok, actors, last_pair))
        events.extend(self._conditional_threats(sent, actors, last_pair, {e.trigger.i for e in events}))
        events.extend(self._reported_demands(sent, actors, last_pair, {e.trigger.i for e in events}))
        # ("signaled it would retaliate" read as a hypothetical attack is the threat itself)
        events.extend(self._unaddressed_appeals(sent, actors, {e.trigger.i for e in events}))
        replies = self._promised_replies(
            sent, actors, last_pair, {e.trigger.i for e in events if not e.suppressed}
        )
        replies += self._vowed_actions(sent, actors, last_pair)
        replies += self._peace_declarations(sent, actors, last_pair)
        replies += self._warned_consequences(sent, actors, last_pair)
        replies += self._refused_permissions(sent, actors, last_pair)
        replies += self._refused_tolerance(sent, actors, last_pair)
        replaced = {t.i for r in replies for t in r.scope}  # ("vowed action against X" is no 'vow' of 030)
        events = [e for e in events if e.trigger.i not in replaced] + replies
        events.extend(self._perpetrator_accusations(sent, actors, last_pair))
        events.extend(self._reported_misdeeds(sent, actors, last_pair))
        events.extend(self._evidence_accusations(sent, actors, last_pair))
        events.extend(self._regretted_acts(sent, actors, last_pair))
        events.extend(self._stance_events(sent, actors, last_pair))
        events.extend(self._reported_hostilities(events, actors, last_pair))
        # a threat or commitment verb that governs a coded act is carried by that act
        # (not an event whose cue is its own trigger: "will not meet X" is the rejection itself)
        governors = {
            e.modality.cue.i
            for e in events
            if e.modality.cue is not None and e.modality.cue.i != e.trigger.i and not e.suppressed
        }
        events = [e for e in events if e.trigger.i not in governors]
        events = merge_consequences(events)
        events = drop_joined_restatements(events)
        events = drop_protest_purposes(events)
        return dedupe(drop_coarser_actors(prefer_named_targets(events)))

    # -- verbs ------------------------------------------------------------------------------------------

    def _verb_events(self, verb: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[CodedEvent]:
        pattern = self.patterns.match_verb(verb)
        if pattern is None:
            return self._received(verb, actors, last_pair)
        if judged_for(verb):
            return []  # "criticized X for backing Y": the reason for a judgement, not the judge's act
        if _stance_holder(verb) is not None:
            return []  # "Israel is opposed to X" is parsed as a passive: _stance_events codes it
        lemma = verb.lemma_.lower()
        if pattern.text in TALK_VERBS and not _talk_between_subjects(verb):
            return []  # "Macron spoke at a rally", "X and Y spoke about Z": no one consulted
        if pattern.text == "push" and (not pushes_someone(verb) or _pushed_by_a_thing(verb, actors)):
            return []  # "pushed the gunmen back", "sanctions pushed Iran to ...": no one demands anything
        if lemma in ORDERING_VERBS:
            ordered = self._ordered_acts(verb, actors, last_pair)
            if ordered is not None:
                return ordered
        if (
            verb.tag_ == "VBN"
            and verb.dep_ in ("ROOT", "ccomp", "conj", "advcl")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children)
        ):
            return []  # "authorities opposed to the government": an adjectival participle, not an act
        helpers = {c.dep_ for c in verb.children}
        if (
            verb.tag_ == "VBN"
            and not helpers & {"aux", "auxpass", "agent"}
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        ):
            return []  # "opposed to", "committed to", "linked to" describe a stance, not an act
        if (
            lemma in REPORTING_VERBS
            and self.ontology[pattern.code].root != "11"
            and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        ):
            # "X said (that) ..." is attribution, not an event; "X alleged that Y ..." accuses Y
            return []
        if _asked_aside(verb):
            return []  # "Mattis, asked what a war would look like, warned ...": a question put to him
        if lemma == "call" and self.ontology[pattern.code].root == "04":
            callee = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
            if not callee or any(c.i not in actors.heads for c in callee) or _quoted_name_follows(verb):
                # "called the decision a mistake" and 'called defectors "human scum"' name; "called a
                # meeting" convenes
                return []
        et = self.ontology[pattern.code]
        text = pattern.text
        if et.root == "05" and _standing_support(verb):
            return []  # "Iran-backed militias", "the army is backed by Russia": an ally described, not an act
        if lemma in DEFEAT_VERBS and verb.tag_ not in ("VBD", "VBN"):
            return []  # "how to defeat the rebels", "will defeat the terrorists": a goal, not a battle won
        if lemma in STRENGTHEN_VERBS and et.code == "154" and not _own_object(verb):
            return []  # "bolster the Iraqi forces" helps another; "strengthened its forces" mobilizes
        if et.root in ("18", "19", "20") and _launch_without_target(verb):
            et, text = self.ontology["150"], f"{lemma} +missile"  # "fired a ballistic missile": a test
        if lemma in KILL_LEMMAS and _accidental(verb):
            return []  # "a plane crashed, killing 39", "died in a bus crash": deaths, but nobody's act
        if lemma in KILL_LEMMAS:
            # "a roadside bombing killed a soldier": the weapon-bearing subject names the act better
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            noun = self.patterns.match_noun(subj) if subj is not None else None
            if noun is not None and self.ontology[noun.code].root in ("18", "19", "20"):
                et, text = self.ontology[noun.code], noun.text
        # light verb with a nominal trigger object: the noun decides (handled as a noun event)
        if lemma in LIGHT_VERBS:
            for c in verb.children:
                if c.dep_ == "dobj" and self.patterns.match_noun(c):
                    return []
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            or (verb.dep_ == "acl" and verb.tag_ == "VBN")
            or _hyphen_participle(verb)
            or (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))
        )
        # "sign an agreement with X", "impose sanctions on X": the object is what is done, not the target
        theme = pattern.objects is not None and pattern.word is None
        if theme and lemma in DEFEAT_VERBS and _force_object(verb, actors):
            theme = False  # "defeated the rebels": the armed force beaten is the target, not a theme
        sources, targets = self._verb_arguments(verb, passive, actors, last_pair, theme)
        if et.code == "150" and _launch_without_target(verb):
            # "shot off another ballistic missile": the missile fired is the instrument, not a target
            targets = [m for m in targets if not any(_spans(o, m) for o in _launched_missiles(verb))]
        if not sources and passive and lemma in KILL_LEMMAS:
            sources = self._operation_agents(verb, actors, last_pair)
        if not targets and theme and et.root in ("01", "11", "12"):
            # "rejected a U.S. demand", "dismissed the British accusations": whose proposal or charge it is
            targets = [
                m
                for c in verb.children
                if c.dep_ == "dobj"
                for m in self._act_owners(c, actors, last_pair)
                if identified(m)
            ]
        if et.code == "190" and lemma in KILL_LEMMAS and not any(_state_force(m) for m in sources):
            # "a car bomb killed 12", "killed in an explosion", "blew himself up, killing 5": the bomb is
            # the act (CAMEO 183), unless a state's forces drop it ("Israeli bombs killed 20": 19x)
            et, text = self._bombing(verb) or (et, text)
        if et.code == "0874":
            targets = self._withdrawn_from(verb, sources, targets, actors, last_pair)
        if et.code == "192" and lemma in MOVEMENT_LEMMAS and not any(_can_occupy(m) for m in sources):
            return []  # "thousands of Syrians entered Turkey", "settlers entered the compound": no occupation
        if not targets and et.root == "14" and verb.dep_ in ("advcl", "conj"):
            # "rallied against Modi, burning him in effigy": one protest, against the same target
            head = self.patterns.match_verb(verb.head)
            if head is not None and self.ontology[head.code].root in ("11", "14"):
                targets = self._verb_arguments(verb.head, False, actors, last_pair)[1]
        if not targets and et.root == "14":
            # "blocked streets in defiance of Chinese authorities": whom the protest defies
            targets = [
                m
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children
                if g.lemma_.lower() == "defiance"
                for p in g.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for m in self._pobj_mentions(p, actors, last_pair)
            ]
        if not targets and et.root == "14" and theme:
            # "torched Indian flags", "burned an effigy of Trump": whose symbol burns is protested against
            targets = [
                m
                for c in verb.children
                if c.dep_ == "dobj"
                for g in c.children
                if g.dep_ in ("amod", "compound", "poss")
                for m in self._mentions_at(g, actors, last_pair)
                if identified(m)
            ]
        if not targets and et.code == "042" and pattern.word == "in":
            targets = self._visited(verb, sources, actors, last_pair)
        if not targets and et.code == "0233" and pattern.objects and pattern.objects & ASYLUM_WORDS:
            # "sought refuge in Germany", "requested asylum in the US": the state asked for shelter is
            # the one it is sought in (the phrase on the verb or on its object)
            for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
                targets = targets or self._states_in(holder, sources, actors, last_pair)
        if not targets and et.code == "061" and lemma == "invest":
            targets = self._states_in(verb, sources, actors, last_pair)  # "China invested $5bn in Pakistan"
        if not targets and et.root in ("03", "12", "13"):
            # "threatened to cut off electricity to Nakhichevan", "agreed to lift embargoes on Iran",
            # "refused to commit to assistance to the US-led war": whom the promised, refused or
            # threatened act would reach, even when that act is not coded itself
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if xcomp is not None:
                targets = self._reached(xcomp, actors, last_pair)
        if not targets and et.root in ("03", "13"):
            targets = self._condition_setters(verb, et, sources, actors, last_pair)
            if targets and et.root == "03":
                et, text = self.ontology["130"], f"{lemma} ... unless"  # a vow on another's terms threatens
        if not targets and et.root in ("02", "10", "11", "13"):
            # "demanded that Hamas renounce ...", "warned that Iran would pay": the clause's subject
            for c in verb.children:
                if c.dep_ == "ccomp":
                    targets = [
                        m
                        for g in c.children
                        if g.dep_ in ("nsubj", "nsubjpass")
                        for m in self._mentions_at(g, actors, last_pair)
                    ]
                    break
        if (
            et.root in ("18", "19")
            and sources
            and all("COP" in m.actor.sectors for m in sources)
            and targets
            and all(set(m.actor.sectors) & {"OPP", "CVL", "LAB", "EDU"} for m in targets)
        ):
            et, text = self.ontology["175"], f"{lemma} (police on protesters)"  # "police beat protesters"
        elif (
            et.root in ("18", "19")
            and sources
            and all({"MIL", "COP"} & set(m.actor.sectors) for m in sources)
            and _protesters(*targets)
        ):
            # "soldiers opened fire on protesters": crowd control, not a military engagement (CAMEO 175)
            et, text = self.ontology["175"], f"{lemma} (forces on protesters)"
        if (
            et.code in RIOT_ACTS
            and lemma not in KILL_LEMMAS
            and sources
            and all(_protesters(m) for m in sources)
        ):
            et, text = self.ontology["145"], f"{lemma} (by protesters)"  # "protesters vandalized a station"
        if lemma == "rally" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in COMEBACK_SUBJECTS for c in verb.children
        ):
            return []  # "the team rallied to win", "stocks rallied": a comeback, not a demonstration
        if pattern.text == "rally against" and (
            _crowd_subject(verb) is not None or _protesters(*sources[:1])
        ):
            et, text = self.ontology["141"], "rally against (a crowd)"  # not "the president rallied against"
        if (
            lemma in WORD_ATTACKS
            and et.root in ("18", "19", "20")
            and _political(sources)
            and _political(targets)
        ):
            et, text = self.ontology["111"], f"{lemma} (in words)"  # "Trump attacked two congresswomen"
        protest = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PROTEST_NOUNS), None
        )
        if (
            et.code in ("175", "170")  # broken up or prevented ("police prevented the rally")
            and protest is not None
            and not [m for m in targets if "GOV" not in m.actor.sectors]
        ):
            # "quelled the protests in Nairobi", "broke up the rally": the protesters are repressed (not the
            # capital the protest was in), placed with the event later
            targets = [_implied(protest, None, "OPP", "protesters", how="protest")]
        entry = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "entry"), None)
        if entry is not None and et.code == "1245":
            # "were denied entry to Tanzania": the state entered turns them away; people turned away at a
            # border are expelled (174), inspectors and peacekeepers kept out are not (1245)
            if passive and not sources:
                sources = [
                    _implied(verb, m.actor.country, "GOV", "authorities")
                    for p in (*entry.children, *verb.children)
                    if p.dep_ == "prep" and p.lower_ in ("to", "into")
                    for m in self._pobj_mentions(p, actors, last_pair)
                    if m.actor.kind == "state" and not m.actor.sectors
                ][:1]
            if targets and not any(m.actor.kind == "igo" for m in targets):
                et, text = self.ontology["174"], f"{lemma} +entry (people)"
        deployed = _deployed_forces(verb, actors) if et.root == "15" and passive and not sources else []
        if deployed:
            # "500 US troops were deployed to Iraq", "additional troops were deployed to the region": the
            # troops show force at the state they are sent to, or at the people of the place named (or of
            # the troops' country, when they have none of their own yet), placed with the event later
            own = {m.actor.country for m in deployed}
            sent_to = [
                _civilians(m) if m.actor.country in own or None in own else m
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("to", "into", "in", "across", "throughout")
                for m in self._pobj_mentions(c, actors, last_pair)
                if identified(m)
            ]
            sources = deployed
            placed_later = None in own or _names_place(verb)  # ("were sent to the Middle East": unknown)
            targets = sent_to or ([_implied(verb, None, "CVL", "civilians")] if placed_later else [])
        if not targets and et.root in HOSTILE_ROOTS and not passive:
            targets = self._area_holders(verb, sources, actors, last_pair)  # "shelled rebel-held districts"
        if et.root in HOSTILE_ROOTS and not passive:
            # "militants attacked a checkpoint (in Kandahar, Afghanistan)": those manning it, not its place
            targets = _post_garrison(verb, sources, targets) or targets
            targets = _held_position_sides([c for c in verb.children if c.dep_ == "dobj"], targets)
            targets = _capital_as_place([c for c in verb.children if c.dep_ == "dobj"], targets)
        victims = None
        if lemma in KILL_LEMMAS and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            victims = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            if lemma == "die":
                victims = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if victims is not None and victims.lemma_.lower() in MATERIEL:
                victims = None  # "shot down three drones" killed no one
        if not targets and victims is not None and et.quad_class == 4 and not cumulative_toll(verb):
            targets = _unnamed_victims(victims)
        events = self._assemble(verb, et, text, sources, targets, victims, actors, last_pair, theme=theme)
        split = _split_attack_of(verb) if lemma in KILL_LEMMAS else None
        for ev in events if split is not None else []:
            ev.scope.append(split)  # "killed in Israeli shelling in Gaza": where it shelled, it killed
        return events

    def _verb_arguments(
        self,
        verb: Token,
        passive: bool,
        actors: DocumentActors,
        last_pair: list[Mention],
        theme: bool = False,
    ) -> tuple[list[Mention], list[Mention]]:
        sources: list[Mention] = []
        targets: list[Mention] = []
        if verb.dep_ == "acl" and verb.tag_ == "VBN" or _hyphen_participle(verb):
            # "Haftar, backed by Russia" / "Russian-backed Haftar": the modified noun is the target
            targets = self._mentions_at(_among_whom(verb.head), actors, last_pair)
            agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            sources = [m for a in agent for m in self._mentions_at(a, actors, last_pair)]
            if not sources and verb.i > 0 and verb.nbor(-1).text == "-" and verb.i > 1:
                sources = self._mentions_at(verb.nbor(-2), actors, last_pair)
            return sources, targets
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and not _issued_text(verb.head):
            sources = self._mentions_at(verb.head, actors, last_pair)
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj") and not passive:
                if verb.dep_ == "relcl" and c.tag_ in ("WDT", "WP") and c.i not in actors.by_token:
                    # "Poland, which accused Germany of ...": the relative pronoun stands for its noun
                    sources.extend(self._relative_antecedents(verb, actors, last_pair))
                else:
                    sources.extend(self._mentions_at(c, actors, last_pair))
            elif c.dep_ == "nsubjpass":
                targets.extend(self._mentions_at(c, actors, last_pair))
            elif c.dep_ == "agent":
                sources.extend(self._pobj_mentions(c, actors, last_pair))
            elif c.dep_ == "dobj" and c.lower_ in ("other", "another") and not passive:
                # "the United States and Russia accused each other": each side is the other's target
                pool = sources or self._inherited_subject(verb, actors, last_pair)
                if len({m.actor.code for m in pool}) < 2 and verb.dep_ == "relcl":
                    # "tensions between Washington and Moscow, which accused each other": both antecedents
                    pool = self._relative_antecedents(verb, actors, last_pair)
                    sources[:] = pool
                if len({m.actor.code for m in pool}) == 2:
                    targets.extend(reversed(pool))
            elif (
                (
                    c.dep_ in ("dobj", "dative")
                    or (c.dep_ == "oprd" and verb.lemma_.lower() == "call" and c.i in actors.heads)
                )
                and not passive
                and not _clause_apposition(c)
            ):
                found = self._mentions_at(c, actors, last_pair)
                if theme and c.dep_ == "dobj":
                    # "expelled two Russian diplomats" names the target; "signed a deal" does not
                    found = [
                        m for m in found if identified(m) and (m.start <= c.idx < m.end or _titled(c, m))
                    ]
                targets.extend(found)
        if not sources and not passive:
            sources = self._inherited_subject(verb, actors, last_pair)
        if passive and not targets and not any(c.dep_ == "nsubjpass" for c in verb.children):
            # "Haftar, backed by Russia, has been battling": the participle's patient is the main subject
            targets = self._inherited_subject(verb, actors, last_pair)
        if not targets:
            for c in verb.children:
                if c.dep_ in ("prep", "prt") and c.lower_ in TARGET_PREPS:
                    targets.extend(self._pobj_mentions(c, actors, last_pair))
                    if targets:
                        break
        if not targets and theme:
            # "suspended Syria's membership": the owner of the thing acted on is the target
            for c in verb.children:
                if c.dep_ == "dobj":
                    targets.extend(
                        m
                        for g in c.children
                        if g.dep_ == "poss"
                        for m in self._mentions_at(g, actors, last_pair)
                    )
            targets.extend(self._proposal_owners(verb, actors) if not targets else [])
        if not targets:
            # "exchange diplomatic missions with X" parsed onto the object; "urge X to ..." object control;
            # "lift sanctions imposed on Syria"
            for c in verb.children:
                if c.dep_ == "dobj":
                    for p in (*c.children, *(g for a in c.children if a.dep_ == "acl" for g in a.children)):
                        if p.dep_ == "prep" and p.lower_ in TARGET_PREPS:
                            targets.extend(self._pobj_mentions(p, actors, last_pair))
        if not targets and isinstance(last_pair, DocumentEvents) and self._reaction(verb):
            # "Russia condemned the launch": the launch reported earlier, whose actor is the target
            acted_on = [c for c in verb.children if c.dep_ == "dobj"] + [
                g  # "protested against the air strikes", "angry over the arrests"
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in ("against", "over", "about")
                for g in p.children
                if g.dep_ == "pobj"
            ]
            for c in acted_on:
                agents = [
                    m
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "by"
                    for m in self._pobj_mentions(p, actors, last_pair)
                ]
                if agents:
                    targets.extend(agents)  # "protest the move by election authorities": its actor is named
                elif c.i not in actors.by_token:
                    noun = self.patterns.match_noun(c)  # "the launch" after "fired a missile": same root
                    earlier = last_pair.actor_of(
                        c.lemma_.lower(), self.ontology[noun.code].root if noun else None
                    )
                    if earlier is not None:
                        targets.append(earlier)
        return sources, targets

    @staticmethod
    def _proposal_owners(verb: Token, actors: DocumentActors) -> list[Mention]:
        """'rejected an Australian ultimatum', 'accepted the Egyptian proposal': the state whose adjective
        marks a proposal acted on made it, and is the target."""
        return [
            m
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in PROPOSAL_NOUNS
            for g in c.children
            if g.dep_ == "amod"
            and (m := actors.heads.get(g.i)) is not None
            and m.how == "adjective"
            and m.actor.kind == "state"
        ]

    def _relative_antecedents(
        self, relcl: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """The whole coordination a relative clause hangs on: "Germany and Poland, which ..." hangs the
        clause on "Poland", the last conjunct, but speaks of both."""
        first = relcl.head
        if first.i not in actors.heads or (first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS):
            # "an attack on a hotel that killed 10": no actor; "the attacks in Paris, which killed 130":
            # the place where the act happened
            return []
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return self._mentions_at(first, actors, last_pair)

    def _protest_purpose(
        self, governor: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """ "began a hunger strike to demand the resignation of President X", "staged a sit-in to protest
        Sweden's decision": the protest is against whom its purpose clause demands of or protests."""
        found: list[Mention] = []
        for clause in governor.children:
            if clause.dep_ == "advcl" and clause.lemma_.lower() in PROTEST_PURPOSE_VERBS:
                # whom the clause's verb addresses, else the owner of the act it names ("Sweden's decision")
                found += self._verb_arguments(clause, False, actors, last_pair)[1] or [
                    m
                    for c in clause.children
                    for act in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
                    for m in self._act_owners(act, actors, last_pair)
                ]
        return [m for m in found if identified(m)]

    def _act_owners(self, act: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[Mention]:
        """Who does the act a noun phrase names: its possessor or actor modifier ("North Korea's conduct",
        "U.S. policies"), its agent ("aggression by Ukraine", "sanctions imposed by Washington"), or where
        it comes from ("insults from Seoul"); not whom it is done to ("a violation of U.N. resolutions")."""
        owners = [
            m
            for c in act.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in actors.by_token
            for m in self._mentions_at(c, actors, last_pair)
        ]
        agents = [
            g
            for c in (*act.children, *(g for a in act.children if a.dep_ == "acl" for g in a.children))
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return owners or [m for g in agents for m in self._mentions_at(g, actors, last_pair)]

    def _others_at(
        self,
        tokens: Iterable[Token],
        sources: list[Mention],
        actors: DocumentActors,
        last_pair: list[Mention],
    ) -> list[Mention]:
        """The placed actors named at ``tokens`` that are not on the side of any of ``sources``: whom a
        speaker can accuse, threaten or answer (no one accuses their own side)."""
        return [
            m
            for t in tokens
            for m in self._mentions_at(t, actors, last_pair)
            if identified(m) and not any(same_side(s, m) for s in sources)
        ]

    def _reached(self, act: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[Mention]:
        """The nearest placed actors an infinitive act is done to: its objects, their prepositional
        complements, nested acts ("to help defend Saudi Arabia") -- breadth first, the first level with
        any."""
        level = [act]
        for _ in range(4):
            nxt: list[Token] = []
            for t in level:
                for c in t.children:
                    if c.dep_ in ("dobj", "dative", "pobj", "xcomp", "advcl", "acl") or (
                        c.dep_ == "prep" and (c.lower_ in TARGET_PREPS or c.lower_ in ("in", "inside"))
                    ):
                        nxt.append(c)
            found = [
                m
                for t in nxt
                if t.dep_ in ("dobj", "dative", "pobj") and t.i in actors.by_token
                for m in self._mentions_at(t, actors, last_pair)
                if identified(m)
            ]
            if found:
                return found
            level = nxt
        return []

    def _condition_setters(
        self,
        verb: Token,
        et: EventType,
        sources: list[Mention],
        actors: DocumentActors,
        last_pair: list[Mention],
    ) -> list[Mention]:
        """ "threatened to walk away from the talks unless Russia stops", "vowed to pursue its programme
        unless Washington scraps its policy": the other actor whose act a threat (or a vow on menacing
        terms) is conditioned on is its target."""
        setters = [
            t
            for t, menacing in condition_subjects(verb)
            if (menacing or et.root == "13") and not self._patterned_conflict(t.head.head)
        ]
        return self._others_at(setters, sources, actors, last_pair)

    def _patterned_conflict(self, verb: Token) -> bool:
        """A conflictual act with a pattern of its own ("stop the talks", "retaliate"), which the
        conditional-threat rule codes more precisely when a condition hangs on it."""
        p = self.patterns.match_verb(verb)
        return p is not None and self.ontology[p.code].quad_class in (3, 4)

    def _reaction(self, verb: Token) -> bool:
        """A verbal reaction (praise, condemnation, rejection, protest) may be to an earlier act."""
        p = self.patterns.match_verb(verb)
        return p is not None and self.ontology[p.code].root in (
            "01",
            "02",
            "05",
            "10",
            "11",
            "12",
            "13",
            "14",
        )

    def _inherited_subject(
        self, verb: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """The subject a verb shares with the clause that governs it ("agreed to exchange", "the
        intention of attacking", "urged X to withdraw" -> X)."""
        tok = verb
        for _ in range(6):
            if tok.head.i == tok.i or tok.dep_ not in INHERIT_DEPS:
                return []
            head = tok.head
            hl = head.lemma_.lower()
            if tok.dep_ == "ccomp" and hl in REPORTING_VERBS:
                return []  # the reporter is not the actor
            if (
                (tok.dep_ == "xcomp" and hl in OBJECT_CONTROL)
                or (tok.dep_ == "prep" and tok.lower_ in ("of", "for") and hl in CHARGING_VERBS)
                # "accused the RSF of shelling X, killing 12": the parser hangs the killing on "accused"
                or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and hl in CHARGING_VERBS)
            ):
                # "urged X to withdraw"; "accused the RSF of shelling Omdurman": the shelling is the RSF's
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs:
                    return self._mentions_at(objs[0], actors, last_pair)
            if (
                tok is verb
                and tok.dep_ == "xcomp"
                and head.dep_ == "acomp"
                and head.lemma_.lower() in INTENT_WORDS
            ):
                # "Cuba is willing to talk", "stood ready to engage": the subject of "is"/"stood" (only for
                # the act the intent governs: "willing to send arms to help defend X" does not defend X)
                # ("is not ready to talk" is no intent; the clause chain stops at the adjective)
                subj = [c for c in head.head.children if c.dep_ == "nsubj"]
                demanded = any(c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in head.head.children)
                if (
                    not subj
                    or demanded
                    or negated_word(head)
                    or negated_word(head.head)
                    or head.head.dep_ == "relcl"
                ):
                    # ("a price X is willing to accept": the act's object is the noun above; "the US must
                    # be ready to mediate" is asked of the US, not offered by it)
                    return []
                return self._mentions_at(subj[0], actors, last_pair)
            if head.pos_ in ("NOUN", "PROPN"):
                poss = [c for c in head.children if c.dep_ == "poss"]
                if poss:  # "Russia's plan to invade"
                    return self._mentions_at(poss[0], actors, last_pair)
                if tok.dep_ == "acl" and head.lemma_.lower() not in PLAN_NOUNS and not _issued_text(head):
                    return []  # "X kept votes to restrict arms sales short": the voters restrict, not X
            elif head.pos_ in ("VERB", "AUX"):
                subj = [c for c in head.children if c.dep_ == "nsubj"]
                if subj:
                    return self._mentions_at(subj[0], actors, last_pair)
            tok = head
        return []

    # -- nouns ------------------------------------------------------------------------------------------

    def _asked_in_clause(
        self, noun: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """ "Iran's demand that the US lift sanctions", "Guaido's calls for the military to back him": an
        appeal or demand noun whose own clause has a subject is addressed to that subject."""
        for clause in noun.children:
            if clause.dep_ in ("acl", "advcl") and clause.pos_ in ("VERB", "AUX") and clause.i > noun.i:
                subj = [c for c in clause.children if c.dep_ == "nsubj"]
                if subj:
                    return self._mentions_at(subj[0], actors, last_pair)
        return []

    def _addressed_appeal_noun(self, noun: Token, code: str) -> bool:
        """The nouns "call" and "demand" are appeals only when addressed: "call for/on" ("Russia's call for
        talks", "calls on Iran to ..."), a demand with its own clause or "on" ("Iran's demand that the US lift
        sanctions", "demands on Kyiv") -- not "a call with Erdogan", "a wake-up call", "demand for coal"."""
        lemma = noun.lemma_.lower()
        if lemma not in ("call", "demand") or code not in ("020", "100"):
            return True
        if any(
            c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE_CALL_MODIFIERS for c in noun.children
        ):
            return False
        # "calls for the military to back him", "a demand that the US lift sanctions"
        own_clause = any(
            c.dep_ in ("acl", "advcl") and any(g.dep_ == "nsubj" for g in c.children) for c in noun.children
        )
        preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
        # ("demand for" is also market demand: "China's demand for coal")
        return own_clause or bool(preps & ({"for", "on"} if lemma == "call" else {"on"}))

    def _noun_event(
        self, noun: Token, actors: DocumentActors, last_pair: list[Mention], absorbed: set[int]
    ) -> list[CodedEvent]:
        pattern = self.patterns.match_noun(noun)
        if pattern is None or not self._addressed_appeal_noun(noun, pattern.code):
            return []
        et = self.ontology[pattern.code]
        sources: list[Mention] = []
        targets: list[Mention] = []
        # "Navalny's arrest", "his detention", "Khashoggi's killing": the owner of these acts suffers them
        # (unless "of" names the patient: "Israel's killing of X")
        patient_owner = (et.root in ("17", "18") or et.code.startswith("084")) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        )
        for c in _modifier_tree(noun):
            if c.i in actors.heads:  # a bare sector here is the instrument ("drone strike"), not the actor
                found = [m for m in self._mentions_at(c, actors, last_pair) if identified(m)]
                if patient_owner and c.dep_ == "poss" and c.head.i == noun.i:
                    targets.extend(found)
                else:
                    sources.extend(found)
        if not sources and noun.i > 0:
            prev = noun.nbor(-1)  # "in RSF shelling" parsed as two objects of "in"
            if prev.i in actors.heads and prev.head.i == noun.head.i and prev.dep_ == noun.dep_:
                sources.extend(m for m in self._mentions_at(prev, actors, last_pair) if identified(m))
        reciprocal_pool: list[Mention] = []
        for c in noun.children:
            if c.dep_ == "prep":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                for g in objs:
                    found = self._mentions_at(g, actors, last_pair)
                    if c.lower_ == "by" or (c.lower_ == "from" and et.root not in ("08", "16", "17", "20")):
                        sources.extend(found)  # "condemnation from Germany", "aid from Qatar"
                    elif c.lower_ == "between" or (
                        c.lower_ == "of"
                        and et.root in MUTUAL_ROOTS
                        and len({m.actor.code for m in found}) > 1
                    ):  # "talks between X and Y", "a meeting of Mexican and U.S. officials"
                        reciprocal_pool.extend(found)
                    elif c.lower_ in TARGET_PREPS and not targets:
                        targets.extend(found)
            elif c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit", "strike", "kill"):
                absorbed.add(c.i)
                for g in c.children:
                    if g.dep_ == "dobj":
                        targets.extend(self._mentions_at(g, actors, last_pair))
        if len({m.actor.code for m in reciprocal_pool}) > 1:
            targets = []  # "a meeting of X and Y at the White House": the meeting is theirs, not the venue's
        if not targets and et.root in ("02", "10"):
            targets = self._asked_in_clause(noun, actors, last_pair)
        # "X claimed responsibility for the attack": the claim is the attack, done by the claimant
        claim = (
            self._claimed_by(noun, actors, last_pair) if not sources and et.root in HOSTILE_ROOTS else None
        )
        if claim is not None:
            sources = claim[1]
        # "an airstrike inside Pakistan": a strike on a state's territory hits that state, unless the
        # clause names who was hit ("killed three villagers in a gunbattle in Serbia": the villagers)
        territory: list[Mention] = []
        if not targets and et.root in ("18", "19", "20"):
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("inside", "in", "into"):
                    territory.extend(
                        m
                        for m in self._pobj_mentions(c, actors, last_pair)
                        if m.actor.kind == "state" and not m.actor.sectors
                    )
        victims = None
        # the verb whose clause the nominal event sits in ("killed in strikes", "claimed responsibility for")
        carrier: Token | None = claim[0] if claim is not None else None
        governor = noun.head
        if noun.dep_ == "pobj" and governor.dep_ in ("prep", "agent"):
            verb = governor.head
            vl = verb.lemma_.lower()
            if verb.pos_ == "VERB" and governor.lower_ in ("in", "by", "with", "during", "after"):
                passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
                if vl in KILL_LEMMAS or vl in ("wound", "injure", "hit", "target", "destroy", "damage"):
                    patient = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
                    if vl == "die":
                        patient = [c for c in verb.children if c.dep_ == "nsubj"]
                    if patient and not targets:
                        targets = self._mentions_at(patient[0], actors, last_pair)
                    if vl in KILL_LEMMAS and patient:
                        victims = patient[0]
                    absorbed.add(verb.i)
                    carrier = verb
                    if not sources:  # "killed by Taliban fighters in an ambush"
                        sources = self._verb_arguments(verb, passive, actors, last_pair)[0]
                elif (
                    governor.lower_ in ("in", "during")
                    and governor.i < verb.i
                    and et.root == "04"
                    and targets
                    and not sources
                ):
                    # "in a phone call with Erdogan, Putin said ...": a fronted occasion is the subject's
                    # (not "agreed to mediation in the talks with X": a later phrase may be another's act)
                    sources = self._verb_arguments(verb, passive, actors, last_pair)[0]
                    carrier = verb
                elif governor.lower_ == "with" and vl in RESPONSE_VERBS and not sources:
                    sources = self._verb_arguments(verb, passive, actors, last_pair)[0]
                    carrier = verb
                elif governor.lower_ == "in" and self.patterns.match_verb(verb) is None and not passive:
                    # "rebels engaged peacekeepers in a firefight": the verb's subject and object
                    subj = [c for c in verb.children if c.dep_ == "nsubj"]
                    obj = [c for c in verb.children if c.dep_ == "dobj"]
                    if subj and obj and not sources and not targets:
                        sources = self._mentions_at(subj[0], actors, last_pair)
                        targets = self._mentions_at(obj[0], actors, last_pair)
                        absorbed.add(verb.i)
                        carrier = verb
            elif governor.lower_ in STATE_PREPS and vl == "be" and not sources and et.root not in FORCE_ROOTS:
                # "Russia is in talks with Turkey", "the army was on high alert": the copula's subject is
                # in the state the noun names (not "is at war with ISIL": a stance more than a dated act)
                sources = [
                    m
                    for c in verb.children
                    if c.dep_ == "nsubj"
                    for m in self._mentions_at(c, actors, last_pair)
                ]
                carrier = verb
            elif governor.lower_ == "for" and et.root == "04" and vl in ASSEMBLY_VERBS and not sources:
                # "the two sides gathered in Istanbul for talks": who gathers holds the meeting
                sources = self._verb_arguments(verb, False, actors, last_pair)[0]
                carrier = verb
        targets = targets or territory
        if not sources and carrier is None and _partaken_in(noun):
            # "Russian forces engaged in heavy fighting with Ukrainian troops", "took part in the talks": the
            # act is done by whoever takes part in it
            carrier = governor.head
            passive = any(c.dep_ == "nsubjpass" for c in carrier.children)
            sources = self._verb_arguments(carrier, passive, actors, last_pair)[0] or [
                m
                for c in carrier.children
                if c.dep_ == "nsubjpass"
                for m in self._mentions_at(c, actors, last_pair)
            ]
            if not targets:
                targets = [
                    m
                    for c in carrier.children
                    if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                    for m in self._pobj_mentions(c, actors, last_pair)
                ]
            absorbed.add(carrier.i)
        if noun.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() in ASPECT_NOUNS:
            # "announced the formation of diplomatic relations with X": the frame noun stands in
            frame = governor.head
            for c in frame.children:
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.lower_ != "of" and not targets:
                    targets.extend(self._pobj_mentions(c, actors, last_pair))
            anchor, governor = frame, frame.head
        else:
            anchor = noun
        # a light verb ("launched strikes", "held talks") or any verb the dictionary does not code
        # ("provide support", "offered talks") lets its object noun decide the event
        if (
            anchor.dep_ == "dobj"
            and governor.pos_ in ("VERB", "AUX")
            and (
                governor.lemma_.lower() in LIGHT_VERBS | REPORTING_VERBS
                or (
                    self.patterns.match_verb(governor) is None
                    and governor.lemma_.lower() not in FRAMING_VERBS
                )
            )
        ):
            # (the noun's own "from X" names the giver too: "sparked [condemnation from France]")
            given = any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children) and bool(sources)
            if governor.lemma_.lower() in RECEIVING_VERBS and (not sources or given):
                # "drew condemnation from Germany", "received weapons from the US": the giver acts on the
                # subject
                givers = (
                    sources
                    if given
                    else [
                        m
                        for c in governor.children
                        if c.dep_ == "prep" and c.lower_ == "from"
                        for m in self._pobj_mentions(c, actors, last_pair)
                    ]
                )
                if givers:
                    sources = givers
                    # ("Turkey's move drew criticism": the owner of the act that drew it)
                    targets = (
                        targets
                        or self._verb_arguments(governor, False, actors, last_pair)[0]
                        or [
                            m
                            for c in governor.children
                            if c.dep_ == "nsubj"
                            for m in self._act_owners(c, actors, last_pair)
                            if identified(m)
                        ]
                    )
            if not sources:
                sources = self._verb_arguments(governor, False, actors, last_pair)[0]
            if not targets:
                for c in governor.children:
                    if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                        targets.extend(self._pobj_mentions(c, actors, last_pair))
                        if c.lower_ == "between":
                            reciprocal_pool, targets = targets, []
            if (
                not targets
                and et.root == "14"
                and all(set(m.actor.sectors) & NON_STATE_SECTORS for m in sources)
            ):
                # (a leader's "rally to denounce Maduro" is campaigning, not a protest against him)
                targets = self._protest_purpose(governor, actors, last_pair)
            absorbed.add(governor.i)
            carrier = governor
        elif anchor.dep_ == "dobj" and self.patterns.match_verb(governor) is not None:
            return []  # "lifted sanctions": the verb's own pattern says what was done with them
        elif _perpetrated_passive(anchor, et):
            # "the ambush was carried out by X", "the attack was claimed by X": the agent did it
            sources = sources or self._verb_arguments(governor, True, actors, last_pair)[0]
            absorbed.add(governor.i)
            carrier = governor
        elif anchor.dep_ in ("nsubj", "nsubjpass") and (
            self.patterns.match_verb(governor) is not None or governor.lemma_.lower() in KILL_LEMMAS
        ):
            return []  # "the strikes killed ...": the verb carries the event ("the killing angered X" not)
        # "a US strike that killed ..." names the attacker; "the Paris attack", "a Pakistan bombing" only
        # where it happened: such a nominal event gets no victims of its relative clause
        kill = (
            _relative_kill(noun)
            if victims is None and et.root in ("18", "19", "20") and sources and not _placed_by(sources, et)
            else None
        )
        if et.root in HOSTILE_ROOTS:
            # "an attack on a checkpoint in Kandahar": those manning it, not its place
            targets = _noun_post_garrison(noun, sources, targets) or targets
            targets = _held_position_sides(_attacked_objects(noun), targets)  # "strikes on militant camps"
            targets = _capital_as_place(_attacked_objects(noun), targets)
            if not targets and et.root in ("18", "19", "20"):
                targets = self._attacked_city(noun, sources, actors, last_pair)
        if sources and et.root in ("15", "17", "18", "19", "20"):
            sources = [_military(m) for m in sources]
        if kill is not None:
            # "a drone strike that killed a top general": the strike's dead are its victims and target
            dead = next((c for c in kill.children if c.dep_ == "dobj"), None)
            if dead is not None:
                victims = dead
                targets = targets or self._mentions_at(dead, actors, last_pair)
        coded = self._assemble(
            noun,
            et,
            pattern.text,
            sources,
            targets,
            victims,
            actors,
            last_pair,
            reciprocal_pool,
            modality_token=carrier,
            asserted=_answered_act(noun),
        )
        if kill is not None and any(not e.suppressed for e in coded):
            absorbed.add(kill.i)  # the killing verb is this event's own report
        if (
            claim is not None
            and claim[0].lemma_.lower() in OWNING_UP_VERBS
            and any(not e.suppressed for e in coded)
        ):
            absorbed.add(claim[0].i)  # the attack, and no 015 beside it (ICEWS codes the attack alone)
        return coded

    def _consulted_partners(
        self, trigger: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """Who a consultation is held "with", on the trigger or on the light verb that holds it ("held talks
        on Syria with Erdogan")."""
        heads = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
        return [
            m
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for m in self._pobj_mentions(c, actors, last_pair)
            if identified(m)
        ]

    def _pobj_mentions(self, prep: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[Mention]:
        """The actors named by a preposition's objects ("with X", "against X and Y")."""
        return [m for g in prep.children if g.dep_ == "pobj" for m in self._mentions_at(g, actors, last_pair)]

    def _mentions_at(self, tok: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[Mention]:
        """The actors a syntactic argument stands for, with its coordinated members."""
        out: list[Mention] = []
        members = [tok, *tok.conjuncts]
        for a in tok.children:  # "The US, Russia, and Switzerland": a list parsed as apposition + conj
            if a.dep_ == "appos" and a.conjuncts and a.i in actors.heads:
                members.extend([a, *a.conjuncts])
        for member in members:
            if member.i < tok.i and member is not tok:
                continue  # conjuncts before tok belong to another argument
            out.extend(self._mention_of(member, actors, last_pair))
        return out

    def _mention_of(self, tok: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[Mention]:
        if _names_pair(tok):
            return self._last_pair(last_pair, actors)  # "the two sides", "both countries": the last dyad
        if not identified(actors.of(tok)):
            # "senior diplomats from the two sides", "officials of both countries": the last dyad's
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("from", "of") and any(map(_names_pair, p.children)):
                    return self._last_pair(last_pair, actors)
        if (tok.pos_ == "PRON" and tok.lower_ in FIRST_PERSON) or (
            tok.lower_ in ("it", "they") and tok.i not in actors.by_token and _reported_subject(tok)
        ):
            return self._speaker(tok, actors)  # "Russia said it would respond": the speaker
        if tok.lower_ in ("it", "they") and tok.i not in actors.by_token:
            return self._previous_speaker(tok, actors, last_pair)
        m = actors.of(tok)
        if m is not None and m.actor.identified and m.how != "coref":
            return [m, *actors.coordinated.get((m.start, m.end), [])]
        # the head is generic ("a delegation representing X", "the leader of X"): the shallowest named actor
        # inside it, but not a possessor of an abstract noun ("Syria's conflict" is not Syria)
        best: tuple[int, int, Mention] | None = None
        # a subject's possessor is not the actor ("Syria's conflict has killed"), an object's is the target
        # ("support Turkey's efforts", "condemned Israel's strikes")
        agentive = (
            m is not None
            or tok.pos_ == "PRON"
            or tok.dep_ not in ("nsubj", "nsubjpass", "csubj")
            or tok.lemma_.lower() in ORGANISATION_NOUNS
            or tok.ent_type_ in ("ORG", "NORP")
        )
        for t in tok.subtree:
            inner = actors.heads.get(t.i)
            if t.i == tok.i or inner is None:
                continue
            if not inner.actor.identified:
                if m is None and t.dep_ == "compound" and t.head.i == tok.i:
                    m = inner  # "opposition leader Alexei Navalny": an unplaced sector still says who
                continue
            if t.dep_ == "poss" and t.head.i == tok.i and not agentive:
                continue
            if _backer_of(t, tok):
                continue  # "militias backed by Turkey" are not Turkey
            depth = _depth_below(t, tok, actors.heads)
            if depth is None:
                continue
            if t.dep_ == "appos" and t.head.i == tok.i:
                depth = 0  # "the regime's main ally Russia": the apposition names the referent
            elif t.dep_ == "poss":
                depth += 1  # a possessor is the owner, a weaker guess than what the phrase names
            rank = 0 if inner.actor.kind in ("person", "group", "igo") else 1
            if best is None or (depth, rank) < best[:2]:
                best = (depth, rank, inner)
        if best is not None:
            return [best[2]]
        # a sector with no known country ("civilians") still names who was acted on
        return [m] if m is not None else []

    def _previous_speaker(
        self, pronoun: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """ "The ministry said ... . It also accused Britain of ...": a sentence-opening "it"/"they" that
        speaks (subject of a verb only speakers do) is the subject of the previous sentence's main verb; an
        institution for "it" (never a person), several or a group for "they"."""
        verb = pronoun.head
        if (
            pronoun.dep_ != "nsubj"
            or verb.dep_ != "ROOT"
            or verb.lemma_.lower() not in SPEAKING_VERBS
            or pronoun.sent.start == 0
            or any(t.is_alpha for t in pronoun.doc[pronoun.sent.start : pronoun.i])
        ):
            return []
        previous = pronoun.doc[pronoun.sent.start - 1].sent.root
        subjects = [c for c in previous.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "they")]
        found = [m for s in subjects for m in self._mentions_at(s, actors, last_pair) if identified(m)]
        if pronoun.lower_ == "it":  # ("the Polish president" is coded as his state, yet is a "he")
            person = any(s.lemma_.lower() in OFFICE_NOUNS or s.ent_type_ == "PERSON" for s in subjects)
            return found if len(found) == 1 and found[0].actor.kind != "person" and not person else []
        plural = any(s.tag_ in ("NNS", "NNPS") or s.conjuncts for s in subjects)
        return found if plural or any(m.actor.kind == "group" for m in found) else []

    @staticmethod
    def _last_pair(last_pair: list[Mention], actors: DocumentActors) -> list[Mention]:
        """The last dyad, each side with the states it stands for ("the E3": all three members)."""
        return _unique([x for m in last_pair for x in (m, *actors.coordinated.get((m.start, m.end), []))])

    @staticmethod
    def _speaker_of(trigger: Token, actors: DocumentActors) -> Mention | None:
        """The actor who says it (subject of the reporting verb governing the trigger), if coded."""
        _, speaker = attribution_of(trigger)
        if speaker is None:
            return None
        m = actors.by_token.get(speaker.i)
        return m if m is not None and m.actor.identified else None

    @staticmethod
    def _speaker(tok: Token, actors: DocumentActors) -> list[Mention]:
        """ "We don't want war," the minister said: first person in a quote is the one quoted."""
        for verb in tok.sent:
            if verb.lemma_.lower() in REPORTING_VERBS and verb.i != tok.i:
                for c in verb.children:
                    if c.dep_ != "nsubj" or (c.pos_ == "PRON" and c.i not in actors.by_token):
                        continue  # ("he said" counts once "he" is resolved to a person named earlier)
                    # "Azerbaijani President Ilham Aliyev said": the name may lie outside the mention;
                    # "a spokesman for the Iranian foreign ministry said": whom he speaks for
                    candidates = [actors.by_token.get(c.i)]
                    candidates += [actors.by_token.get(t.i) for t in c.children if t.dep_ == "compound"]
                    candidates += [
                        actors.by_token.get(g.i)
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("for", "of")
                        for g in p.children
                        if g.dep_ == "pobj"
                    ]
                    m = next((x for x in candidates if x is not None and x.actor.identified), None)
                    if m is not None and m.actor.identified:
                        # "Obama and Putin said they will ...": every speaker
                        found = [m]
                        for conj in c.conjuncts:
                            cm = actors.by_token.get(conj.i)
                            if cm is not None and cm not in found and cm.actor.identified:
                                found.append(cm)
                        return found
        return []

    def _stance_events(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Israel is opposed to French mediation" (110), "Iran remains committed to dialogue with Riyadh"
        (036), "Turkey is open to talks with Syria" (036): a position stated with a copula is the holder's
        stance toward whoever the thing it is taken on belongs to (or is done with)."""
        out: list[CodedEvent] = []
        for word in sent:
            holder = _stance_holder(word)
            if holder is None:
                continue
            thing = next(
                g for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
            )
            code = STANCE_WORDS[word.lower_]
            noun = self.patterns.match_noun(thing)
            root = self.ontology[noun.code].root if noun is not None else None
            if code == "110" and root == "04":
                code = "126" if noun.code == "045" else "125"  # "opposed to talks / mediation" rejects them
            elif code != "110" and noun is not None and root in ("04", "05", "06", "07", "08"):
                code = _intent_code(root, noun.code)  # "committed to talks with X": an intent to meet
            elif code == "036":
                continue  # "open to question", "open to the public": no talks offered
            # the actor named ("opposed to the Syrian regime"), else whose the thing is ("opposed to Iran's
            # program"), else the partner in it ("committed to dialogue with Riyadh"); not a place in it
            # ("opposed to action in Syria") nor what it is done to ("committed to the defence of Korea")
            named = thing.i in actors.by_token
            targets = (
                [m for m in self._mentions_at(thing, actors, last_pair) if identified(m)] if named else []
            )
            targets = targets or [m for m in self._act_owners(thing, actors, last_pair) if identified(m)]
            targets = targets or [
                m
                for p in thing.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for m in self._pobj_mentions(p, actors, last_pair)
                if identified(m)
            ]
            sources = self._mentions_at(holder, actors, last_pair)
            et = self.ontology[code]
            # ("Turkey is not opposed to ...": the negation hangs on the copula)
            copula = word.head if word.dep_ == "acomp" else word
            text = f"be {word.lower_} to {thing.lemma_}"
            out.extend(
                self._assemble(
                    word, et, text, sources, targets, None, actors, last_pair, modality_token=copula
                )
            )
        return out

    def _asserted_events(
        self,
        trigger: Token,
        et: EventType,
        pattern: str,
        sources: list[Mention],
        targets: list[Mention],
        actors: DocumentActors,
        last_pair: list[Mention],
    ) -> list[CodedEvent]:
        """The events of an act a rule has itself found to be stated (a promised reply, a refused permission):
        asserted whatever the modality of its verb's own clause, with no victims phrase."""
        return self._assemble(trigger, et, pattern, sources, targets, None, actors, last_pair, asserted=True)

    def _assemble(
        self,
        trigger: Token,
        et: EventType,
        pattern: str,
        sources: list[Mention],
        targets: list[Mention],
        victims: Token | None,
        actors: DocumentActors,
        last_pair: list[Mention],
        reciprocal_pool: list[Mention] | None = None,
        modality_token: Token | None = None,
        theme: bool = False,
        asserted: bool = False,
    ) -> list[CodedEvent]:
        if et.code in NOT_CODED:
            return []
        act_code = et.code  # the act itself, before "threatened to" or "refused to" recode it
        modality = Modality("asserted") if asserted else modality_of(modality_token or trigger)
        if (
            et.code == "175"
            and modality.kind == "intended"
            and modality.cue is not None
            and modality.cue.lemma_.lower() in ("try", "attempt", "seek")
            and modality.cue.tag_ in ("VBD", "VBN")
            and (_protesters(*targets) or any(t.how == "protest" for t in targets))
        ):
            # "police tried to disperse the protesters", "have sought to quell the protests": crowd control
            # attempted is crowd control used
            modality = Modality("asserted", modality.cue)
        code = et.code
        if (
            modality.kind in ("committed", "intended")
            and modality.cue is not None
            and _own_subject(trigger) is not None
            and _own_subject(modality.cue) is not None
            and _own_subject(trigger).lower_ != _own_subject(modality.cue).lower_
        ):
            # "We expect Russia to stop ...": someone else's wish about Russia, not Russia's act or intent
            cue = modality.cue
            modality = Modality("intended", cue)
            wanters = self._mentions_at(_own_subject(cue), actors, last_pair)
            wanted = self._mentions_at(_own_subject(trigger), actors, last_pair)
            if (
                cue.lemma_.lower() in ("want", "wish")
                and any(map(identified, wanters))
                and any(map(identified, wanted))
            ):
                # "Obama wants Putin to attack Switzerland": Obama asks it of Putin (CAMEO 02)
                code, sources, targets = "020", wanters, wanted
                modality = Modality("asserted", cue)
        elif modality.kind in ("committed", "intended") and et.root in ("01", "02") and modality.future:
            modality = Modality("asserted", modality.cue)  # "will ask", "will urge": the appeal itself
        elif modality.kind == "intended" and et.root in ("01", "02"):
            pass  # "seeking to appeal to voters", "plans to ask X": no appeal yet, nor intent to cooperate
        elif modality.kind == "committed" or (modality.kind == "intended" and et.quad_class in (1, 2)):
            if et.quad_class in (1, 2):
                code = _intent_code(et.root, et.code)
                modality = Modality("asserted", modality.cue)
            elif modality.cue is not None and modality.cue.lemma_.lower() in OWN_THREAT_CUES:
                code = _announced_code(et)
                modality = Modality("asserted", modality.cue)
            elif modality.kind == "committed":
                modality = Modality("intended", modality.cue)
        elif (
            modality.kind == "intended"
            and et.quad_class in (3, 4)
            and et.root != "13"
            and modality.cue is not None
            and modality.cue.lemma_.lower() in OWN_THREAT_CUES
        ):
            code = _announced_code(et)  # "Obama wants to attack Switzerland"
            modality = Modality("asserted", modality.cue)
        elif modality.kind == "threatened":
            code = _threat_code(et) if et.quad_class in (3, 4) and et.root != "13" else et.code
            modality = Modality("asserted", modality.cue)
        elif modality.kind == "intended" and modality.future and et.quad_class in (3, 4) and et.root != "13":
            # an actor announcing its own future attack, blockade or sanctions threatens it (CAMEO 13)
            code = _announced_code(et)
            modality = Modality("asserted", modality.cue)
        elif modality.kind == "refused" and et.quad_class in (1, 2):
            # "will not accept refugees", "refused to meet": a rejection (CAMEO 12)
            code = _reject_code(et)
            cue = modality.cue
            modality = Modality("asserted", cue)
            refusers = [
                m
                for c in (cue.children if cue is not None and cue.pos_ == "VERB" else ())
                if c.dep_ == "nsubj"
                for m in self._mentions_at(c, actors, last_pair)
            ]
            if refusers and {m.actor.code for m in refusers} != {m.actor.code for m in sources}:
                # "the lawmakers refused to be escorted by Israeli security": they reject Israel's act
                sources, targets = refusers, sources or targets
        elif modality.kind == "refused":
            modality = Modality("negated", modality.cue)
        elif modality.kind == "demanded":
            # "X said Y must withdraw": X demands it of Y; without a speaker it is only a wish
            speaker = self._speaker_of(modality_token or trigger, actors)
            if speaker is not None:
                targets = sources or targets
                sources = [speaker]
                code = _demand_code(et)
                modality = Modality("asserted", modality.cue)
            else:
                modality = Modality("requested", modality.cue)
        if code == "130" and pattern == "warn" and trigger.pos_ == "VERB":
            code = _warning_about_danger(trigger, sources, targets) or code
        if code in ("130", "13") and any(t.lemma_.lower() in FORCE_WORDS for t in trigger.sent):
            code = "138"  # "warned ... it would use military force"
        et = self.ontology[code]
        if not targets and et.root in ("03", "12", "13") and trigger.pos_ == "VERB":
            # "is willing to send material to help defend Saudi Arabia": whom the intended act reaches
            targets = self._reached(trigger, actors, last_pair)
        attribution, _ = attribution_of(modality_token or trigger)
        scope = [trigger] if modality_token is None else [trigger, modality_token]
        if modality.cue is not None and modality.kind == "asserted":
            scope.append(modality.cue)
            # the subject of "vowed to ..." is the actor of the intent
            if not sources:
                sources = self._verb_arguments(modality.cue, False, actors, last_pair)[0]
            if not targets:
                targets = self._verb_arguments(modality.cue, False, actors, last_pair)[1]
        patient = None if sources or self.partial else _authority_patient(trigger)
        if patient is not None:
            # "Navalny was arrested": no agent named, and only the state arrests, bans or deports
            if (
                not targets
                and et.code == "173"
                and (patient.pos_ in ("NOUN", "NUM") or patient.ent_type_ == "PERSON")
            ):
                # "13 suspects were arrested", "Lissu was charged": people the dictionary cannot place,
                # placed with the event
                targets = [_implied(patient, None, "CVL", "people")]
            # the authorities of the place named ("two Britons were arrested in Tehran"), placed with the
            # event later; else those of the person's own country (a target with no country of its own
            # places both where the event happened, later)
            country = (
                None
                if _names_place(trigger)
                else next((m.actor.country for m in targets if m.actor.country), None)
            )
            # "Al Jazeera is banned from Israel", "was deported from Russia": that state's authorities
            country = _barred_from(trigger, actors) or country
            if targets:
                sources = [_implied(trigger, country, "GOV", "authorities")]
        if et.code == "016" and sources and isinstance(last_pair, DocumentEvents):
            # "Pakistan denied harbouring terrorists": a denial is never addressed to the denier itself, nor
            # to whom its content names before they are placed ("terrorists" is what is denied)
            denied = {t.idx for t in _content_tokens(trigger)}
            claimed = {t.idx for t in _denied_claims(trigger)}
            targets = [
                t
                for t in targets
                if t.actor.code != sources[0].actor.code
                and (identified(t) or t.start not in denied)
                and t.start not in claimed
            ]
        if (
            et.code == "016"
            and sources
            and isinstance(last_pair, DocumentEvents)
            and not any(t.actor.country for t in targets)  # ("denied harbouring terrorists")
        ):
            # "Russia denies the allegation": denied to whoever accused Russia earlier in the story -- of
            # the same thing when the denial says what it denies ("denied being behind the attack")
            accuser = last_pair.accuser_of(sources[0].actor.country or "", _content_words(trigger))
            if accuser is not None and accuser.actor.country != sources[0].actor.country:
                targets = [accuser]
        if not sources and et.root == "14" and not self.partial:
            # "About 400 people in Basra protested": a crowd the dictionary cannot name is the people of
            # the place where it protests (placed with the event, later)
            crowd = _crowd_subject(modality_token or trigger)
            if crowd is not None:
                sources = [_implied(crowd, None, "CVL", "people")]
        if not targets and et.root == "14" and sources and not self.partial:
            # "thousands of Iraqi Kurds demonstrated in Kirkuk": a protest with no named target is made
            # to the protesters' own government (CAMEO's convention); protesters with no country of their
            # own ("activists blocked roads") and their government are placed where they protest, later
            country = next((m.actor.country for m in sources if m.actor.country), None)
            # (soldiers or officials blocking roads protest to no one)
            if not any({"GOV", "MIL", "COP"} & set(m.actor.sectors) for m in sources) and not _in_support(
                modality_token or trigger
            ):
                targets = [_implied(trigger, country, "GOV", "government")]
        if et.code in ("0874", "0356"):
            targets = [m for m in targets if not _own_forces(m, sources)]  # "would pull out all US forces"
        if not targets and et.root == "08" and not self.partial:
            targets = _yielded_to(trigger, sources)
        if et.root == "14" and not self.partial:
            # "young Algerians blocked roads": a nation's people, not its state, take to the streets
            sources = [
                _civilians(m) if m.actor.kind == "state" and not m.actor.sectors else m for m in sources
            ]
        if not targets and not self.partial and act_code in DOMESTIC_ACTS:
            targets = _domestic_counterpart(trigger, sources, act_code, pattern)
        if not targets and not self.partial and (et.code in POPULATION_ACTS or _people_object(trigger)):
            # "imposed a nationwide curfew", "police fired tear gas": repression acts on the population
            # of the country where it happens (the source's, else the event's place, set later)
            country = next((m.actor.country for m in sources if m.actor.country), None)
            targets = [_repressed_population(trigger, country)]
        if act_code in DOMESTIC_ACTS and not self.partial:
            sources = _states_governing(trigger, act_code, sources, targets)
        if et.root == "15" and not targets and _joint_exercise(trigger, sources):
            et = self.ontology["062"]  # "French and Egyptian warships launched war games": done together
        pairs: list[tuple[Mention | None, Mention | None, bool]] = []
        # a named side makes a bare sector beside it noise ("Turkish drone strikes": not "drone" as MIL)
        sources = _unique(sources)
        if not fight_between_sides(trigger, et, sources, targets):
            sources = _preferidentified(sources)
        targets = _preferidentified(_unique(targets))
        # "X and Y agreed": each to the other; but not "X and Y fight smuggling" (the act has an object)
        # ("X and Y exchanged prisoners", "signed a deal": the pattern's own object keeps it mutual)
        # (the nominal trigger itself, "X and Y held talks", is no such object)
        talked_about = False
        if et.code in SYMMETRIC_CODES and _topics_only(trigger, targets, et.code):
            # "X and Y held talks on Syria", "X discussed Syria with Y": Syria is the subject, not a party
            partners = self._consulted_partners(trigger, actors, last_pair)
            if partners or len({m.actor.code for m in sources}) >= 2:
                targets, talked_about = partners, True
            else:  # "met Assad to discuss efforts against IS": what is discussed is never a party
                targets = []
        has_object = (
            not theme
            and not talked_about
            and any(
                c.dep_ in ("dobj", "attr") and c.i != trigger.i for c in (modality_token or trigger).children
            )
        )
        # only a mutual act is mutual: "X and Y met/agreed/clashed", not "X and Y warned"
        mutual = et.root in MUTUAL_ROOTS or trigger.lemma_.lower() in MUTUAL_LEMMAS or bool(reciprocal_pool)
        pool = _unique((reciprocal_pool or []) + ([] if targets or has_object or not mutual else sources))
        # a mutual act has two sides: "X, Y and Z agreed / cooperate" is a multilateral act or each party's
        # deal with someone unnamed, not a deal of each with each; only a meeting (04) of several sides is
        # each side's consultation with every other, as CAMEO codes "X, Y and Z met"
        multilateral = _side_count(pool) > 2 and et.root != "04"
        if not targets and len({m.actor.code for m in pool}) >= 2 and not multilateral:
            for a, b in permutations(pool, 2):
                if a.actor.code != b.actor.code and not _same_group(a, b):
                    pairs.append((a, b, True))
            last_pair[:] = pool[:2]
        else:
            for s in sources or [None]:
                for t in targets or [None]:
                    pairs.append((s, t, False))
            if et.code in SYMMETRIC_CODES and modality.kind == "asserted":
                pairs.extend((t, s, True) for s, t, _ in list(pairs) if identified(s) and identified(t))
            if identified(sources[0] if sources else None) and identified(targets[0] if targets else None):
                last_pair[:] = _two_sides(sources[0], targets[0])  # "the two sides" in a later sentence
        if (
            isinstance(last_pair, DocumentEvents)
            and sources
            and identified(sources[0])
            and et.quad_class in (2, 4)
        ):
            last_pair.remember(trigger, et.root, sources[0])
        if isinstance(last_pair, DocumentEvents) and et.quad_class in (3, 4) and modality.kind == "asserted":
            for s, t, _ in pairs:  # "Russia said it would respond": to whoever acted against it last
                if identified(s) and identified(t) and t.actor.country and s.actor.country != t.actor.country:
                    last_pair.hostile_to[t.actor.country] = s
        if isinstance(last_pair, DocumentEvents) and et.root == "11":
            # ("Ukraine, the US and NATO say ...": a later denial answers the first of joint accusers)
            joint: set[str] = set()
            for s, t, _ in pairs:
                if identified(s) and identified(t) and t.actor.country and t.actor.country not in joint:
                    joint.add(t.actor.country)
                    last_pair.accusers[t.actor.country] = s
                    last_pair.accusations.append((t.actor.country, s, _content_words(trigger)))
        out = []
        for s, t, recip in pairs:
            if (
                s is not None
                and t is not None
                and (
                    # (two unplaced sectors, "militants attacked an army post", may be two countries')
                    (s.actor.code == t.actor.code and (s.actor.country or s.actor.kind != "agent"))
                    or (
                        s.actor.country == t.actor.country
                        and s.actor.country
                        and not (s.actor.sectors and t.actor.sectors)
                        and not _state_and_own_people(s, t, trigger)
                    )
                )
            ):
                continue  # "Egypt's military ... Egypt": a state acting on itself is a misparse
            if self.partial:
                out.append(
                    CodedEvent(trigger, et, s, t, modality, pattern, attribution, victims, scope, recip)
                )
                continue
            if (
                not any(identified(m) for m in (s, t))
                and (s is None or t is None)
                and not _counted_dead(t, victims)
            ):
                continue  # an unplaced sector alone says nothing; two may be placed by the event's location
            s = _domestic_speaker(s, t, et)
            if s is not None and not identified(s) and (t is None or et.quad_class != 4):
                continue
            if s is None and t is None:
                continue
            if (s is None or t is None) and not (
                # a one-sided event must say who was hit and how badly ("19 soldiers were killed") or
                # where ("shelled Idlib"); "an attack on a Russian spy" with no attacker is not coded,
                # nor "he was killed": with no attacker, only a count of the dead makes it news
                et.quad_class == 4
                and (
                    (et.root == "15" and identified(s))  # "fired a missile", "deployed troops"
                    or (victims is not None and (s is not None or _counted(victims)))
                    or (s is not None and _place_object(trigger))
                )
            ):
                continue
            ev = CodedEvent(trigger, et, s, t, modality, pattern, attribution, victims, scope, recip)
            if victims is not None and t is not None and victims.conjuncts:
                ev.victim_tokens = self._victims_of(t, victims, actors, last_pair)
            out.append(ev)
        return out


def _state_and_own_people(s: Mention, t: Mention, trigger: Token) -> bool:
    """ "Uighur activists criticized China", "Turkey fought Kurdish rebels": a bare state and a non-state
    group of its own (people, opposition, rebels, refugees, media) are two sides, not a state acting on
    itself.  The state keeps its bare code, as CAMEO coders write it ("Iraqi Kurds demonstrated, calling for
    independence from Iraq": IRQCVL against IRQ).  Only when both are the act's own arguments: one named
    deeper ("justified the crackdown on the Rohingya", "faced criticism") is a misreading the guard
    exists for; nor the state's own organs ("Egypt's military ... Egypt"), a group only implied, or
    read off the state's own name ("Egypt protests")."""

    def bare(m: Mention) -> bool:
        return m.actor.kind == "state" and not m.actor.sectors

    def challenger(m: Mention) -> bool:
        return (
            bool(m.actor.sectors)
            and set(m.actor.sectors) <= STATE_CHALLENGER_SECTORS
            and m.how != "implied"
            and m.text.lower() != (t if m is s else s).text.lower()
        )

    return ((bare(s) and challenger(t)) or (challenger(s) and bare(t))) and all(
        _own_argument(m, trigger) for m in (s, t)
    )


def _own_argument(m: Mention, trigger: Token) -> bool:
    """Is the mention an argument of the trigger itself: its subject, object, possessor or a prepositional
    object ("fought Turkey", "Turkey's threat to the Kurds", "war between Turkey and the Kurds"), the
    subject of a verb whose complement it is ("Turkey threatened to attack ..."), or the noun its relative
    clause modifies ("Kurds who fought Turkey"), not someone named inside another phrase?"""
    span = trigger.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ == "pobj":
        word = word.head
    if word.head.i == trigger.i or (trigger.dep_ in ("relcl", "acl") and word.i == trigger.head.i):
        return True
    verb = trigger
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        if word.head.i == verb.i and word.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _domestic_speaker(s: Mention | None, t: Mention | None, et: EventType) -> Mention | None:
    """ "Lawmakers criticised the president", "the opposition called on the government to resign": bare
    lawmakers, opposition or protesters who address a state's organ in words (roots 01-13) are that
    state's own; their deeds (a protest, a clash) may be made abroad and are placed only by the story.
    A capital is no such addressee: it may be only where they spoke ("rallied against it in Washington");
    nor are US-style legislators ("Sen. X", "Congress") placed by a foreign government they address."""
    if (
        s is None
        or t is None
        or s.actor.country
        or s.actor.kind != "agent"
        or not s.actor.sectors
        or not set(s.actor.sectors) <= DOMESTIC_POLITICS_SECTORS
        or not t.actor.country
        or not t.actor.sectors
        or not set(t.actor.sectors) <= STATE_SECTORS
        or t.how == "capital"
        or any(w in STORY_NEUTRAL_TITLES for w in s.text.lower().split())
        or int(et.root) > 13
    ):
        return s
    country = t.actor.country
    actor = Actor(sector_code(country, s.actor.sectors), s.actor.name, country, s.actor.sectors, "agent")
    return Mention(s.text, s.start, s.end, actor, how="context")


def _clause_apposition(obj: Token) -> bool:
    """ "spoke with X on Tuesday, the first such conversation": a noun set off by a comma after the
    verb's prepositional phrases sums up the clause; the parser takes it for the direct object."""
    verb, left = obj.head, obj.left_edge
    return (
        left.i > 0
        and left.nbor(-1).text == ","
        and any(c.dep_ == "prep" and verb.i < c.i < obj.i for c in verb.children)
    )


def _joint_exercise(trigger: Token, sources: list[Mention]) -> bool:
    """Drills or war games held by the forces of two or more countries are military cooperation."""
    return (
        trigger.lemma_.lower() in EXERCISE_WORDS
        and len({m.actor.country for m in sources if identified(m) and m.actor.country}) >= 2
    )


def _yielded_to(trigger: Token, sources: list[Mention]) -> list[Mention]:
    """'The teachers' union called off its strike', 'Ugandan rebels surrendered': a non-state group of a
    known country that yields to no one named yields to its own government (as protests are made to it)."""
    country = next((m.actor.country for m in sources if m.actor.country), None)
    if country is None or not all(
        m.actor.sectors and set(m.actor.sectors) <= NON_STATE_SECTORS for m in sources
    ):
        return []
    return [_implied(trigger, country, "GOV", "government")]


def _domestic_counterpart(
    trigger: Token, sources: list[Mention], act_code: str, pattern: str
) -> list[Mention]:
    """'Sudan lifted the state of emergency', 'the president resigned', 'threatened to impose a curfew':
    a domestic act with no one named falls on the actor's own country (CAMEO codes such acts within the
    country): a non-state group yields to its government, a state acts on its people."""
    if act_code == "0831" and "+" not in pattern and any(c.dep_ == "dobj" for c in trigger.children):
        return []  # "quit the pact", "quit the talks": leaving a thing, not an office
    if act_code not in POPULATION_ACTS:
        yielded = _yielded_to(trigger, sources)
        if yielded:
            return yielded
    country = next((m.actor.country for m in sources if identified(m) and m.actor.country), None)
    return [] if country is None else [_repressed_population(trigger, country)]


def _same_group(a: Mention, b: Mention) -> bool:
    """Two members of one named group ("the E3") are one side of a meeting, not partners in it."""
    return a.how == b.how == "member" and (a.start, a.end) == (b.start, b.end)


def _side_count(pool: list[Mention]) -> int:
    """How many sides a mutual act's parties form: each country (else actor) is one, and the members of
    one named group ("the E3") are one side together."""
    sides = {
        ("group", m.start, m.end) if m.how == "member" else (m.actor.country or m.actor.code) for m in pool
    }
    return len(sides)


def _pushed_by_a_thing(verb: Token, actors: DocumentActors) -> bool:
    """ "sanctions pushed Iran to return", "Obama's efforts pushed Cubans to ...": a cause, not an actor,
    drives the push, so nobody demands anything; an actor subject is a named or resolved party, a
    pronoun, or a person or organisation noun ("officials", "the administration")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False  # "to push Beijing to ...": the demander is found higher up
    subj = subjects[0]
    return (
        subj.pos_ == "NOUN"
        and subj.i not in actors.heads
        and subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
        and subj.lemma_.lower() not in OFFICE_NOUNS | ORGANISATION_NOUNS | {"official", "group"}
    )


def _talk_between_subjects(verb: Token) -> bool:
    """ "X and Y spoke on Thursday", "the two leaders talked about Syria": a bare speak/talk is a
    consultation only when its subject is two sides and it names no audience ("spoke at a rally",
    "spoke before 100 guests", "spoke on condition of anonymity")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and (
            c.lower_ in ("at", "before", "against", "to")
            or (c.lower_ == "for" and not _time_span(c))
            or (c.lower_ == "on" and any(g.lemma_.lower() == "condition" for g in c.children))
        ):
            return False
    subj = subjects[0]
    both = any(c.dep_ == "conj" for c in subj.children)
    pair = subj.lower_ in ("two", "both") or (
        subj.tag_ == "NNS" and any(c.lower_ in ("two", "both") for c in subj.children)
    )
    return both or pair


def _time_span(prep: Token) -> bool:
    """ "for an hour", "for 40 minutes": how long they talked, not whom for."""
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in ("TIME", "DATE") or g.lemma_.lower() in ("hour", "minute"))
        for g in prep.children
    )


def _topics_only(trigger: Token, targets: list[Mention], code: str) -> bool:
    """Whether every target of a consultation is only what it is about: reached from the trigger through a
    topic preposition ("talks on Syria") or the trigger verb's object ("discussed the war in Syria"; a
    negotiation's object is its subject matter, "discussed Iran"), not named as a party ("talks with Iran",
    "met Assad")."""
    if not targets:
        return False
    for m in targets:
        span = trigger.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i == trigger.i:
            return False
        t, topical, nested = span.root, False, False
        while t.i != trigger.i and t.head.i != t.i:
            if t.dep_ == "pobj" and t.head.lower_ == "with" and _object_of(t.head.head, trigger):
                return False  # "discussed the launch with Xi" (the parser hangs "with" on the object)
            if t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPS:
                topical = True
            if _object_of(t, trigger) and trigger.pos_ == "VERB":
                # ("met Assad", "telephoned Foreign Minister Lavrov": the object's own name parts are a party)
                topical = topical or code == "046" or nested
            elif t.dep_ not in NAME_PARTS:
                nested = True
            t = t.head
        if t.i != trigger.i or not topical:
            return False
    return True


# the dependencies joining the words of one name or title ("Foreign Minister Sergei Lavrov", "Iran's envoy")
NAME_PARTS = frozenset({"compound", "flat", "appos", "amod", "poss", "nmod"})


def _object_of(tok: Token, verb: Token) -> bool:
    return tok.dep_ == "dobj" and tok.head.i == verb.i


def _names_pair(tok: Token) -> bool:
    """ "the two sides", "both countries" ("twenty-two countries" are not the two sides)."""
    return tok.lemma_.lower() in PAIR_NOUNS and any(
        c.lower_ in ("two", "both") and not any(g.dep_ == "compound" for g in c.children)
        for c in tok.children
    )


def _backer_of(t: Token, phrase: Token) -> bool:
    """Is ``t`` the "by" agent of a backing participle on ``phrase`` ("militias backed/armed by Turkey")?
    The backer describes the noun without being it; "a delegation led by X" is still X's."""
    agent = t.head
    participle = agent.head
    return (
        t.dep_ == "pobj"
        and agent.dep_ == "agent"
        and participle.dep_ == "acl"
        and participle.head.i == phrase.i
        and participle.lower_ in BACKING_WORDS
    )


def _depth_below(t: Token, top: Token, owned: Container[int] | None = None) -> int | None:
    """How many arcs below ``top`` ``t`` hangs, or None when a clause boundary lies between them (or,
    given the tokens of actor mentions as ``owned``, a place phrase of a thing that has its owner)."""
    depth = 0
    while t.head.i != t.i:
        depth += 1
        if t.head.i == top.i:
            # "people who thronged the streets of Moscow" are not Moscow (but "the deal that Trump made"
            # is Trump's)
            return None if _relative_of_subject(t) else depth
        if t.dep_ in ("relcl", "ccomp", "advcl", "conj"):
            return None
        if t.head.dep_ == "prep" and t.head.lower_ in TOPIC_PREPS:
            return None  # "a report on the drug trade in Argentina" is not Argentina
        if (
            owned is not None
            and t.head.dep_ == "prep"
            and t.head.lower_ in ("in", "at", "inside")
            and any(c.dep_ in ("compound", "amod", "poss") and c.i in owned for c in t.head.head.children)
        ):
            return None  # "U.S. bases in Iraq" are the U.S.'s (but "a village in Cambodia" is Cambodia's)
        t = t.head
    return None


def _relative_of_subject(clause: Token) -> bool:
    """A relative clause whose relative pronoun is its subject ("people who thronged ...")."""
    return clause.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children
    )


def _content_tokens(trigger: Token) -> list[Token]:
    """What an accusation or denial is about: its complements, not its speaker, addressee or circumstances
    ("Britain blamed Moscow for the attack": Moscow, the attack; "denied involvement via a statement to
    the UN": involvement)."""
    return [
        t
        for c in trigger.children
        if c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "acl", "relcl")
        or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS)
        for t in c.subtree
    ]


def _denied_claims(trigger: Token) -> list[Token]:
    """What a denied report or claim says happened ("denied reports that it sold oil to North Korea",
    "dismissed reports of Russia contacts", "denied that ..."): the topic of the denial, never whom it
    answers (that is the report's author: "the Reuters report", "reports from U.S. intelligence")."""
    said: list[Token] = []
    for c in trigger.children:
        if c.dep_ == "ccomp":
            said += c.subtree
        elif c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS:
            said += [
                t
                for g in c.children
                if g.dep_ in ("acl", "relcl", "ccomp") or (g.dep_ == "prep" and g.lower_ in ("of", "about"))
                for t in g.subtree
            ]
    return said


def _content_words(trigger: Token) -> frozenset[str]:
    """The lemmas an accusation or denial is about, to match a denial with its accusation."""
    words = {t.lemma_.lower() for t in _content_tokens(trigger) if t.pos_ in ("NOUN", "PROPN", "VERB")}
    return frozenset(words - CHARGE_WORDS)


def _place_object(trigger: Token) -> bool:
    """ "attacked El Fasher": the object is a place, whose country the attributes stage makes the target."""
    return any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for c in trigger.children)


def _preferidentified(mentions: list[Mention]) -> list[Mention]:
    known = [m for m in mentions if identified(m)]
    return known or mentions


def _reported_subject(tok: Token) -> bool:
    """Is ``tok`` the subject of a clause reported by a verb of saying ("X said it would ...")?"""
    clause = tok.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in REPORTING_VERBS
    )


def _modifier_tree(noun: Token) -> list[Token]:
    """Modifiers of a noun and of its modifiers ("Turkish" in "Turkish drone strikes")."""
    out: list[Token] = []
    stack = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod"))
    return out


def _titled(name: Token, m: Mention) -> bool:
    """ "captured Zetas commander Juan Perez", "expelled Russian diplomat Ivan Petrov": an unknown person's
    title, compounded onto the name, says whose member the person is (the mention of the title)."""
    stack = [c for c in name.children if c.dep_ == "compound"]
    while stack:
        t = stack.pop()
        if m.start <= t.idx < m.end:
            return True
        stack.extend(c for c in t.children if c.dep_ == "compound")
    return False


def _force_object(verb: Token, actors: DocumentActors) -> bool:
    """Is the verb's direct object an actor phrase ("defeated the rebels", "routed government troops")?"""
    return any(c.dep_ == "dobj" and c.i in actors.heads for c in verb.children)


def _hyphen_participle(verb: Token) -> bool:
    """ "Russian-backed", "Saudi-led": a participle joined by a hyphen to the actor that does it."""
    return verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.i > 1 and verb.nbor(-1).text == "-"


def _own_object(verb: Token) -> bool:
    """ "strengthened its forces", "bolstered their presence": the direct object is the subject's own,
    marked by a possessive pronoun."""
    return any(
        g.dep_ == "poss" and g.tag_ == "PRP$" for c in verb.children if c.dep_ == "dobj" for g in c.children
    )


def _partaken_in(noun: Token) -> bool:
    """ "engaged in fighting", "took part in talks", "resorted to force": the noun is the act its clause's
    subject takes part in ("take" only as "take part")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    if (verb.lemma_.lower(), prep.lower_) not in PARTAKING:
        return False
    return verb.lemma_.lower() != "take" or any(
        c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children
    )


def _issued_text(noun: Token) -> bool:
    """A statement or resolution its holder issued ("issued a statement", "said in a statement", "the
    council adopted a resolution"): what the text does, its issuer does."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in ISSUING_VERBS
    # "said in a statement condemning ..."
    said = noun.head.head.lemma_.lower() in REPORTING_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and said


def _standing_support(verb: Token) -> bool:
    """A support verb that describes who stands behind an actor rather than reporting an act of support:
    a hyphenated participle ("Iran-backed militias"), a present-tense relative clause ("Russia, which
    backs Assad") or a present passive ("the army is backed by Russia").  A past or reported act stays
    an event ("Russia backed the resolution", "which endorsed the plan"), and so does "Haftar, backed by
    Russia, ...": the bloc analysis reads such named backers as support (tests/test_analysis.py seed)."""
    if _hyphen_participle(verb):
        return True
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not helpers:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in helpers)


def _two_sides(source: Mention, target: Mention) -> list[Mention]:
    """The dyad "the two sides" may later stand for after an act of ``source`` on ``target``: none after an
    act of one actor on itself ("the Pope expressed condolences at the end of his blessing"), which ends
    the previous dyad all the same."""
    return [source, target] if source.actor.code != target.actor.code else []


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen = set()
    out = []
    for m in mentions:
        key = (m.start, m.end, m.actor.code)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _state_force(m: Mention) -> bool:
    """A state named as such ("Israel", "Israeli") or its government or armed forces."""
    sectors = set(m.actor.sectors)
    return m.actor.kind == "state" and (not sectors or bool(sectors & {"GOV", "MIL"}))


def _quoted_name_follows(verb: Token) -> bool:
    """A quotation opens right after the verb's object, in the same clause: 'called X "human scum"'."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.i + 13, len(doc))]:
        if t.text in (",", ";", ":", ".") or t.sent != verb.sent:
            return False
        if t.text in ("\u201c", '"', "\u2018", "'") and t.i > verb.i + 1:
            return True
    return False


def _answered_act(noun: Token) -> bool:
    """ "vowed revenge for a US strike", "threatened retaliation for the attack": the act a reply answers
    has happened; the vow or threat is the reply's, not the act's."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in REPLIED_PREPS and prep.head.lemma_.lower() in REPLY_NOUNS


def _asked_aside(verb: Token) -> bool:
    """ "X, asked about the strikes, said ...": a comma-set 'asked' with no one asked is a question put to
    X (often parsed with X as its subject), not a request X makes ("X asked Y to ..." names Y)."""
    return (
        verb.lemma_.lower() == "ask"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("dobj", "dative", "agent", "aux") for c in verb.children)
    )


def _spans(phrase: Token, m: Mention) -> bool:
    """Does the mention lie in the phrase headed by this token?"""
    return phrase.left_edge.idx <= m.start < phrase.right_edge.idx + len(phrase.right_edge)


def _states_governing(
    trigger: Token, act_code: str, sources: list[Mention], targets: list[Mention]
) -> list[Mention]:
    """ "Egypt imposed a curfew", "Iran arrested Iranian protesters", "Sudan lifted the state of emergency":
    a state named bare that acts at home on its own people acts as its government (else the pair reads as
    a state acting on itself, a misparse). The people at home only by default for curfews and emergency
    rule: whom "Israel banned" or "Cuba arrested" may be foreign and unplaced; nor for a pronoun object
    ("banned her", "whom Russia detained")."""
    if any(c.dep_ == "dobj" and c.tag_ in ("PRP", "WP", "WDT") for c in trigger.children):
        return sources
    at_home = {
        m.actor.country
        for m in targets
        if m.actor.country and m.actor.sectors and (m.how != "implied" or act_code in HOME_RULE_ACTS)
    }
    return [
        _government(m)
        if m.actor.kind == "state" and not m.actor.sectors and m.actor.country in at_home
        else m
        for m in sources
    ]


def _government(m: Mention) -> Mention:
    country = m.actor.country
    rulers = Actor(sector_code(country, ("GOV",)), m.actor.name, country, ("GOV",), "agent")
    return Mention(m.text, m.start, m.end, rulers, how=m.how)


def _can_occupy(m: Mention) -> bool:
    """Armed forces, or a state named as such ("Russia entered Ukraine"); not its people ("Syrians")."""
    if set(m.actor.sectors) & ARMED_SECTORS:
        return True
    return m.actor.kind == "state" and not m.actor.sectors and m.how == "name"


def _authority_patient(trigger: Token) -> Token | None:
    """Who suffers an agentless authority act ("Navalny was arrested", "were among those detained"): the
    passive subject, or the noun a participle modifies; the act itself when the subject is shared with
    another clause ("fled and was arrested"); None when an agent is named or the act is no such act."""
    if trigger.lemma_.lower() not in AUTHORITY_ACTS or any(c.dep_ == "agent" for c in trigger.children):
        return None
    patient = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if patient is not None:
        return patient
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and _names_place(trigger):
        # "a U.S. contractor jailed in Cuba" (not "a Hamas member jailed a year ago": by whom, unknown)
        return trigger.head
    return trigger if any(c.dep_ == "auxpass" for c in trigger.children) else None


def _among_whom(noun: Token) -> Token:
    """ "Two journalists were among those detained": who "those" are is the subject of "were among"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "among" and prep.head.pos_ in ("AUX", "VERB"):
        subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return noun


def _barred_from(trigger: Token, actors: DocumentActors) -> str | None:
    """The state a ban or expulsion keeps someone out of ("banned from Israel") or sends them from."""
    if trigger.lemma_.lower() not in ("ban", "bar", "expel", "deport", "exclude"):
        return None
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for g in c.children:
                m = actors.of(g) if g.dep_ == "pobj" else None
                if m is not None and m.actor.kind == "state" and m.actor.country:
                    return m.actor.country
    return None


def _names_place(trigger: Token) -> bool:
    """Does the clause say where the act happened ("arrested in Tehran", "detained when they landed at
    the airport in Dar es Salaam")?"""
    clauses = [trigger] + [
        c
        for c in trigger.children
        if c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children)
    ]
    return any(
        t.ent_type_ in ("GPE", "LOC", "FAC")
        for clause in clauses
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "near")
        for t in c.subtree
    )


def _in_support(verb: Token) -> bool:
    """ "demonstrating in support of the militias", "marched in solidarity with": a rally for someone is
    no protest against the government (CAMEO 140: support is coded elsewhere)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.lemma_.lower() in ("support", "solidarity", "favor", "favour") for g in c.children)
        for c in verb.children
    )


def _crowd(tok: Token) -> bool:
    """ "thousands", "about 400 people", "a million": a number of people the dictionary cannot name."""
    words = {tok.lemma_.lower(), *(g.lemma_.lower() for g in tok.children if g.dep_ == "prep")}
    return tok.like_num or tok.ent_type_ == "CARDINAL" or bool(words & CROWD_WORDS)


def _repressed_population(trigger: Token, country: str | None) -> Mention:
    """Whom unnamed repression falls on: the protesters when they are the act's own object ("police shot
    dead three protesters", a pattern's object), coded OPP as "police arrested protesters" is; otherwise
    the people of the country."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in OPPOSITION_PROTESTER_WORDS for c in trigger.children):
        return _implied(trigger, country, "OPP", "protesters")
    return _implied(trigger, country, "CVL", "civilians")


def _people_object(trigger: Token) -> bool:
    """ "forcing nearly a million to flee", "displaced thousands of residents": coercion of a crowd."""
    for c in trigger.children:
        if c.dep_ == "dobj" and _crowd(c):
            return trigger.lemma_.lower() not in KILL_LEMMAS
    return False


def _crowd_subject(verb: Token) -> Token | None:
    """The subject of a clause (or of the clause it continues) when it is a crowd: "About 400 people
    protested", "thousands took to the streets to condemn ...", "a protest by thousands"."""
    t = verb
    for _ in range(3):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None and t.pos_ in ("NOUN", "PROPN"):
            subj = next(
                (g for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children), None
            )
        if subj is not None and subj.tag_ == "WP" and t.dep_ == "relcl":
            subj = t.head  # "thousands of people who thronged the streets to protest"
        if subj is not None:
            return subj if _crowd(subj) else None
        if t.dep_ not in ("conj", "xcomp", "advcl") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _deployed_forces(verb: Token, actors: DocumentActors) -> list[Mention]:
    """The soldiers or police a passive verb moves ("Indian troops were deployed", "thousands of
    troops were sent"), also when no country is known for them yet."""
    if verb.lemma_.lower() == "station":
        return []  # "US troops are stationed in Iraq" says where they are, not that they were moved
    # (not "no combat troops will be deployed")
    patients = [
        c for c in verb.children if c.dep_ == "nsubjpass" and not any(d.lower_ == "no" for d in c.children)
    ]
    patients += [
        g for p in patients for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    found = [actors.by_token.get(t.i) for t in patients]
    return [m for m in found if m is not None and {"MIL", "COP"} & set(m.actor.sectors)]


def _protesters(*mentions: Mention) -> bool:
    """Are these the people in the street ("pro-democracy protesters", "rioters", "a crowd")?"""
    return bool(mentions) and all(
        m.actor.kind in ("agent", "state")
        and bool(set(m.actor.sectors) & {"OPP", "CVL"})
        and m.text.lower().split()[-1].removesuffix("s") in PROTESTER_WORDS
        for m in mentions
    )


def _stance_holder(word: Token) -> Token | None:
    """Who holds the stance a word states with a copula and a "to" phrase: "Israel is opposed to X" (parsed
    as a passive, or as an adjective of "is"), "Iran remains committed to X"; None for any other word
    ("authorities opposed to the government" describes them, "committed to prison" is no stance)."""
    if word.lower_ not in STANCE_WORDS or not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
        for c in word.children
    ):
        return None
    if word.dep_ == "acomp" and word.head.lemma_.lower() in COPULAS:
        return next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in COPULAS for c in word.children):
        return next((c for c in word.children if c.dep_ == "nsubjpass"), None)
    return None
