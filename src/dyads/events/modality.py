"""Is the act asserted?  Negation, hypotheticals, intentions, threats and who reports it.

The clause chain of a trigger is the trigger and the words that govern it up to its clause's main verb
("We don't have the desire to clash": clash <- desire <- have).  A negation, a conditional, an intention
word or a threat verb anywhere on that chain changes what the sentence asserts.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

CHAIN_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "acl",
        "dobj",
        "pobj",
        "prep",
        "conj",
        "pcomp",
        "attr",
        "advcl",
        "relcl",
        "nsubj",
        "nsubjpass",
        "csubj",
        "appos",
        "compound",
        "amod",
    }
)
CIRCUMSTANTIAL_PREPS = frozenset({"in", "during", "after", "before", "since", "following", "amid", "at"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})  # "would" outside reports
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
INTENT_WORDS = frozenset(
    {
        "desire",
        "intention",
        "intend",
        "plan",
        "want",
        "aim",
        "seek",
        "hope",
        "wish",
        "prepare",
        "consider",
        "mull",
        "propose",
        "expect",
        "try",
        "attempt",
        "offer",
        "ready",
        "prepared",  # "is prepared to hold talks" (the adjective, not "prepare")
        "willing",
        "readiness",
        "willingness",
        "bid",
        "effort",
        "push",
    }
)
COMMIT_WORDS = frozenset(
    {"pledge", "promise", "agree", "vow", "commit", "decide", "resolve", "undertake", "announce"}
)
# "urged both sides to return to talks": the talks are asked for, not held
REQUEST_WORDS = frozenset(
    {
        "urge",
        "ask",
        "call",
        "press",
        "encourage",
        "invite",
        "request",
        "demand",
        "appeal",
        "implore",
        "pressure",
        "persuade",
        "order",
        "instruct",
        "advise",
    }
)
THREAT_WORDS = frozenset({"threaten", "warn", "threat", "warning", "ultimatum"})
REPORTING_VERBS = frozenset(
    {
        "say",
        "report",
        "add",
        "tell",
        "announce",
        "claim",
        "state",
        "confirm",
        "note",
        "insist",
        "write",
        "allege",
        "quote",
        "cite",
        "declare",
        "explain",
        "stress",
        "argue",
        "reveal",
        "show",
        "indicate",
        "suggest",
        "acknowledge",
        "admit",
        "reiterate",
        "repeat",
        "emphasize",
        "emphasise",
        "underline",
    }
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})  # spaCy splits "won't" as "wo" + "n't"
OBLIGATION_AUX = frozenset({"must"})
ALLEGING_VERBS = frozenset({"accuse", "blame", "suspect", "allege"})
# nouns whose that-clause is someone's claim, not the reporter's assertion ("reports that Iran armed Russia")
CLAIM_NOUNS = frozenset(
    {"report", "allegation", "accusation", "claim", "rumour", "rumor", "speculation", "suggestion"}
    | {"suspicion"}
)
REFUSE_WORDS = frozenset({"refuse", "decline", "reject", "rule", "veto"})
# "China denied mistreating Uighurs", "dismissed allegations of bombing": a denial's content is not asserted
DENIAL_VERBS = frozenset({"deny", "refute", "rebut", "dismiss", "dispute", "rebuff"})
# "raised fears of a Turkish offensive", "the risk of war": an act feared or weighed has not happened
FEARED_NOUNS = frozenset(
    {"fear", "risk", "prospect", "possibility", "danger", "spectre", "specter", "likelihood", "chance"}
)


@dataclass(frozen=True)
class Modality:
    kind: str  # asserted | negated | hypothetical | intended | requested | committed | threatened
    cue: Token | None = None  # the word that sets it
    future: bool = False


def clause_chain(trigger: Token) -> list[Token]:
    """The trigger and its governors up to (and including) the main verb of its clause."""
    chain = [trigger]
    tok = trigger
    while tok.head.i != tok.i and tok.dep_ in CHAIN_DEPS:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in CIRCUMSTANTIAL_PREPS:
            # "did not raise it in his phone call with Putin", "no progress in a round of talks": the
            # call and the talks are presupposed, whatever the clause around them says
            break
        if tok.dep_ in ("advcl", "relcl", "conj") and tok.pos_ in ("VERB", "AUX") and tok is not trigger:
            break
        if tok.dep_ in ("advcl", "relcl") and tok is trigger and not pushes_someone(tok.head):
            break  # the trigger heads its own clause (but "pushed the army to attack" asks for the attack)
        if tok is trigger and _noun_participle(tok):
            # "expects that militias, backed by Iran, would attack": the participle describes the
            # militias as they are; the noun's own words still count ("no militias backed by Iran")
            chain.append(tok.head)
            break
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            break  # a coordinated verb is its own assertion
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS:
            break  # "X said (that) ...": the report does not change what is asserted
        tok = tok.head
        chain.append(tok)
    return chain


def _noun_participle(tok: Token) -> bool:
    """A past participle modifying a noun ("militias backed by Iran", "weapons supplied by Russia"): a
    standing description of the noun, not a predicate of the clause the noun sits in."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _negated(tok: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in NEGATORS) or _no_longer(c)
        for c in tok.children
    )


