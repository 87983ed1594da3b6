"""Attributes stage: a coded event gets its date, place, fatalities, evidence and confidence.

Dates and places are taken from the event's own clause first (the DATE or place phrase attached to the
trigger or its arguments), then from its sentence; an act its sentence does not date is dated as README's
"Event dates" says (a recent date from the sentences before, the lead's day, the month of a perfect, else
the publication date).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dyads.actors.dictionary import sector_code
from dyads.actors.resolve import US_STYLE_LEGISLATORS
from dyads.attributes.dates import ResolvedDate, resolve_date
from dyads.attributes.numbers import count_qualifier, parse_count
from dyads.attributes.places import BIG_TOWN, Place, clean_place_name, lookup
from dyads.events.coder import CodedEvent
from dyads.events.lexicon import HOSTILE_ACT_NOUNS, WHOLE_WAR_NOUNS
from dyads.events.modality import FUTURE_AUX, REPORTING_VERBS
from dyads.events.rules.conflict import cumulative_toll
from dyads.parse import dateline, entity_at, sentence_ents
from dyads.records import Actor, Document, Event, Mention, identified

PLACE_PREPS = frozenset(
    {
        "in",
        "near",
        "at",
        "over",
        "outside",
        "around",
        "across",
        "inside",
        "into",
        "on",
        "off",
        "along",
        "throughout",
        "within",
        "from",
        "of",
    }
)
PLACE_NOUNS = frozenset(
    {
        "area",
        "city",
        "town",
        "village",
        "region",
        "province",
        "district",
        "governorate",
        "countryside",
        "outskirts",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "camp",
        "state",
        "county",
        "valley",
        "border",
        "coast",
        "island",
        "port",
        "capital",
        "enclave",
    }
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# continents and regions: "in Europe" places an event in no country (and is no town to look up)
REGIONS = frozenset(
    {
        "europe",
        "eastern europe",
        "western europe",
        "central europe",
        "asia",
        "central asia",
        "east asia",
        "south asia",
        "southeast asia",
        "africa",
        "north africa",
        "west africa",
        "east africa",
        "southern africa",
        "sub-saharan africa",
        "middle east",
        "gulf",
        "persian gulf",
        "latin america",
        "south america",
        "north america",
        "central america",
        "caribbean",
        "balkans",
        "caucasus",
        "sahel",
        "horn of africa",
        "scandinavia",
        "mediterranean",
        "pacific",
        "arctic",
        "west",
        "levant",
        "indo-pacific",
        "baltics",
    }
)


@dataclass(frozen=True)
class Lead:
    """What a document's opening tells about its dates."""

    reference: dt.date  # the day relative dates count from: publication, or the day after (a lagging stamp)
    news_day: dt.date | None  # the day the lead reports ("on Wednesday" in a Thursday paper), if it says
    sentence_end: int  # the end (token index) of the lead: the sentence giving the news day, else the first


@dataclass(frozen=True)
class Dateline:
    """The place a lead paragraph's dateline names ("SEOUL, South Korea (AP) — "), with its paragraph."""

    start: int
    end: int
    location: dict
    wire: bool = True  # a bare wire dateline ("MOSCOW (Reuters) -"), not "BIARRITZ, France -"


@dataclass
class DocumentContext:
    """What the attributes stage remembers while it walks through a document."""

    document: Document
    countries: set[str] = field(default_factory=set)  # countries the document's actors belong to
    states: dict[str, str] = field(default_factory=dict)  # place-like state names -> ISO3
    state_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> canonical name
    last_date: ResolvedDate | None = None
    main_country: str | None = None  # the country the document is about, when one clearly dominates
    last_date_sentence: int = -10
    lead: Lead | None = None  # read from the document's opening sentences on the first event
    # the date of the latest attack told with a place of its own, for a later "the attack"
    attack_date: ResolvedDate | None = None

    @functools.cached_property
    def dateline(self) -> Dateline | None:
        """The lead paragraph's dateline and its place, read once, when the first event asks for it."""
        return _lead_dateline(self)


def _anchor(tok: Token, scope: set[int], limit: int = 8) -> bool:
    """Does ``tok`` hang (through prepositions and nouns) from one of the scope tokens?"""
    t = tok
    for _ in range(limit):
        if t.i in scope:
            return True
        if t.head.i == t.i:
            return False
        if t.dep_ in ("ccomp", "advcl", "relcl", "parataxis") and t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


# verbs of leaving: the place of "after leaving X" is where the main act is not
DEPARTURE_VERBS = frozenset({"leave", "depart", "flee", "quit", "exit", "escape"})


def _sequenced_act(tok: Token, scope: set[int]) -> Token | None:
    """The verb of an "after/before/since V-ing" phrase between ``tok`` and the event ("after golfing in
    Scotland"): an act of its own, before or after the main one."""
    for t in (tok, *tok.ancestors):
        if t.i in scope:
            return None
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in ("after", "before", "since"):
            return t
    return None


def _scope_tokens(ev: CodedEvent) -> set[int]:
    scope = {t.i for t in ev.scope}
    for t in ev.scope:
        for c in t.children:
            if c.dep_ in ("dobj", "nsubj", "nsubjpass", "prep", "npadvmod", "advmod", "acl", "pobj", "agent"):
                scope.add(c.i)
    return scope


def event_date(ev: CodedEvent, sent: Span, ctx: DocumentContext, sentence_index: int) -> ResolvedDate | None:
    lead = _lead(sent.doc, ctx)
    published = lead.reference if ctx.document.published is not None else None
    future = ev.modality.future
    scope = _scope_tokens(ev)
    trigger = ev.trigger
    quantity = trigger.head.head  # "a flurry of meetings ... in June 2018", "a wave of strikes"
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and quantity.pos_ == "NOUN"
        and not quantity.ent_type_
    ):
        scope.add(quantity.i)
    # spaCy tags "Wednesday afternoon" as TIME: it dates the event as well as any DATE
    dates = [e for e in _date_entities(sent) if _dates_the_event(e, ev)]
    # nearer dates first: "withdrew from a 1987 pact on Friday" is dated Friday
    dates.sort(key=lambda e: _distance(e.root, scope))
    chosen: ResolvedDate | None = None
    chosen_from: Span | None = None  # the date phrase ``chosen`` was read from
    vague: Span | None = None  # a date of the event's own that cannot be pinned down ("last week")
    # never the date of a coordinated act with its own subject ("... on Tuesday but Israel accused Hamas")
    dates = [e for e in dates if not _other_act(e.root, trigger)]
    intent = ev.event_type.code.startswith("03")
    if ev.event_type.root in ("03", "13") and published is not None:
        # "Trump will impose tariffs on Thursday" (a threat), "will meet on Friday" (an intent): a day still
        # to come in the act's own future clause is the day of the act announced, not of the announcement
        dates = [e for e in dates if not _announced_day(e, published)]
    for ent in dates:
        if _anchor(ent.root, scope) or _anchor(ent.root.head, scope):
            chosen = _days_from_clause(ent, ev, sent, ctx) or resolve_date(
                _date_phrase(ent), published, future=future
            )
            if chosen and intent and published is not None and chosen.value[:10] > published.isoformat():
                chosen = None  # "will meet on Friday": the meeting's day, not the day the intent was said
            if chosen:
                chosen_from = ent
                break
            # an unresolved TIME ("afternoon") says nothing about the day; nor does the vague time still ahead
            # of an intended act ("preparing to meet this week") date the intent ("decided months ago" does)
            if ent.label_ == "DATE" and not (intent and not _PAST_WORDS_RE.search(ent.text.lower())):
                vague = vague or ent
    if chosen is None and (framing := _when_antecedent(trigger, sent)) is not None:
        # "before the 1948 Nakba, when militias expelled ...": the time the clause describes
        # "until Sunday, when ...": Sunday; "the 1967 war, when ...": 1967
        year = _YEAR_RE.search(framing.text) if framing.label_ == "EVENT" else None
        chosen = resolve_date(year.group(0) if year else framing.text, published)
        chosen_from = framing
    if chosen is None:
        # a sentence-level date that belongs to no other clause ("On Sunday, 19 ... were killed, X said";
        # "Over the past week, the army said it had struck ...")
        for ent in dates:
            if _anchor(ent.root, {sent.root.i}, limit=3) or ent.root.head.i == ent.root.i:
                chosen = _days_from_clause(ent, ev, sent, ctx) or resolve_date(
                    _date_phrase(ent), published, future=future
                )
                if chosen:
                    chosen_from = ent
                    break
                if ent.label_ == "DATE" and _DEICTIC_RE.search(ent.text.lower()):
                    vague = vague or ent  # not a span of time ("after 11 weeks of blockade")
    if chosen is None and vague is None:
        # the sentence's only date, even in another clause ("dispersed crowds who massed on Saturday"), but
        # not the date of an earlier act ("confirmed it hours after Trump spoke on Tuesday")
        own = [e for e in dates if _earlier_act_clause(e.root, trigger) is None]
        resolved = [(r, e) for e in own if (r := resolve_date(_date_phrase(e), published, future=future))]
        if len({r.value for r, _ in resolved}) == 1:
            chosen, chosen_from = resolved[0]
    if chosen is not None and published is not None and not future and chosen.relative:
        chosen = _not_after(chosen, published)
    if chosen is not None:
        # only a day already past carries on to later acts: "aid will flow from tomorrow morning" dates
        # no act reported after it; nor does the day of a clause recalling an earlier act ("hours after
        # Trump spoke on Tuesday"), which is not the day the story goes on with
        background = chosen_from is not None and _earlier_act_clause(chosen_from.root) is not None
        if not future and not background and (published is None or chosen.value <= published.isoformat()):
            ctx.last_date, ctx.last_date_sentence = chosen, sentence_index
        return chosen
    if vague is not None and published is not None:
        # "last week", "recently this month": the month is known, the day is not
        words = vague.text.lower()
        day = published - dt.timedelta(days=7) if "last" in words and "week" in words else published
        return ResolvedDate(day.strftime("%Y-%m"), "month", True)
    return _recalled_attack_date(ev, ctx) or _undated(ev, sent, ctx, sentence_index)


