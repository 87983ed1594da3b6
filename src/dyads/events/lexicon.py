"""The coder's word lists: lemmas, nouns and sector codes the rules test tokens against.

Kept apart from the rules so a newcomer can read (and extend) what the coder knows without reading how
it walks the parse.  Grouped by the rule family that reads them; the first group is read by several.
"""

from __future__ import annotations

from dyads.events.modality import REPORTING_VERBS, THREAT_WORDS

# ==== used by several families ============================================================================

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

FIRST_PERSON = frozenset({"we", "i", "us", "me"})

# "if India attacks us, we will respond": what an actor says it will do if another acts is a threat
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "answer", "strike", "hit", "punish", "act"})

CONDITION_MARKS = frozenset({"if", "unless", "should"})

REPLY_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "retribution"})

REPLIED_PREPS = frozenset({"against", "to", "for", "at", "on"})

# prepositions that place an act: their object is where it happened, not who did it
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})

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

# state organs of one country speak for the same side ("Israeli officials said the strike was carried
# out by the army" admits, it does not accuse)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})

ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP", "SPY"})

OWNING_UP_VERBS = frozenset({"claim", "take", "accept", "assume"})


# ==== the verb and noun walk, arguments, mentions and assembly (coder.py) =================================

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
# beating an armed force: an event only when reported as done ("defeated the rebels"); "to defeat" is a goal
DEFEAT_VERBS = frozenset({"defeat", "rout"})

INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "acl", "pcomp", "prep", "pobj", "dobj", "attr"})

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

# bare consultation verbs that need two sides as their subject ("X and Y spoke on Thursday")
TALK_VERBS = frozenset({"speak", "talk"})

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

MODAL_DEMANDS = frozenset({"must", "should", "could", "might", "may"})

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

EXERCISE_WORDS = frozenset({"exercise", "drill", "game", "maneuver", "manoeuvre", "wargame"})

# groups of a country that are not its state: what they yield, they yield to their government
NON_STATE_SECTORS = frozenset({"OPP", "REB", "SEP", "LAB", "EDU", "PTY", "CVL", "RAD", "UAF"})

# a country's own people and groups that may act on, or be acted on by, their state: its non-state
# groups, refugees, media, NGOs and rights groups ("Uighur activists criticized China", "Turkey fought
# Kurdish rebels")
STATE_CHALLENGER_SECTORS = NON_STATE_SECTORS | {"REF", "MED", "NGO", "HRI"}

# the sides of a country's own politics ("lawmakers", "the opposition", "protesters", "the ruling party"):
# named bare, their words to a government are words to their own government
DOMESTIC_POLITICS_SECTORS = frozenset({"LEG", "OPP", "PTY"})

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
# a position stated with a copula ("Israel is opposed to French mediation", "Iran remains committed to the
# deal", "Turkey is open to talks with Syria"): the stance word's code; "open" only toward talks (036)
STANCE_WORDS = {"opposed": "110", "committed": "030", "open": "036"}
# verbs that predicate a stance of their subject ("is", "remains", "stays", "appears opposed to")
COPULAS = frozenset({"be", "remain", "stay", "seem", "appear"})
COMEBACK_SUBJECTS = frozenset(
    {"team", "squad", "club", "player", "stock", "share", "market", "index", "price", "currency", "bond"}
)

# the words that name a crowd in the street as such (a party or a leader is no crowd)
PROTESTER_WORDS = frozenset({"protester", "demonstrator", "rioter", "activist", "crowd", "mob", "marcher"})

# of those, the ones the dictionary codes as opposition (OPP, as Phoenix does); a crowd or mob is CVL
OPPOSITION_PROTESTER_WORDS = PROTESTER_WORDS - {"crowd", "mob"}

NOT_CODED = frozenset({"010", "01"})  # bare statements: PETRARCH's main source of noise

CONTENT_PREPOSITIONS = frozenset({"of", "for", "over", "about", "behind"})

# words that say a denial or accusation exists, not what it is about ("denied any involvement in the attack")
CHARGE_WORDS = frozenset(
    {"allegation", "accusation", "claim", "charge", "report", "involvement", "responsibility", "role",
     "wrongdoing", "link", "part", "be", "have", "do", "deny", "denial", "accuse", "blame", "involve"}
)  # fmt: skip

# what a denial can deny that reports something said to have happened ("denied reports that ...")
CLAIM_NOUNS = frozenset(
    {"report", "rumor", "rumour", "speculation", "allegation", "accusation", "claim", "suggestion", "story"}
)

