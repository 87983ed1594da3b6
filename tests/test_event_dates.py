"""Event dates in context: which date phrase dates an act, and how undated acts are dated (README, "Output").

Invented sentences, the real pipeline.  Thursday 5 March 2020 is the publication day unless a test says
otherwise; "on Wednesday" is then 4 March.
"""

from __future__ import annotations

import pytest

import dyads

THURSDAY = "2020-03-05"
# three sentences with no event between a dated lead and the sentence under test: a date from the lead is
# no longer carried on as "the date of the sentence before"
FILLER = "The region has seen heavy fighting for months. Thousands of families have fled north. Aid agencies warn of a crisis."  # noqa: E501


def dated(text: str, date: str = THURSDAY) -> list[tuple[str | None, str, str | None, str | None]]:
    """(source, CAMEO, target, date) of each asserted event."""
    return [
        (
            e.source.actor.code if e.source else None,
            e.cameo,
            e.target.actor.code if e.target else None,
            e.date,
        )
        for e in dyads.code(text, date=date)
    ]


def date_of(text: str, cameo: str, date: str = THURSDAY) -> str | None:
    (found,) = [d for _, code, _, d in dated(text, date) if code == cameo]
    return found


def test_year_of_a_named_war_dates_the_act() -> None:
    # "in the 1967 war": the year inside an event name modifying the act
    assert dated("Israeli forces seized the Golan Heights from Syria in the 1967 war.") == [
        ("ISRMIL", "192", "SYR", "1967")
    ]


def test_year_of_a_war_named_as_an_object_does_not_date_the_act() -> None:
    text = "Egyptian officials criticised Israel on Monday, recalling the legacy of the 1973 war."
    assert dated(text) == [("EGYGOV", "111", "ISR", "2020-03-02")]


def test_days_after_counts_back_from_the_main_clause() -> None:
    # the protest "comes" on the publication day: the arrests were two days before it
    text = "The protest comes two days after Kenyan police arrested three opposition leaders in Nairobi."
    assert dated(text) == [("KENCOP", "173", "KENOPP", "2020-03-03")]


def test_a_span_of_days_is_not_an_offset() -> None:
    text = "Kenyan police arrested three opposition leaders after two days of protests in Nairobi."
    assert dated(text) != [("KENCOP", "173", "KENOPP", "2020-03-03")]


MONDAY = "2020-03-02"


def test_lead_weekday_after_a_lagging_stamp_is_the_next_day() -> None:
    # a past-tense lead "on Tuesday" in a paper stamped Monday: the stamp lags (time zones), so the lead
    # and the undated sentences after it are dated Tuesday, not six days back
    text = (
        "Iranian forces seized a British tanker in the Gulf on Tuesday, the defence ministry said. "
        "Britain condemned Iran for the seizure."
    )
    assert dated(text, MONDAY) == [
        ("IRNMIL", "181", "GBRBUS", "2020-03-03"),
        ("GBR", "111", "IRN", "2020-03-03"),
    ]


def test_lead_weekday_before_the_stamp_is_not_moved() -> None:
    text = "Iranian forces seized a British tanker in the Gulf on Sunday, the defence ministry said."
    assert dated(text, MONDAY) == [("IRNMIL", "181", "GBRBUS", "2020-03-01")]


def test_a_weekday_naming_a_coming_thing_does_not_move_the_stamp() -> None:
    text = "Iranian officials are preparing for Tuesday's vote, and Iran condemned Britain for its sanctions."
    assert dated(text, MONDAY) == [("IRN", "111", "GBR", MONDAY)]


LEAD = "Turkish drones struck Syrian army positions near Saraqeb on Wednesday."


def test_undated_past_tense_act_is_dated_the_lead_day() -> None:
    text = f"{LEAD} {FILLER} Syria condemned Turkey for the attack."
    assert dated(text) == [("TURMIL", "190", "SYRMIL", "2020-03-04"), ("SYR", "111", "TUR", "2020-03-04")]


def test_undated_present_tense_act_is_dated_the_publication_day() -> None:
    text = f"{LEAD} {FILLER} Syria condemns Turkey for the attack."
    assert date_of(text, "111") == THURSDAY


def test_an_act_said_to_come_later_is_dated_the_publication_day() -> None:
    text = f"{LEAD} {FILLER} Russia later condemned Turkey for the attack."
    assert date_of(text, "111") == THURSDAY


def test_undated_perfect_is_dated_by_month() -> None:
    # "has accused": some time before the report, not on a known day
    text = f"{LEAD} Damascus has accused Ankara of aggression."
    assert dated(text) == [("TURMIL", "190", "SYRMIL", "2020-03-04"), ("SYRGOV", "1123", "TURGOV", "2020-03")]


def test_a_lead_in_the_perfect_reports_the_day() -> None:
    assert dated("Israel has launched air strikes on Gaza, killing at least 12 people.") == [
        ("ISRMIL", "195", "PSE", THURSDAY),
        ("ISR", "190", None, THURSDAY),
    ]


def test_reported_standing_position_in_the_perfect_keeps_the_day() -> None:
    # "X has said ..." states a position held now
    text = f"{LEAD} Seoul has said Pyongyang's missile tests were dashing hopes for peace."
    assert all(len(d or "") == 10 for _, _, _, d in dated(text))


def test_opening_date_frames_the_next_sentence() -> None:
    text = "In January, a bombing in Kabul killed 40 Afghan soldiers. Afghanistan responded with raids on Pakistani militants."  # noqa: E501
    assert date_of(text, "190") == "2020-01"