def _recalled_attack_date(ev: CodedEvent, ctx: DocumentContext) -> ResolvedDate | None:
    """ "A woman was killed in the attack", sentences after the attack was told: its date, not the report's
    day."""
    if ctx.attack_date is None or _recalled_incident(ev) is None:
        return None
    return ctx.attack_date


def _undated(ev: CodedEvent, sent: Span, ctx: DocumentContext, sentence_index: int) -> ResolvedDate | None:
    """The date of an act its sentence does not date, in this order: a perfect outside the lead ("has
    accused") is some time before the report (its month); a recent day from the sentences before carries
    on; a date opening the sentence before frames its story ("In February, ..."); a past-tense sentence
    reports the lead's day ("on Wednesday" in a Thursday paper) unless it comes "later"; anything else is
    the day of the report."""
    lead = ctx.lead
    if ctx.document.published is None or lead is None:
        return None
    verb = _clause_verb(ev.trigger)
    # "NATO had stepped up its rhetoric, warning ..."; "Russia has expelled 23 diplomats after Britain
    # expelled 23": the clause an adverbial clause modifies sets its time too
    # ("Seoul has said ..." is a standing position: its report is dated like the present; "Cameron had
    # announced ..." is not: a pluperfect report looks back before the story's time)
    root_perfect = _perfect(sent.root) and (
        sent.root.lemma_.lower() not in REPORTING_VERBS or _pluperfect(sent.root)
    )
    perfect = _perfect(verb) or root_perfect or (verb.dep_ == "advcl" and _perfect(verb.head))
    if (perfect and sent.start >= lead.sentence_end) or _recent(verb):
        return ResolvedDate(lead.reference.strftime("%Y-%m"), "month", True)
    last = ctx.last_date
    if (
        last is not None
        and sentence_index - ctx.last_date_sentence <= 3
        and last.relative
        and last.precision == "day"
    ):
        return last
    frame = _opening_date(sent, lead.reference)
    own_time = any(e.label_ == "DATE" for e in _date_entities(sent))  # "For years, analysts warned ..."
    if frame is not None and not own_time and _reports_past(sent.root):
        # "In February, a bombing killed 40 troops. India responded with an airstrike": the story goes on
        return frame
    # "Australia later confirmed ...": after the lead's news
    later = any(
        c.lower_ == "later" for v in (verb, *verb.ancestors) for c in v.children if c.dep_ == "advmod"
    )
    if lead.news_day is not None and _reports_past(sent.root) and not later:
        return ResolvedDate(lead.news_day.isoformat(), "day", True)
    return ResolvedDate(lead.reference.isoformat(), "day", True)


# adverbs that put an act some unsaid time before the report ("Pompeo recently met Kim"): not the day of the
# story's news, nor the day of the sentences before
RECENT_ADVERBS = frozenset({"recently", "lately"})


def _recent(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS for c in verb.children)


def _not_after(date: ResolvedDate, published: dt.date) -> ResolvedDate:
    """An asserted act cannot postdate its report: "since April" in a March article is last April."""
    if date.precision == "year" or date.value[:7] <= published.isoformat()[:7]:
        return date
    if date.precision == "day" and date.value <= published.isoformat():
        return date
    year = int(date.value[:4]) - 1
    return ResolvedDate(f"{year}{date.value[4:]}", date.precision, date.relative)


LEAD_SENTENCES = 3  # body sentences searched for the lead's date
NEWS_DAY_SPAN = 3  # a lead day this many days before publication at most is the report's news day
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAYS_RE = re.compile(r"(.+?)\s+(days?|weeks?|months?)")
_PAST_WORDS_RE = re.compile(r"\b(?:ago|last|past|earlier|recent|recently|previous)\b")  # a time gone by
_DEICTIC_RE = re.compile(r"\b(?:last|past|this|recent|previous|earlier)\b")  # a vague date, not a span


def _lead(doc: Doc, ctx: DocumentContext) -> Lead:
    """Read once per document what its opening says about dates.  A past-tense lead dated the day after
    publication ("North Korea said on Tuesday ..." stamped Monday) shows a stamp that lags the news (time
    zones): relative dates then count from that day.  A lead dated a day or so before publication gives
    the news day that its undated past-tense sentences report."""
    if ctx.lead is not None:
        return ctx.lead
    published = ctx.document.published
    ctx.lead = Lead(published or dt.date.min, None, -1)
    if published is None:
        return ctx.lead
    body = [
        s
        for s in doc.sents
        if len(s) >= 6 and not any(a <= s.start_char < b for a, b in ctx.document.furniture)
    ]
    if body:  # the opening sentence is the lead even when it gives no date
        ctx.lead = Lead(published, None, body[0].end)
    for sent in body[:LEAD_SENTENCES]:
        for ent in _date_entities(sent):
            if ent.label_ != "DATE" or _earlier_act_clause(ent.root) is not None:
                continue  # "hours after Trump spoke on Tuesday" is not the day the lead reports
            day = _lead_day(ent, _clause_verb(ent.root), published)
            if day is None:
                continue
            if day == published + dt.timedelta(days=1):
                ctx.lead = Lead(day, day, sent.end)
                return ctx.lead
            if 0 <= (published - day).days <= NEWS_DAY_SPAN:
                ctx.lead = Lead(published, day, sent.end)
                return ctx.lead
    return ctx.lead


def _lead_day(ent: Span, verb: Token, published: dt.date) -> dt.date | None:
    """The day a lead's date names; a bare weekday in a past-tense lead six days back is the day after."""
    past = resolve_date(_date_phrase(ent), published)
    if past is None or past.precision != "day":
        return None
    day = dt.date.fromisoformat(past.value)
    # the lead's own "said Tuesday", "on Tuesday"; not "ready for Sunday's vote"
    adverbial = ent.root.dep_ == "npadvmod" or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "on")
    bare_weekday = adverbial and re.fullmatch(r"(?:early |late )*[a-z]+day", ent.text.lower()) is not None
    if (
        bare_weekday
        and (published - day).days == 6
        and (_reports_past(verb) or _reports_past(verb.sent.root))
    ):
        return published + dt.timedelta(days=1)
    return day


