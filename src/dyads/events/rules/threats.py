"""Threats and answers: conditional threats, demands in reported speech, promised replies,
vowed actions, warnings of consequences, unaddressed appeals, peace declarations, refused permissions
and tolerance, and the _*_code helpers that turn a threatened, demanded, intended or rejected act into
its CAMEO code."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.actors.resolve import DocumentActors
from dyads.events.coded import CodedEvent, DocumentEvents
from dyads.events.lexicon import (
    ACTION_NOUNS,
    ANNOUNCING_FRAMES,
    APPEAL_MODALS,
    CONSEQUENCE_VERBS,
    DEMAND_FRAMES,
    EVENT_REFERENCES,
    FIRST_PERSON,
    HOSTILE_ACT_NOUNS,
    OPEN_QUESTION_WORDS,
    OWN_THREAT_CUES,
    PEACE_APPEALS,
    PERMITTING_VERBS,
    PROMISING_VERBS,
    PUNITIVE_VERBS,
    REPLIED_PREPS,
    REPLY_NOUNS,
    RESPONSE_OBJECTS,
    RESPONSE_VERBS,
    RETALIATION_VERBS,
    SPEAKER_PRONOUNS,
    STATE_SECTORS,
    STRIKE_BACK_VERBS,
    TOLERATING_VERBS,
    WAR_NOUNS,
)
from dyads.events.modality import (
    REPORTING_VERBS,
    THREAT_WORDS,
    advised,
    attribution_of,
    clause_chain,
    modality_of,
)
from dyads.events.ontology import EventType
from dyads.events.syntax import is_conditional, needs_words, negated_verb, negated_word, same_side
from dyads.records import Mention, identified


class ThreatRules:
    """EventCoder's threats rules (a mixin).  Relies on EventCoder for: _act_owners, _assemble,
    _mentions_at, _others_at, _pobj_mentions, _speaker, _verb_arguments, ontology, patterns."""

    @needs_words(("if", "unless", "should"))
    def _conditional_threats(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention], coded: set[int]
    ) -> list[CodedEvent]:
        """ "If India attacks us, we will respond", "warned there would be consequences unless Moscow
        complies": a response promised on another actor's condition is a threat (13) to that actor."""
        out: list[CodedEvent] = []
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or verb.i in coded or negated_verb(verb):
                continue
            conditions = [c for c in verb.children if c.dep_ == "advcl" and is_conditional(c)]
            if not conditions:
                continue
            lemma = verb.lemma_.lower()
            objects = {
                c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")
            }
            pattern = self.patterns.match_verb(verb)
            if pattern is not None and self.ontology[pattern.code].quad_class in (3, 4):
                et = self.ontology[_threat_code(self.ontology[pattern.code])]  # "would pull out unless"
            elif lemma in RESPONSE_VERBS or objects & RESPONSE_OBJECTS:
                et = self.ontology["130"]
            else:
                continue
            auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if not auxes & {"will", "would", "shall", "'ll", "wo"} and not any(
                t.lemma_.lower() in THREAT_WORDS | OWN_THREAT_CUES for t in clause_chain(verb)
            ):
                continue
            targets = [
                m
                for cond in conditions
                for c in cond.children
                if c.dep_ == "nsubj"
                for m in self._mentions_at(c, actors, last_pair)
            ]
            if not targets:
                continue
            sources = self._verb_arguments(verb, False, actors, last_pair)[0]
            out.extend(
                self._asserted_events(
                    verb,
                    et,
                    f"{lemma} ... if",
                    sources,
                    targets,
                    actors,
                    last_pair,
                )
            )
        return out

    @needs_words(("must", "should"))
    def _reported_demands(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention], coded: set[int]
    ) -> list[CodedEvent]:
        """ "Russia said Sudan must return the helicopter": what a speaker says another actor must do is
        a demand (10) on that actor, whatever the act demanded."""
        out: list[CodedEvent] = []
        for clause in sent:
            if (
                clause.dep_ != "ccomp"
                or clause.i in coded
                or clause.pos_ not in ("VERB", "AUX")
                or not _obligation(clause)
                or negated_verb(clause)
            ):
                continue
            speaker_verb = clause.head
            if speaker_verb.lemma_.lower() not in REPORTING_VERBS | DEMAND_FRAMES:
                continue
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or subjects[0].pos_ == "PRON" and subjects[0].lower_ in FIRST_PERSON:
                continue  # "we must act" is a resolve, not a demand
            if advised(clause) and subjects[0].i not in actors.heads:
                continue  # "said talks with Iran should go on": the talks are no actor to demand of
            targets = self._mentions_at(subjects[0], actors, last_pair)
            sources = self._verb_arguments(speaker_verb, False, actors, last_pair)[0]
            if not targets or not sources:
                continue
            out.extend(
                self._asserted_events(
                    clause,
                    self.ontology["100"],
                    f"{speaker_verb.lemma_} ... {'should' if advised(clause) else 'must'}",
                    sources,
                    targets,
                    actors,
                    last_pair,
                )
            )
        return out

    @needs_words(REPLY_NOUNS, STRIKE_BACK_VERBS, RETALIATION_VERBS)
    def _promised_replies(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention], coded: set[int]
    ) -> list[CodedEvent]:
        """ "Russia said it would respond in kind", "Iran vowed to retaliate against the sanctions": an actor
        announcing its own reply threatens (13) whom it replies to -- named ("hit back at X", "respond to X's
        strikes") or, unnamed, the last actor reported acting against it."""
        out: list[CodedEvent] = []
        for verb in sent:
            if verb.i in coded:
                continue
            if _reply_noun(verb):
                # "Our response will be very tough on the American forces", "Iran's retaliation would be
                # crippling, an official said": the reply's owner threatens
                sources, targets, stated = self._reply_noun_dyad(verb, actors, last_pair)
            elif _reply_verb(verb):
                framed = _announced_reply(verb)
                if framed is None:
                    continue
                sources = [
                    m for m in self._verb_arguments(verb, False, actors, last_pair)[0] if identified(m)
                ]
                if not sources:
                    continue
                if not framed and not self._own_voice(verb, sources, actors):
                    continue  # "they are terrified that the Iranians will retaliate," an analyst said
                targets, stated = self._replied_to(verb, actors, last_pair, sources)
            else:
                continue
            if not sources:
                continue
            if not stated and isinstance(last_pair, DocumentEvents):
                # "Russia said it would respond": to the last actor reported acting against it
                earlier = last_pair.hostile_to.get(sources[0].actor.country or "")
                if earlier is not None and earlier.actor.country not in {s.actor.country for s in sources}:
                    targets = [earlier]
            if not targets:
                continue
            out.extend(
                self._asserted_events(
                    verb,
                    self.ontology["130"],
                    f"{verb.lemma_} (promised reply)",
                    sources,
                    targets,
                    actors,
                    last_pair,
                )
            )
        return out

    def _unaddressed_appeals(self, sent: Span, actors: DocumentActors, coded: set[int]) -> list[CodedEvent]:
        """ "China called for a political settlement via dialogue", "Egypt urged restraint": an appeal for
        calm, talks or a settlement that names no addressee is made to the country the story is about (the
        one its actors name most, clearly, besides the appealing side's own)."""
        out: list[CodedEvent] = []
        for verb in sent:
            if verb.i in coded or verb.pos_ != "VERB":
                continue
            pattern = self.patterns.match_verb(verb)
            if pattern is None or pattern.code not in PEACE_APPEALS or modality_of(verb).kind != "asserted":
                continue
            sources, targets = self._verb_arguments(verb, False, actors, [])
            sources = [m for m in sources if identified(m) and m.actor.country]
            if not sources or targets:
                continue
            addressee = _story_country(actors, {m.actor.country for m in sources}, verb.idx)
            if addressee is None:
                continue
            out.extend(
                self._assemble(
                    verb,
                    self.ontology[pattern.code],
                    f"{pattern.text} (to the story's country)",
                    sources,
                    [addressee],
                    None,
                    actors,
                    [],
                    asserted=True,
                )
            )
        return out

    @needs_words(("seek", "want"))
    def _peace_declarations(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "We do not seek escalation or war," Zarif said; "the US does not want conflict with Iran": an
        actor disowning war with another declares a peaceful intent (03) toward it -- the one named, else
        the last actor reported acting against it."""
        out: list[CodedEvent] = []
        for verb in sent:
            if verb.lemma_.lower() not in ("seek", "want") or not negated_verb(verb):
                continue
            wars = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WAR_NOUNS]
            if not wars or sent.text.rstrip().endswith("?") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
                continue
            sources = [m for m in self._verb_arguments(verb, False, actors, last_pair)[0] if identified(m)]
            if not sources:
                continue
            targets = [
                m
                for w in wars
                for p in w.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for m in self._pobj_mentions(p, actors, last_pair)
                if identified(m) and not any(same_side(s, m) for s in sources)
            ]
            if not targets and not any(p.dep_ == "prep" for w in wars for p in w.children):
                earlier = (
                    last_pair.hostile_to.get(sources[0].actor.country or "")
                    if isinstance(last_pair, DocumentEvents)
                    else None
                )
                if earlier is not None and earlier.actor.country != sources[0].actor.country:
                    targets = [earlier]
            if not targets:
                continue
            out.extend(
                self._assemble(
                    wars[0],
                    self.ontology["030"],
                    f"not {verb.lemma_} +{wars[0].lemma_}",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    modality_token=verb,
                    asserted=True,
                )
            )
        return out

    @needs_words(("consequence",))
    def _warned_consequences(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Lavrov told Pompeo that further steps would have grave consequences", "Trump said Iran will face
        consequences": consequences announced for someone threaten them (13) -- whoever would face them,
        else the one told."""
        out: list[CodedEvent] = []
        for noun in sent:
            if noun.lemma_.lower() != "consequence" or noun.dep_ != "dobj":
                continue
            clause = noun.head
            auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
            if clause.lemma_.lower() not in CONSEQUENCE_VERBS or not auxes & {"will", "would", "'ll"}:
                continue
            frame = clause.head
            if (
                clause.dep_ != "ccomp"
                or frame.lemma_.lower() not in REPORTING_VERBS | THREAT_WORDS
                or negated_word(clause)
                or negated_word(frame)
                or any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION_WORDS for c in clause.children)
            ):
                continue
            sources = [m for m in self._verb_arguments(frame, False, actors, last_pair)[0] if identified(m)]
            facing = [c for c in clause.children if c.dep_ == "nsubj" and c.i in actors.by_token]
            told = [c for c in frame.children if c.dep_ in ("dobj", "dative") and c.i in actors.by_token]
            if clause.lemma_.lower() == "have":
                facing = []  # ("the move would have consequences": a thing has them, not an actor)
            targets = self._others_at(facing or told, sources, actors, last_pair)
            if not sources or not targets:
                continue
            out.extend(
                self._assemble(
                    noun,
                    self.ontology["130"],
                    f"{frame.lemma_} ... {clause.lemma_} +consequence",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    modality_token=frame,
                    asserted=True,
                )
            )
        return out

    @needs_words(ACTION_NOUNS)
    def _vowed_actions(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "Abe vowed action to deter Pyongyang's provocations", "pledged to take steps against X": action
        promised against someone, or to deter, punish or stop them, threatens them (13)."""
        out: list[CodedEvent] = []
        for noun in sent:
            if noun.lemma_.lower() not in ACTION_NOUNS or noun.dep_ != "dobj":
                continue
            verb = noun.head
            promise = verb.head if verb.lemma_.lower() == "take" and verb.dep_ == "xcomp" else verb
            if promise.lemma_.lower() not in PROMISING_VERBS or negated_word(verb) or negated_word(promise):
                continue
            if promise.dep_ == "xcomp" and promise.head.lemma_.lower() in ("fail", "refuse", "decline"):
                continue  # "failed to pledge any action to punish X" pledged none
            targets: list[Mention] = []
            for head in (noun, verb):
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "against":
                        targets += self._pobj_mentions(c, actors, last_pair)
                    elif c.dep_ in ("acl", "advcl", "xcomp", "relcl") and c.lemma_.lower() in PUNITIVE_VERBS:
                        # "to deter Pyongyang's provocations": whose acts are deterred
                        for obj in (g for g in c.children if g.dep_ == "dobj"):
                            found = (
                                self._mentions_at(obj, actors, last_pair) if obj.i in actors.by_token else []
                            )
                            targets += found or self._act_owners(obj, actors, last_pair)
            sources = [m for m in self._verb_arguments(promise, False, actors, last_pair)[0] if identified(m)]
            targets = [t for t in targets if identified(t) and not any(same_side(s, t) for s in sources)]
            if not sources or not targets:
                continue
            out.extend(
                self._assemble(
                    noun,
                    self.ontology["130"],
                    f"{promise.lemma_} ... {noun.lemma_} against",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    modality_token=promise,
                    asserted=True,
                )
            )
        return out

    def _reply_noun_dyad(
        self, noun: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> tuple[list[Mention], list[Mention], bool]:
        """(owners, whom it falls on, whether that is stated) of "X's response will be ...": the owner named
        or "our" (the one quoted); whom it falls on as "on/against X" in the clause."""
        owners: list[Mention] = []
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ in ("our", "my"):
                owners = self._speaker(c, actors)
        owners = [m for m in owners or self._act_owners(noun, actors, last_pair) if identified(m)]
        clause = noun.head
        named = [
            m
            for t in clause.subtree
            if t.dep_ == "prep" and t.lower_ in ("on", "against", "at") and t.i > noun.i
            for m in self._pobj_mentions(t, actors, last_pair)
            if identified(m) and not any(same_side(o, m) for o in owners)
        ]
        return owners, named, bool(named)

    def _own_voice(self, verb: Token, sources: list[Mention], actors: DocumentActors) -> bool:
        """Is a reply stated outright ("Russia will retaliate") the replying side's own word: unquoted, in
        the first person, or quoting one of its own?"""
        subject = _own_subject(verb)
        if subject is not None and subject.lower_ in FIRST_PERSON:
            return True
        _, speaker = attribution_of(verb)
        if speaker is None:
            return not any(t.text in ('"', "“", "”") for t in verb.sent)
        said_by = actors.by_token.get(speaker.i)
        return said_by is not None and any(same_side(said_by, s) for s in sources)

    def _replied_to(
        self, verb: Token, actors: DocumentActors, last_pair: list[Mention], sources: list[Mention]
    ) -> tuple[list[Mention], bool]:
        """Whom a reply is aimed at, and whether the sentence names what it replies to: an actor ("retaliate
        against X"), or the owner of a hostile act ("respond to X's strikes", "retaliate for Russian
        cyberattacks", "the attack" reported earlier; an act with no owner found leaves it to the story); a
        reply to anything else ("will respond to any petition", "to Trump's election victory") threatens
        no one."""
        own = {s.actor.country for s in sources}
        stated = False
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in REPLIED_PREPS:
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if obj.i in actors.by_token:
                    stated = True
                    found = self._others_at([obj], sources, actors, last_pair)
                elif self._provocation(obj):
                    found = self._act_owners(obj, actors, last_pair)
                    if not found and isinstance(last_pair, DocumentEvents):
                        noun = self.patterns.match_noun(obj)
                        earlier = last_pair.actor_of(
                            obj.lemma_.lower(), self.ontology[noun.code].root if noun else None
                        )
                        found = [earlier] if earlier is not None else []
                    # (the owner of "Soleimani's killing" is its victim, of the replying side)
                    found = [m for m in found if identified(m) and m.actor.country not in own]
                else:
                    found = []
                    stated = True
                if found:
                    return found, True
        return [], stated

    def _provocation(self, noun: Token) -> bool:
        """An act one replies to: an attack, a move, sanctions, tariffs, expulsions (any hostile noun)."""
        lemma = noun.lemma_.lower()
        if lemma in HOSTILE_ACT_NOUNS or lemma in EVENT_REFERENCES:
            return True
        pattern = self.patterns.match_noun(noun)
        return pattern is not None and self.ontology[pattern.code].quad_class in (3, 4)

    @needs_words(PERMITTING_VERBS)
    def _refused_permissions(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "The US will not allow Iran to build a bomb", "we will never let terrorists divide us": a future
        refusal to let another side act warns that side off (130, PETRARCH's "WILL NEVER ALLOW"), whatever
        the act ("does not allow 3G" states a rule; "must not allow" exhorts; neither is coded here)."""
        out: list[CodedEvent] = []
        for verb in sent:
            if not _stated_refusal(verb, PERMITTING_VERBS):
                continue  # ("seeks guarantees that they will not allow ...": a noun's content, no refusal)
            if verb.dep_ == "ccomp" and verb.head.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
            if not acts or any(c.dep_ in ("auxpass", "nsubjpass") for c in acts[0].children):
                continue  # ("will not allow Iran to be attacked" protects Iran; it warns no one)
            # the one not allowed: "allow Iran to enrich" (object) or "let Iran enrich" (the act's subject)
            allowed = [c for c in verb.children if c.dep_ == "dobj"] or [
                c for c in acts[0].children if c.dep_ == "nsubj"
            ]
            # an actor itself, not a thing it is named in ("their deals with the IAEA to become public")
            allowed = [c for c in allowed if c.i in actors.by_token]
            out.extend(self._warned_off(verb, allowed, f"not {verb.lemma_} +actor to act", actors, last_pair))
        return out

    @needs_words(TOLERATING_VERBS)
    def _refused_tolerance(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "The US will no longer tolerate Iran's provocations", "will not tolerate a nuclear Iran": a future
        refusal to put up with another side's conduct warns that side off (130), like a refused permission.
        The side is the object itself or who owns or does it (its possessor, modifier or "by" agent), not
        an actor named further in ("any discussion of Russia's meddling" warns no one)."""
        out: list[CodedEvent] = []
        for verb in sent:
            if not _stated_refusal(verb, TOLERATING_VERBS):
                continue
            conduct = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if conduct is None:
                continue
            doers = [conduct] + [c for c in conduct.children if c.dep_ in ("poss", "compound", "amod")]
            doers += [
                g
                for c in conduct.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            out.extend(self._warned_off(verb, doers, f"not {verb.lemma_} +conduct", actors, last_pair))
        return out

    def _warned_off(
        self, verb: Token, named: list[Token], reason: str, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """A refusal's warning (130) from the refusing verb's subject to the actors at ``named`` that are not
        its own side."""
        sources = [m for m in self._verb_arguments(verb, False, actors, last_pair)[0] if identified(m)]
        targets = self._others_at(named, sources, actors, last_pair)
        if not sources or not targets:
            return []
        return self._asserted_events(verb, self.ontology["130"], reason, sources, targets, actors, last_pair)


def _stated_refusal(verb: Token, vocabulary: frozenset[str]) -> bool:
    """A verb of the vocabulary refused in a clause of its own ("will not allow", "will no longer
    tolerate")."""
    return (
        verb.lemma_.lower() in vocabulary
        and verb.pos_ == "VERB"
        and modality_of(verb).kind == "refused"
        and verb.dep_ in ("ROOT", "ccomp", "conj", "parataxis")
    )


def _intent_code(root: str, code: str) -> str:
    """Express-intent counterpart (03x) of a cooperative act, for "agreed to ...", "will meet"."""
    if code.startswith("03"):
        return code
    # the 08x yields map one to one onto 035x intents; aid kinds onto 033x
    specific = {
        "081": "0351",
        "082": "0352",
        "084": "0353",
        "0841": "0353",
        "085": "0354",
        "086": "0355",
        "087": "0356",
        "0871": "0356",
        "0872": "0356",
        "0873": "0356",
        "0874": "0356",
        "071": "0331",
        "072": "0332",
        "073": "0333",
        "074": "0334",
        "045": "039",
        "046": "036",
        "042": "036",
        "043": "036",
        "044": "036",
        "061": "0311",
        "062": "0312",
        "063": "0313",
        "064": "0314",
        # acceding to reform (resigning, changing policy) promised is an intent to reform, 034x
        "083": "034",
        "0831": "0341",
        "0832": "0342",
        "0833": "0343",
        "0834": "0344",
    }
    for key in (code, code[:3]):
        if key in specific:
            return specific[key]
    return {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}.get(root, "030")


def _reject_code(et: EventType) -> str:
    """Rejection counterpart (12x) of a cooperative act refused ("will not meet", "refused to release")."""
    if et.root == "12":
        return et.code
    if et.code.startswith("084"):
        return "1243"  # refuse to release persons or property
    if et.code.startswith("087"):
        return "1246"  # refuse to de-escalate
    if et.code.startswith("086"):
        return "1245"  # refuse to allow international involvement ("will not allow aid into Gaza")
    if et.code.startswith("083"):
        return "123" + et.code[3:]  # refuse to resign / to reform: 1231-1234 mirror 0831-0834
    return {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}.get(et.root, "120")


def _demand_code(et: EventType) -> str:
    """Demand counterpart (10x) of an act someone says another must do ("Libya must hand over ...")."""
    if et.code.startswith("084"):
        return "1053"  # demand release of persons or property
    if et.code.startswith("087"):
        return "1056"  # demand de-escalation
    return {"03": "101", "04": "106", "05": "102", "06": "101", "07": "103", "08": "105"}.get(et.root, "100")


def _threat_code(et: EventType) -> str:
    """Threat counterpart (13x) of a conflictual act, for "warned it would attack"."""
    if et.root in ("18", "19", "20"):
        return "138"
    if et.code.startswith("163"):
        return "1312"
    # halting talks, mediation or a mission threatened: 134-136 mirror 164-166; cut aid: 1311
    if et.code[:3] in ("164", "165", "166"):
        return "13" + et.code[2]
    if et.code.startswith("162"):
        return "1311"
    if et.code.startswith("161") or et.code.startswith("16"):
        return "1313"
    if et.root == "17":
        return "137"
    if et.root == "15":
        return "138"
    return "130"


def _announced_code(et: EventType) -> str:
    """An actor's own planned or promised act: a conflictual one is a threat (13), but an inquiry it
    wants or vows to make is the investigation itself ("wants to re-examine", "will investigate": CAMEO
    has no intent code for it, and looking into something threatens no one)."""
    return et.code if et.root == "09" else _threat_code(et)


def _warning_about_danger(warn: Token, sources: list[Mention], targets: list[Mention]) -> str | None:
    """ "warned of a humanitarian catastrophe", "warned that the move could destabilise the region": a
    warning ABOUT a danger disapproves (110) of whoever causes it, one that something should(n't) be
    done is an appeal (020); None (a threat, 13) for a warning addressed to someone ("warned Iran",
    "warned them not to") or one that holds the speaker's own act over the target ("warned that it
    would respond if ...", "warned that Pyongyang could strike")."""
    if any(c.dep_ in ("dobj", "dative", "xcomp") for c in warn.children):
        return None
    clauses = [c for c in warn.children if c.dep_ == "ccomp"]
    topics = [c for c in warn.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")]
    if not clauses and not topics:
        return None
    for clause in clauses:
        if any(t.lower_ in ("if", "unless", "otherwise") for t in clause.subtree):
            return None
        subject = _own_subject(clause)
        if subject is None:
            continue
        named = [m for m in targets if subject.left_edge.idx <= m.start < subject.right_edge.idx + 1]
        # "warned that Pyongyang could strike": the speaker's own state acting
        own_state = any(
            same_side(s, m) or (m.actor.country == s.actor.country and set(m.actor.sectors) <= STATE_SECTORS)
            for s in sources
            for m in named
        )
        if subject.lower_ in SPEAKER_PRONOUNS or own_state:
            return None
    if any(c.dep_ == "aux" and c.lower_ in APPEAL_MODALS for cl in clauses for c in cl.children):
        return "020"
    return "110"


def _obligation(clause: Token) -> bool:
    """ "Y must leave", "Y should halt the launches": what the clause says Y is obliged to do."""
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children) or advised(clause)


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _reply_verb(verb: Token) -> bool:
    """ "respond", "retaliate", "avenge", "hit back", "strike back"."""
    lemma = verb.lemma_.lower()
    if lemma in STRIKE_BACK_VERBS:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return lemma in RETALIATION_VERBS and verb.pos_ == "VERB"


def _story_country(actors: DocumentActors, own: set[str | None], before: int) -> Mention | None:
    """The latest mention before ``before`` of the country a document's actors name most, if it leads the
    next one clearly (by half as many mentions again) and is not one of ``own`` (a story about the
    appealing side's own country is a call for calm at home: "police appealed for calm")."""
    counts: dict[str, int] = {}
    for m in actors.mentions:
        if identified(m) and m.actor.country:
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]):
        return None
    country = ranked[0][0]
    if country in own:
        return None
    earlier = [
        m for m in actors.mentions if m.actor.country == country and m.start < before and identified(m)
    ]
    # the state itself rather than one of its sectors ("Venezuela", not "Venezuelan opposition")
    states = [m for m in earlier if not m.actor.sectors or "GOV" in m.actor.sectors]
    return (states or earlier or [None])[-1]


def _reply_noun(noun: Token) -> bool:
    """ "(X's) response will be harsh", "our retaliation would be swift" (said): a reply announced as the
    subject of a future clause, not asked about ("what Russia's response will be")."""
    if noun.lemma_.lower() not in REPLY_NOUNS or noun.dep_ != "nsubj" or noun.pos_ != "NOUN":
        return False
    clause = noun.head
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if not auxes & {"will", "shall", "'ll", "would"} or negated_word(clause):
        return False
    if any(t.lower_ in OPEN_QUESTION_WORDS for t in clause.children if t.i < noun.i):
        return False  # "what Russia's response will be"
    if clause.dep_ not in ("ROOT", "ccomp", "parataxis", "conj"):
        return False
    return "would" not in auxes or clause.dep_ != "ROOT" or attribution_of(clause)[1] is not None


def _announced_reply(verb: Token) -> bool | None:
    """Is the reply stated as the actor's own future act: "will retaliate", "vowed to retaliate", "said it
    would respond", "a warning it would retaliate"; not negated, conditional on itself, asked about ("how
    Russia will respond"), feared by others or habitual ("the Russians would respond by ..."). True when a
    frame announces it, False when it stands in a main clause, None when it is no announced reply."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & {"could", "might", "may", "should", "must"} or negated_word(verb):
        return None
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in OPEN_QUESTION_WORDS for c in verb.children):
        return None
    if verb.sent.text.rstrip().endswith("?"):
        return None
    future = bool(auxes & {"will", "shall", "'ll"})
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "will defend itself and respond"
        tok = tok.head
    if tok.dep_ == "ROOT":
        return False if future else None  # "Russia will retaliate" (not a habit: "would respond by ...")
    head = tok.head
    if negated_word(head) or head.lemma_.lower() not in ANNOUNCING_FRAMES:
        return None
    if tok.dep_ == "xcomp" and ("to" in auxes or tok.tag_ == "VB"):
        return True  # "vowed to retaliate", "threatened to hit back"
    return True if tok.dep_ in ("ccomp", "acl", "parataxis") and (future or "would" in auxes) else None