MOVEMENT_LEMMAS = frozenset({"enter", "cross", "push"})  # occupy only when armed forces or a state move in


# ==== accusations, evaluations and claimants (rules/accusations.py) =======================================

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

# verbs of saying that present the clause as the speaker's contested claim, not as news
CLAIMING_VERBS = frozenset({"claim", "allege", "charge", "insist", "contend", "assert"})

RAISING_VERBS = frozenset(
    {"raise", "increase", "heighten", "drive", "fuel", "worsen", "exacerbate", "deepen", "aggravate"}
)

DANGER_NOUNS = frozenset({"risk", "danger", "threat", "tension", "crisis", "suffering", "instability"})

STANDING_NOUNS = frozenset(
    {"credibility", "legitimacy", "authority"}
)  # what an actor can be said to have lost

SPEAKERS_ADDRESSED = FIRST_PERSON | {"you"}  # ("we lose credibility if ...": a warning, not a verdict)


# ==== threats, demands, replies, vows, warnings and appeals (rules/threats.py) ============================

RESPONSE_OBJECTS = frozenset(
    {"action", "step", "measure", "response", "retaliation", "consequence", "force", "countermeasure"}
)

# "Russia said it would respond in kind", "vowed to retaliate", "will hit back at X": a reply promised
# to another's act threatens the actor replied to (CAMEO 13); "hit"/"strike" only with "back"
RETALIATION_VERBS = frozenset({"respond", "retaliate", "avenge"})

STRIKE_BACK_VERBS = frozenset({"hit", "strike"})

# frames that announce the reply as the actor's own: said, warned, vowed ("critics fear X will retaliate"
# announces nothing of X's)
ANNOUNCING_FRAMES = REPORTING_VERBS | THREAT_WORDS | {"vow", "pledge", "promise", "signal", "threat"}

# appeals for calm, talks or a settlement ("called for restraint"): addressed to the parties even unnamed
PEACE_APPEALS = frozenset({"0256", "026", "027"})

# "vowed action against X", "pledged to take steps to deter X": a promised action that aims at someone
ACTION_NOUNS = frozenset({"action", "measure", "step", "countermeasure"})

PROMISING_VERBS = frozenset({"vow", "pledge", "promise", "threaten"})

# verbs that judge, reward or punish someone "for" an act ("criticized X for V-ing", "jailed X for V-ing"):
# the act is the reason given, told in passing and often only alleged, not news of its own
JUDGING_VERBS = frozenset(
    {
        "criticize",
        "criticise",
        "condemn",
        "blast",
        "slam",
        "fault",
        "blame",
        "rebuke",
        "denounce",
        "attack",
        "praise",
        "commend",
        "applaud",
        "hail",
        "laud",
        "thank",
        "congratulate",
        "credit",
        "reward",
        "punish",
        "jail",
        "imprison",
        "sentence",
        "convict",
        "arrest",
        "detain",
        "charge",
        "indict",
        "prosecute",
        "fine",
        "sanction",
        "penalize",
        "penalise",
        "sue",
        "expel",
        "deport",
        "fire",
        "sack",
        "suspend",
    }
)
# verbs that name what an act was ("described the blasts as an attack by X")
DESCRIBING_VERBS = frozenset({"describe", "portray", "call", "label", "brand"})
PUNITIVE_VERBS = frozenset({"deter", "punish", "counter", "stop", "confront", "curb", "thwart", "retaliate"})

CONSEQUENCE_VERBS = frozenset({"have", "face", "bear", "suffer"})

# "will not allow Iran to build a bomb": a permission refused to another side's act warns it off
PERMITTING_VERBS = frozenset({"allow", "permit", "let"})
# "will no longer tolerate Iran's provocations": conduct refused to be put up with warns its doer off
TOLERATING_VERBS = frozenset({"tolerate"})

WAR_NOUNS = frozenset({"war", "escalation", "confrontation", "conflict", "hostility"})

OPEN_QUESTION_WORDS = frozenset({"how", "whether", "what", "when", "why", "if"})

# verbs that frame what another actor must do ("insisted that X must ...")
DEMAND_FRAMES = frozenset(
    {"reiterate", "insist", "stress", "emphasize", "emphasise", "warn", "conclude", "repeat"}
)

