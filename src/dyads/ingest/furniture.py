"""Page furniture: lines of a pasted or extracted news page that are not sentences of the article.

The text is never changed (evidence offsets must stay true).  Instead each furniture line is reported
as a character span, and the coder skips sentences inside those spans.  Detection is line by line and
deliberately conservative: a line is furniture only when the *whole* line matches, so an article
sentence that merely contains a bracket, a date or the word "subscribe" is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dyads.ingest.dates import parse_date_line

_I = re.IGNORECASE

# "Read also: ...", "RELATED: ...": a label that must be followed by a colon/dash/arrow or end the line,
# so that "Related talks began on Monday." stays an article sentence
_PROMO_LABEL = re.compile(
    r"(?:read\s+(?:also|more|next|this)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?"
    r"|more\s+from\s+[\w ]{1,30}|recommended"
    r"|related(?:\s+(?:articles?|stories|story|news|coverage|content|topics|links?|reading))?"
    r"|most\s+read|trending|top\s+stories|you\s+may\s+also\s+like|watch|listen|editor'?s\s+picks?)"
    r"\s*(?:[:|>»›–—-]|$)",
    _I,
)
# calls to action that are never the first words of a news sentence
_PROMO_START = re.compile(
    r"(?:click\s+here|sign\s+up|subscribe|follow\s+us|like\s+us\s+on|share\s+(?:this|on|via)\b"
    r"|also\s+read|read\s+also|read\s+more"
    r"|download\s+(?:the|our)\s+\w*\s*app|story\s+continues|continue\s+reading|listen\s+to\s+this\s+article"
    r"|get\s+the\s+latest|join\s+our|we\s+(?:are|'re)\s+on\s+(?:whatsapp|telegram))(?![\w-])"
    # the line WordPress adds to every feed entry: "The post <title> appeared first on <site>."
    r"|the\s+post\s+.{1,250}\s+appeared\s+first\s+on\s+\S.{0,100}$"
    # "Sponsored by Qatar, the talks ..." is a sentence; "Sponsored content" / "Sponsored:" is not
    r"|sponsored(?:\s+(?:content|post|links?|stories))?\s*(?:[:|]|$)",
    _I,
)
_FOLLOW_ON = re.compile(
    r"follow\s+.{1,60}\s+on\s+(?:twitter|x|facebook|instagram|telegram|linkedin|threads"
    r"|bluesky|youtube|tiktok|whatsapp)\b",
    _I,
)
_SOCIAL_ROW = re.compile(
    r"(?:(?:facebook|twitter|whatsapp|e-?mail|linkedin|telegram|reddit|print|pinterest"
    r"|messenger|copy\s+link|share|x\.com|flipboard)\W*){2,}",
    _I,
)
# "© 2020 ...", "Copyright 2021 ...", "Copyright © ...", but not "Copyright claims rose ..."
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©))", _I)
_RIGHTS = re.compile(r"all\s+rights\s+reserved", _I)
_LABEL_LINE = re.compile(
    r"(?:tags|topics|keywords|filed\s+under|sources?|image\s+source|image\s+caption"
    r"|media\s+caption|photo(?:graph)?|image|picture|pic|caption|credit|file\s+photo"
    r"|video)\s*(?:credit\s*)?[:|]",
    _I,
)
_PHOTO_BY = re.compile(r"(?:photo(?:graph)?|image|picture)s?\s+by\s+\S", _I)
_STAFF_CREDIT = re.compile(
    r"\(?\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|produced)\s+by\b", _I
)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+")
# a bracketed or parenthesised credit at the very end of a line: "[Getty]", "(AP Photo/Hussein Malla)"
_CREDIT_END = re.compile(r"[\[(]\s*([^\[\]()]{1,80}?)\s*[\])]$")
_CREDIT_LEAD = re.compile(
    r"(?:(?:file\s+)?(?:photo(?:graph)?|image|picture|pic|video|credit)s?(?:\s+(?:by|credit))?"
    r"\s*[:/-]?\s*)",
    _I,
)


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_CREDIT_JOINERS = _words("via for and by of de la del al el the von van photo images image file pool handout")
_NAME_PARTICLES = _words("al el bin ibn bint abu de da di del della van von der den du le la dos das y ul ud")
_ACRONYM_SKIP = _words("of and the for in on de al")
# the only lower-case words of a "(Reporting by X in Y; Editing by Z)" line
_STAFF_WORDS = _words("by in and reporting writing editing edited additional compiled produced from at")
# a headline does not end in these; a hard-wrapped first line of a paragraph often does
_FUNCTION_WORDS = _words(
    "a an the of in on at to for with by from and or but that which who as is are was were its their his her"
    " said says than into over after before"
)


@dataclass(frozen=True)
class FurnitureLine:
    """One furniture line: span of its text (without surrounding whitespace) and what it is."""

    start: int
    end: int
    kind: str  # title | date | reading_time | caption | promo | social | copyright | byline | label | link


@dataclass(frozen=True)
class FurnitureScan:
    """The furniture of one text, plus the title and date it revealed."""

    lines: tuple[FurnitureLine, ...]
    title: str | None = None  # the title line found by the headline rule (None when a title was given)
    date: dt.date | None = None  # from the first date line naming one day ("Published: 2 March 2020")

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((f.start, f.end) for f in self.lines)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped text) of every line, blank ones included, offsets into ``text``."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        start = pos + (len(raw) - len(raw.lstrip())) if stripped else pos
        yield start, start + len(stripped), stripped
        pos += len(raw) + 1


def _is_acronym_of_preceding(acronym: str, before: str) -> bool:
    """True for "International Atomic Energy Agency (IAEA)": a definition, not a photo credit."""
    if not acronym.isupper() or not acronym.isalpha():
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", before) if w.lower() not in _ACRONYM_SKIP]
    initials = "".join(w[0].upper() for w in words[-len(acronym) :])
    return len(words) >= len(acronym) and initials == acronym


def _is_caption(s: str) -> bool:
    m = _CREDIT_END.search(s)
    if m is None:
        return False
    before = s[: m.start()].rstrip()
    if len(before) > 300:  # a long paragraph that happens to end in a bracket is article text
        return False
    credit = m.group(1)
    lead = _CREDIT_LEAD.match(credit)
    has_lead = bool(lead and lead.group().strip())
    rest = credit[lead.end() :] if lead else credit
    tokens = [t for t in re.split(r"[\s/,;&+]+", rest) if t]
    if not tokens or len(tokens) > 8:
        # a bare "(File photo)" is a credit; a lower-case "[video]" marker after a sentence is not
        return has_lead and not tokens and credit[0].isupper()
    capitalised = 0
    for tok in tokens:
        core = tok.strip(".'’-")
        if not core:
            continue
        if core[0].isupper():
            capitalised += 1
        elif core.isdigit():
            continue  # "[AFP 2020]": a year may follow the credit, but is no credit by itself
        elif core.lower() not in _CREDIT_JOINERS:
            return False  # "[sic]", "(in Arabic)": lower-case words are not a credit
    if capitalised == 0:
        return False
    # "(IAEA)" after the words it abbreviates is a definition; so is any acronym that closes a sentence
    return not (s[m.start()] == "(" and _is_acronym_of_preceding(credit, before))


def _is_staff_credit(s: str) -> bool:
    """ "(Reporting by Parisa Hafezi; Editing by Angus MacSwan)", not "Reporting by the agency said ..." """
    for word in re.findall(r"[^\W\d_][\w'’.-]*", s):
        low = word.lower()
        if not word[0].isupper() and low not in _STAFF_WORDS and low.split("-")[0] not in _NAME_PARTICLES:
            return False
    return True


def _is_byline(s: str) -> bool:
    m = re.match(r"by\s+", s, _I)
    if m is None or len(s) > 100 or s[-1] in ".!?;:":
        return False
    chunks = re.split(r"\s*(?:,|\||/|–|—|\s-\s|\band\b|&|\bin\b|\bfor\b)\s*", s[m.end() :])
    chunks = [c for c in chunks if c]
    if not chunks:
        return False
    for chunk in chunks:
        words = chunk.split()
        if not 1 <= len(words) <= 5:
            return False
        for w in words:
            core = w.strip("'’\"().")
            if not core:
                return False
            low = core.lower()
            if low in _NAME_PARTICLES or low.split("-")[0] in _NAME_PARTICLES:
                continue
            if not (core[0].isupper() and any(c.isalpha() for c in core)):
                return False
    return True


def classify_line(line: str) -> tuple[str, dt.date | None, bool] | None:
    """What kind of furniture a single line is, or None for an article line.

    Returns (kind, date named by a date line, whether that date is only an "Updated" date).
    """
    s = line.strip()
    if not s:
        return None
    dl = parse_date_line(s)
    if dl is not None:
        return dl.kind, dl.date, dl.updated
    if _MD_IMAGE.fullmatch(s) or _URL_LINE.fullmatch(s):
        return "link", None, False
    short = len(s) <= 300
    if short and (_PROMO_LABEL.match(s) or _PROMO_START.match(s) or _FOLLOW_ON.match(s)):
        return "promo", None, False
    if short and s.lower() in {"advertisement", "share", "related", "read more", "continue reading"}:
        return "promo", None, False
    if _SOCIAL_ROW.fullmatch(s):
        return "social", None, False
    if len(s) <= 200 and (_COPYRIGHT.match(s) or _RIGHTS.search(s)):
        return "copyright", None, False
    if len(s) <= 300 and _STAFF_CREDIT.match(s) and _is_staff_credit(s):
        return "byline", None, False
    if _is_byline(s):
        return "byline", None, False
    # composite header lines: "By Jane Smith | 2 March 2020 | 3 min read"
    parts = [p for p in re.split(r"\s+[|·•]\s+|\s+[–—-]\s+", s) if p]
    if len(parts) > 1 and all(_is_byline(p) or parse_date_line(p) for p in parts):
        dates = [d for d in map(parse_date_line, parts) if d is not None]
        if not dates:
            return "byline", None, False
        dated = next((d for d in dates if d.date is not None), None)
        return "date", (dated.date if dated else None), bool(dated and dated.updated)
    if len(s) <= 300 and (_LABEL_LINE.match(s) or _PHOTO_BY.match(s)):
        return (
            "caption"
            if re.match(r"(?:photo|image|picture|pic|caption|credit|file|video|media)", s, _I)
            else "label",
            None,
            False,
        )
    if _is_caption(s):
        return "caption", None, False
    return None


def _norm_title(s: str) -> str:
    s = s.lstrip("#").strip().casefold()
    return re.sub(r"\s+", " ", s).rstrip(" .")


def _looks_like_headline(s: str, next_line: str | None, blank_after: bool) -> bool:
    """The headline rule for the first content line of plain text."""
    if next_line is None or len(s) >= 200:
        return False  # a title is followed by the article
    core = s.lstrip("#").strip().rstrip("\"'”’»)")
    if not core or core[-1] in ".,;:" or not any(c.isalpha() for c in core):
        return False
    words = core.split()
    if len(words) < 2:
        return False
    first = core.lstrip("\"'“‘«(")
    if first and first[0].islower():
        return False
    if blank_after:
        return True
    # no blank line after: guard against hard-wrapped text, whose first line ends mid-sentence
    last = re.sub(r"\W+$", "", words[-1]).lower()
    return last not in _FUNCTION_WORDS and not next_line[:1].islower()


def scan_furniture(text: str, *, title: str | None = None, find_title: bool = True) -> FurnitureScan:
    """Find the furniture lines of ``text``.

    ``title``: a title known from the input record (JSONL field, HTML metadata).  The first article line
    is marked as furniture when it repeats that title; the headline rule is then not applied.
    ``find_title``: apply the headline rule (first content line, no final period, under 200 characters,
    followed by more text) when no title is known.  Leading date/byline lines may precede the title.
    """
    lines = list(_lines(text))
    found: list[FurnitureLine] = []
    first_date: dt.date | None = None
    updated_date: dt.date | None = None
    head_done = False  # becomes True at the first line that is not furniture
    found_title: str | None = None
    for i, (start, end, s) in enumerate(lines):
        if not s:
            continue
        kind = classify_line(s)
        if kind is not None:
            name, day, updated = kind
            found.append(FurnitureLine(start, end, name))
            if day is not None:
                if not updated and first_date is None:
                    first_date = day
                elif updated and updated_date is None:
                    updated_date = day
            continue
        if head_done:
            continue
        head_done = True
        if title is not None:
            if _norm_title(s) == _norm_title(title):
                found.append(FurnitureLine(start, end, "title"))
        elif find_title:
            rest = [(j, ln) for j, ln in enumerate(lines[i + 1 :], i + 1) if ln[2]]
            next_line = rest[0][1][2] if rest else None
            blank_after = bool(rest) and rest[0][0] > i + 1
            if _looks_like_headline(s, next_line, blank_after):
                found.append(FurnitureLine(start, end, "title"))
                found_title = s.lstrip("#").strip()
    return FurnitureScan(lines=tuple(found), title=found_title, date=first_date or updated_date)
