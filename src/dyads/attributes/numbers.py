"""Counts in casualty phrases: "at least 19", "Thirty-four", "1.2 million", "two dozen".

Pure string functions.  The spaCy stage hands over the text of a CARDINAL entity or of the number
phrase in front of a casualty noun; these turn it into an integer and a normalised qualifier.
Anything vague ("dozens", "several", "hundreds of thousands") gives None: an invented figure is
worse than no figure in an event record.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Literal

Qualifier = Literal["at_least", "more_than", "about", "up_to"]

_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# multipliers that close a group ("two thousand", "1.2 million"); "hundred" is handled apart because
# it multiplies only the group it ends ("two hundred thousand")
_SCALES: dict[str, int] = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Leading qualifiers, longest first so "no more than" wins over "more than".  Each maps to the
# normalised qualifier (None: the word adds nothing, e.g. "a total of", "another").
_PREFIXES: list[tuple[str, Qualifier | None]] = sorted(
    [
        ("at least", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"),
        ("not less than", "at_least"), ("not fewer than", "at_least"), ("a minimum of", "at_least"),
        ("more than", "more_than"), ("over", "more_than"), ("upwards of", "more_than"),
        ("in excess of", "more_than"), ("well over", "more_than"), ("just over", "more_than"),
        ("above", "more_than"), ("greater than", "more_than"),
        ("about", "about"), ("around", "about"), ("approximately", "about"), ("approx", "about"),
        ("roughly", "about"), ("some", "about"), ("nearly", "about"), ("almost", "about"),
        ("close to", "about"), ("an estimated", "about"), ("estimated", "about"), ("circa", "about"),
        ("just under", "about"), ("just short of", "about"), ("perhaps", "about"), ("maybe", "about"),
        ("up to", "up_to"), ("as many as", "up_to"), ("at most", "up_to"), ("a maximum of", "up_to"),
        ("no more than", "up_to"), ("not more than", "up_to"), ("fewer than", "up_to"),
        ("less than", "up_to"), ("under", "up_to"),
        ("a total of", None), ("a further", None), ("another", None), ("the", None),
        ("a reported", None), ("reportedly", None), ("between", None), ("only", None),
        ("just", None),
    ],
    key=lambda item: -len(item[0]),
)  # fmt: skip
_PREFIX_MEANING: dict[str, Qualifier | None] = dict(_PREFIXES)
_PREFIX_RE = re.compile(r"^(?:" + "|".join(re.escape(p) for p, _ in _PREFIXES) + r")\b\s*")
# trailing "or more" / "-plus" / "+" after the number
_OR_MORE_RE = re.compile(r"\b(?:or|and) (?:more|over|above)\b")

_DIGITS_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_RANGE_WORDS = {"to", "or", "and", "-"}


def _normalise(phrase: str) -> str:
    text = phrase.lower().strip()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # typographic dashes and minus
    text = re.sub(r"\s*(?:-\s*plus\b|\+)", " plus", text)  # "50-plus", "50+" -> "50 plus"
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "thirty-four" -> "thirty four"
    text = re.sub(r"\s*-\s*", " - ", text)  # "10-15" -> "10 - 15": a range, read below
    return re.sub(r"\s+", " ", text).strip()


def _strip_prefixes(text: str) -> tuple[str, list[Qualifier | None]]:
    """Remove leading qualifiers ("at least", "some", "an estimated" ...), returning what they meant."""
    found: list[Qualifier | None] = []
    while True:
        match = _PREFIX_RE.match(text)
        if not match:
            return text, found
        found.append(_PREFIX_MEANING[match.group(0).strip()])
        text = text[match.end() :]


def _is_multiplier(tokens: list[str], index: int) -> bool:
    return index < len(tokens) and tokens[index] in ("hundred", "dozen", *_SCALES)


def _read_number(tokens: list[str], start: int) -> tuple[Fraction, int, int] | None:
    """Read the number phrase at tokens[start:].

    Returns (value, index after the phrase, the last scale applied or 0) or None when no number
    starts there.  Stops at the first token that cannot continue the number, so trailing words
    ("19 regime soldiers") are ignored.
    """
    i = start
    n = len(tokens)
    if i >= n:
        return None
    # Fractions, not floats, so "4.35 million" is exactly 4350000
    total = Fraction(0)  # completed thousand/million/billion groups
    group = Fraction(0)  # the group being built ("two hundred forty")
    last_kind = ""  # what the previous token was, to refuse "two three" or "twenty thirty"
    last_big = 10**12  # groups must come in falling order: "two million three thousand"
    last_scale = 0
    consumed = False

    first = tokens[i]
    if _DIGITS_RE.fullmatch(first):
        group = Fraction(first.replace(",", ""))
        last_kind, consumed, i = "digits", True, i + 1
    elif first in ("a", "an") and _is_multiplier(tokens, i + 1):
        group = Fraction(1)  # "a dozen", "a million"; "a" alone is left to the caller
        last_kind, consumed, i = "unit", True, i + 1
    elif (
        first == "half"
        and tuple(tokens[i + 1 : i + 2]) in (("a",), ("an",))
        and _is_multiplier(tokens, i + 2)
    ):
        group = Fraction(1, 2)
        last_kind, consumed, i = "unit", True, i + 2

    while i < n:
        tok = tokens[i]
        if last_kind == "digits" and tok not in ("hundred", "dozen", *_SCALES):
            break  # digits combine only with scale words: "1.2 million", "40 thousand"
        if tok in _UNITS:
            if last_kind in ("unit", "digits") or (last_kind == "tens" and _UNITS[tok] >= 10):
                break
            group += _UNITS[tok]
            last_kind = "unit"
        elif tok in _TENS:
            if last_kind in ("unit", "tens", "digits") or group % 100:
                break
            group += _TENS[tok]
            last_kind = "tens"
        elif tok == "hundred":
            if not consumed or group >= 100 or group == 0:
                break
            group *= 100
            last_kind = "hundred"
            last_scale = 100
        elif tok in _SCALES:
            scale = _SCALES[tok]
            if not consumed or group == 0 or scale >= last_big:
                break
            total += group * scale
            group = Fraction(0)
            last_big = scale
            last_kind = "scale"
            last_scale = scale
        elif tok == "dozen":
            if not consumed or group == 0 or group >= 100:
                break
            group *= 12
            last_scale = 12
            i += 1
            consumed = True
            break  # nothing sensible follows "two dozen"
        elif tok == "and" and tokens[i + 1 : i + 3] == ["a", "half"] and last_kind in ("unit", "tens"):
            group += Fraction(1, 2)  # "two and a half million"
            i += 3
            continue
        elif tok == "and":
            # only "one hundred and twenty" / "two thousand and five"; "10 and 15" is a range
            nxt = tokens[i + 1] if i + 1 < n else ""
            if last_kind not in ("hundred", "scale") or (nxt not in _UNITS and nxt not in _TENS):
                break
        else:
            break
        consumed = True
        i += 1

    if not consumed:
        return None
    return total + group, i, last_scale


def parse_count(phrase: str) -> int | None:
    """The count a casualty phrase states, or None when it states none precisely.

    "at least 19" -> 19, "Thirty-four" -> 34, "1.2 million" -> 1200000, "two dozen" -> 24,
    "10 to 15" -> 10 (lower bound), "19 regime soldiers" -> 19, "dozens" / "several" / "a" -> None.
    """
    text, _ = _strip_prefixes(_normalise(phrase))
    tokens = text.split()
    read = _read_number(tokens, 0)
    if read is None:
        return None
    value, after, scale = read
    # "two to three hundred": the scale of the upper bound applies to the lower one as well
    if scale == 0 and after + 1 < len(tokens) and tokens[after] in _RANGE_WORDS:
        upper = _read_number(tokens, after + 1)
        if upper is not None and upper[2] > 0 and upper[0] > value * upper[2]:
            value *= upper[2]
    if value.denominator != 1:
        return None  # "1.5" is not a head count; "1.5 million" is
    # "0" or "zero" is a real statement ("no one was hurt" is for the caller to read)
    return int(value)


def count_qualifier(phrase: str) -> Qualifier | None:
    """How the count in ``phrase`` is hedged: "at_least", "more_than", "about", "up_to" or None.

    A range ("10 to 15") gives "at_least" because parse_count returns its lower bound.
    """
    text = _normalise(phrase)
    stripped, found = _strip_prefixes(text)
    qualifiers = [q for q in found if q is not None]
    if qualifiers:
        return qualifiers[0]
    tokens = stripped.split()
    read = _read_number(tokens, 0)
    if read is None:
        return None
    _, after, _ = read
    rest = " ".join(tokens[after:])
    if _OR_MORE_RE.match(rest):
        return "at_least"
    if rest.startswith("plus"):
        return "more_than"
    if after + 1 < len(tokens) and tokens[after] in _RANGE_WORDS and _read_number(tokens, after + 1):
        return "at_least"
    return None
