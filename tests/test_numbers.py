"""parse_count and count_qualifier: a table of casualty phrases."""

from __future__ import annotations

import pytest

from dyads.attributes.numbers import Qualifier, count_qualifier, parse_count

# (phrase, count, qualifier)
CASES: list[tuple[str, int | None, Qualifier | None]] = [
    # digits
    ("19", 19, None),
    ("1,200", 1200, None),
    ("1,000,000,000", 1_000_000_000, None),
    ("1.2 million", 1_200_000, None),
    ("4.35 million", 4_350_000, None),
    ("40 thousand", 40_000, None),
    ("2 billion", 2_000_000_000, None),
    ("19 regime soldiers", 19, None),
    ("0", 0, None),
    ("1.5", None, None),  # not a head count
    ("1,20", None, None),  # malformed grouping
    # words
    ("one", 1, None),
    ("two", 2, None),
    ("nineteen", 19, None),
    ("zero", 0, None),
    ("Thirty-four", 34, None),
    ("thirty four", 34, None),
    ("thirty\u2011four", 34, None),  # non-breaking hyphen
    ("one hundred and twenty", 120, None),
    ("a hundred", 100, None),
    ("nineteen hundred", 1900, None),
    ("two thousand and five", 2005, None),
    ("twenty-one thousand five hundred and six", 21_506, None),
    ("three billion two hundred million", 3_200_000_000, None),
    ("two and a half million", 2_500_000, None),
    ("two dozen", 24, None),
    ("a dozen", 12, None),
    ("half a dozen", 6, None),
    ("the two men", 2, None),
    ("twenty twenty", 20, None),  # a second number does not merge into the first
    # qualifiers
    ("at least 19", 19, "at_least"),
    ("no fewer than 7", 7, "at_least"),
    ("19 or more", 19, "at_least"),
    ("more than 380,000", 380_000, "more_than"),
    ("More Than 1,000 people", 1000, "more_than"),
    ("over 100", 100, "more_than"),
    ("50-plus", 50, "more_than"),
    ("50+", 50, "more_than"),
    ("nearly a million", 1_000_000, "about"),
    ("some 40", 40, "about"),
    ("about 30", 30, "about"),
    ("around 30", 30, "about"),
    ("an estimated 300", 300, "about"),
    ("up to 50", 50, "up_to"),
    ("as many as 50", 50, "up_to"),
    ("fewer than 10", 10, "up_to"),
    ("no more than 10", 10, "up_to"),
    ("another 5", 5, None),
    ("at least", None, "at_least"),
    ("more than", None, "more_than"),
    ("nearly", None, "about"),
    ("about", None, "about"),
    ("up to", None, "up_to"),
    # ranges: the lower bound, which makes the count an "at least"
    ("10 to 15", 10, "at_least"),
    ("10-15", 10, "at_least"),
    ("10\u201315", 10, "at_least"),
    ("between 10 and 15", 10, "at_least"),
    ("ten or fifteen", 10, "at_least"),
    ("two to three hundred", 200, "at_least"),
    ("10 to 15 thousand", 10_000, "at_least"),
    ("at least 10 to 15", 10, "at_least"),
    # vague or not a number: the caller decides
    ("a", None, None),
    ("an", None, None),
    ("dozens", None, None),
    ("hundreds", None, None),
    ("thousands", None, None),
    ("scores", None, None),
    ("several", None, None),
    ("many", None, None),
    ("a few", None, None),
    ("some", None, "about"),
    ("tens of thousands", None, None),
    ("hundreds of thousands", None, None),
    ("several hundred", None, None),
    ("soldiers", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("phrase", "count", "qualifier"), CASES)
def test_parse_count(phrase: str, count: int | None, qualifier: Qualifier | None) -> None:
    assert parse_count(phrase) == count


@pytest.mark.parametrize(("phrase", "count", "qualifier"), CASES)
def test_count_qualifier(phrase: str, count: int | None, qualifier: Qualifier | None) -> None:
    assert count_qualifier(phrase) == qualifier