def _no_longer(tok: Token) -> bool:
    """ "will no longer fund UNRWA": spaCy hangs the "no" on "longer", not on the verb."""
    return tok.dep_ == "advmod" and tok.lower_ == "longer" and any(c.lower_ == "no" for c in tok.children)


def _be_to(tok: Token) -> bool:
    """ "X is to visit Y", "the army is to take control": "be to" + infinitive plans the act ("is to blame"
    judges, it plans nothing)."""
    return (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() == "be"
        and tok.lemma_.lower() != "blame"
        and tok.head.tag_ in ("VBZ", "VBP")  # ("was to attack" planned what may not have happened)
    )


def reported(chain: list[Token]) -> bool:
    """Is the clause the content of a reporting verb ("X said it would ...")?"""
    top = chain[-1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.dep_ in ("ccomp", "parataxis") and top.head.lemma_.lower() in REPORTING_VERBS


def modality_of(trigger: Token) -> Modality:
    """What the sentence asserts about the act.

    CAMEO's conventions: an actor announcing its own future act is coding-relevant — a future cooperative
    act is an intent (03), a future conflictual act a threat (13), a refusal ("will not accept") a
    rejection (12); "X must do Y" is a demand (10).  "Would" in reported speech is such a future, not a
    conditional; an if-clause, "could", "might" or "may" is.
    """
    chain = clause_chain(trigger)
    in_report = reported(chain)
    future = False
    negation: Token | None = None
    # "warned they would take action if Israel does not halt": a conditional threat is a threat
    threat = next((t for t in chain[1:] if t.lemma_.lower() in THREAT_WORDS), None)
    for tok in chain:
        if _negated(tok) and negation is None:
            negation = tok
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return Modality("threatened", threat) if threat is not None else Modality("hypothetical", c)
            if c.dep_ != "aux":
                continue
            word = c.lower_
            if word == "to" and _be_to(tok):
                future = True  # "the military is to take control of Gaza": a planned act
            if tok is trigger and (word in OBLIGATION_AUX or (word == "should" and advised(tok))):
                return Modality("negated" if negation is not None else "demanded", c)
            if word in FUTURE_AUX or (word == "would" and in_report):
                future = True
            elif word in HYPOTHETICAL_AUX:
                return Modality("threatened", threat) if threat is not None else Modality("hypothetical", c)
    if negation is not None:
        # "Syria says it will not accept more refugees": a refusal, not a non-event
        return Modality("refused" if future else "negated", negation, future=future)
    # "accused the RSF of shelling Omdurman": the shelling is alleged, not reported as fact
    for a, b in zip(chain, chain[1:], strict=False):
        if a.dep_ == "prep" and a.lower_ in ("of", "for") and b.lemma_.lower() in ALLEGING_VERBS:
            return Modality("alleged", b)
    # "reports that Iran has been arming Russia", "rebutted claims that he leaked": a claim's content
    for a, b in zip(chain, chain[1:], strict=False):
        content_clause = a.dep_ == "acl" and a.pos_ in ("VERB", "AUX")
        if content_clause and b.pos_ == "NOUN" and b.lemma_.lower() in CLAIM_NOUNS:
            return Modality("alleged", b)
    denial = _denied(chain)
    if denial is not None:
        return Modality("negated", denial)
    feared = _feared(chain)
    if feared is not None:
        return Modality("hypothetical", feared)
    # "failed to pledge any action", "failed to reach a deal": the act did not happen
    failure = next((t for t in chain[1:] if t.lemma_.lower() == "fail" and t.pos_ == "VERB"), None)
    if failure is not None:
        return Modality("negated", failure)
    # "refused to commit to any assistance": a refusal anywhere above the act outweighs the promise in it
    refusal = next((t for t in chain[1:] if t.lemma_.lower() in REFUSE_WORDS and t.pos_ == "VERB"), None)
    if refusal is not None and not any(t.lemma_.lower() in THREAT_WORDS for t in chain[1:]):
        return Modality("refused", refusal)
    aim = _looked_to(trigger)
    if aim is not None:
        return Modality("intended", aim)
    for tok in chain:
        if tok is trigger:
            continue
        lemma = tok.lemma_.lower()
        if lemma in THREAT_WORDS:
            return Modality("threatened", tok)
        if lemma in COMMIT_WORDS:
            return Modality("committed", tok)
        if lemma in REQUEST_WORDS or pushes_someone(tok):
            return Modality("requested", tok)
        if lemma in REFUSE_WORDS:
            return Modality("refused", tok)
        if lemma in INTENT_WORDS:
            return Modality("intended", tok)
    if future:
        return Modality("intended", None, future=True)
    return Modality("asserted")


def _denied(chain: list[Token]) -> Token | None:
    """ "denied mistreating Uighurs", "denied that it had attacked", "dismissed allegations of bombing":
    the active denial verb before the act (not "denied him entry": there the trigger is "deny" itself)."""
    trigger = chain[0]
    for a, b in zip(chain, chain[1:], strict=False):
        if a.dep_ == "prep" and a.lower_ != "of" and b.lemma_.lower() not in CLAIM_NOUNS:
            # "denied knowing anything about the investigation", "pivoted from denying X to blaming Y":
            # what is talked about is presupposed
            return None
        if b.lemma_.lower() in DENIAL_VERBS and b.pos_ == "VERB":
            # "was dismissed from office" is a firing; "accuses X, a charge Y denies" a misparse
            active = not any(c.dep_ in ("auxpass", "nsubjpass") for c in b.children)
            return b if active and b.i < trigger.i else None
    return None


def _feared(chain: list[Token]) -> Token | None:
    """ "raised fears of a Turkish offensive", "the prospect of new sanctions": the noun that makes the act
    only feared or weighed ("fear" and "risk" as verbs are left to the future/hypothetical auxiliaries)."""
    for a, b in zip(chain, chain[1:], strict=False):
        if a.dep_ == "prep" and a.lower_ == "of" and b.pos_ == "NOUN" and b.lemma_.lower() in FEARED_NOUNS:
            return b
    return None


def _looked_to(trigger: Token) -> Token | None:
    """ "both sides looked to defuse the crisis", "Moscow was looking to help him": "look to" + infinitive
    is an aim (spaCy often attaches the infinitive as an advcl, which ends the clause chain)."""
    head = trigger.head
    if (
        trigger.dep_ in ("xcomp", "advcl")
        and head.lemma_.lower() == "look"
        and head.i < trigger.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and not any(c.dep_ in ("dobj", "prep") for c in head.children if c.i < trigger.i)
    ):
        return head
    return None


def pushes_someone(verb: Token) -> bool:
    """ "pushed Israel to allow aid": pushing someone to act asks it of them (like "pressed"), whereas
    "pushing to revive talks" (no object) is the pusher's own intent."""
    if verb.lemma_.lower() != "push" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    # the parser hangs "to attack" on the verb as xcomp or, as often, as a purpose advcl; the advcl
    # only when the object is a named party ("pushed the Syrian army to attack", not "pushed fake
    # news to help Trump")
    named = any(t.ent_type_ for t in objects[0].subtree)
    return any(
        c.i > objects[0].i
        and (
            c.dep_ == "xcomp"
            or (named and c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        )
        for c in verb.children
    )


def attribution_of(trigger: Token) -> tuple[str | None, Token | None]:
    """Who reports the event: the subject of a reporting verb governing the clause, or "according to X"."""
    chain = clause_chain(trigger)
    top = chain[-1]
    while top.dep_ == "conj" and top.head.i != top.i:  # "X opposed ... and agreed ..., media said"
        top = top.head
    # "..., state media said": the clause is a ccomp (or the reporting verb is a parataxis/ccomp of it)
    speaker_verb: Token | None = None
    if top.dep_ in ("ccomp", "parataxis") and top.head.lemma_.lower() in REPORTING_VERBS:
        speaker_verb = top.head
    else:
        for c in top.children:
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTING_VERBS and c.i > trigger.i:
                speaker_verb = c
                break
    if speaker_verb is not None:
        for c in speaker_verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _phrase(c), c
    sent = trigger.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            objs = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0]), objs[0]
    return None, None


def _phrase(tok: Token) -> str:
    """The noun phrase of a speaker, without trailing relative clauses or appositions: "the Syrian
    Observatory for Human Rights", "officials in Kabul"; not "officials, who asked not to be named"."""
    begin = min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "punct"), default=tok.i)
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ not in ("prep", "compound", "amod", "nummod", "case", "pobj"):
            break  # a comma, an apposition or a relative clause ends the name
        end = child.right_edge.i + 1
    return tok.doc[begin:end].text


def advised(clause: Token) -> bool:
    """ "Y should halt the launches" advises an act; "Y should have been fired" (a reproach), "Y should be
    readmitted" (someone else's act), "Y should be wary" (a state) and "should Y attack" (if Y attacks)
    do not."""
    modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "should"), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        modal is not None
        and subject is not None
        and subject.i < modal.i
        and clause.lemma_.lower() != "be"
        and not any(
            c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lemma_.lower() == "have")
            for c in clause.children
        )
    )
