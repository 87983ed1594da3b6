"""Violence: actors under fire, bombings and their explosives, military operations and their
agents, victims and cumulative death tolls, accidents and missile launches, attacked garrisons."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.dictionary import sector_code
from dyads.actors.resolve import DocumentActors
from dyads.events.coded import CodedEvent
from dyads.events.lexicon import (
    ACCIDENT_NOUNS,
    ACCIDENT_VERBS,
    AERIAL_BOMB_WORDS,
    AIMING_PREPS,
    AREA_HOLDING_PARTICIPLES,
    ARMED_SECTORS,
    ARMED_SIDE_ADJECTIVES,
    ATTACK_DOING_VERBS,
    BLAST_CAUSES,
    BOMBING_KINDS,
    CIRCUMSTANCE_MARKS,
    CIVIL_CARGO,
    EXPLOSIVE_WORDS,
    FIGHTING_SECTORS,
    FORCE_FACILITIES,
    FORCE_MODIFIERS,
    HELD_POSITIONS,
    HOSTILE_ROOTS,
    INSTRUMENT_PREPS,
    KILL_LEMMAS,
    MANNED_POSTS,
    MISSILES,
    MONTHS,
    MUTUAL_LEMMAS,
    OPERATION_NOUNS,
    OWNING_UP_VERBS,
    PLACE_PREPS,
    POLITICAL_SECTORS,
    RESPONSIBILITY_NOUNS,
    SELF_CLAIM_VERBS,
    SELF_NAMING_PRONOUNS,
    SPLIT_ATTACK_NOUNS,
    STATE_FORCES,
    SUICIDE_GEAR,
    TOTAL_WORDS,
    UNDER_FIRE_NOUNS,
    UNNAMED_VICTIMS,
    VOLLEY_NOUNS,
    WHOLE_WAR_NOUNS,
)
from dyads.events.ontology import EventType
from dyads.events.syntax import negated_word
from dyads.records import Actor, Mention, identified


class ConflictRules:
    """EventCoder's conflict rules (a mixin).  Relies on EventCoder for: _assemble, _mention_of,
    _mentions_at, _pobj_mentions, ontology, patterns."""

    def _bombing(self, verb: Token) -> tuple[EventType, str] | None:
        """The bombing (CAMEO 183x) a killing verb reports through its instrument: its subject, "killed
        in/by/with" a bomb, a when-clause ("when a bomb exploded", "when its occupants detonated
        explosives"), or the act it is the outcome of ("a suicide bomber blew himself up, killing 5",
        "explosions ripped through hotels, killing 200")."""
        found: tuple[EventType, str] | None = None
        for tok in _instruments(verb):
            reading = self._bombing_word(verb, tok)
            if reading is None:
                continue
            if found is None:
                found = reading
            elif reading[0].code.startswith(found[0].code) and reading[0].code != found[0].code:
                found = reading  # "set off a car bomb": the bomb says which bombing (1832), not 183
        return found

    def _bombing_word(self, verb: Token, tok: Token) -> tuple[EventType, str] | None:
        """The bombing code (183x) that one instrument word of a killing verb names, if any."""
        if tok.pos_ in ("VERB", "AUX"):
            pattern = self.patterns.match_verb(tok)
            if pattern is not None and pattern.code.startswith("183"):
                return self.ontology[pattern.code], pattern.text
            return None
        if {c.lemma_.lower() for c in tok.children} & AERIAL_BOMB_WORDS:
            return None  # "the atomic bombing", "barrel bombs": dropped from the air
        noun = self.patterns.match_noun(tok)
        code = _explosive_code(tok)
        if noun is not None and noun.code.startswith("183") and len(noun.code) >= len(code or ""):
            return self.ontology[noun.code], noun.text  # ("a car bomb blast" is 1832, not "bomb blast")
        if code is not None:
            return self.ontology[code], f"{verb.lemma_.lower()} ({tok.lemma_.lower()})"
        return None

    def _claimed_by(
        self, noun: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> tuple[Token, list[Mention]] | None:
        """(the verb of the claim, the claimants) when the attack ``noun`` is claimed by its attacker: "X
        claimed responsibility / took credit for the attack", "X said it was behind the bombing" (not
        "denied responsibility for", "did not claim", nor "officials said Iran was behind it", an
        accusation)."""
        found = _responsibility_claim(noun)
        if found is None:
            return None
        verb, culprit = found
        # (its own subject only: "after the Taliban claimed ..." misparsed must not give it the main clause's)
        claimants = [
            m
            for c in verb.children
            if c.dep_ == "nsubj"
            for m in self._mentions_at(c, actors, last_pair)
            if identified(m)
        ]
        if culprit is not None:
            # "X said it was behind the attack": only the speaker naming itself claims it
            named = {m.actor.code for m in self._mentions_at(culprit, actors, last_pair)}
            claimants = [m for m in claimants if m.actor.code in named]
        return (verb, claimants) if claimants else None

    def _attacked_city(
        self, noun: Token, sources: list[Mention], actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """ "ISIS claimed the attack in Kabul": a capital the attack was in is the city, i.e. its people --
        not for the state's own forces acting at home ("police confirmed the raid in Nairobi")."""
        cities = [
            _civilians(m)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("inside", "in", "into")
            for m in self._pobj_mentions(c, actors, last_pair)
            if m.how == "capital" and m.actor.kind == "state"
        ]
        if any(
            m.actor.kind == "state" and m.actor.country in {c.actor.country for c in cities} for m in sources
        ):
            return []
        return cities

    def _under_fire(self, noun: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[CodedEvent]:
        """ "Ukrainian troops came under heavy fire from separatist forces": the subject is attacked, by
        whom the "from" phrase names (CAMEO 190, or the noun's own code: "came under shelling")."""
        verb = noun.head.head
        found = self.patterns.match_noun(noun)
        censure = found is not None and self.ontology[found.code].root == "11"  # "came under criticism"
        if not (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "under"
            and verb.lemma_.lower() in ("come", "be", "remain")
            and (noun.lemma_.lower() in UNDER_FIRE_NOUNS or censure)
        ):
            return []
        targets = [
            m for c in verb.children if c.dep_ == "nsubj" for m in self._mentions_at(c, actors, last_pair)
        ]
        sources = [
            m
            # (criticism's own "from": "under criticism for his response to an offensive by X" is not X's)
            for p in (noun.children if censure else (*noun.children, *verb.children))
            if p.dep_ == "prep" and p.lower_ in ("from", "by")
            for m in self._pobj_mentions(p, actors, last_pair)
        ]
        if not targets:
            return []
        et = (
            self.ontology[found.code]
            if found and self.ontology[found.code].root in ("11", "18", "19", "20")
            else None
        )
        if et is None and _political(targets) and _unarmed(sources):
            # "the minister came under fire from lawmakers": fire in words (111), from no armed actor
            et = self.ontology["111"]
        return self._assemble(
            noun,
            et or self.ontology["190"],
            f"come under {noun.lemma_}",
            sources,
            targets,
            None,
            actors,
            last_pair,
        )

    def _operation_agents(
        self, verb: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """ "was killed in an Israeli operation", "died in an operation carried out by US forces": the
        armed force whose operation the death happened in (named on the operation noun or as the agent of
        its participle) killed; "killed in an operation backed by Israeli drones" too."""
        found: list[Mention] = []
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for op in c.children:
                if op.dep_ == "pobj" and _split_attack_noun(op) is not None:
                    # "killed in Israeli tank shelling": the parser ends the phrase before "shelling";
                    # the nationality on the weapon noun ("tank") or the phrase itself ("Russian") attacked
                    # (a nationality only: "killed in Florida shooting" names a place, not a shooter)
                    named = [g for g in (op, *op.children) if g.ent_type_ == "NORP" and g.i <= op.i]
                elif op.dep_ == "pobj" and op.lemma_.lower() in OPERATION_NOUNS:
                    named = self._operation_namers(op)
                else:
                    continue
                found += [m for g in named for m in self._mentions_at(g, actors, last_pair) if identified(m)]
        return [_military(m) for m in found]

    @staticmethod
    def _operation_namers(op: Token) -> list[Token]:
        """The words naming whose operation it is: "an Israeli operation", "an operation by/backed by X"."""
        named = [g for g in op.children if g.dep_ in ("amod", "compound", "poss", "nmod")]
        by = [c for c in op.children if c.dep_ == "prep" and c.lower_ == "by"]  # ("an operation by X")
        by += [
            a
            for acl in op.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for a in acl.children
            if a.dep_ == "agent"
        ]
        named += [p for a in by for p in a.children if p.dep_ == "pobj"]
        return named

    def _area_holders(
        self, verb: Token, sources: list[Mention], actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Mention]:
        """ "government forces shelled rebel-held districts", "bombed opposition-controlled towns": whoever
        holds the area attacked is the target (the area itself is only where it happened)."""
        holders = [
            m
            for area in verb.children
            if area.dep_ == "dobj"
            for held in area.children
            if held.dep_ == "amod" and held.tag_ == "VBN" and held.lemma_.lower() in AREA_HOLDING_PARTICIPLES
            for holder in held.children
            if holder.dep_ in ("npadvmod", "advmod", "compound", "nmod") and holder.i < held.i
            for m in self._mentions_at(holder, actors, last_pair)
        ]
        # a bare holder ("rebel-held") is placed later where it happened, else in its attacker's country:
        # wrong for a foreign attacker ("Russia bombed rebel-held Aleppo" in a sentence naming Syria)
        own = {m.actor.country for m in sources if m.actor.country}
        sent = verb.sent
        foreign = bool(own) and any(
            m.actor.country not in (None, *own)
            for m in actors.mentions
            if sent.start_char <= m.start < sent.end_char
        )
        attackers = {m.actor.code for m in sources}  # ("rebels ... bombing rebel-held areas": a misparse)
        return [m for m in holders if (identified(m) or not foreign) and m.actor.code not in attackers]

    def _victims_of(
        self, target: Mention, victims: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[Token]:
        """ "killing four civilians and 11 soldiers": each target counts its own dead; an uncounted member
        no actor stands for ("four children and a man") counts with the first member's target."""
        members = [v for v in (victims, *victims.conjuncts) if v.i >= victims.i]
        owners = [{m.actor.code for m in self._mention_of(v, actors, last_pair)} for v in members]
        first = owners[0] or {target.actor.code}
        return [
            v
            for v, codes in zip(members, owners, strict=True)
            if target.actor.code in (codes or (set() if _counted(v) else first))
        ]


def fight_between_sides(
    trigger: Token, et: EventType, sources: list[Mention], targets: list[Mention]
) -> bool:
    """ "Ukrainian troops and pro-Russian separatists clashed": in a fight of conjoined subjects with no
    object, a bare armed side or opposition beside a named one is the other side, not noise beside it
    (as "drone" is beside Turkey in "Turkish drone strikes", a sector the named side shares)."""
    if targets or et.quad_class != 4 or trigger.lemma_.lower() not in MUTUAL_LEMMAS:
        return False
    named = {s for m in sources if identified(m) for s in m.actor.sectors}
    return any(
        not identified(m) and set(m.actor.sectors) & FIGHTING_SECTORS and not set(m.actor.sectors) & named
        for m in sources
    )


def _post_garrison(verb: Token, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """ "Taliban fighters attacked a security checkpoint", "gunmen ambushed a convoy": a non-state attack on
    a post or column of the state's forces names no owner but targets the forces manning it (police for a
    police post), of the country where it happened (placed with the event, later)."""
    for post in (c for c in verb.children if c.dep_ == "dobj"):
        garrison = _garrison_of(post, sources, targets)
        if garrison:
            return garrison
    return []


def _held_position_sides(attacked: list[Token], targets: list[Mention]) -> list[Mention]:
    """ "shelled separatist positions", "bombed militant hideouts", "an attack on Kurdish militant camps": a
    side named by its sector adjective holds what was attacked and is the target, as the noun form ("rebel
    positions") is; a people adjective beside it ("Kurdish") is not the target. The side is unplaced here
    (placed with the event later, where it happened). The targets as they were when none is named so."""
    sides: list[Mention] = []
    for held in (t for a in attacked for t in (a, *a.conjuncts) if t.i >= a.i):
        if held.lemma_.lower() not in HELD_POSITIONS:
            continue
        for adj in held.children:
            sector = ARMED_SIDE_ADJECTIVES.get(adj.lower_)
            if adj.dep_ == "amod" and adj.pos_ == "ADJ" and sector is not None:
                sides.append(_implied(adj, None, sector, f"{adj.lower_}s", how="agent"))
    if not sides:
        return targets
    in_phrase = [(a.left_edge.idx, a.idx + len(a.text)) for a in attacked]
    others = [m for m in targets if not any(start <= m.start < end for start, end in in_phrase)]
    return others + sides


def _perpetrated_passive(noun: Token, et: EventType) -> bool:
    """ "The ambush was carried out by X", "the bombing was claimed by X": an attack noun as the passive
    subject of a verb of doing (or of claiming) it, whose agent is the attacker."""
    verb = noun.head
    return (
        noun.dep_ == "nsubjpass"
        and et.root in HOSTILE_ROOTS
        and verb.lemma_.lower() in ATTACK_DOING_VERBS
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _noun_post_garrison(noun: Token, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """ "an attack on a police station", "the ambush of a convoy": the noun form of _post_garrison."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "of")):
        for post in (g for g in prep.children if g.dep_ == "pobj"):
            garrison = _garrison_of(post, sources, targets)
            if garrison:
                return garrison
    return []


def _responsibility_claim(noun: Token) -> tuple[Token, Token | None] | None:
    """(the claiming verb, the pronoun the claimant names itself by or None) where ``noun`` is what is
    claimed: "claimed responsibility for the attack" (claim), "said it was behind the attack" (say, it)."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "for":
        # "for" hangs from the noun ("claimed [responsibility for X]") or from the verb ("took credit for X")
        verb = prep.head.head if prep.head.lemma_.lower() in RESPONSIBILITY_NOUNS else prep.head
        owned = any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in verb.children)
        if owned and verb.lemma_.lower() in OWNING_UP_VERBS and not negated_word(verb):
            return verb, None
    elif prep.lower_ == "behind" and prep.head.lemma_.lower() == "be" and prep.head.dep_ == "ccomp":
        be, verb = prep.head, prep.head.head
        culprit = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if (
            culprit is not None
            and culprit.lower_ in SELF_NAMING_PRONOUNS
            and verb.lemma_.lower() in SELF_CLAIM_VERBS
            and not negated_word(verb)
            and not negated_word(be)
        ):
            return verb, culprit
    return None


def _attacked_objects(noun: Token) -> list[Token]:
    """What an attack noun is made on: "an attack on/against a hotel", "the bombing of a market"."""
    return [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "at", "against", "of")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _place_spans(thing: Token) -> list[tuple[int, int]]:
    """The character spans of the place phrases on ``thing`` ("a hotel [in Mogadishu, Somalia]")."""
    return [
        (g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))
        for p in thing.children
        if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _capital_as_place(attacked: list[Token], targets: list[Mention]) -> list[Mention]:
    """ "gunmen attacked a hotel in Mogadishu": a capital named only as where the attacked building or
    people are is the city, i.e. the country's people, not its government ("shelled Tripoli" keeps the
    capital as the government it stands for)."""
    places = [span for thing in attacked for span in _place_spans(thing)]
    return [
        _civilians(m) if m.how == "capital" and any(a <= m.start < b for a, b in places) else m
        for m in targets
    ]


def _garrison_of(post: Token, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """The forces manning ``post`` (a checkpoint, convoy, police station) attacked by non-state
    ``sources``, where ``targets`` name no one but the post's place ("a checkpoint in Kabul" is no attack
    on the government)."""
    if not sources or any(set(m.actor.sectors) & STATE_FORCES or m.actor.kind == "state" for m in sources):
        return []  # (a state's troops storming "a checkpoint" or "a convoy" take it from rebels as often)
    places = _place_spans(post)
    if not all(any(a <= m.start < b for a, b in places) for m in targets):
        return []  # "attacked an Afghan army checkpoint": the post's own forces are named
    modifiers = {t.lemma_.lower() for t in post.children if t.dep_ in ("compound", "amod")}
    noun = post.lemma_.lower()
    if modifiers & CIVIL_CARGO:
        return []  # "an aid convoy", "a diplomatic outpost": not the forces'
    if noun in MANNED_POSTS or (noun in FORCE_FACILITIES and modifiers & FORCE_MODIFIERS):
        sector = "COP" if "police" in modifiers else "MIL"
        return [_implied(post, None, sector, "security forces")]
    return []


def _split_attack_noun(pobj: Token) -> Token | None:
    """ "in Israeli tank shelling", "in Russian shelling": the -ing attack noun right after a
    preposition's object, which the parser took for a verb or a separate phrase, so that the
    object ("tank", "Russian") is only the attack's modifier."""
    nxt = pobj.nbor(1) if pobj.i + 1 < len(pobj.doc) else None
    if nxt is not None and nxt.lower_ in SPLIT_ATTACK_NOUNS and nxt.head is not pobj.head:
        return nxt
    return None


def _split_attack_of(verb: Token) -> Token | None:
    """The split-off attack noun of "killed in Israeli tank shelling" (see _split_attack_noun)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for op in c.children:
                if op.dep_ == "pobj" and (split := _split_attack_noun(op)) is not None:
                    return split
    return None


def _military(m: Mention) -> Mention:
    """ "Turkish drone strikes": the state that strikes is its military."""
    a = m.actor
    if a.kind == "state" and not a.sectors and a.country:
        return Mention(
            m.text, m.start, m.end, Actor(a.country + "MIL", a.name, a.country, ("MIL",), a.kind), m.how
        )
    return m


def cumulative_toll(verb: Token) -> bool:
    """Are the dead of this killing verb a total over a war or a long period ("have been killed since the
    war began", "since October 2023", "in total", "the war has killed", "killed in the uprising"), not
    the toll of one act?  Per-day counts stay per event ("since dawn", "since Monday", "on Tuesday")."""
    for c in verb.children:
        words = {t.lower_ for t in c.subtree}
        subject = verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c  # ("a war that killed")
        if c.dep_ in ("nsubj", "nsubjpass") and subject.lemma_.lower() in WHOLE_WAR_NOUNS:
            return True  # "Syria's civil war has killed half a million people"
        if c.dep_ == "advmod" and c.lower_ in TOTAL_WORDS | {"far"}:
            return True  # "overall", "so far"
        if c.dep_ == "prep" and c.lower_ in ("in", "to") and words & TOTAL_WORDS and len(words) <= 3:
            return True  # "in total", "in all", "to date"
        since = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        if (
            # "killed in the rebel uprising"
            (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(g.dep_ == "pobj" and g.lemma_.lower() in WHOLE_WAR_NOUNS for g in c.children)
            )
            # "since the war", "since October", "since 2023"
            or (
                c.dep_ == "prep"
                and c.lower_ == "since"
                and (
                    words & (WHOLE_WAR_NOUNS | MONTHS)
                    or any(t.like_num and len(t.text) == 4 for t in c.subtree)
                )
            )
            # "since the war began", "since fighting erupted"
            or (
                since
                and (c.lemma_.lower() in ("begin", "start", "erupt", "break") or words & WHOLE_WAR_NOUNS)
            )
        ):
            return True
    return False


def _unnamed_victims(victims: Token) -> list[Mention]:
    """ "killed nearly 300 people", "two men were shot dead": counted dead no dictionary names are the
    people of the place where it happened (placed with the event, later)."""
    if victims.lemma_.lower() in UNNAMED_VICTIMS and _counted(victims):
        return [_implied(victims, None, "CVL", "people", how="victims")]
    return []


def _counted_dead(target: Mention | None, victims: Token | None) -> bool:
    """A counted dead of a sector or of unnamed people ("four farmers", "nine people"), with no attacker
    named: news to code once the place of the attack gives their country."""
    return target is not None and target.actor.kind == "agent" and victims is not None and _counted(victims)


def _counted(victims: Token) -> bool:
    """Does the phrase of the dead give their number ("at least 464 Palestinians", "Thirty-four")?"""
    return any(t.like_num or t.ent_type_ == "CARDINAL" for t in victims.subtree)


def _instruments(verb: Token) -> list[Token]:
    """The words that may say how a killing verb's dead were killed, nearest first: its subject or agent,
    the object of "in"/"by"/"with", a when-clause's verb and subject, and the act whose outcome a
    participle reports ("blew himself up, killing 5")."""
    found: list[Token] = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            found.append(c)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in INSTRUMENT_PREPS):
            found.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "advcl" and any(
            g.dep_ in ("mark", "advmod") and g.lower_ in CIRCUMSTANCE_MARKS for g in c.children
        ):
            found.append(c)
            found.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "dobj"))
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children):
        found.append(verb.head)  # "an explosive device that killed four soldiers"
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        head = verb.head
        found.append(head)
        found.extend(g for g in head.children if g.dep_ in ("nsubj", "dobj"))
    return found


def _explosive_code(tok: Token) -> str | None:
    """The CAMEO bombing code of a noun naming a bomb or its blast: 1831 suicide, 1832 car, 1833 roadside,
    else 183; None for other words and for bombs from the air ("barrel bombs")."""
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    lemma = tok.lemma_.lower()
    if lemma in SUICIDE_GEAR and "suicide" in mods:
        return "1831"
    if (
        lemma not in EXPLOSIVE_WORDS
        and not mods & EXPLOSIVE_WORDS
        or mods & (AERIAL_BOMB_WORDS | BLAST_CAUSES)
    ):
        return None
    return next((code for word, code in BOMBING_KINDS.items() if word in mods), "183")


def _placed_by(sources: list[Mention], et: EventType) -> bool:
    """A city ("the Paris attack") or, for a bombing or terror attack, a bare state ("a Pakistan
    bombing") on an attack noun tells where it was, not who did it."""
    return any(
        m.how == "capital" or (et.root == "18" and m.actor.kind == "state" and not m.actor.sectors)
        for m in sources
    )


def _relative_kill(noun: Token) -> Token | None:
    """The killing verb of a relative clause on an attack noun: "a strike that killed 20", "raids which
    are reported to have killed 150" (through the raising verbs of reports)."""
    for r in noun.children:
        if r.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in r.children
        ):
            continue  # ("the strike Israel said killed 20" is the speaker's claim)
        verb: Token | None = r
        while verb.lemma_.lower() not in KILL_LEMMAS:
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if verb is None:
                break
        if verb is not None and verb.lemma_.lower() in ("kill", "massacre", "slaughter", "murder"):
            return verb
    return None


def _accidental(verb: Token) -> bool:
    """A killing verb that reports the toll of an accident or a disaster: "crashed, killing 39" (the
    accident's clause governs it), "died in a bus crash", "floods killed 40" (the accident names it)."""
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.lemma_.lower() in ACCIDENT_VERBS:
        return True
    dying = verb.lemma_.lower() in ("die", "kill")  # "shot dead after a car crash" is still a shooting
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ACCIDENT_NOUNS:
            return True
        if (
            dying
            and c.dep_ == "prep"
            and c.lower_ in ("in", "during")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in ACCIDENT_NOUNS for g in c.children)
        ):
            return True
    return False


def _launched_missiles(verb: Token) -> list[Token]:
    """The missiles a verb fires: its objects, or what a "barrage/salvo of" object is made of."""
    missiles = []
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        if o.lemma_.lower() in VOLLEY_NOUNS:
            missiles += [g for c in o.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        else:
            missiles.append(o)
    return missiles


def _launch_without_target(verb: Token) -> bool:
    """ "North Korea fired a ballistic missile" aimed at no one (not "fired rockets at Israel")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    missiles = _launched_missiles(verb)
    if not missiles or not all(o.lemma_.lower() in MISSILES for o in missiles):
        return False
    return not any(
        c.dep_ == "prep"
        and c.lower_ in AIMING_PREPS
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # ("on Monday")
        for t in (verb, *objects)
        for c in t.children
    )


def _civilians(m: Mention) -> Mention:
    country = m.actor.country
    people = Actor(sector_code(country, ("CVL",)), m.actor.name, country, ("CVL",), "agent")
    return Mention(m.text, m.start, m.end, people, how=m.how)


def _political(mentions: list[Mention]) -> bool:
    """Politicians, parties, officials and media on both sides make an "attack" a verbal one."""
    return bool(mentions) and all(
        not set(m.actor.sectors) & ARMED_SECTORS
        and (m.actor.kind == "person" or bool(set(m.actor.sectors) & POLITICAL_SECTORS))
        and m.actor.kind not in ("group", "igo")
        for m in mentions
    )


def _unarmed(mentions: list[Mention]) -> bool:
    """Named actors none of whom bears arms: politicians, parties, rights groups, states' officials (a
    named group only when it is a party or the like: "Hamas" and "ISIS" fire real shots)."""
    return bool(mentions) and all(
        not set(m.actor.sectors) & ARMED_SECTORS
        and (m.actor.kind != "group" or bool(set(m.actor.sectors) & POLITICAL_SECTORS))
        for m in mentions
    )


def _implied(trigger: Token, country: str | None, sector: str, name: str, how: str = "implied") -> Mention:
    """An actor the act implies but the text does not name ("Navalny was arrested": the authorities),
    spanning the trigger that implies it (``how="protest"``: the people a protest noun stands for)."""
    actor = Actor(sector_code(country, (sector,)), name, country, (sector,), "agent")
    return Mention(trigger.text, trigger.idx, trigger.idx + len(trigger.text), actor, how=how)