def _date_entities(sent: Span) -> list[Span]:
    """DATE and TIME entities, and events named with their year ("the 1967 war").  An entity that runs
    on into a verb ("Trump on [Wednesday tempered days] of rhetoric") is cut before it."""
    found = []
    for e in sentence_ents(sent):
        if e.label_ in ("DATE", "TIME"):
            verb = next((t.i for t in e if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and verb > e.start:
                e = Span(e.doc, e.start, verb, label=e.label_)
            found.append(e)
        elif e.label_ == "EVENT" and _YEAR_RE.search(e.text):
            found.append(e)
    return found


def _days_from_clause(ent: Span, ev: CodedEvent, sent: Span, ctx: DocumentContext) -> ResolvedDate | None:
    """ "The row comes two days after police charged three men": the charging is two days before the day
    of the clause the "after" phrase modifies ("before": after it).  Weeks and months are counted back
    too, but a gap so measured is round: it gives the month, not the day ("two weeks after X was shot")."""
    match = _DAYS_RE.fullmatch(ent.text.lower())
    if match is None or ent.root.dep_ != "npadvmod" or ctx.lead is None or ctx.document.published is None:
        return None
    amount = 1 if match.group(1) in ("a", "one") else parse_count(match.group(1))
    if amount is None or count_qualifier(match.group(1)) is not None:
        return None  # "some ten days": approximate
    head = ent.root.head
    word = head.lower_ if head.lower_ in ("after", "before") else None
    if word is None:  # "two days after police charged": "after" marks the clause, "days" measures it
        word = _time_mark(head)
    if word is not None and ev.trigger in head.subtree and head.head != head:
        main = head.head  # the clause the phrase modifies: its own date, else its undated day
    else:  # "It comes [a day] [after Israel issued ...]": the measure hangs from the main verb
        clause = next((c for c in head.children if c.dep_ == "advcl" and ev.trigger in c.subtree), None)
        word = _time_mark(clause) if clause is not None else None
        if word is None:
            return None
        main = head
    days = [e for e in _date_entities(sent) if e != ent and _clause_verb(e.root) == main]
    base = resolve_date(_date_phrase(days[0]), ctx.lead.reference) if days else None
    if base is None or base.precision != "day":
        news_day = ctx.lead.news_day if ctx.lead.news_day and _reports_past(main) else None
        base = ResolvedDate((news_day or ctx.lead.reference).isoformat(), "day", True)
    sign = -1 if word == "after" else 1
    unit = match.group(2).rstrip("s")
    day = dt.date.fromisoformat(base.value)
    if unit == "day":
        return ResolvedDate((day + dt.timedelta(days=sign * amount)).isoformat(), "day", True)
    if unit == "week":
        day += dt.timedelta(weeks=sign * amount)
        return ResolvedDate(day.strftime("%Y-%m"), "month", True)
    year, month = divmod(day.year * 12 + day.month - 1 + sign * amount, 12)
    return ResolvedDate(f"{year:04d}-{month + 1:02d}", "month", True)


def _when_antecedent(trigger: Token, sent: Span) -> Span | None:
    """The date of the time a "when" clause describes: the date itself ("in March, when Russia expelled ...")
    or the date of its noun ("the 1948 war, when militias expelled ...", "Sunday's vote, when ...")."""
    verb = _clause_verb(trigger)
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = (
            verb.head
        )  # "when he used tariffs to force Mexico ...", "when militias expelled ... and captured"
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    time = verb.head
    words = {time.i} | {c.i for c in time.children if c.dep_ in NOUN_MODIFIER_DEPS}
    return next((e for e in _date_entities(sent) if e.root.i in words or e.start <= time.i < e.end), None)


def _in_verb_complement(date: Token, trigger: Token) -> bool:
    """Does the date reach the act through a verb after a preposition ("barred candidates from running in
    the Sept. 8 vote", "accused them of meddling in the 2016 election")?  It names that other act's time."""
    acts = {trigger.i, *(t.i for t in trigger.ancestors)}
    for t in date.ancestors:
        if t.i in acts:
            return False
        if t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def _time_mark(verb: Token, marks: tuple[str, ...] = ("after", "before")) -> str | None:
    """The word of ``marks`` that introduces ``verb``'s clause ("after police charged three men")."""
    return next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in marks), None)


def _earlier_act_clause(tok: Token, trigger: Token | None = None) -> Token | None:
    """The verb of a clause recalling an act before the main one that holds ``tok``, unless that clause
    also holds ``trigger``: "since X signed it on Saturday", or "after" with a measured gap ("confirmed it,
    hours after Trump spoke on Tuesday").  A bare "after" clause is left alone: its trailing date often
    belongs to the main clause too ("blocked migrants after they crossed the border on Wednesday")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ != "advcl" or t.pos_ not in ("VERB", "AUX"):
            continue
        mark = _time_mark(t, ("after", "since"))
        measured = any(c.dep_ == "npadvmod" for c in t.children)
        if mark == "since" or (mark == "after" and measured):
            return None if trigger is not None and trigger in t.subtree else t
        return None
    return None


def _opening_date(sent: Span, published: dt.date) -> ResolvedDate | None:
    """The date that opens the sentence before ("In February, ..."), which frames what follows it."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    for ent in _date_entities(before):
        if ent.label_ == "DATE" and ent.start - before.start <= 1:
            return resolve_date(_date_phrase(ent), published)
    return None


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (``tok`` itself for a verb)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _reports_past(verb: Token) -> bool:
    """Is the clause in the past, or attributed in the past (" '...,' he said")?"""
    return _past(verb) or any(c.dep_ in ("parataxis", "ccomp") and _past(c) for c in verb.children)


def _perfect(verb: Token) -> bool:
    """ "Russia has already expelled ...", "NATO had stepped up ...": a perfect that is not reported speech
    ("said Iran had launched" is the launch's simple past)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in REPORTING_VERBS:
        return False
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP", "VBD") for c in verb.children
    )


def _pluperfect(verb: Token) -> bool:
    """ "had announced", "had said": the act is told as before a past time of the story."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def _other_act(date: Token, trigger: Token) -> bool:
    """Are the date and the trigger in two coordinated clauses, each with its own subject ("Maduro was
    expected to leave on Tuesday but Russia convinced him to stay")?  A shared subject keeps one actor's
    sequence together ("blocked migrants on Wednesday and detained dozens")."""
    ancestors = {t.i for t in (date, *date.ancestors)}
    common = next((t for t in (trigger, *trigger.ancestors) if t.i in ancestors), None)
    if common is None:
        return True
    for start in (date, trigger):
        for t in (start, *start.ancestors):
            if t.i == common.i:
                break
            if (
                t.dep_ == "conj"
                and t.pos_ in ("VERB", "AUX")
                and (
                    any(c.dep_.startswith("nsubj") for c in t.children) or (start is date and _prospective(t))
                )
            ):
                return True
    return False


PROSPECTIVE_WORDS = frozenset({"due", "set", "scheduled", "expected", "slated"})


def _announced_day(ent: Span, published: dt.date) -> bool:
    """Is ``ent`` a day after publication in a clause about what is still to come ("will impose tariffs on
    Thursday", "is set to meet him on Friday")?  A past clause's day ("said on Friday it will") is not."""
    verb = _clause_verb(ent.root)
    chain = [verb, *(t for t in verb.ancestors if verb.dep_ == "xcomp")]  # "plans to meet on Friday"
    if not any(_prospective(v) or _future_aux(v) for v in chain[:3]):
        return False
    ahead = resolve_date(_date_phrase(ent), published, future=True)
    return ahead is not None and ahead.value[:10] > published.isoformat()[: len(ahead.value[:10])]


def _future_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _prospective(verb: Token) -> bool:
    """Is ``verb``'s clause about what is still to come ("and are due to appear in court on Monday", "and
    will fly to Cairo on Friday")?  Its date is not the day of a coordinated past act."""
    return any(
        (c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll"))
        or (c.dep_ in ("acomp", "xcomp") and c.lower_ in PROSPECTIVE_WORDS)
        for c in verb.children
    )


# a date in these relations names a noun's time ("the Sept. 8 vote", "Sunday's raid")
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "nmod", "poss"})
STATIVE_VERBS = frozenset({"be", "have", "remain", "rule", "exist", "live", "hold", "stay", "serve"})


