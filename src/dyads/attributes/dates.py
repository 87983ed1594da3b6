"""Resolve the text of a date expression ("on Sunday", "27 Feb 2020", "last month") to a calendar date.

Pure string functions.  The spaCy stage hands over the text of a DATE entity and the article's
publication date; relative expressions are resolved against that date.  Anything that cannot be
pinned to a day, a month or a year with confidence ("last week", "the 1990s", "overnight",
"before 2012") gives None: a wrong date on an event is worse than no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dyads.attributes.numbers import count_qualifier, parse_count
from dyads.records import DatePrecision


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # "2020-03-01" (day), "2020-02" (month), "2011" (year)
    precision: DatePrecision  # "day" | "month" | "year"
    relative: bool  # True when any part came from the publication date ("on Sunday", "27 February")


# A month-day without a year is put in the latest year that keeps it at most this far after
# publication: news mostly reports the past, but also announces what is weeks ahead.
FUTURE_SLACK_DAYS = 61
_MIN_YEAR, _MAX_YEAR = 1900, 2100  # a bare number outside this is a count, not a year

_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"],
    start=1,
):  # fmt: skip
    _MONTHS[_name] = _number
    _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9

_WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
):
    _WEEKDAYS[_name] = _number
    _WEEKDAYS[_name[:3]] = _number
_WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_ORDINAL_WORDS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth"],
        start=1,
    )
}  # fmt: skip
for _word, _n in list(_ORDINAL_WORDS.items())[:9]:  # "twenty-first" .. "twenty-ninth"
    _ORDINAL_WORDS["twenty-" + _word] = 20 + _n
_ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31})

# Days relative to publication, matched on the whole (cleaned) expression.
_RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "last evening": -1,
    "day before yesterday": -2, "tomorrow": 1, "day after tomorrow": 2,
}  # fmt: skip
_RELATIVE_MONTHS: dict[str, int] = {"this month": 0, "last month": -1, "next month": 1}
_RELATIVE_YEARS: dict[str, int] = {"this year": 0, "last year": -1, "next year": 1}

# Words in front of the date that do not move it.  "before", "after", "until" and "by" are left
# out on purpose: they make the expression a bound, not a date, so it falls through to None.
_LEADING_RE = re.compile(
    r"^(?:on|in|at|since|during|from|of|the|between|around|about|circa|sometime|some time|as of|"
    r"early|late|earlier|later|mid|middle of|end of|beginning of|start of|night of|morning of|"
    r"overnight|dawn on|hours of)\b\s*"
)
# Parts of the day after the date: "Sunday night", "yesterday morning".
_TRAILING_RE = re.compile(
    r"\s*\b(?:night|morning|afternoon|evening|dawn|noon|midday|midnight|overnight|at|around|"
    r"local time|gmt|utc)$"
)
# Clock times anywhere: "3 p.m.", "15:30", "at 10am".
_CLOCK_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b\d{1,2}:\d{2}\b")
_DIRECTION_RE = re.compile(r"^(this past|this coming|last|past|previous|next|coming|this)\s+")
_AGO_RE = re.compile(r"^(.+?)\s+(days?|months?|years?)\s+ago$")
_ISO_DAY_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_ISO_MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
_NUMERIC_DAY_RE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
# Range separators: "Feb 27-29", "27 February to 2 March", "between 27 and 29 February".  A hyphen
# splits only next to a digit or with spaces round it, so "twenty-first" stays whole.
_RANGE_RE = re.compile(
    r"\s+-\s+|(?<=\d)\s*-\s*|\s*-\s*(?=\d)|\s*/\s*|\s+(?:to|through|thru|till|until|and|or)\s+"
)


@dataclass
class _Parts:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


def _clean(expression: str) -> str:
    text = expression.lower().strip()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # typographic dashes
    text = text.replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)  # "Sunday's" -> "sunday"
    text = _CLOCK_RE.sub(" ", text)
    text = re.sub(r"[()]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    while True:  # "early on Monday", "in the early hours of Sunday": strip until nothing changes
        stripped = _LEADING_RE.sub("", text, count=1).strip(" ,-")
        if stripped == text:
            return text
        text = stripped


def _strip_trailing(text: str) -> str:
    while True:
        stripped = _TRAILING_RE.sub("", text).strip(" ,")
        if stripped == text:
            return text
        text = stripped


def _parts(text: str) -> _Parts | None:
    """Read day, month, year and weekday from a single (non-range) date, in any order."""
    text = re.sub(r"\b(twenty|thirty)[\s-]+(?=[a-z]+(?:st|nd|rd|th)\b)", r"\1-", text)
    parts = _Parts()
    for token in re.sub(r"[,.]", " ", text).split():
        if token in ("the", "of", "on", "in"):
            continue
        if token in _WEEKDAYS:
            if parts.weekday is not None:
                return None
            parts.weekday = _WEEKDAYS[token]
        elif token in _MONTHS:
            if parts.month is not None:
                return None
            parts.month = _MONTHS[token]
        elif match := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", token):
            if parts.day is not None or not 1 <= int(match.group(1)) <= 31:
                return None
            parts.day = int(match.group(1))
        elif token in _ORDINAL_WORDS:
            if parts.day is not None:
                return None
            parts.day = _ORDINAL_WORDS[token]
        elif re.fullmatch(r"\d{4}", token) and _MIN_YEAR <= int(token) <= _MAX_YEAR:
            if parts.year is not None:
                return None
            parts.year = int(token)
        else:
            return None  # an unknown word: not confident what the expression means
    if parts == _Parts():
        return None
    return parts


def _day(value: dt.date, relative: bool) -> ResolvedDate:
    return ResolvedDate(value.isoformat(), "day", relative)


def _month(year: int, month: int, relative: bool) -> ResolvedDate | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return ResolvedDate(f"{year:04d}-{month:02d}", "month", relative)


def _year(year: int, relative: bool) -> ResolvedDate | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return ResolvedDate(f"{year:04d}", "year", relative)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _weekday(weekday: int, published: dt.date, direction: str, future: bool) -> dt.date:
    """The weekday nearest publication: back by default (news reports the past week), forward when
    the verb is future or the expression says "next".  The publication weekday is the publication
    day itself, except after "last"/"next", which mean a week away."""
    forward = direction == "next" or (direction == "" and future)
    if forward:
        delta = (weekday - published.weekday()) % 7
        return published + dt.timedelta(days=delta or (7 if direction == "next" else 0))
    delta = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=delta or (7 if direction == "last" else 0))


def _month_day(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """Give a year to a month-day: the latest one at most FUTURE_SLACK_DAYS after publication, or the
    first on or after publication when ``future``."""
    candidates: list[dt.date] = []
    for year in range(published.year - 8, published.year + 9):  # 8 years always holds a 29 February
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None  # 31 April
    if future:
        return min(d for d in candidates if d >= published)
    limit = published + dt.timedelta(days=FUTURE_SLACK_DAYS)
    return max(d for d in candidates if d <= limit)


def _month_only(month: int, published: dt.date, direction: str, future: bool) -> tuple[int, int]:
    """Give a year to a month name, by the same rule as _month_day (taking the month's first day)."""
    here = published.year * 12 + published.month - 1
    options = [(published.year + k) * 12 + month - 1 for k in (-2, -1, 0, 1, 2)]
    if direction == "last":
        chosen = max(o for o in options if o < here)
    elif direction == "next":
        chosen = min(o for o in options if o > here)
    elif future:
        chosen = min(o for o in options if o >= here)
    else:
        limit = published + dt.timedelta(days=FUTURE_SLACK_DAYS)
        chosen = max(o for o in options if dt.date(o // 12, o % 12 + 1, 1) <= limit)
    return chosen // 12, chosen % 12 + 1


def _resolve_relative_phrase(text: str, published: dt.date | None) -> ResolvedDate | None | bool:
    """Fixed phrases ("yesterday", "last month", "three days ago"); False when ``text`` is not one."""
    if text in _RELATIVE_DAYS:
        return None if published is None else _day(published + dt.timedelta(days=_RELATIVE_DAYS[text]), True)
    if text in _RELATIVE_MONTHS:
        if published is None:
            return None
        return _month(*_shift_month(published.year, published.month, _RELATIVE_MONTHS[text]), True)
    if text in _RELATIVE_YEARS:
        return None if published is None else _year(published.year + _RELATIVE_YEARS[text], True)
    if match := _AGO_RE.match(text):
        amount = 1 if match.group(1) in ("a", "an", "one") else parse_count(match.group(1))
        if published is None or amount is None or count_qualifier(match.group(1)) is not None:
            return None  # "some 10 years ago", "10 to 15 years ago": approximate
        unit = match.group(2).rstrip("s")
        if unit == "day":
            return _day(published - dt.timedelta(days=amount), True)
        if unit == "month":
            return _month(*_shift_month(published.year, published.month, -amount), True)
        return _year(published.year - amount, True)
    return False


def _resolve_single(text: str, published: dt.date | None, future: bool) -> ResolvedDate | None:
    direction = ""
    if match := _DIRECTION_RE.match(text):
        word = match.group(1)
        direction = {"this past": "last", "past": "last", "previous": "last", "this coming": "next",
                     "coming": "next", "this": ""}.get(word, word)  # fmt: skip
        text = text[match.end() :]

    if direction == "":  # numeric forms are never preceded by "last"/"next"
        if match := _ISO_DAY_RE.match(text):
            return _checked_day(int(match[1]), int(match[2]), int(match[3]))
        if (match := _ISO_MONTH_RE.match(text)) and 1 <= int(match[2]) <= 12:
            return _month(int(match[1]), int(match[2]), False)
        if match := _NUMERIC_DAY_RE.match(text):
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            if first > 12 or first == second:  # day first (most of the world)
                return _checked_day(year, second, first)
            if second > 12:  # month first (US)
                return _checked_day(year, first, second)
            return None  # 02/03/2020: no way to tell 2 March from 3 February

    pieces = _RANGE_RE.split(text, maxsplit=1)
    parts = _parts(pieces[0])
    if parts is None:
        return None
    if len(pieces) == 2:
        # a range: keep its start, borrowing what the start leaves out ("27-29 February 2020")
        end = _parts(pieces[1])
        if end is None:
            return None
        if parts.day is not None and parts.month is None:
            parts.month = end.month
        if parts.month is not None and parts.year is None and end.year is not None:
            # "30 December - 2 January 2021" starts the year before
            parts.year = end.year - 1 if end.month is not None and parts.month > end.month else end.year

    if direction and not (parts.year is None and parts.day is None):
        return None  # "last 27 February", "next 2021": not a phrasing to guess at
    if parts.weekday is not None and parts.month is None and parts.year is None and parts.day is None:
        if published is None:
            return None
        return _day(_weekday(parts.weekday, published, direction, future), True)
    if parts.month is None:
        if parts.day is not None or parts.weekday is not None:
            return None  # "the 27th", "Sunday 2020"
        return _year(parts.year, False) if parts.year is not None else None
    if parts.year is not None:
        if parts.day is None:
            # "March 2020"; a weekday with it ("Sunday in March 2020") says nothing usable
            return None if parts.weekday is not None else _month(parts.year, parts.month, False)
        return _checked_day(parts.year, parts.month, parts.day)
    if published is None:
        return None
    if parts.day is None:
        if parts.weekday is not None:
            return None
        return _month(*_month_only(parts.month, published, direction, future), True)
    # month and day, year from publication; a weekday alongside ("Monday, March 2") is not checked
    resolved = _month_day(parts.month, parts.day, published, future)
    return None if resolved is None else _day(resolved, True)


def _checked_day(year: int, month: int, day: int) -> ResolvedDate | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return _day(dt.date(year, month, day), False)
    except ValueError:
        return None  # 30 February


def resolve_date(expression: str, published: dt.date | None, future: bool = False) -> ResolvedDate | None:
    """Resolve a date expression against the publication date.

    ``expression`` is the text of a DATE entity, possibly with a preposition ("on Sunday",
    "in November 2011").  Weekdays and year-less month-days are taken to be in the past (a weekday
    equal to publication's is the publication day); set ``future`` when the governing verb is
    future tense to resolve them forward instead.  Without ``published`` only absolute dates
    resolve.  Returns None for anything not resolvable with confidence (weeks, decades, bounds
    such as "before 2012", unknown words).
    """
    if isinstance(published, dt.datetime):
        published = published.date()  # a timestamp would put a time into the ISO value
    text = _clean(expression)
    if not text:
        return None  # "overnight", "early"
    for candidate in (text, _strip_trailing(text)):
        fixed = _resolve_relative_phrase(candidate, published)
        if fixed is not False:
            return fixed if isinstance(fixed, ResolvedDate) else None
    text = _strip_trailing(text)
    if not text:
        return None
    return _resolve_single(text, published, future)
