"""Dates as they appear in news inputs: record fields and standalone date lines in article text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

_MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?"
)
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_END = r"(?!\w)"  # an atom must end at a word boundary: "Mar" is not the start of "Marchers"
_I = re.IGNORECASE

# Each atom of a date line, tried in this order at the current position.
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)"
    r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?" + _END,
    _I,
)
_YMD = re.compile(r"(?P<y>(?:19|20)\d\d)/(?P<mo>\d{1,2})/(?P<d>\d{1,2})" + _END)
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)" + _END)
_DMY = re.compile(rf"{_DAY}\s+(?:of\s+)?(?P<m>{_MONTH})\s*,?\s*{_YEAR}{_END}", _I)
_MDY = re.compile(rf"(?P<m>{_MONTH})\s+{_DAY}\s*,?\s*{_YEAR}{_END}", _I)
_MY = re.compile(rf"(?P<m>{_MONTH})\s+{_YEAR}{_END}", _I)
_TIME = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d){1,2}(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)"
    # time zones are matched case-sensitively so "10:32 in" is not read as a zone
    r"(?:\s*\(?(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?|\s*\(?[A-Z]{2,5}\)?|\s*[+-]\d\d:?\d\d)?" + _END
)
_RELATIVE = re.compile(
    r"(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago"
    r"|just\s+now)" + _END,
    _I,
)
_WEEKDAY_RE = re.compile(_WEEKDAY + _END, _I)
_PREFIX = re.compile(
    r"(?:(?:first|last|originally)\s+)?(?:published|posted|updated|modified|released|date(?:\s+published)?)"
    r"(?!\w)(?:\s+(?:on|at)(?!\w))?\s*:?",
    _I,
)
_READ_TIME = re.compile(
    r"\d+\s*[-–]?\s*(?:min|mins|minutes?)\.?\s+read"
    + _END
    + r"|(?:estimated\s+)?(?:reading|read)\s+time\s*[:\-–]?\s*(?:about\s+|approx\.?\s+|~)?"
    r"\d+\s*(?:min|mins|minutes?)\.?" + _END,
    _I,
)
_CONNECTOR = re.compile(r"(?:\s+|[,|·•/–—-]|(?:at|on)(?!\w))+", _I)


@dataclass(frozen=True)
class DateLine:
    """What a standalone date line says.

    ``date`` is None when the line names no single day (a time, "3 hours ago", "March 2020",
    or an ambiguous "02/03/2020").  ``updated`` is True for "Updated ..."/"Last modified ..." lines,
    which are weaker evidence of the publication date.  ``kind`` is "date" or "reading_time".
    """

    date: dt.date | None
    updated: bool
    kind: str


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3]]


def parse_date_line(line: str) -> DateLine | None:
    """Parse a line that is nothing but dates, times, "Published:"-style labels and reading times.

    Returns None for anything else, including a sentence that merely starts with a date.
    """
    s = line.strip()
    pos, n = 0, len(s)
    found: dt.date | None = None
    has_time = has_date = has_read = False
    updated = False
    while True:
        m = _CONNECTOR.match(s, pos)
        if m:
            pos = m.end()
        if pos >= n:
            break
        for rx in (_ISO, _YMD, _NUMERIC, _DMY, _MDY, _MY):
            m = rx.match(s, pos)
            if m is None:
                continue
            g = m.groupdict()
            if rx is _NUMERIC:
                a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
                if a > 12 or b > 12 or a == b:
                    # unambiguous: one part cannot be a month, or both orders give the same day
                    day = _make(y, b, a) if a > 12 else _make(y, a, b)
                    if day is None:
                        return None
                elif a and b:
                    day = None  # "02/03/2020": a date line, but day/month order is unknowable
                else:
                    return None
            elif rx is _MY:
                day = None
            elif "m" in g and g.get("m"):
                day = _make(int(g["y"]), _month(g["m"]), int(g["d"]))
                if day is None:
                    return None
            else:
                day = _make(int(g["y"]), int(g["mo"]), int(g["d"]))
                if day is None:
                    return None
            has_date = True
            if found is None:
                found = day
            pos = m.end()
            break
        else:
            for rx in (_TIME, _RELATIVE, _READ_TIME, _WEEKDAY_RE, _PREFIX):
                m = rx.match(s, pos)
                if m is None:
                    continue
                if rx is _TIME or rx is _RELATIVE:
                    has_time = True
                elif rx is _READ_TIME:
                    has_read = True
                elif rx is _PREFIX and re.match(r"(?:last\s+)?(?:updated|modified)", m.group(), _I):
                    # only an "Updated" label before the first date makes that date a weak one
                    updated = updated or found is None and not has_date
                pos = m.end()
                break
            else:
                return None
    if has_date or has_time:
        return DateLine(date=found, updated=updated, kind="date")
    if has_read:
        return DateLine(date=None, updated=False, kind="reading_time")
    return None


def parse_record_date(value: object) -> dt.date | None:
    """A date from a record field: ISO date or datetime, RFC 2822, or a written-out date.

    Anything unparseable (or not a string) is treated as no date, so the document is still read.
    A datetime's own calendar day is used, not converted to UTC: it is the publisher's dateline day.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[T ])", s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})$", s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d", s):
        try:
            return parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            pass
    line = parse_date_line(s)
    return line.date if line is not None else None