def _dates_the_event(ent: Span, ev: CodedEvent) -> bool:
    """A date modifying a noun dates that noun ("a 1987 pact"), not the event, unless the noun is the
    trigger ("a 2018 deal") or names the time ("in the 1967 war")."""
    root = ent.root
    if ent.label_ == "EVENT":  # "captured it in the 1967 war"; not "a veteran of the 1967 war"
        return root.dep_ == "pobj" and root.head.lower_ in ("in", "during")
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("PROPN", "NOUN"):
        noun = root.head.head
        if noun.i != ev.trigger.i and noun.ent_type_ not in ("DATE", "TIME"):
            return False  # "the National Security Act of 2023", "the summit of 2018" name a thing
    for t in root.ancestors:  # "the party, which has been in power since 1961": a state, not the act
        if t.dep_ == "relcl" and t.lemma_.lower() in STATIVE_VERBS and ev.trigger not in t.subtree:
            return False
    if root.dep_ not in NOUN_MODIFIER_DEPS:
        return True
    noun = root.head
    if noun.ent_type_ in ("DATE", "TIME"):
        return True  # "Wednesday afternoon": the day names the time
    if noun.i == ev.trigger.i:
        return True
    # "killed in Sunday's raid": the occasion of the act; not of another act the act's clause names
    occasion = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "since")
    return occasion and not _in_verb_complement(root, ev.trigger)


def _distance(tok: Token, scope: set[int]) -> int:
    t, n = tok, 0
    while t.i not in scope and t.head.i != t.i and n < 12:
        t, n = t.head, n + 1
    return n if t.i in scope else 99


def _date_phrase(ent: Span) -> str:
    # include a governing preposition: "since 2012" and "in 2011" mean different things
    head = ent.root.head
    if ent.label_ == "EVENT":  # "in the 1967 war" is dated 1967
        year = _YEAR_RE.search(ent.text)
        return f"{head.text} {year.group(0)}" if year and ent.root.dep_ == "pobj" else ""
    if ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.i == ent.start - 1:
        return f"{head.text} {ent.text}"
    return ent.text


def event_place(ev: CodedEvent, sent: Span, ctx: DocumentContext) -> dict | None:
    scope = _scope_tokens(ev)
    named = [m for m in (ev.source, ev.target) if m is not None]
    places = []
    for ent in _place_spans(sent):
        if ent.label_ not in PLACE_LABELS and ent.label_ != "ORG":
            continue  # the small model often tags towns ("El Fasher") as ORG: the gazetteer decides
        if any(m.start <= ent.start_char < m.end and m.actor.kind != "state" for m in named):
            continue  # "from the GNA" names a side, not a place
        root = ent.root
        # a place phrase: object of a locative preposition ("in Idlib", "near Maarat Al-Numan city"),
        # possibly through a head noun ("the Jabal Al-Zawiya area")
        t = root
        while t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in PLACE_NOUNS:
            t = t.head  # "the Jabal Al-Zawiya area", "Maarat Al-Numan city"; not "US defence firms"
        # (a state sanctioned or cut off, root 16, is whom the act is against, not where it happened)
        attacked = (
            t.dep_ == "dobj"
            and t.head.i == ev.trigger.i
            and ev.event_type.quad_class == 4
            and ev.event_type.root != "16"
        )
        if not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS) and not attacked:
            continue  # a place is named by a locative phrase, or is what was attacked ("shelled Idlib")
        if t.head.lower_ == "from" and ev.event_type.root not in ("18", "19", "20"):
            continue
        if t.head.lower_ in ("of", "on") and not _locative_of_on(t.head, ev):
            continue  # "sanctions on Iran", "the annexation of Crimea": what the act is about, not where
        if ent.text.lower().removeprefix("the ") in REGIONS:
            continue
        if not _anchor(t, scope, limit=10):
            continue
        if ev.event_type.root in VERBAL_ROOTS and _participle_place(t, scope, ev):
            continue  # "demanded the release of activists held in Riyadh": where they are, not the demand
        sequenced = _sequenced_act(t, scope)
        if sequenced is not None and sequenced.lemma_ in DEPARTURE_VERBS:
            continue  # "lashed out after leaving the summit in Montreal": no longer there
        places.append((ent, t, sequenced is not None))  # t: its place noun, if any ("province")
    # "arrived in Helsinki after golfing in Scotland": the main act's own place first; with none, the
    # place of an act just before or after it is where it happened ("after arriving in Geneva, X warned")
    if not all(seq for _ent, _noun, seq in places):
        places = [p for p in places if not p[2]]
    if not places:
        return _speaking_place(ev, sent, ctx) or _inferred_place(ev, ctx)
    resolved = []
    # states the sentence names as places: a town name is first sought there ("officials in Ecuador
    # declared an emergency in San Lorenzo" is not the Californian San Lorenzo, though the article mentions
    # the US); a state that acts ("Israel struck Beit Hanoun") says nothing of where
    stated = {
        c
        for e in sentence_ents(sent)
        if e.root.dep_ == "pobj"
        and e.root.head.lower_ in PLACE_PREPS - {"from", "of"}
        and (c := ctx.states.get(clean_place_name(e.text)))
    }
    for ent, noun, _seq in places:
        name = clean_place_name(ent.text)
        state = ctx.states.get(name)
        if state:
            resolved.append((2, name, state, None))
            continue
        place = _town_or_area(ent.text, noun.lower_, stated, ctx.countries)
        if ent.label_ == "ORG":
            # an ORG is taken as a town only inside the countries the article is about
            if place is not None and place.country in ctx.countries:
                resolved.append((0, name, place.country, place))
            continue
        resolved.append((0, name, place.country, place) if place else (1, name, None, None))
    if not resolved:
        return None
    # the most specific place: a known town, then an unknown local name, then a country
    resolved.sort(key=lambda r: r[0])
    rank, name, country, place = resolved[0]
    if country is None:
        country = next((r[2] for r in resolved if r[2]), None) or _fallback_country(ev)
    return _location(name, country, place)


# nouns of the occasion a statement is made at: "a statement issued in Geneva", "a rally held in Ohio"
SPEECH_SETTING_NOUNS = frozenset(
    {
        "statement", "speech", "remarks", "address", "rally", "conference", "meeting", "summit", "interview",
        "briefing", "session", "ceremony", "talks", "visit", "event", "communique", "declaration", "letter",
    }
)  # fmt: skip


def _participle_place(place: Token, scope: set[int], ev: CodedEvent) -> bool:
    """Does ``place`` hang from a participle describing another noun than the trigger or the speaker
    ("activists arrested in X", "troops stationed in Y")?  It says where those are, not where a statement
    about them was made; the participle of a speech's occasion ("a statement issued in Geneva") or of the
    speaker ("the minister, speaking in Lisbon,") does say where."""
    speaker = ev.source
    for t in (place, *place.ancestors):
        if (
            t.dep_ == "acl"
            and t.tag_ in ("VBN", "VBG")
            and t.head.i != ev.trigger.i
            and t.head.lemma_.lower() not in SPEECH_SETTING_NOUNS
            and not (speaker is not None and speaker.start <= t.head.idx < speaker.end)
        ):
            return True  # (checked before the scope, which holds the participles of the act's arguments)
        if t.i in scope:
            return False
    return False


def _place_spans(sent: Span) -> list[Span]:
    """The sentence's entities, a building's or body's name that holds a town standing for that town:
    "the Great Hall of the People in Beijing" is no town to look up, but says Beijing."""
    out = []
    for ent in sentence_ents(sent):
        inner = next((t for t in ent[1:-1] if t.lower_ == "in" and t.dep_ == "prep"), None)
        if (
            ent.label_ in ("FAC", "ORG")
            and inner is not None
            and ent[inner.i - ent.start + 1].pos_ == "PROPN"
        ):
            out.append(Span(sent.doc, inner.i + 1, ent.end, label="GPE"))
        else:
            out.append(ent)
    return out


# participles of a speech's setting: "Speaking to reporters in Paris, X said", "X, addressing a rally in Y,"
SPEAKING_PARTICIPLES = frozenset({"speak", "talk", "address", "testify", "brief", "appear"})
# statements, appeals, intents, demands, disapproval, rejections, threats: acts done by speaking
VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})