def test_closing_date_does_not_frame_the_next_sentence() -> None:
    text = "A bombing in Kabul killed 40 Afghan soldiers in January. Afghanistan responded with raids on Pakistani militants."  # noqa: E501
    assert date_of(text, "190") == THURSDAY


def test_past_week_said_at_the_sentence_level_gives_the_month() -> None:
    text = "Over the past week, the Israeli military said it had struck hundreds of Hamas targets in Gaza."
    assert dated(text) == [("ISRMIL", "190", "PSEREBHMS", "2020-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date belongs to a coordinated clause with a subject of its own: the lead's day instead
        (
            "Talks in Cairo resumed on Monday. "
            "The minister was expected to arrive on Tuesday but Israel accused Hamas of stalling the talks.",
            "2020-03-02",
        ),
        # the same subject: one actor's sequence on one day
        (
            "Police in Nairobi blocked the march on Tuesday and arrested Kenyan opposition leaders.",
            "2020-03-03",
        ),
    ],
)
def test_date_of_a_coordinated_clause(text: str, expected: str) -> None:
    assert [d for _, code, _, d in dated(text) if code.startswith(("11", "17"))] == [expected]


def test_a_day_still_to_come_does_not_date_later_acts() -> None:
    # "starting tomorrow" dates the promised act only; the condemnation after it is of the report's day
    text = (
        "Israel will allow aid trucks into Gaza starting tomorrow morning, Netanyahu's office said.\n\n"
        "Britain condemned Israel over the blockade, a statement said.\n"
    )
    assert date_of(text, "111", date="2025-05-19") == "2025-05-19"


def test_a_day_after_measured_from_the_main_verb() -> None:
    # "a day" hangs from "comes", "after" marks the clause of the act: the act is a day before the report
    text = "It comes a day after Kenyan police arrested three opposition leaders in Nairobi."
    assert dated(text) == [("KENCOP", "173", "KENOPP", "2020-03-04")]


def test_a_day_without_after_is_no_offset() -> None:
    text = "Kenyan police arrested three opposition leaders in Nairobi a day before the vote."
    assert date_of(text, "173") != "2020-03-04"


HOURS_AFTER = (
    "A Kenyan police spokesman confirmed the raid in Nairobi, hours after Uganda's president spoke by phone "
    "with the Kenyan president on Tuesday."
)


def test_date_of_a_measured_after_clause_dates_only_its_own_act() -> None:
    # the call is dated Tuesday; the date neither dates the lead's news day nor carries on to what follows
    text = f"Kenyan police raided an opposition office in Nairobi on Wednesday. {HOURS_AFTER} Kenyan police arrested three Ugandan activists."  # noqa: E501
    assert [(code, d) for _, code, _, d in dated(text)] == [
        ("175", "2020-03-04"),
        ("041", "2020-03-03"),
        ("041", "2020-03-03"),
        ("173", "2020-03-04"),
    ]


def test_a_bare_after_clause_keeps_its_date_for_the_main_act() -> None:
    # no measured gap: the trailing date is the main clause's too
    text = "Kenyan police detained hundreds of Ugandan migrants after they crossed the border on Wednesday."
    assert dated(text) == [("KENCOP", "173", "UGAREF", "2020-03-04")]


def test_date_of_a_since_clause_is_not_the_main_acts() -> None:
    text = f"{LEAD} {FILLER} The fighting, the deadliest since Turkey withdrew from Idlib in 2012, has killed 300 Syrian soldiers."  # noqa: E501
    assert all(d != "2012" for _, code, _, d in dated(text) if code.startswith("19"))


def test_a_coordinated_clause_still_to_come_does_not_date_a_past_act() -> None:
    # "are due to appear in court on Monday": the coming hearing, not the detention's day (a perfect: month)
    text = f"{LEAD} Five Kenyan opposition lawmakers have been detained by police and are due to appear in court on Monday."  # noqa: E501
    assert date_of(text, "173") == "2020-03"


def test_a_coordinated_past_clause_dates_the_act() -> None:
    text = f"{LEAD} Kenyan police detained five opposition lawmakers and charged them in court on Monday."
    assert date_of(text, "173") == "2020-03-02"


def test_an_intent_is_dated_when_said_not_when_the_act_is_to_happen() -> None:
    # CAMEO 03: the intent is expressed in the report; "next week" is the meeting's time
    text = "The Kenyan foreign minister will meet Uganda's new president next week."
    assert dated(text) == [("KENGOV", "036", "UGAGOV", THURSDAY)]


def test_a_past_vague_date_still_dates_an_intent() -> None:
    text = "The Kenyan government decided months ago to start arming Ugandan rebels."
    assert date_of(text, "0332") == "2020-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the year names the election the accused act was about, not the accusation
        (
            "Washington accused Moscow of interfering in the 2016 election.",
            ("USAGOV", "112", "RUSGOV", THURSDAY),
        ),
        (
            "Iraq accused the United States of arming Kurdish fighters during the 2003 invasion.",
            ("IRQ", "112", "USA", THURSDAY),
        ),  # noqa: E501
    ],
)
def test_a_date_naming_the_occasion_of_another_act_does_not_date_the_act(text: str, expected: tuple) -> None:
    assert dated(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the occasion of the act itself ("killed ... in Sunday's raid") still dates it
        ("Israeli troops killed 12 Palestinians in Sunday's raid.", ("ISRMIL", "190", "PSE", "2020-03-01")),
        (
            "Turkish forces killed three Kurdish fighters during Tuesday's offensive, the army said.",
            ("TURMIL", "190", "TURREB", "2020-03-03"),
        ),  # noqa: E501
    ],
)
def test_a_date_naming_the_acts_own_occasion_dates_it(text: str, expected: tuple) -> None:
    assert dated(text) == [expected]
