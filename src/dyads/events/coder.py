"""Events stage: predicates + actor mentions -> coded events (CAMEO, PLOVER, quad class, Goldstein).

For every verb or nominal trigger the predicate dictionary knows, the coder finds the source (the
subject side; the agent of a passive; the owner of a nominal "Turkish drone strikes") and the target (the
object side; the patient of a passive; "strikes on X"), expands coordinated actors ("Damascus and Tripoli
agreed" -> both), makes reciprocal events when two actors act together with no target, and sets the
modality (negated, hypothetical, intended, threatened) and the attribution of reported speech.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from itertools import permutations

from spacy.tokens import Span, Token

from dyads.actors.coref import OFFICE_NOUNS
from dyads.actors.dictionary import sector_code
from dyads.actors.resolve import DocumentActors
from dyads.attributes.places import lookup as lookup_place
from dyads.events.modality import (
    INTENT_WORDS,
    REPORTING_VERBS,
    THREAT_WORDS,
    Modality,
    advised,
    attribution_of,
    clause_chain,
    modality_of,
)
from dyads.events.ontology import EventType, load_ontology
from dyads.events.patterns import PatternIndex, load_patterns
from dyads.records import Actor, Mention, identified

LIGHT_VERBS = frozenset(
    {
        "launch",
        "carry",
        "conduct",
        "hold",
        "stage",
        "mount",
        "make",
        "begin",
        "start",
        "continue",
        "resume",
        "step",
        "intensify",
        "unleash",
        "perform",
        "undertake",
        "wage",
        "sign",
        "reach",
        "strike",
        "open",
        "pay",
        "have",
        "host",
        "join",
        "organise",
        "organize",
        "escalate",
        "announce",
    }
)
# "ordered the closure of the consulate": ordering an act is reported as the act itself (when it is one
# the dictionary codes), by the one who orders it, on the owner of what it is done to
ORDERING_VERBS = frozenset({"order", "decree", "authorize", "authorise"})
ORDERED_ROOTS = frozenset({"08", "15", "16", "17", "18", "19", "20"})
ACT_NOUN_VERBS = {  # act nouns and the verb they name, for ordered acts the noun dictionary lacks
    "closure": "close",
    "shutdown": "shut",
    "release": "release",
    "expulsion": "expel",
    "deportation": "deport",
    "eviction": "evict",
    "suspension": "suspend",
    "removal": "remove",
    "seizure": "seize",
    "arrest": "arrest",
    "detention": "detain",
    "withdrawal": "withdraw",
    "deployment": "deploy",
    "imposition": "impose",
    "increase": "increase",
    "assassination": "assassinate",
    "execution": "execute",
    "capture": "capture",
    "invasion": "invade",
    "demolition": "demolish",
}
TARGET_PREPS = (
    "against",
    "with",
    "on",
    "upon",
    "to",
    "toward",
    "towards",
    "at",
    "into",
    "from",
    "for",
    "over",
    "between",
    "among",
    "of",
    "targeting",
)
# verbs whose "of/for V-ing" names what their object did ("accused X of shelling", "thanked X for helping")
CHARGING_VERBS = frozenset(
    {
        "accuse",
        "blame",
        "charge",
        "suspect",
        "condemn",
        "criticize",
        "criticise",
        "praise",
        "thank",
        "commend",
        "punish",
        "sanction",
        "fault",
        "convict",
    }
)
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "call",
        "warn",
        "tell",
        "order",
        "force",
        "press",
        "pressure",
        "push",
        "encourage",
        "invite",
        "allow",
        "help",
        "persuade",
        "instruct",
        "request",
    }
)
ASYLUM_WORDS = frozenset({"asylum", "refuge"})
# purpose clauses that name a protest's target: "a hunger strike to demand X's resignation"
PROTEST_PURPOSE_VERBS = frozenset({"demand", "protest", "denounce", "oppose"})
# verbs that mobilize (154) only when the forces strengthened are the actor's own ("its forces")
STRENGTHEN_VERBS = frozenset({"strengthen", "bolster"})
KILL_LEMMAS = frozenset(
    {
        "kill",
        "die",
        "massacre",
        "execute",
        "behead",
        "slaughter",
        "assassinate",
        "murder",
        "shoot",
        "claim",
        "leave",
        "death",
    }
)
INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "acl", "pcomp", "prep", "pobj", "dobj", "attr"})
EVALUATING_VERBS = frozenset(
    {"say", "call", "describe", "term", "label", "brand", "dub", "add", "tell", "declare", "portray"}
)
NEGATIVE_VERDICTS = frozenset(
    {
        "unacceptable",
        "illegal",
        "unlawful",
        "provocation",
        "provocative",
        "violation",
        "aggression",
        "outrageous",
        "irresponsible",
        "reckless",
        "unfriendly",
        "hostile",
        "crime",
        "criminal",
        "terrorism",
        "terrorist",
        "barbaric",
        "atrocity",
        "mistake",
        "dangerous",
        "destabilizing",
        "destabilising",
        "illegitimate",
        "farce",
        "lie",
        # judging words of disapproval ("called the move a ploy", "portrayed the test as an affront")
        "ploy",
        "affront",
        "insult",
        "blunder",
        "sham",
        "pretext",
        "betrayal",
        "disaster",
        "tragedy",
        "destructive",
        "heinous",
        "flagrant",
        "unwarranted",
        "unjustified",
        "baseless",
        "unfounded",
        "unsubstantiated",
        "groundless",
        "aggressive",
        "abuse",
        "interference",
        "blackmail",
        # an actor said to serve a foreign master ("said the opposition leader is a puppet of the US")
        "puppet",
        "stooge",
        "lackey",
        # names a leader calls another ("called him a traitor", "branded Netanyahu a liar")
        "liar",
        "traitor",
        "dictator",
        "tyrant",
        "thug",
        "scum",
        "murderer",
        "butcher",
        "gangster",
        "bandit",
        "fascist",
        "racist",
    }
)
# verbs that give something a name ("branded X a liar", "labelled X a dictator")
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})
POSITIVE_VERDICTS = frozenset(
    {
        "welcome",
        "positive",
        "constructive",
        "historic",
        "important",
        "good",
        "productive",
        "fruitful",
        "encouraging",
        "breakthrough",
        "success",
    }
)
MATERIEL = frozenset(
    {
        "drone",
        "plane",
        "jet",
        "aircraft",
        "helicopter",
        "missile",
        "rocket",
        "tank",
        "vehicle",
        "ship",
        "vessel",
        "boat",
        "truck",
        "building",
        "house",
        "base",
        "satellite",
        "warplane",
    }
)
# nouns that refer back to an act already reported ("Russia condemned the launch")
EVENT_REFERENCES = frozenset(
    {
        "launch",
        "test",
        "attack",
        "strike",
        "move",
        "decision",
        "action",
        "step",
        "killing",
        "shooting",
        "bombing",
        "raid",
        "incident",
        "operation",
        "offensive",
        "invasion",
        "assault",
        "incursion",
        "seizure",
        "arrest",
        "execution",
    }
)
# "X vowed/plans/wants to attack Y": a declared intention to use force is a threat (CAMEO 13)
OWN_THREAT_CUES = frozenset({"vow", "pledge", "promise", "want", "plan", "intend", "seek", "aim", "prepare"})
MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})
MUTUAL_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "swap", "trade"})
# consultations both sides take part in: "X met Y", "X called Y", "X held talks with Y" is also Y's act
# toward X (not visits or hosting, 042/043, nor mediation, 045, which have a direction)
SYMMETRIC_CODES = frozenset({"040", "041", "044", "046"})
# verbs of coming together: "gathered / met / sat down for talks" (the meeting is the gatherers')
ASSEMBLY_VERBS = frozenset({"gather", "assemble", "convene", "meet", "sit", "come", "reconvene", "huddle"})
PAIR_NOUNS = frozenset(
    {"side", "country", "nation", "government", "party", "leader", "neighbour", "neighbor"}
)
FIRST_PERSON = frozenset({"we", "i", "us", "me"})
# verbs whose subject can only be a speaker ("It also accused X of ...": "it" is an institution, not a thing)
SPEAKING_VERBS = (
    REPORTING_VERBS
    | CHARGING_VERBS
    | {"denounce", "urge", "call", "warn", "reject", "demand", "deny", "threaten", "welcome", "allege"}
)
ASPECT_NOUNS = frozenset(
    {
        "formation",
        "establishment",
        "resumption",
        "restoration",
        "launch",
        "start",
        "beginning",
        "end",
        "conclusion",
        "signing",
        "opening",
        "reopening",
        "series",
        "wave",
        "round",
        "string",
    }
)
FORCE_WORDS = frozenset(
    {
        "force",
        "military",
        "attack",
        "strike",
        "war",
        "invade",
        "invasion",
        "bomb",
        "offensive",
        "troops",
        "army",
        "operation",
        "retaliate",
        "retaliation",
    }
)
# "Navalny was arrested", "lawmakers were detained": acts only an authority performs; with no agent
# named, the authorities of the country of the person acted on did it
AUTHORITY_ACTS = frozenset(
    {
        "arrest",
        "detain",
        "jail",
        "imprison",
        "sentence",
        "convict",
        "charge",
        "indict",
        "prosecute",
        "ban",
        "outlaw",
        "disqualify",
        "deport",
        "bar",
        "try",
        "summon",
    }
)
# a possessor of these subjects acts through them ("Iraq's Fatih alliance condemned ...")
ORGANISATION_NOUNS = frozenset(
    {
        "alliance",
        "coalition",
        "bloc",
        "party",
        "movement",
        "office",
        "council",
        "committee",
        "camp",
        "faction",
        "wing",
        "administration",
        "team",
        "delegation",
        "envoy",
        "mission",
        "cabinet",
        "leadership",
        "agency",
        "service",
        "body",
        "authority",
        "bureau",
        "department",
        "embassy",
        "consulate",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "statement",
    }
)
# "if India attacks us, we will respond": what an actor says it will do if another acts is a threat
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "answer", "strike", "hit", "punish", "act"})
RESPONSE_OBJECTS = frozenset(
    {"action", "step", "measure", "response", "retaliation", "consequence", "force", "countermeasure"}
)
CONDITION_MARKS = frozenset({"if", "unless", "should"})
# "Russia said it would respond in kind", "vowed to retaliate", "will hit back at X": a reply promised
# to another's act threatens the actor replied to (CAMEO 13); "hit"/"strike" only with "back"
RETALIATION_VERBS = frozenset({"respond", "retaliate", "avenge"})
STRIKE_BACK_VERBS = frozenset({"hit", "strike"})
# frames that announce the reply as the actor's own: said, warned, vowed ("critics fear X will retaliate"
# announces nothing of X's)
ANNOUNCING_FRAMES = REPORTING_VERBS | THREAT_WORDS | {"vow", "pledge", "promise", "signal", "threat"}
# appeals for calm, talks or a settlement ("called for restraint"): addressed to the parties even unnamed
PEACE_APPEALS = frozenset({"0256", "026", "027"})
MODAL_DEMANDS = frozenset({"must", "should", "could", "might", "may"})
# "vowed action against X", "pledged to take steps to deter X": a promised action that aims at someone
ACTION_NOUNS = frozenset({"action", "measure", "step", "countermeasure"})
PROMISING_VERBS = frozenset({"vow", "pledge", "promise", "threaten"})
PUNITIVE_VERBS = frozenset({"deter", "punish", "counter", "stop", "confront", "curb", "thwart", "retaliate"})
CONSEQUENCE_VERBS = frozenset({"have", "face", "bear", "suffer"})
# "will not allow Iran to build a bomb": a permission refused to another side's act warns it off
PERMITTING_VERBS = frozenset({"allow", "permit", "let"})
WAR_NOUNS = frozenset({"war", "escalation", "confrontation", "conflict", "hostility"})
REPLY_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "retribution"})
REPLIED_PREPS = frozenset({"against", "to", "for", "at", "on"})
# prepositions that place an act: their object is where it happened, not who did it
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})
OPEN_QUESTION_WORDS = frozenset({"how", "whether", "what", "when", "why", "if"})
# verbs that frame what another actor must do ("insisted that X must ...")
DEMAND_FRAMES = frozenset(
    {"reiterate", "insist", "stress", "emphasize", "emphasise", "warn", "conclude", "repeat"}
)
# verbs that talk about an act rather than do it ("portrayed the missile test as an affront")
FRAMING_VERBS = frozenset(
    {
        "portray",
        "describe",
        "call",
        "consider",
        "view",
        "see",
        "regard",
        "cite",
        "mention",
        "discuss",
        "recall",
        "remember",
        "criticize",
        "praise",
        "blame",
        "investigate",
        "study",
        "analyze",
        "cover",
        "watch",
        "monitor",
        "follow",
        "report",
        "question",
        "doubt",
        "fear",
        "expect",
        "predict",
        # "linked the bombing to the ELN": the act is someone else's (see ATTRIBUTING_VERBS)
        "link",
        "attribute",
        "tie",
        "connect",
        "pin",
        "trace",
    }
)
# -- naming the perpetrator of a hostile act is an accusation (112) of that perpetrator by the speaker
# "linked the car bombing to X", "attributed the attack to X", "pinned the killings on X"
ATTRIBUTING_VERBS = frozenset({"link", "attribute", "tie", "connect", "pin", "blame", "trace"})
# "the attack was carried out by X": passives whose agent is the one who did the act
PERPETRATING_VERBS = frozenset(
    {
        "carry",
        "perpetrate",
        "commit",
        "orchestrate",
        "mastermind",
        "stage",
        "plan",
        "launch",
        "conduct",
        "execute",
    }
)
# "the blast was the work of X", "... the handiwork of X"
AUTHORSHIP_NOUNS = frozenset({"work", "handiwork", "doing"})
# "took part in the attack", "participated in the raid", "joined the offensive"
PARTAKING_VERBS = frozenset({"participate", "join", "take"})
# "the deaths are the result of X's policies": nouns for what a thing is blamed on
CAUSE_NOUNS = frozenset({"result", "product", "consequence", "outcome"})
NAMED_OWNER_ENTS = frozenset({"NORP", "GPE", "ORG"})  # "American interference": a named owner
# misdeeds besides hostile acts that a speaker can name as the cause of harm ("the result of failures by X")
MISDEED_NOUNS = frozenset(
    {
        "prosecution",
        "persecution",
        "crackdown",
        "failure",
        "mistake",
        "negligence",
        "meddling",
        "interference",
    }
)
# hostile acts a speaker can pin on someone, besides nouns the pattern dictionary codes as force
HOSTILE_ACT_NOUNS = frozenset(
    {
        "attack",
        "blast",
        "explosion",
        "bombing",
        "bloodshed",
        "violence",
        "killing",
        "death",
        "massacre",
        "murder",
        "assassination",
        "kidnapping",
        "abduction",
        "poisoning",
        "ambush",
        "sabotage",
        "hack",
        "hacking",
        "cyberattack",
        "meddling",
        "interference",
        "atrocity",
        "incident",
        "shooting",
        "shelling",
        "strike",
        "airstrike",
        "raid",
        "assault",
        "crackdown",
    }
)
HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})
# "regrets that X ...": what one regrets another doing, one disapproves of
REGRET_WORDS = frozenset({"regret", "lament"})
# "has evidence that X ...": holding evidence of what another actor did accuses it
EVIDENCE_NOUNS = frozenset({"evidence", "proof"})
HOLDING_VERBS = frozenset(
    {
        "have",
        "gather",
        "find",
        "present",
        "provide",
        "show",
        "obtain",
        "produce",
        "cite",
        "possess",
        "collect",
    }
)
# what only a wrongdoer does: saying another actor does it accuses it ("said X was meddling in ...")
MISDEED_VERBS = frozenset(
    {"conspire", "plot", "scheme", "meddle", "interfere", "collude", "connive", "harbor", "harbour"}
)
# verbs whose clause states a finding as the subject's own ("officials believe Iran was behind it")
FINDING_VERBS = frozenset({"believe", "think", "suspect", "conclude", "determine", "find", "assess"})
# what a speaker's claim may pass through on its way to the act: "said it was clear / likely that",
# "said Britain is convinced that", "the Cabinet agreed that"
CERTAINTY_FRAMES = frozenset(
    {"be", "become", "seem", "appear", "clear", "likely", "certain", "sure", "convince", "confident", "agree"}
)
# state organs of one country speak for the same side ("Israeli officials said the strike was carried
# out by the army" admits, it does not accuse)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
# who reports on a conflict without being a side of it: rights groups, NGOs, the media
MONITOR_SECTORS = frozenset({"NGO", "HRI", "MED", "JRN"})
# what an act does when a speaker condemns it by its effect ("X said Y's move undermines peace")
HARMING_VERBS = frozenset(
    {
        "undermine",
        "dash",
        "threaten",
        "violate",
        "harm",
        "damage",
        "destabilize",
        "destabilise",
        "jeopardize",
        "jeopardise",
        "endanger",
        "sabotage",
        "breach",
        "erode",
        "derail",
        "provoke",
        "escalate",
        "inflame",
    }
)
# "drew criticism from X", "received aid from Y": the noun's act goes from X to the subject
RECEIVING_VERBS = frozenset(
    {"receive", "draw", "win", "get", "earn", "attract", "face", "obtain", "secure", "accept"}
    # an act that "prompted/sparked criticism from X" receives it too
    | {"prompt", "spark", "trigger", "provoke"}
)
# prepositions through which a phrase speaks about something rather than naming who it is ("a report on
# Argentina", "the dispute over Taiwan", "sanctions against Iran" are not Argentina, Taiwan, Iran)
TOPIC_PREPS = frozenset(
    {
        "on",
        "about",
        "over",
        "regarding",
        "concerning",
        "against",
        "into",
        "under",
        "behind",
        "despite",
        "after",
        "before",
        "during",
        "since",
        "than",
        "toward",
        "towards",
        "via",
        "through",
    }
)
# what a politician does to another politician with these verbs is done in words
WORD_ATTACKS = frozenset({"attack", "assail", "slam", "blast", "target", "hit"})
# goods whose receipt from someone is that someone's aid (not "credit", "relief", "help": often figurative)
GIVEN_GOODS = frozenset(
    {"weapon", "arm", "ammunition", "missile", "tank", "jet", "drone", "munition", "loan", "grant"}
    | {"funding", "fund", "money", "cash", "dollar", "million", "billion", "food", "medicine", "vaccine"}
)
# what is given, seen from the taker
GETTING_VERBS = frozenset({"receive", "get", "obtain", "secure", "acquire"})
EXERCISE_WORDS = frozenset({"exercise", "drill", "game", "maneuver", "manoeuvre", "wargame"})
# groups of a country that are not its state: what they yield, they yield to their government
NON_STATE_SECTORS = frozenset({"OPP", "REB", "SEP", "LAB", "EDU", "PTY", "CVL", "RAD", "UAF"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI", "MED", "JUD"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP", "SPY"})
# "announced a decision to withdraw": nouns whose infinitive is the act of whoever holds them
PLAN_NOUNS = frozenset(
    {
        "decision",
        "plan",
        "intention",
        "move",
        "bid",
        "effort",
        "attempt",
        "proposal",
        "promise",
        "pledge",
        "threat",
        "offer",
        "order",
        "readiness",
        "willingness",
        "commitment",
        "agreement",
        "deal",
        "vow",
        "call",
        "request",
        "demand",
        "right",
        "step",
        "push",
        "campaign",
        "ultimatum",
    }
)
# "engaged in fighting", "took part in the talks", "resorted to force": verbs whose prepositional object is
# the act their subject does
# ("were joined in the assault by X": the joined are not the doers, so not "join in")
PARTAKING = frozenset({("engage", "in"), ("participate", "in"), ("take", "in"), ("resort", "to")})
# "is in talks with X", "was on high alert", "is at war with X": a state the copula's subject is in
STATE_PREPS = frozenset({"in", "on", "at"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
# "issued a statement condemning X", "adopted a resolution calling on Y": a text's participle is the act
# of whoever issues it (not of whoever rejects or vetoes it: "vetoed a resolution condemning X")
DOCUMENT_NOUNS = frozenset({"statement", "resolution", "declaration", "communique", "letter", "message"})
ISSUING_VERBS = frozenset({"issue", "release", "adopt", "pass", "publish", "sign", "send", "post", "approve"})
# what one side puts to another: whoever a nationality adjective on it names proposed it
PROPOSAL_NOUNS = frozenset(
    {"proposal", "plan", "offer", "ultimatum", "initiative", "formula", "demand", "request", "invitation"}
)
CROWD_WORDS = frozenset(
    {"people", "civilian", "resident", "family", "villager", "thousand", "million", "hundred"}
)
# the dead a report counts without naming whose they are ("killed 300 people", "two men were shot")
UNNAMED_VICTIMS = frozenset(
    {"people", "person", "resident", "villager", "worshipper", "bystander", "passer-by", "passerby", "man",
     "woman", "child", "pedestrian", "shopper", "guest", "student", "pilgrim", "mourner"}
)  # fmt: skip
# repression that falls on a whole population when no one is named: curfews, emergency rule, closed
# networks and stations, tear gas, arrests of people the dictionary cannot place ("punished" names
# no victim)
POPULATION_ACTS = frozenset({"172", "1721", "1723", "1724", "173", "175"})
# acts that by their nature are done at home: easing curfews, emergency rule, bans or dissent and a
# leader stepping down (CAMEO 081x-0831); with the repression above, also when threatened, intended or
# refused ("threatened to impose a curfew", "declined to resign")
DOMESTIC_ACTS = POPULATION_ACTS | {"0811", "0812", "0813", "0814", "082", "0831"}
# of those, the acts that only ever fall on the people at home: curfews, emergency rule and their easing
HOME_RULE_ACTS = DOMESTIC_ACTS - {"172", "1721", "173", "175"}
# what protesters do to property and people short of killing is a riot, not military force (CAMEO 145:
# "prisoners rioted ..., setting fire to their mattresses and smashing furniture")
RIOT_ACTS = frozenset({"171", "1711", "1712", "180", "182", "1821", "1822", "190"})
PROTEST_NOUNS = frozenset(
    {"protest", "rally", "demonstration", "march", "gathering", "riot", "unrest", "crowd"}
)
# what "rallies" in sport and markets
COMEBACK_SUBJECTS = frozenset(
    {"team", "squad", "club", "player", "stock", "share", "market", "index", "price", "currency", "bond"}
)
# the words that name a crowd in the street as such (a party or a leader is no crowd)
PROTESTER_WORDS = frozenset({"protester", "demonstrator", "rioter", "activist", "crowd", "mob", "marcher"})
NOT_CODED = frozenset({"010", "01"})  # bare statements: PETRARCH's main source of noise


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


# "warned that the aid should not be diverted": a warning that something should(n't) be done asks it
APPEAL_MODALS = frozenset({"should", "must", "ought", "need"})
# "warned that he would ...": a personal pronoun subject of the warning's clause is (mostly) its speaker
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


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
            _same_side(s, m) or (m.actor.country == s.actor.country and set(m.actor.sectors) <= STATE_SECTORS)
            for s in sources
            for m in named
        )
        if subject.lower_ in SPEAKER_PRONOUNS or own_state:
            return None
    if any(c.dep_ == "aux" and c.lower_ in APPEAL_MODALS for cl in clauses for c in cl.children):
        return "020"
    return "110"


class EventCoder:
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
        replaced = {t.i for r in replies for t in r.scope}  # ("vowed action against X" is no 'vow' of 030)
        events = [e for e in events if e.trigger.i not in replaced] + replies
        events.extend(self._perpetrator_accusations(sent, actors, last_pair))
        events.extend(self._reported_misdeeds(sent, actors, last_pair))
        events.extend(self._evidence_accusations(sent, actors, last_pair))
        events.extend(self._regretted_acts(sent, actors, last_pair))
        events.extend(self._reported_hostilities(events, actors, last_pair))
        # a threat or commitment verb that governs a coded act is carried by that act
        # (not an event whose cue is its own trigger: "will not meet X" is the rejection itself)
        governors = {
            e.modality.cue.i
            for e in events
            if e.modality.cue is not None and e.modality.cue.i != e.trigger.i and not e.suppressed
        }
        events = [e for e in events if e.trigger.i not in governors]
        events = _merge_consequences(events)
        events = _drop_joined_restatements(events)
        events = _drop_protest_purposes(events)
        return self._dedupe(_drop_coarser_actors(_prefer_named_targets(events)))

    # -- verbs ------------------------------------------------------------------------------------------

    def _verb_events(self, verb: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[CodedEvent]:
        pattern = self.patterns.match_verb(verb)
        if pattern is None:
            return self._received(verb, actors, last_pair)
        lemma = verb.lemma_.lower()
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
            et.code == "175"
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
        if et.root in HOSTILE_ROOTS and not passive:
            # "militants attacked a checkpoint (in Kandahar, Afghanistan)": those manning it, not its place
            targets = _post_garrison(verb, sources, targets) or targets
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

    def _ordered_acts(
        self, verb: Token, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent] | None:
        """'Trump ordered the closure of the Russian consulate' is USA's closing of RUS's consulate (16),
        not a demand; None when the ordered object names no act the dictionary codes."""
        acts = [n for c in verb.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
        found: list[tuple[Token, EventType, str]] = []
        for act in acts:
            done_to = {
                g.lemma_.lower()
                for c in act.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            } | {c.lemma_.lower() for c in act.children if c.dep_ in ("compound", "amod")}
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

    def _received(self, verb: Token, actors: DocumentActors, last_pair: list[Mention]) -> list[CodedEvent]:
        """'Ukraine received weapons from the US': the giver provides them to the receiver (the object's
        own noun trigger, "received aid from X", is coded as a noun event)."""
        if verb.lemma_.lower() not in GETTING_VERBS:
            return []
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
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
            elif c.dep_ == "ccomp" and _harmful(c) and not _negated_verb(c):
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

    def _conditional_threats(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention], coded: set[int]
    ) -> list[CodedEvent]:
        """ "If India attacks us, we will respond", "warned there would be consequences unless Moscow
        complies": a response promised on another actor's condition is a threat (13) to that actor."""
        out: list[CodedEvent] = []
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or verb.i in coded or _negated_verb(verb):
                continue
            conditions = [c for c in verb.children if c.dep_ == "advcl" and _conditional(c)]
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
                self._assemble(
                    verb,
                    et,
                    f"{lemma} ... if",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    asserted=True,
                )
            )
        return out

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
                or _negated_verb(clause)
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
                self._assemble(
                    clause,
                    self.ontology["100"],
                    f"{speaker_verb.lemma_} ... {'should' if advised(clause) else 'must'}",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    asserted=True,
                )
            )
        return out

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
                self._assemble(
                    verb,
                    self.ontology["130"],
                    f"{verb.lemma_} (promised reply)",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    asserted=True,
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

    def _peace_declarations(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "We do not seek escalation or war," Zarif said; "the US does not want conflict with Iran": an
        actor disowning war with another declares a peaceful intent (03) toward it -- the one named, else
        the last actor reported acting against it."""
        out: list[CodedEvent] = []
        for verb in sent:
            if verb.lemma_.lower() not in ("seek", "want") or not _negated_verb(verb):
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
                if identified(m) and not any(_same_side(s, m) for s in sources)
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
                or _denied(clause)
                or _denied(frame)
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
            if promise.lemma_.lower() not in PROMISING_VERBS or _denied(verb) or _denied(promise):
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
            targets = [t for t in targets if identified(t) and not any(_same_side(s, t) for s in sources)]
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
            if identified(m) and not any(_same_side(o, m) for o in owners)
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
        return said_by is not None and any(_same_side(said_by, s) for s in sources)

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
            if identified(m) and not any(_same_side(s, m) for s in sources)
        ]

    def _provocation(self, noun: Token) -> bool:
        """An act one replies to: an attack, a move, sanctions, tariffs, expulsions (any hostile noun)."""
        lemma = noun.lemma_.lower()
        if lemma in HOSTILE_ACT_NOUNS or lemma in EVENT_REFERENCES:
            return True
        pattern = self.patterns.match_noun(noun)
        return pattern is not None and self.ontology[pattern.code].quad_class in (3, 4)

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
                if identified(t) and t.start not in described and not any(_same_side(s, t) for s in sources)
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
            if verb.lemma_.lower() not in MISDEED_VERBS or verb.pos_ != "VERB" or _denied(verb):
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
                and not _same_side(m, e.source)
            ]
            if not speakers:
                continue
            out.extend(
                self._assemble(
                    e.trigger,
                    self.ontology["112"],
                    f"say ... {e.trigger.lemma_} (reported hostility)",
                    speakers,
                    [e.source],
                    None,
                    actors,
                    last_pair,
                    asserted=True,
                )
            )
        return out

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
                or _denied(frame)
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

    def _refused_permissions(
        self, sent: Span, actors: DocumentActors, last_pair: list[Mention]
    ) -> list[CodedEvent]:
        """ "The US will not allow Iran to build a bomb", "we will never let terrorists divide us": a future
        refusal to let another side act warns that side off (130, PETRARCH's "WILL NEVER ALLOW"), whatever
        the act ("does not allow 3G" states a rule; "must not allow" exhorts; neither is coded here)."""
        out: list[CodedEvent] = []
        for verb in sent:
            if verb.lemma_.lower() not in PERMITTING_VERBS or verb.pos_ != "VERB":
                continue
            if modality_of(verb).kind != "refused" or verb.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"):
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
            sources = [m for m in self._verb_arguments(verb, False, actors, last_pair)[0] if identified(m)]
            targets = self._others_at(allowed, sources, actors, last_pair)
            if not sources or not targets:
                continue
            out.extend(
                self._assemble(
                    verb,
                    self.ontology["130"],
                    f"not {verb.lemma_} +actor to act",
                    sources,
                    targets,
                    None,
                    actors,
                    last_pair,
                    asserted=True,
                )
            )
        return out

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
                or _denied(holding)
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
            negated = _denied(tok.head)
        elif lemma == "responsible" and tok.dep_ in ("acomp", "oprd", "amod", "ccomp", "xcomp"):
            acts = [g for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
            acts = [a for a in acts if a.dep_ == "pobj"]
            if tok.dep_ == "acomp":  # "X is responsible for the killings"
                culprits = [c for c in tok.head.children if c.dep_ == "nsubj"]
                claim, negated = None, _denied(tok.head)
            else:  # "held X responsible for the attack"
                holder = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.head.head
                if holder.lemma_.lower() != "hold":
                    return None
                culprits = [c for c in holder.children if c.dep_ == "dobj"]
                claim, negated = holder, _denied(holder)
        elif lemma in PERPETRATING_VERBS and tok.pos_ == "VERB" and tok.tag_ == "VBN":
            acts = [c for c in children if c.dep_ == "nsubjpass"]  # "the attack was carried out by X"
            culprits = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            claim, negated = None, _denied(tok)
        elif lemma in AUTHORSHIP_NOUNS and tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
            acts = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "the blast was the work of X"
            culprits = [g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
            culprits = [g for g in culprits if g.dep_ == "pobj"]
            claim, negated = None, _denied(tok.head)
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
            claim, negated = None, _denied(tok)
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
            return (acts[0], culprits[0], None) if acts and culprits and not _denied(tok.head) else None
        elif lemma in ATTRIBUTING_VERBS and tok.pos_ == "VERB":
            acts = [c for c in children if c.dep_ == "dobj"]  # "linked the bombing to X"
            culprits = [
                g
                for c in (*children, *(g for a in acts for g in a.children))
                if c.dep_ == "prep" and c.lower_ in ("to", "on")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            claim, negated = tok, _denied(tok)
        elif lemma in ("describe", "portray", "call", "label", "brand") and tok.pos_ == "VERB":
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
            claim, negated = tok, _denied(tok)
            return (acts[0], culprits[0], claim) if acts and culprits and not negated else None
        else:
            return None
        if negated or not acts or not culprits or not self._hostile_act(acts[0]):
            return None
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.head.children):
            return None  # "asked whether X was behind the attack" accuses no one
        return acts[0], culprits[0], claim

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
            if _denied(head):
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
                if not subj or demanded or _denied(head) or _denied(head.head) or head.head.dep_ == "relcl":
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

    def _noun_event(
        self, noun: Token, actors: DocumentActors, last_pair: list[Mention], absorbed: set[int]
    ) -> list[CodedEvent]:
        pattern = self.patterns.match_noun(noun)
        if pattern is None:
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

    # -- shared -----------------------------------------------------------------------------------------

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
            targets = [_implied(trigger, country, "CVL", "civilians")]
        if act_code in DOMESTIC_ACTS and not self.partial:
            sources = _states_governing(trigger, act_code, sources, targets)
        if et.root == "15" and not targets and _joint_exercise(trigger, sources):
            et = self.ontology["062"]  # "French and Egyptian warships launched war games": done together
        pairs: list[tuple[Mention | None, Mention | None, bool]] = []
        # a named side makes a bare sector beside it noise ("Turkish drone strikes": not "drone" as MIL)
        sources = _preferidentified(_unique(sources))
        targets = _preferidentified(_unique(targets))
        # "X and Y agreed": each to the other; but not "X and Y fight smuggling" (the act has an object)
        # ("X and Y exchanged prisoners", "signed a deal": the pattern's own object keeps it mutual)
        # (the nominal trigger itself, "X and Y held talks", is no such object)
        has_object = not theme and any(
            c.dep_ in ("dobj", "attr") and c.i != trigger.i for c in (modality_token or trigger).children
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
                last_pair[:] = [sources[0], targets[0]]  # "the two sides" in a later sentence
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

    @staticmethod
    def _dedupe(events: list[CodedEvent]) -> list[CodedEvent]:
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


def _obligation(clause: Token) -> bool:
    """ "Y must leave", "Y should halt the launches": what the clause says Y is obliged to do."""
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children) or advised(clause)


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
    return [] if country is None else [_implied(trigger, country, "CVL", "civilians")]


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


def _names_pair(tok: Token) -> bool:
    """ "the two sides", "both countries" ("twenty-two countries" are not the two sides)."""
    return tok.lemma_.lower() in PAIR_NOUNS and any(
        c.lower_ in ("two", "both") and not any(g.dep_ == "compound" for g in c.children)
        for c in tok.children
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


def _same_act(a: str, b: str) -> bool:
    """Two codes of one root in one sentence and dyad name one act, except two different coercive
    measures (root 17) neither of which is the other's kind or the unspecified 170."""
    if a[:2] != "17":
        return True
    return a.startswith(b) or b.startswith(a) or "170" in (a, b)


def _prefer_named_targets(events: list[CodedEvent]) -> list[CodedEvent]:
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


CONTENT_PREPOSITIONS = frozenset({"of", "for", "over", "about", "behind"})
# words that say a denial or accusation exists, not what it is about ("denied any involvement in the attack")
CHARGE_WORDS = frozenset(
    {"allegation", "accusation", "claim", "charge", "report", "involvement", "responsibility", "role",
     "wrongdoing", "link", "part", "be", "have", "do", "deny", "denial", "accuse", "blame", "involve"}
)  # fmt: skip


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


# what a denial can deny that reports something said to have happened ("denied reports that ...")
CLAIM_NOUNS = frozenset(
    {"report", "rumor", "rumour", "speculation", "allegation", "accusation", "claim", "suggestion", "story"}
)


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


def _country_of(m: Mention | None) -> str | None:
    return m.actor.country if m is not None else None


def _drop_joined_restatements(events: list[CodedEvent]) -> list[CodedEvent]:
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


# what a demonstration says by being held: "rallied ..., burning flags to condemn X" (criticism, appeals,
# demands, rejections, threats: the verbal roots of disapproval and demand)
PROTEST_SAYS_ROOTS = frozenset({"02", "10", "11", "12", "13"})


def _drop_protest_purposes(events: list[CodedEvent]) -> list[CodedEvent]:
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


def _own_forces(m: Mention, sources: list[Mention]) -> bool:
    """ "its troops", "U.S. troops" withdrawn by the U.S.: the forces that move, not whom the act reaches."""
    return "MIL" in m.actor.sectors and (
        m.actor.country is None or any(m.actor.country == s.actor.country for s in sources)
    )


def _drop_coarser_actors(events: list[CodedEvent]) -> list[CodedEvent]:
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


def _merge_consequences(events: list[CodedEvent]) -> list[CodedEvent]:
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


def _place_object(trigger: Token) -> bool:
    """ "attacked El Fasher": the object is a place, whose country the attributes stage makes the target."""
    return any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for c in trigger.children)


def _preferidentified(mentions: list[Mention]) -> list[Mention]:
    known = [m for m in mentions if identified(m)]
    return known or mentions


# verbs of saying that present the clause as the speaker's contested claim, not as news
CLAIMING_VERBS = frozenset({"claim", "allege", "charge", "insist", "contend", "assert"})


def _contested_claim(trigger: Token) -> bool:
    """Is ``trigger`` in a clause a verb of claiming governs ("X claimed that Y had attacked Z")?"""
    top = clause_chain(trigger)[-1]
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in CLAIMING_VERBS


RAISING_VERBS = frozenset(
    {"raise", "increase", "heighten", "drive", "fuel", "worsen", "exacerbate", "deepen", "aggravate"}
)
DANGER_NOUNS = frozenset({"risk", "danger", "threat", "tension", "crisis", "suffering", "instability"})


def _harmful(clause: Token) -> bool:
    """ "Y's launches were dashing hopes", "Y's blockade has driven up the risk of famine": a clause whose
    subject harms (a verb of harm, or one raising a danger)."""
    lemma = clause.lemma_.lower()
    return lemma in HARMING_VERBS or (
        lemma in RAISING_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in DANGER_NOUNS for c in clause.children)
    )


STANDING_NOUNS = frozenset(
    {"credibility", "legitimacy", "authority"}
)  # what an actor can be said to have lost
SPEAKERS_ADDRESSED = FIRST_PERSON | {"you"}  # ("we lose credibility if ...": a warning, not a verdict)


def _lost_standing(clause: Token) -> bool:
    """ "(X said) Y has lost its credibility / legitimacy": a completed loss, not a risk ("risks losing"), a
    condition ("will lose credibility if") or a denial."""
    return (
        clause.lemma_.lower() in ("lose", "forfeit")
        and clause.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in STANDING_NOUNS for c in clause.children)
        and not _negated_verb(clause)
        and not _conditional(clause)
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


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _modifier_tree(noun: Token) -> list[Token]:
    """Modifiers of a noun and of its modifiers ("Turkish" in "Turkish drone strikes")."""
    out: list[Token] = []
    stack = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod"))
    return out


def _post_garrison(verb: Token, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """ "Taliban fighters attacked a security checkpoint", "gunmen ambushed a convoy": a non-state attack on
    a post or column of the state's forces names no owner but targets the forces manning it (police for a
    police post), of the country where it happened (placed with the event, later)."""
    for post in (c for c in verb.children if c.dep_ == "dobj"):
        garrison = _garrison_of(post, sources, targets)
        if garrison:
            return garrison
    return []


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
        if owned and verb.lemma_.lower() in OWNING_UP_VERBS and not _denied(verb):
            return verb, None
    elif prep.lower_ == "behind" and prep.head.lemma_.lower() == "be" and prep.head.dep_ == "ccomp":
        be, verb = prep.head, prep.head.head
        culprit = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if (
            culprit is not None
            and culprit.lower_ in SELF_NAMING_PRONOUNS
            and verb.lemma_.lower() in SELF_CLAIM_VERBS
            and not _denied(verb)
            and not _denied(be)
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


def _hyphen_participle(verb: Token) -> bool:
    """ "Russian-backed", "Saudi-led": a participle joined by a hyphen to the actor that does it."""
    return verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.i > 1 and verb.nbor(-1).text == "-"


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


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen = set()
    out = []
    for m in mentions:
        key = (m.start, m.end, m.actor.code)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _military(m: Mention) -> Mention:
    """ "Turkish drone strikes": the state that strikes is its military."""
    a = m.actor
    if a.kind == "state" and not a.sectors and a.country:
        return Mention(
            m.text, m.start, m.end, Actor(a.country + "MIL", a.name, a.country, ("MIL",), a.kind), m.how
        )
    return m


def _conditional(clause: Token) -> bool:
    """An if/unless clause, or an inverted one ("should Washington take such a step")."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
            return True
        if c.dep_ == "aux" and c.lower_ == "should":
            subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
            return subj is not None and c.i < subj.i
    return False


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
    if not auxes & {"will", "shall", "'ll", "would"} or _denied(clause):
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
    if auxes & {"could", "might", "may", "should", "must"} or _denied(verb):
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
    if _denied(head) or head.lemma_.lower() not in ANNOUNCING_FRAMES:
        return None
    if tok.dep_ == "xcomp" and ("to" in auxes or tok.tag_ == "VB"):
        return True  # "vowed to retaliate", "threatened to hit back"
    return True if tok.dep_ in ("ccomp", "acl", "parataxis") and (future or "would" in auxes) else None


def _same_side(speaker: Mention, named: Mention) -> bool:
    """Is ``named`` the speaker itself or another organ of the speaker's state (an admission, not an
    accusation: "Hamas said it was behind the attack", "officials said the army carried out the strike")?"""
    a, b = speaker.actor, named.actor
    if a.code == b.code:
        return True
    state = set(a.sectors) <= STATE_SECTORS and set(b.sectors) <= STATE_SECTORS
    return bool(a.country) and a.country == b.country and state and a.kind != "group" and b.kind != "group"


def _denied(word: Token) -> bool:
    """Negated, also when the parser takes a curly "n’t" for punctuation ("wasn’t responsible")."""
    return any(c.dep_ == "neg" or c.lower_ in ("n't", "n’t", "not", "never") for c in word.children)


def _negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


# a war as a whole: its dead are a running total, not one act's ("since the war began")
WHOLE_WAR_NOUNS = frozenset({"war", "conflict", "uprising", "insurgency", "revolution", "genocide"})
TOTAL_WORDS = frozenset({"total", "all", "overall", "altogether", "date"})  # "in total", "to date"
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip


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


MISSILES = frozenset({"missile", "rocket", "projectile", "icbm", "slbm"})
# what a volley of missiles is called ("fired a barrage of missiles")
VOLLEY_NOUNS = frozenset({"barrage", "salvo", "volley", "round", "series", "pair", "number", "string"})
AIMING_PREPS = frozenset({"at", "on", "into", "toward", "towards", "against", "across", "over"})


# what a bomb is called when it kills ("a blast killed", "killed in an explosion", "explosive device");
# "bomber" is one only as a "suicide bomber" (a "B-52 bomber" is an aircraft, see SUICIDE_GEAR)
EXPLOSIVE_WORDS = frozenset({"bomb", "bombing", "explosion", "blast", "explosive", "ied", "detonation"})
# bombs dropped from the air or fired by armies are aerial or military weapons (CAMEO 195), not 183
AERIAL_BOMB_WORDS = frozenset({"barrel", "cluster", "aerial", "air", "guided", "glide", "nuclear", "atomic"})
# "a gas explosion killed 270 miners": an accident's blast, no bombing
BLAST_CAUSES = frozenset({"gas", "methane", "boiler", "pipeline", "fireworks", "chemical", "industrial"})
SUICIDE_GEAR = frozenset({"bomber", "vest", "belt", "attacker"})  # a "suicide vest" is a suicide bombing
BOMBING_KINDS = {"suicide": "1831", "car": "1832", "truck": "1832", "vehicle": "1832", "roadside": "1833"}
# the clause a "killing" participle or a "when" clause hangs on names how the dead were killed
INSTRUMENT_PREPS = frozenset({"in", "by", "with"})
CIRCUMSTANCE_MARKS = frozenset({"when", "as", "after"})


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


def _state_force(m: Mention) -> bool:
    """A state named as such ("Israel", "Israeli") or its government or armed forces."""
    sectors = set(m.actor.sectors)
    return m.actor.kind == "state" and (not sectors or bool(sectors & {"GOV", "MIL"}))


# accidents and disasters: the deaths they cause are no act of anyone's
ACCIDENT_VERBS = frozenset(
    {"crash", "overturn", "collapse", "sink", "capsize", "derail", "plunge", "flip", "collide", "topple"}
)
ACCIDENT_NOUNS = frozenset(
    {
        "crash",
        "accident",
        "collision",
        "earthquake",
        "quake",
        "flood",
        "flooding",
        "storm",
        "landslide",
        "mudslide",
        "stampede",
        "avalanche",
        "cyclone",
        "hurricane",
        "typhoon",
        "tsunami",
        "heatwave",
        "wildfire",
        "blaze",
    }
)


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


def _civilians(m: Mention) -> Mention:
    country = m.actor.country
    people = Actor(sector_code(country, ("CVL",)), m.actor.name, country, ("CVL",), "agent")
    return Mention(m.text, m.start, m.end, people, how=m.how)


# verbs whose passive agent did the attack their subject names ("the raid was carried out by X", "the
# bombing was claimed by X"); the accusation frame's PERPETRATING_VERBS add planning ("masterminded by X")
ATTACK_DOING_VERBS = frozenset(
    {"carry", "conduct", "launch", "stage", "mount", "perform", "execute", "perpetrate", "commit", "claim"}
)
# "claimed responsibility / took credit for the attack": owning up to an act
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
OWNING_UP_VERBS = frozenset({"claim", "take", "accept", "assume"})
# "X said/announced it was behind the attack": a group naming itself as the attacker
SELF_CLAIM_VERBS = frozenset(
    {"say", "claim", "announce", "confirm", "declare", "boast", "acknowledge", "admit"}
)
SELF_NAMING_PRONOUNS = frozenset({"it", "we", "they"})
# posts and columns only a state's forces man ("attacked a checkpoint", "ambushed a patrol"); the facilities
# that are theirs only when named so ("a police station", "an army base", not "a train station")
MANNED_POSTS = frozenset({"checkpoint", "outpost", "barracks", "convoy", "patrol", "garrison"})
FORCE_FACILITIES = frozenset({"base", "post", "station", "headquarters", "camp"})
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
CIVIL_CARGO = frozenset(
    {"aid", "humanitarian", "relief", "medical", "diplomatic", "arms", "weapon", "refugee"}
)
FORCE_MODIFIERS = frozenset({"police", "military", "army", "security", "border", "air", "naval", "navy"})
# attack nouns in -ing the parser splits from their modifiers ("killed in Israeli tank shelling")
SPLIT_ATTACK_NOUNS = frozenset({"shelling", "bombing", "firing", "shooting"})
# what people are "killed in" that names no weapon: whose operation it was tells who killed them
OPERATION_NOUNS = frozenset({"operation", "mission", "sweep", "manhunt", "crackdown"})
UNDER_FIRE_NOUNS = frozenset(
    {
        "fire",
        "attack",
        "assault",
        "shelling",
        "bombardment",
        "gunfire",
        "rocket",
        "mortar",
        "siege",
        "airstrike",
    }
)
MOVEMENT_LEMMAS = frozenset({"enter", "cross", "push"})  # occupy only when armed forces or a state move in


def _can_occupy(m: Mention) -> bool:
    """Armed forces, or a state named as such ("Russia entered Ukraine"); not its people ("Syrians")."""
    if set(m.actor.sectors) & ARMED_SECTORS:
        return True
    return m.actor.kind == "state" and not m.actor.sectors and m.how == "name"


def _official(m: Mention) -> bool:
    """A person, an international organisation, or a state's government, legislature or elite."""
    sectors = set(m.actor.sectors)
    return (
        identified(m)
        and not sectors & ARMED_SECTORS
        and (m.actor.kind in ("person", "igo") or bool(sectors & {"GOV", "LEG", "ELI"}))
    )


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


def _implied(trigger: Token, country: str | None, sector: str, name: str, how: str = "implied") -> Mention:
    """An actor the act implies but the text does not name ("Navalny was arrested": the authorities),
    spanning the trigger that implies it (``how="protest"``: the people a protest noun stands for)."""
    actor = Actor(sector_code(country, (sector,)), name, country, (sector,), "agent")
    return Mention(trigger.text, trigger.idx, trigger.idx + len(trigger.text), actor, how=how)