def _speaking_place(ev: CodedEvent, sent: Span, ctx: DocumentContext) -> dict | None:
    """A verbal event whose sentence is set by a speaking participle takes its place: "Speaking in Paris,
    Macron condemned Russia" happens in Paris.  Material acts reported in it keep their own place ("...
    said troops killed 20 in Mali")."""
    if ev.event_type.root not in VERBAL_ROOTS:
        return None
    # the trigger's clause, and a clause above it whose subject is the event's source ("Speaking in Paris,
    # Macron said he would urge ..."); another speaker's words relayed there were not said in Paris
    src = ev.source
    verbs = [ev.trigger] + [
        a
        for a in ev.trigger.ancestors
        if src is not None and any(c.dep_ == "nsubj" and src.start <= c.idx < src.end for c in a.children)
    ]
    for verb in verbs:
        for part in verb.children:
            if (
                part.dep_ not in ("advcl", "acl")
                or part.tag_ != "VBG"
                or part.lemma_ not in SPEAKING_PARTICIPLES
            ):
                continue
            for prep in part.subtree:  # "Speaking to reporters in Paris": through its own phrases only
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or _clause_verb(prep) != part:
                    continue
                for obj in prep.children:
                    ent = entity_at(obj)
                    if ent is None or ent.label_ not in PLACE_LABELS:
                        continue
                    name = clean_place_name(ent.text)
                    if (state := ctx.states.get(name)) is not None:
                        return _location(name, state, None)
                    place = lookup(ent.text, ctx.countries)
                    if place is not None:
                        return _location(name, place.country, place)
    return None


def _location(name: str, country: str | None, place: Place | None) -> dict:
    loc: dict = {"name": name, "country": country}
    if place is not None:
        loc.update(
            {"latitude": place.latitude, "longitude": place.longitude, "geonames_id": place.geonames_id}
        )
        loc["admin1"] = place.admin1
    return loc


# nouns a place hangs from by "of"/"on" ("north of Baghdad", "the heart of Kyiv"), beside PLACE_NOUNS
COMPASS_NOUNS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "heart", "centre", "center", "edge", "part", "parts", "portion", "side", "streets", "shores", "shore",
    }
)  # fmt: skip


def _locative_of_on(prep: Token, ev: CodedEvent) -> bool:
    """Does an "of"/"on" phrase say where? After a place noun or a compass word it does ("the city of Homs",
    "north of Baghdad", "on the outskirts of Aleppo"), and "on" does after an act of force ("dropped bombs
    on Aleppo"); elsewhere "of"/"on" names what the act is about ("sanctions on Iran", "probes of Russia")."""
    words = {prep.head.lower_, prep.head.lemma_.lower()}  # "outskirts" has the lemma "outskirt"
    if words & (PLACE_NOUNS | COMPASS_NOUNS):
        return True
    return prep.lower_ == "on" and ev.event_type.root in ("18", "19", "20")


