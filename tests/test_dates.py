"""resolve_date: DATE-entity texts and what they resolve to; and event dates through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

import dyads
from coded import dyad
from dyads.attributes.dates import ResolvedDate, resolve_date

MONDAY = dt.date(2020, 3, 2)  # publication date for most cases: a Monday, just after 29 February


def day(value: str, relative: bool = True) -> ResolvedDate:
    return ResolvedDate(value, "day", relative)


def month(value: str, relative: bool = True) -> ResolvedDate:
    return ResolvedDate(value, "month", relative)


def year(value: str, relative: bool = True) -> ResolvedDate:
    return ResolvedDate(value, "year", relative)


# (expression, expected) resolved against MONDAY, past reading (future=False)
CASES: list[tuple[str, ResolvedDate | None]] = [
    # weekdays: the most recent one, the publication weekday being the publication day
    ("on Sunday", day("2020-03-01")),
    ("Sunday", day("2020-03-01")),
    ("Thursday", day("2020-02-27")),
    ("on Tuesday", day("2020-02-25")),
    ("Monday", day("2020-03-02")),
    ("last Monday", day("2020-02-24")),
    ("this past Sunday", day("2020-03-01")),
    ("next Sunday", day("2020-03-08")),
    ("next Monday", day("2020-03-09")),
    ("this coming Sunday", day("2020-03-08")),
    ("Sunday night", day("2020-03-01")),
    ("Sunday morning", day("2020-03-01")),
    ("late Sunday", day("2020-03-01")),
    ("early on Monday", day("2020-03-02")),
    ("in the early hours of Sunday", day("2020-03-01")),
    ("Sunday at 3 p.m.", day("2020-03-01")),
    ("Sunday's", day("2020-03-01")),
    ("Sunday and Monday", day("2020-03-01")),
    ("Sat", day("2020-02-29")),
    # month-day without a year: the publication year unless that is over two months ahead
    ("27 February", day("2020-02-27")),
    ("on 27 February", day("2020-02-27")),
    ("February 27", day("2020-02-27")),
    ("Feb. 27", day("2020-02-27")),
    ("Feb 27", day("2020-02-27")),
    ("february 27th", day("2020-02-27")),
    ("the 27th of February", day("2020-02-27")),
    ("the twenty-first of February", day("2020-02-21")),
    ("1st March", day("2020-03-01")),
    ("March 2nd", day("2020-03-02")),
    ("Monday, March 2", day("2020-03-02")),
    ("Sept 3", day("2019-09-03")),
    ("April 20", day("2020-04-20")),  # seven weeks ahead: still this year
    ("May 10", day("2019-05-10")),  # over two months ahead: last year
    ("27 December", day("2019-12-27")),
    # ranges: the first day, filling in what the start leaves out
    ("Feb 27-29", day("2020-02-27")),
    ("Feb 27 \u2013 29", day("2020-02-27")),
    ("27-29 February", day("2020-02-27")),
    ("between 27 and 29 February", day("2020-02-27")),
    ("February 27 to March 2", day("2020-02-27")),
    ("27-29 February 2019", day("2019-02-27", relative=False)),
    # absolute days
    ("27 Feb 2020", day("2020-02-27", relative=False)),
    ("2020-03-02", day("2020-03-02", relative=False)),
    ("2020/3/2", day("2020-03-02", relative=False)),
    ("March 2, 2020", day("2020-03-02", relative=False)),
    ("MARCH 2 2020", day("2020-03-02", relative=False)),
    ("Sept. 3, 2019", day("2019-09-03", relative=False)),
    ("Sun, 1 Mar 2020", day("2020-03-01", relative=False)),
    ("Tuesday, 14 January 2020", day("2020-01-14", relative=False)),
    ("13/03/2020", day("2020-03-13", relative=False)),
    ("03/13/2020", day("2020-03-13", relative=False)),
    ("02/03/2020", None),  # 2 March or 3 February: cannot tell
    ("30 February 2020", None),
    ("February 30", None),
    ("2020-13-01", None),
    # months
    ("in November 2011", month("2011-11", relative=False)),
    ("in December 2018", month("2018-12", relative=False)),
    ("Dec 2018", month("2018-12", relative=False)),
    ("2020-02", month("2020-02", relative=False)),
    ("November", month("2019-11")),
    ("in March", month("2020-03")),
    ("mid-March", month("2020-03")),
    ("the end of February", month("2020-02")),
    ("last March", month("2019-03")),
    ("next March", month("2021-03")),
    ("last month", month("2020-02")),
    ("earlier this month", month("2020-03")),
    ("this month", month("2020-03")),
    ("later this month", month("2020-03")),
    ("next month", month("2020-04")),
    ("three months ago", month("2019-12")),
    # years
    ("2011", year("2011", relative=False)),
    ("in 2011", year("2011", relative=False)),
    ("since 2012", year("2012", relative=False)),
    ("late 2019", year("2019", relative=False)),
    ("2019-20", year("2019", relative=False)),
    ("last year", year("2019")),
    ("this year", year("2020")),
    ("earlier this year", year("2020")),
    ("next year", year("2021")),
    ("end of last year", year("2019")),
    ("a year ago", year("2019")),
    # days relative to publication
    ("yesterday", day("2020-03-01")),
    ("yesterday morning", day("2020-03-01")),
    ("last night", day("2020-03-01")),
    ("today", day("2020-03-02")),
    ("this morning", day("2020-03-02")),
    ("earlier today", day("2020-03-02")),
    ("tonight", day("2020-03-02")),
    ("tomorrow", day("2020-03-03")),
    ("the day before yesterday", day("2020-02-29")),
    ("two days ago", day("2020-02-29")),
    # nothing confident to say
    ("this week", None),
    ("last week", None),
    ("next week", None),
    ("the past week", None),
    ("three weeks ago", None),
    ("some 10 years ago", None),
    ("the weekend", None),
    ("last weekend", None),
    ("overnight", None),
    ("the 1990s", None),
    ("1990s", None),
    ("recent days", None),
    ("the same day", None),
    ("the 27th", None),
    ("Sunday 2020", None),
    ("before 2012", None),
    ("by Sunday", None),
    ("19", None),
    ("380,000", None),
    ("1899", None),
    ("2101", None),
    ("20 years", None),
    ("", None),
]


@pytest.mark.parametrize(("expression", "expected"), CASES)
def test_resolve_against_monday(expression: str, expected: ResolvedDate | None) -> None:
    assert resolve_date(expression, MONDAY) == expected


# (expression, expected) with future=True: weekdays and month-days resolve forward
FUTURE_CASES: list[tuple[str, ResolvedDate | None]] = [
    ("on Thursday", day("2020-03-05")),
    ("Sunday", day("2020-03-08")),
    ("Monday", day("2020-03-02")),  # the publication weekday is still the publication day
    ("next Monday", day("2020-03-09")),
    ("last Sunday", day("2020-03-01")),  # an explicit "last" wins over the tense
    ("on 5 March", day("2020-03-05")),
    ("27 February", day("2021-02-27")),
    ("March", month("2020-03")),
    ("February", month("2021-02")),
    ("tomorrow", day("2020-03-03")),
    ("March 2, 2020", day("2020-03-02", relative=False)),
]


@pytest.mark.parametrize(("expression", "expected"), FUTURE_CASES)
def test_resolve_future(expression: str, expected: ResolvedDate | None) -> None:
    assert resolve_date(expression, MONDAY, future=True) == expected


# (expression, published, expected) across a year boundary
BOUNDARY_CASES: list[tuple[str, dt.date, ResolvedDate | None]] = [
    ("27 December", dt.date(2021, 1, 2), day("2020-12-27")),
    ("on 31 December", dt.date(2021, 1, 1), day("2020-12-31")),
    ("2 January", dt.date(2020, 12, 30), day("2021-01-02")),  # three days ahead: within the slack
    ("on Thursday", dt.date(2021, 1, 2), day("2020-12-31")),
    ("yesterday", dt.date(2021, 1, 1), day("2020-12-31")),
    ("tomorrow", dt.date(2020, 12, 31), day("2021-01-01")),
    ("last month", dt.date(2021, 1, 5), month("2020-12")),
    ("next month", dt.date(2020, 12, 15), month("2021-01")),
    ("December", dt.date(2021, 1, 2), month("2020-12")),
    ("last year", dt.date(2021, 1, 5), year("2020")),
    ("30 December to 2 January 2021", dt.date(2021, 1, 5), day("2020-12-30", relative=False)),
    ("Feb 29", dt.date(2021, 3, 1), day("2020-02-29")),  # the latest 29 February
    ("Feb 29", dt.date(2020, 3, 2), day("2020-02-29")),
]


@pytest.mark.parametrize(("expression", "published", "expected"), BOUNDARY_CASES)
def test_resolve_across_year_boundary(
    expression: str, published: dt.date, expected: ResolvedDate | None
) -> None:
    assert resolve_date(expression, published) == expected


# Without a publication date only absolute expressions resolve.
UNPUBLISHED_CASES: list[tuple[str, ResolvedDate | None]] = [
    ("2011", year("2011", relative=False)),
    ("in November 2011", month("2011-11", relative=False)),
    ("March 2, 2020", day("2020-03-02", relative=False)),
    ("27-29 February 2020", day("2020-02-27", relative=False)),
    ("Sunday", None),
    ("27 February", None),
    ("March", None),
    ("yesterday", None),
    ("last month", None),
    ("this year", None),
    ("two days ago", None),
]


@pytest.mark.parametrize(("expression", "expected"), UNPUBLISHED_CASES)
def test_resolve_without_publication_date(expression: str, expected: ResolvedDate | None) -> None:
    assert resolve_date(expression, None) == expected


def test_datetime_publication_gives_a_plain_date() -> None:
    # a timestamp must not leak its time of day into the ISO value
    assert resolve_date("yesterday", dt.datetime(2020, 3, 2, 23, 15)) == day("2020-03-01")


# Event dates through the whole pipeline (invented sentences)
def _dated(text: str, date: str) -> list[tuple[tuple[str | None, str, str | None], str | None]]:
    return [(dyad(e), e.date) for e in dyads.code(text, date=date)]


def test_threatened_act_day_still_to_come_is_not_the_threat_day() -> None:
    # published Monday 2 March 2020: Thursday is the tariffs' day, the threat is made on publication
    text = "The United States will impose tariffs on Chinese steel on Thursday, the trade minister said."
    assert _dated(text, "2020-03-02") == [(("USA", "1312", "CHN"), "2020-03-02")]


def test_past_act_keeps_its_weekday() -> None:
    text = "The United States imposed tariffs on Chinese steel on Thursday."
    assert _dated(text, "2020-03-02") == [(("USA", "163", "CHN"), "2020-02-27")]


def test_when_clause_takes_the_date_of_its_noun() -> None:
    text = "The museum shows life before the 1948 war, when militias expelled 750,000 Palestinians."
    assert _dated(text, "2020-03-02") == [(("PSEUAF", "174", "PSE"), "1948")]


def test_when_clause_takes_a_bound_date_itself() -> None:
    text = "The border stayed quiet until Sunday, when Turkish jets bombed Syrian villages."
    assert _dated(text, "2020-03-04") == [(("TURMIL", "195", "SYR"), "2020-03-01")]


def test_when_clause_of_an_undated_noun_gets_no_date_from_it() -> None:
    text = "The border stayed quiet until the talks, when Turkish jets bombed Syrian villages."
    assert _dated(text, "2020-03-04") == [(("TURMIL", "195", "SYR"), "2020-03-04")]


def test_recently_gives_the_month_not_the_day_before() -> None:
    text = "On Sunday, Indian troops shelled Pakistani posts. Germany recently condemned Russia over it."
    assert _dated(text, "2020-03-04") == [
        (("INDMIL", "194", "PAK"), "2020-03-01"),
        (("DEU", "111", "RUS"), "2020-03"),
    ]


def test_without_recently_the_day_before_carries_on() -> None:
    text = "On Sunday, Indian troops shelled Pakistani posts. Germany condemned Russia over it."
    assert _dated(text, "2020-03-04") == [
        (("INDMIL", "194", "PAK"), "2020-03-01"),
        (("DEU", "111", "RUS"), "2020-03-01"),
    ]


# three sentences with no event between the dated lead and the sentence under test
_FILLER = "The region has seen heavy fighting for months. Thousands of families have fled north. Aid agencies warn of a crisis."  # noqa: E501


def test_a_pluperfect_report_is_dated_by_the_month() -> None:
    # "had announced" looks back before the story's time: not the day carried or reported
    text = f"Kenya condemned Somalia on Monday. {_FILLER} The minister had announced that Kenya would sanction Somalia."  # noqa: E501
    assert _dated(text, "2020-03-04")[-1] == (("KEN", "1312", "SOM"), "2020-03")


def test_a_simple_past_report_keeps_the_day() -> None:
    text = f"Kenya condemned Somalia on Monday. {_FILLER} The minister announced that Kenya would sanction Somalia."  # noqa: E501
    assert _dated(text, "2020-03-04")[-1] == (("KEN", "1312", "SOM"), "2020-03-02")


@pytest.mark.parametrize(
    ("gap", "expected"),
    [("two weeks", "2020-02"), ("three months", "2019-12"), ("two days", "2020-03-02")],
)
def test_a_gap_in_weeks_or_months_is_counted_back_to_the_month(gap: str, expected: str) -> None:
    # a gap in days gives the day; in weeks or months, a round figure, only the month
    text = f"The protest comes {gap} after Iraqi police arrested 40 Kurdish students."
    assert _dated(text, "2020-03-04") == [(("IRQCOP", "173", "IRQEDU"), expected)]