# "warned that the aid should not be diverted": a warning that something should(n't) be done asks it
APPEAL_MODALS = frozenset({"should", "must", "ought", "need"})
# "call" and "demand" as appeal nouns: "a close call", "a wake-up call", "a judgement call" are no appeals
FIGURATIVE_CALL_MODIFIERS = frozenset(
    {"close", "wake", "judgment", "judgement", "roll", "curtain", "last", "final", "cold", "courtesy"}
)

# "warned that he would ...": a personal pronoun subject of the warning's clause is (mostly) its speaker
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


# ==== attacks, bombings, operations, victims and tolls (rules/conflict.py) ================================

POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI", "MED", "JUD"})

# the dead a report counts without naming whose they are ("killed 300 people", "two men were shot")
UNNAMED_VICTIMS = frozenset(
    {"people", "person", "resident", "villager", "worshipper", "bystander", "passer-by", "passerby", "man",
     "woman", "child", "pedestrian", "shopper", "guest", "student", "pilgrim", "mourner"}
)  # fmt: skip

# a war as a whole: its dead are a running total, not one act's ("since the war began")
WHOLE_WAR_NOUNS = frozenset({"war", "conflict", "uprising", "insurgency", "revolution", "genocide"})

TOTAL_WORDS = frozenset({"total", "all", "overall", "altogether", "date"})  # "in total", "to date"

MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip

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

# verbs whose passive agent did the attack their subject names ("the raid was carried out by X", "the
# bombing was claimed by X"); the accusation frame's PERPETRATING_VERBS add planning ("masterminded by X")
ATTACK_DOING_VERBS = frozenset(
    {"carry", "conduct", "launch", "stage", "mount", "perform", "execute", "perpetrate", "commit", "claim"}
)

# "claimed responsibility / took credit for the attack": owning up to an act
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})

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

# what an armed side holds, whose attack targets the side: "shelled separatist positions", "bombed
# militant hideouts", "struck rebel camps"
HELD_POSITIONS = frozenset(
    {
        "position",
        "target",
        "camp",
        "hideout",
        "base",
        "basis",  # (the lemmatizer's reading of "bases")
        "stronghold",
        "post",
        "outpost",
        "bunker",
        "depot",
        "convoy",
        "checkpoint",
        "trench",
        "installation",
        "facility",
        "compound",
        "bastion",
        "den",
        "lair",
        "hideaway",
        "redoubt",
        "fortification",
        "headquarters",
        "encampment",
        "infrastructure",
    }
)

# the adjectives naming a non-state armed side by its sector (as the nouns in actors/data/sectors.yaml do):
# "separatist positions" are the separatists' as "rebel positions" are the rebels'
ARMED_SIDE_ADJECTIVES = {
    "separatist": "SEP",
    "secessionist": "SEP",
    "rebel": "REB",
    "militant": "REB",
    "insurgent": "REB",
    "jihadist": "REB",
    "guerrilla": "REB",
    "guerilla": "REB",
    "terrorist": "UAF",
}

# the participles of an area's holder: "rebel-held districts", "Houthi-controlled ports"
AREA_HOLDING_PARTICIPLES = frozenset({"hold", "control"})

# the sides that may fight a named one unnamed themselves: "Ukrainian troops and separatists clashed",
# "police and protesters clashed" (bare sectors, placed with the event later)
FIGHTING_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP", "OPP"})

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


# ==== ordered acts, received goods, visits and withdrawals (rules/acts.py) ================================

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

# goods whose receipt from someone is that someone's aid (not "credit", "relief", "help": often figurative)
GIVEN_GOODS = frozenset(
    {"weapon", "arm", "ammunition", "missile", "tank", "jet", "drone", "munition", "loan", "grant"}
    | {"funding", "fund", "money", "cash", "dollar", "million", "billion", "food", "medicine", "vaccine"}
)

# what is given, seen from the taker
GETTING_VERBS = frozenset({"receive", "get", "obtain", "secure", "acquire"})

# a received commitment is the giver's pledge ("won assurances from X" is X's 030; "a pledge of aid", 033)
PLEDGE_NOUN_VERBS = {
    "assurance": "assure",
    "guarantee": "guarantee",
    "pledge": "pledge",
    "promise": "promise",
    "commitment": "commit",
}


# ==== sentence-level post-filters (filters.py) ============================================================

# what a demonstration says by being held: "rallied ..., burning flags to condemn X" (criticism, appeals,
# demands, rejections, threats: the verbal roots of disapproval and demand)
PROTEST_SAYS_ROOTS = frozenset({"02", "10", "11", "12", "13"})