# the place of a dateline: "SEOUL, South Korea (AP) — ", "WASHINGTON (Reuters) - ", "WEST PALM BEACH, Fla. – "
_DATELINE_PLACE = re.compile(r"([A-Z][A-Z'. -]*[A-Z])(?:, ([A-Z][A-Za-z. ]*[A-Za-z.]))? ?(?:\(|[-–—])")
# capital words that open a paragraph as a dateline does but name no place ("FILE - ", "UPDATE - ")
NOT_DATELINES = frozenset(
    {"FILE", "FILE PHOTO", "PHOTO", "UPDATE", "UPDATED", "CLOSE", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO"}
)
DATELINE_LINES = 3  # the body lines searched for the lead's dateline


def _lead_dateline(ctx: DocumentContext) -> Dateline | None:
    """The dateline of the article's lead paragraph and its place (DocumentContext.dateline keeps it)."""
    text = ctx.document.text
    start = 0
    seen = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and not any(
            a <= start + len(line) - len(line.lstrip()) < b for a, b in ctx.document.furniture
        ):
            seen += 1
            found = dateline(line)
            if found is not None and (location := _dateline_location(found, ctx)) is not None:
                named_country = (m := _DATELINE_PLACE.match(found)) is not None and m.group(2) is not None
                return Dateline(start, end, location, wire=not named_country)
            if seen >= DATELINE_LINES:
                break
        start = end + 1
    return None


def _dateline_location(text: str, ctx: DocumentContext) -> dict | None:
    """ "MANILA, Philippines — ": the town, in the state named after it; a bare wire dateline ("MOSCOW
    (Reuters) -") names a well-known city, so a small namesake in the article's countries (Moscow, Idaho)
    gives way to the big town of that name."""
    m = _DATELINE_PLACE.match(text)
    if m is None or "/" in m.group(1) or m.group(1) in NOT_DATELINES:
        return None
    town = m.group(1).title()
    country = ctx.states.get(m.group(2) or "")  # None for a US state's abbreviation ("Fla.")
    place = lookup(town, {country} if country else ctx.countries)
    if country is not None:
        if place is None or place.country != country:
            return {"name": town, "country": country}  # "DORASAN STATION, South Korea"
    elif place is None or place.population < BIG_TOWN:
        known = lookup(town)
        place = known if known is not None and known.population >= BIG_TOWN else place
    if place is None and (state := ctx.states.get(town)) is not None:  # a state's own name, not a town
        return {"name": ctx.state_names.get(state, town), "country": state}
    return None if place is None else _location(place.name, place.country, place)


def _dateline_place(ev: CodedEvent, sent: Span, ctx: DocumentContext, location: dict | None) -> dict | None:
    """The lead paragraph's events happen where its dateline says when their sentence names no place: an
    unplaced event when one side belongs there ("WASHINGTON — Trump offered Canada an exemption"), a
    statement, meeting or deal whose side's country it merely inferred (it then gets the town).  A
    wire dateline is where the reporter is: a state's statement relayed from abroad keeps its own
    country ("MOSCOW (Reuters) - Iran said ..."), and violence keeps the country alone."""
    lead = ctx.dateline
    if lead is None or not lead.start <= sent.start_char < lead.end:
        return location
    if _visiting_speaker(ev, sent, lead, location):
        return lead.location
    if location is None:
        sides = {m.actor.country for m in (ev.source, ev.target) if m is not None}
        return lead.location if lead.location["country"] in sides else None
    if (
        location.get("inferred")
        and location.get("country") == lead.location["country"]
        and ev.event_type.quad_class != 4
    ):
        return lead.location
    return location


# words of a trip abroad: a lead that tells one is datelined where the travelling leader speaks
VISIT_WORDS = frozenset({"summit", "visit", "trip", "tour", "talks"})
VISIT_LEAD_SENTENCES = 3  # the body sentences searched for them


def _visiting_speaker(ev: CodedEvent, sent: Span, lead: Dateline, location: dict | None) -> bool:
    """ "BIARRITZ, France - President Trump said Monday ... at the G-7 summit": a statement or meeting of a
    person from abroad, in a lead datelined "TOWN, Country" on a summit or a visit, was made in that town
    (a wire's "MOSCOW (Reuters) - Iran's president said" is only where the reporter is)."""
    if (
        lead.wire
        or ev.event_type.root not in VERBAL_ROOTS | {"04"}
        or (location is not None and not location.get("inferred"))
        or ev.source is None
        or ev.source.actor.country in (None, lead.location["country"])
    ):
        return False
    # a person speaks ("President Trump said"): a state's or a ministry's statement is made at home
    speakers = [c for c in sent.root.children if c.dep_ == "nsubj"]
    if not any(t.ent_type_ == "PERSON" for c in speakers for t in c.subtree):
        return False
    opening = [s for s in sent.doc.sents if s.start >= sent.start][:VISIT_LEAD_SENTENCES]
    return any(t.lemma_.lower() in VISIT_WORDS for s in opening for t in s)


def _same_act_place(ev: CodedEvent, sent: Span, location: dict | None, ctx: DocumentContext) -> dict | None:
    """An act of force told by a bare definite noun ("the attack", "that bombing") whose sentence names no
    place took place where the sentence before says: "Gunmen attacked the US consulate in Benghazi. The
    attack killed four Americans." is in Benghazi, not (inferred from its victims) in the USA."""
    if ev.event_type.quad_class != 4 or (location is not None and not location.get("inferred")):
        return location
    if _recalled_act(ev) is None:
        return location
    # else the place of the latest attack told with one ("the attack on a club in Istanbul ... [ten
    # sentences] ... A woman was killed in the attack"), not its victims' country
    previous = _previous_sentence_place(sent, ctx)
    if previous is None and _recalled_incident(ev) is not None:
        previous = _earlier_incident_place(sent, ctx)  # (a walk back of up to 30 sentences: only if needed)
    return previous or location


# nouns of one incident, which a definite "the attack" takes up however far back it was told; "the
# violence", "the killing" may sum up many acts
ONE_INCIDENT_NOUNS = frozenset(
    {"attack", "bombing", "blast", "explosion", "shooting", "massacre", "ambush", "assassination"}
    | {"strike", "airstrike", "raid", "assault", "cyberattack"}
)


def _recalled_incident(ev: CodedEvent) -> Token | None:
    """The bare definite noun of one act of force an event recalls ("the attack", "that bombing")."""
    if ev.event_type.root not in ("18", "19", "20"):
        return None
    noun = _recalled_act(ev)
    return noun if noun is not None and noun.lemma_.lower() in ONE_INCIDENT_NOUNS else None


# verbs that tell one attack, beside the incident nouns ("gunmen stormed a club in Istanbul")
ONE_INCIDENT_VERBS = frozenset({"attack", "bomb", "shoot", "storm", "explode", "strike", "raid", "ambush"})
RECALL_SENTENCES = 30  # how far back "the attack" is looked for


def _earlier_incident_place(sent: Span, ctx: DocumentContext) -> dict | None:
    """The place named for the latest attack told before ``sent``: a place phrase hanging from an incident
    noun or verb ("the attack at a nightclub in Istanbul", "bombed a market in Kabul")."""
    doc = sent.doc
    start = sent.start
    for _ in range(RECALL_SENTENCES):
        if start == 0:
            return None
        before = doc[start - 1].sent
        start = before.start
        incidents = {
            t.i
            for t in before
            if t.lemma_.lower() in (ONE_INCIDENT_NOUNS if t.pos_ == "NOUN" else ONE_INCIDENT_VERBS)
        }
        if not incidents:
            continue
        place = _sentence_place(
            before, ctx, lambda ent, told=frozenset(incidents): any(a.i in told for a in ent.root.ancestors)
        )
        if place is not None:
            return place
    return None


def _remember_attack(
    ev: CodedEvent, date: ResolvedDate | None, location: dict | None, ctx: DocumentContext
) -> None:
    """Keep the date of an act of force told with its own place, for a later "the attack" (its place is found
    in the text again: _earlier_incident_place)."""
    if (
        ev.event_type.root in ("18", "19", "20")
        and ev.modality.kind == "asserted"
        and location is not None
        and not location.get("inferred")
        and _recalled_act(ev) is None
    ):
        ctx.attack_date = date


# acts of force a definite noun phrase takes up from the sentence before ("The blast killed 30")
RECALLED_ACT_NOUNS = HOSTILE_ACT_NOUNS | {"strike", "airstrike", "raid", "assault", "shelling", "bombardment"}
DEFINITE_DETERMINERS = frozenset({"the", "that", "this", "these", "those"})


def _recalled_act(ev: CodedEvent) -> Token | None:
    """The definite act noun an event is told by, the trigger or its subject: "the attack", "that bombing"."""
    subjects = [c for c in ev.trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    for noun in (ev.trigger, *subjects):
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)
        # a bare "the attack" takes one up; "the Russian cyberattacks on the election" is a new one
        bare = all(c.dep_ in ("det", "compound", "punct", "relcl", "acl") for c in noun.children)
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in RECALLED_ACT_NOUNS and definite and bare:
            return noun
    return None


def _previous_sentence_place(sent: Span, ctx: DocumentContext) -> dict | None:
    """The one country's place named by a locative phrase in the sentence before ``sent``, if it names
    places in one country only."""
    if sent.start == 0:
        return None
    return _sentence_place(sent.doc[sent.start - 1].sent, ctx)


def _sentence_place(
    sent: Span, ctx: DocumentContext, keep: Callable[[Span], bool] = lambda _ent: True
) -> dict | None:
    """The one country's place named by a locative phrase in ``sent`` (of those ``keep`` accepts), if it
    names places in one country only: a town before its country."""
    found = []
    for ent in _place_spans(sent):
        if (
            not keep(ent)
            or ent.label_ not in PLACE_LABELS
            or ent.root.dep_ != "pobj"
            or ent.root.head.lower_ not in ("in", "near", "at")
        ):
            continue
        name = clean_place_name(ent.text)
        if (state := ctx.states.get(name)) is not None:
            found.append((1, _location(ctx.state_names.get(state, name), state, None)))
        elif (place := lookup(ent.text, ctx.countries)) is not None:
            found.append((0, _location(name, place.country, place)))
    if len({loc["country"] for _rank, loc in found}) != 1:
        return None
    return min(found, key=lambda f: f[0])[1]  # a town before its country


def _town_or_area(name: str, noun: str, stated: set[str], countries: set[str]) -> Place | None:
    if stated:
        place = lookup(name, stated, noun=noun)
        if place is not None and place.country in stated:
            return place
    place = lookup(name, countries, noun=noun)
    if place is not None and stated and place.country not in stated and place.population < BIG_TOWN:
        return None  # a small namesake outside the states named right there: the place is unknown
    return place


def _inferred_place(ev: CodedEvent, ctx: DocumentContext) -> dict | None:
    """No place named: violence, coercion and protest happen where the target is; sanctions, shows of
    force, statements, appeals, accusations and threats where the source is; meetings, aid and deals are
    left unplaced.  The place is then the country alone, marked as inferred."""
    root = ev.event_type.root
    if root == "17" and ev.source is not None and {"COP", "JUD", "GOV"} & set(ev.source.actor.sectors):
        order = (ev.source, ev.target)  # police, courts and governments arrest and ban at home
    elif root in ("14", "17", "18", "19", "20"):
        order = (ev.target, ev.source)
    elif root in ("15", "16", "01", "02", "10", "11", "12", "13"):
        order = (ev.source,)  # (a statement, a demand or a threat is made at home)
    else:
        return None
    for m in order:
        if m is not None and m.actor.country and m.actor.kind != "igo":
            c = m.actor.country
            return {"name": ctx.state_names.get(c, c), "country": c, "inferred": True}
    return None


def _fallback_country(ev: CodedEvent) -> str | None:
    # an unnamed local place of a strike on X's soldiers is, in news, nearly always in X
    for m in (ev.target, ev.source):
        if m is not None and m.actor.country:
            return m.actor.country
    return None


def _count(v: Token) -> int | None:
    """The number a victims phrase gives ("at least 19 soldiers", "Thirty-four", "19")."""
    doc = v.doc
    if v.like_num or v.pos_ == "NUM":
        toks = [t for t in v.subtree if t.i <= v.i]
        return parse_count(doc[toks[0].i : v.i + 1].text)
    for c in v.children:
        if c.dep_ == "nummod":
            toks = sorted(c.subtree, key=lambda t: t.i)
            return parse_count(doc[toks[0].i : toks[-1].i + 1].text)
    return 1 if _one_person(v) else None


# singular nouns that name a group or an amount, not one person ("a family", "a number of civilians")
GROUP_NOUNS = frozenset(
    {
        "family", "group", "crowd", "convoy", "unit", "patrol", "team", "squad", "platoon", "crew",
        "number", "dozen", "score", "handful", "total", "couple", "pair", "host", "lot", "majority",
        "village", "household", "busload", "column", "battalion", "company", "cell", "gang",
    }
)  # fmt: skip


def _one_person(v: Token) -> bool:
    """ "a soldier", "another man", "Ahmed Sarhan": a single person killed counts one."""
    if v.tag_ == "NNP":
        return v.ent_type_ == "PERSON"
    if v.tag_ == "PRP":
        return v.lower_ in ("he", "she", "him", "her")
    return (
        v.tag_ == "NN"
        and v.lemma_.lower() not in GROUP_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in v.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in v.children)  # ("a third of them")
    )


def fatalities(ev: CodedEvent) -> int | None:
    """Deaths the sentence attributes to the event: "four civilians and 11 soldiers" are 15 when both are
    its target, 4 and 11 when they are two targets."""
    if (
        ev.victims is None
        or ev.trigger.lemma_.lower() in WHOLE_WAR_NOUNS
        or (ev.trigger.pos_ == "VERB" and cumulative_toll(ev.trigger))
    ):
        return None  # (a war's running total is no act's toll)
    members = ev.victim_tokens or [v for v in (ev.victims, *ev.victims.conjuncts) if v.i >= ev.victims.i]
    counts = [_count(v) for v in members]
    known = [c for c in counts if c is not None]
    return sum(known) if known and counts[0] is not None else None


def confidence(ev: CodedEvent) -> float:
    score = 0.45
    for m in (ev.source, ev.target):
        if m is None:
            score -= 0.1
        elif m.how in ("name", "person", "group", "capital", "metonym", "member"):
            score += 0.15
        elif m.how == "coref":
            score += 0.02
        else:
            score += 0.08
    if " " in ev.pattern or "+" in ev.pattern:
        score += 0.1  # a phrase pattern is less ambiguous than a bare verb
    if ev.attribution:
        score += 0.03
    if ev.reciprocal:
        score -= 0.05
    return max(0.05, min(0.99, score))


def event_id(doc_id: str, sentence_index: int, ev: CodedEvent, code: str) -> str:
    key = "|".join(
        [
            doc_id,
            str(sentence_index),
            str(ev.trigger.idx),
            code,
            ev.source.actor.code if ev.source else "",
            ev.target.actor.code if ev.target else "",
            str(ev.source.start) if ev.source else "",
            str(ev.target.start) if ev.target else "",
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


BACKGROUND_DAYS = 60


def _background(date: ResolvedDate | None, published: dt.date | None) -> bool:
    """An event dated well before the article ("in November 2011", "since 2012") is background."""
    if date is None or published is None:
        return False
    y = int(date.value[:4])
    m = int(date.value[5:7]) if date.precision in ("day", "month") else 12
    d = int(date.value[8:10]) if date.precision == "day" else 28
    try:
        latest = dt.date(y, m, d)
    except ValueError:
        return False
    return (published - latest).days > BACKGROUND_DAYS


# titles that "then" can qualify ("then President Obama", "then foreign minister ...")
OFFICE_WORDS = frozenset(
    {"president", "prime", "minister", "secretary", "leader", "chancellor", "premier", "governor", "king"}
    | {"ambassador", "chief", "commander", "general", "director", "head", "vice", "foreign", "defense"}
)


def _then_titled(ev: CodedEvent) -> bool:
    """ "negotiated by then-U.S. President Ronald Reagan": a participant named by the office they held then
    is acting in the past the story looks back on, background whatever date the sentence gives."""
    doc = ev.trigger.doc
    for m in (ev.source, ev.target):
        if m is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in doc[max(span.start - 3, 0) : span.end]:
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if (
                t.lower_ == "then"
                and after is not None
                and (after.text == "-" or after.lower_ in OFFICE_WORDS)
            ):
                return True
            if t.lower_.startswith("then-"):
                return True
    return False


def main_country(actors: Iterable[Actor]) -> str | None:
    """The country a document is about: the one most of its actors belong to (two mentions or more,
    and at least a third of them); of two equally frequent ones, the one named first, as news leads with
    its place ("Hong Kong" before "China").  Its unplaced police, protesters and soldiers are there."""
    order: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for a in actors:
        if a.country and a.kind != "igo":
            order.setdefault(a.country, len(order))
            counts[a.country] += 1
    if not counts:
        return None
    ranked = sorted(counts, key=lambda c: (-counts[c], order[c]))
    top = ranked[0]
    n = counts[top]
    return top if n >= 2 and n * 3 >= sum(counts.values()) else None


def _placed(m: Mention | None, location: dict | None, how: str = "place") -> Mention | None:
    """ "civilians killed in Idlib": a sector with no country of its own belongs where the event happened."""
    if m is None or m.actor.country or m.actor.kind != "agent" or not location or not location.get("country"):
        return m
    if m.how == "victims" and (how == "context" or location.get("inferred")):
        return m  # "killed 300 people": unnamed dead are placed by a place named, not by their killer's
    country = location["country"]
    a = m.actor
    actor = Actor(sector_code(country, a.sectors), a.name, country, a.sectors, "agent")
    return Mention(m.text, m.start, m.end, actor, how=how)


def _hits_host_state(ev: CodedEvent, location: dict | None) -> bool:
    """ "Forces backed by Iran shelled the Saudi border": a place inferred only from the state struck says
    where the strike landed, not whose the unplaced armed source is (a place named, as in "Gunmen attacked
    a bus station in Kenya", still places it; police and rebels act against their own state)."""
    return (
        ev.event_type.root in ("18", "19", "20")  # armed strikes (protests and arrests happen at home)
        and ev.source is not None
        and not ev.source.actor.country
        and not {"COP", "REB", "SEP", "INS"} & set(ev.source.actor.sectors)
        and ev.target is not None
        and ev.target.actor.kind == "state"
        and not ev.target.actor.sectors  # the state itself ("Pakistani soldiers" are an agent of it)
        and location is not None
        and bool(location.get("inferred"))
        and ev.target.actor.country == location.get("country")
    )


def _washington_legislator(m: Mention | None, ctx: DocumentContext) -> Mention | None:
    """ "Obama will talk to Congress about the embargo" in a story about Cuba: a bare US-style legislator or
    chamber ("Congress", "the Senate", "Sen. X") in a story that names the United States is Washington's,
    not the place's or the story's main country (the resolver already keeps the story's country off it)."""
    if (
        m is None
        or m.actor.country
        or m.actor.kind != "agent"
        or "USA" not in ctx.countries
        or not any(w in US_STYLE_LEGISLATORS for w in m.text.lower().split())
    ):
        return m
    a = m.actor
    return Mention(
        m.text,
        m.start,
        m.end,
        Actor(sector_code("USA", a.sectors), a.name, "USA", a.sectors, "agent"),
        how="context",
    )


def _asked_of_target(ev: CodedEvent, location: dict | None) -> bool:
    """ "Lawmakers urged the army to strike Syria": the place of an act merely asked for is its target's
    (named or inferred from it), which says nothing of where the unplaced askers are."""
    return (
        ev.modality.kind == "requested"
        and ev.target is not None
        and location is not None
        and location.get("country") is not None
        and location.get("country") == ev.target.actor.country
        and (location.get("inferred") or location.get("name") == clean_place_name(ev.target.text))
    )


def _state(country: str, ctx: DocumentContext) -> Actor:
    return Actor(country, ctx.state_names.get(country, country), country, (), "state")


def _place_target(trigger: Token, location: dict, ctx: DocumentContext) -> Mention | None:
    """ "The RSF attacked El Fasher": an attack on a place is an attack on its country."""
    for c in trigger.children:
        if c.dep_ == "dobj" and c.ent_type_:
            ent = entity_at(c)
            if ent is not None and clean_place_name(ent.text) == location["name"]:
                country = location["country"]
                return Mention(ent.text, ent.start_char, ent.end_char, _state(country, ctx), how="place")
    return None


def complete(ev: CodedEvent, sent: Span, sentence_index: int, ctx: DocumentContext) -> Event:
    et = ev.event_type
    date = event_date(ev, sent, ctx, sentence_index)
    location = _dateline_place(ev, sent, ctx, event_place(ev, sent, ctx))
    location = _same_act_place(ev, sent, location, ctx)
    _remember_attack(ev, date, location, ctx)
    ev.source, ev.target = _washington_legislator(ev.source, ctx), _washington_legislator(ev.target, ctx)
    # "Police arrested protesters in Istanbul": sectors with no country belong where it happened
    asked_of_target = _asked_of_target(ev, location)
    ev.source = _placed(ev.source, None if asked_of_target or _hits_host_state(ev, location) else location)
    ev.target = _placed(ev.target, location)
    if ctx.main_country and (asked_of_target or not (location and location.get("country"))):
        # "Police fired tear gas" in a story about Hong Kong: Hong Kong's police
        ev.source = _placed(ev.source, {"country": ctx.main_country}, how="context")
        if ev.source is not None:  # (the dead of an unknown attacker are placed only by a place named)
            ev.target = _placed(ev.target, {"country": ctx.main_country}, how="context")
        location = location or _inferred_place(ev, ctx)
    if ev.target is None and location and location.get("country") and et.quad_class == 4:
        ev.target = _place_target(ev.trigger, location, ctx)
    if (
        et.root == "14"
        and ev.target is not None
        and ev.target.how == "implied"
        and location
        and not location.get("inferred")
        and location.get("country") not in (None, ev.target.actor.country)
    ):
        # "US and British activists staged a protest in Beijing": a protest abroad is made to the host
        country = location["country"]
        host = Actor(sector_code(country, ("GOV",)), "government", country, ("GOV",), "agent")
        ev.target = Mention(ev.target.text, ev.target.start, ev.target.end, host, "implied")
    if (
        ev.target is None
        and et.root == "15"
        and location
        and not location.get("inferred")
        and location.get("country")
        and ev.source is not None
        and ev.source.actor.country not in (None, location["country"])
    ):
        # "Russia is conducting military exercises in Alaska": a show of force on another's soil is
        # made at that state
        country = location["country"]
        state = _state(country, ctx)
        ev.target = Mention(
            location["name"], ev.trigger.idx, ev.trigger.idx + len(ev.trigger.text), state, "place"
        )
    doc_id = ctx.document.doc_id
    trig = ev.trigger
    return Event(
        event_id=event_id(doc_id, sentence_index, ev, et.code),
        doc_id=doc_id,
        sentence_index=sentence_index,
        sentence=sent.text,
        source=ev.source,
        target=ev.target,
        cameo=et.code,
        cameo_root=et.root,
        cameo_name=et.name,
        plover_type=et.plover_type,
        plover_mode=et.plover_mode,
        quad_class=et.quad_class,
        goldstein=et.goldstein,
        trigger=(trig.idx, trig.idx + len(trig.text)),
        trigger_text=trig.text,
        date=date.value if date else None,
        date_precision=date.precision if date else None,
        location=location,
        fatalities=fatalities(ev),
        attribution=ev.attribution,
        modality=ev.modality.kind,  # type: ignore[arg-type]
        background=_background(date, ctx.document.published) or _then_titled(ev),
        confidence=confidence(ev),
        reason=f"{ev.pattern!r} -> {et.code} {et.name}"
        + (
            f" ({ev.modality.cue.text!r} makes it {et.name.lower()})"
            if ev.modality.cue is not None and ev.modality.kind == "asserted"
            else ""
        )
        + (" [reciprocal]" if ev.reciprocal else ""),
    )


def today() -> dt.date:
    return dt.date.today()


# -- the missing side of a violent event, from the document's ongoing conflict --------------------------

FIGHTING_ROOTS = frozenset({"18", "19", "20"})  # acts that show who fights whom in a document
ONE_SIDED_ROOTS = frozenset({"17", "18", "19", "20"})  # acts whose missing side the conflict may give
NON_STATE_ARMED = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})


def _conflict_partners(events: list[Event]) -> dict[str, set[str]]:
    """Who fought whom in the document: each country's adversaries in the asserted attacks, assaults and
    fights between two named sides of known countries (its own country for a domestic conflict)."""
    partners: dict[str, set[str]] = {}
    for e in events:
        if e.cameo_root not in FIGHTING_ROOTS or e.modality != "asserted" or "inferred" in e.reason:
            continue
        s = e.source.actor.country if e.source and e.source.actor.kind != "igo" else None
        t = e.target.actor.country if e.target and e.target.actor.kind != "igo" else None
        if s and t:
            partners.setdefault(s, set()).add(t)
            partners.setdefault(t, set()).add(s)
    return partners


def _one_adversary(country: str, partners: dict[str, set[str]]) -> str | None:
    """The one side ``country`` fights in the document: another country, or its own when the document's
    fighting is domestic (its police and rebels); none when it fights two sides (abroad and at home)."""
    found = partners.get(country, set())
    return next(iter(found)) if len(found) == 1 else None


def infer_conflict_sides(events: list[Event], ctx: DocumentContext) -> None:
    """ "Sarhan was killed in an operation backed by Israeli drones", "at least 464 Palestinians were
    killed": a violent act with one side unnamed takes the other from where it happened (a strike on
    another state's territory is on that state) or from the document's one ongoing conflict; an unknown
    attacker in a document about one country's own violence is that country's unidentified armed men
    (ICEWS's "Unidentified Gunmen (country)").  Marked as inferred in the reason."""
    for e in events:
        if e.target is not None and e.target.how == "victims" and not e.target.actor.country:
            e.target = None  # unnamed dead no place placed: no side of their own
    partners = _conflict_partners(events)
    named_pairs = {(e.sentence_index, e.cameo_root, _country(e.source), _country(e.target)) for e in events}
    for e in events:
        if e.cameo_root not in ONE_SIDED_ROOTS or e.modality != "asserted" or e.background:
            continue  # (the document's conflict is today's: not that of an attack years ago)
        if e.trigger_text.lower() in WHOLE_WAR_NOUNS:
            continue  # "Syria's civil war has killed 100,000": a war, not one side's act
        source, target = _country(e.source), _country(e.target)
        # (a named side with no country, "Islamic State", is no missing side)
        if source and e.source is not None and not identified(e.target):
            side, how = _missing_target(e, source, partners)
            if side is None or (e.sentence_index, e.cameo_root, source, side) in named_pairs:
                continue  # (the sentence names that dyad already: "struck Gaza, killing 20")
            e.target = Mention(e.source.text, e.source.start, e.source.end, _state(side, ctx), "inferred")
            role = "target"
        elif target and e.target is not None and not identified(e.source) and e.cameo_root in FIGHTING_ROOTS:
            side, how = _missing_source(e, target, partners, ctx)
            if side is None or (e.sentence_index, e.cameo_root, side, target) in named_pairs:
                continue
            actor = _gunmen(side) if side == target else _state(side, ctx)
            e.source = Mention(e.target.text, e.target.start, e.target.end, actor, "inferred")
            role = "source"
        else:
            continue
        named_pairs.add((e.sentence_index, e.cameo_root, _country(e.source), _country(e.target)))
        victim = _country(e.target)
        if e.location and e.location.get("inferred") and victim and e.cameo_root in FIGHTING_ROOTS:
            # an unplaced attack happens where its target is (as _inferred_place says)
            e.location = {"name": ctx.state_names.get(victim, victim), "country": victim, "inferred": True}
        e.reason += f" [{role} inferred from {how}]"


def _country(m: Mention | None) -> str | None:
    return m.actor.country if m is not None and m.actor.kind != "igo" else None


def _missing_target(e: Event, source: str, partners: dict[str, set[str]]) -> tuple[str | None, str]:
    loc = e.location or {}
    if loc.get("country") and not loc.get("inferred") and loc["country"] != source:
        return loc["country"], "the place"  # "Israeli strikes in Gaza", "Turkish drones hit targets in Syria"
    if e.source is not None and (
        e.source.actor.kind == "group" or NON_STATE_ARMED & set(e.source.actor.sectors)
    ):
        return None, ""  # (rebels and gangs kill at home whomever the document's war is with)
    return _one_adversary(source, partners), "the document's conflict"


def _missing_source(
    e: Event, target: str, partners: dict[str, set[str]], ctx: DocumentContext
) -> tuple[str | None, str]:
    adversary = _one_adversary(target, partners)
    if adversary is not None:
        return adversary, "the document's conflict"
    loc = e.location if e.location and not e.location.get("inferred") else {}
    if not partners.get(target) and ctx.main_country == target and loc.get("country") == target:
        # no fighting named at all in a story about this country: its own unknown gunmen or bombers
        return target, "a domestic attack"
    return None, ""


def _gunmen(country: str) -> Actor:
    return Actor(sector_code(country, ("UAF",)), "unidentified attackers", country, ("UAF",), "agent")
