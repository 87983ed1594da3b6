"""Precision on real news, third pass: mutual acts of more than two sides, what a demonstration says, and
acts of office-holders the story looks back on.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

import dyads
from coded import dyad, dyads_of

# -- a mutual act has two sides ------------------------------------------------------------------------


def test_three_coordinated_parties_are_not_paired_all_with_all() -> None:
    text = "Ghana, Togo and Benin agreed on Monday to build a coastal railway."
    assert dyads_of(text) == []


def test_meeting_of_three_sides_is_each_with_each() -> None:
    text = "Chile, Peru and Bolivia met in Lima on Friday."
    assert len(dyads_of(text)) == 6


def test_two_coordinated_parties_stay_mutual() -> None:
    text = "Ghana and Togo agreed on Monday to build a coastal railway."
    assert sorted(dyads_of(text)) == [("GHA", "030", "TGO"), ("TGO", "030", "GHA")]


def test_two_people_of_one_side_and_a_third_stay_two_sides() -> None:
    text = "Trump, Pompeo and Putin met in Helsinki."
    out = dyads_of(text, date="2018-07-20")
    assert ("RUSGOV", "040", "USAGOV") in out and ("USAGOV", "040", "RUSGOV") in out


# -- a demonstration says what it is held for -----------------------------------------------------------


def test_purpose_of_a_protest_is_not_a_second_event() -> None:
    text = (
        "Thousands of people across Serbia rallied against the Albanian government, burning Albanian flags "
        "to condemn Albania's policy."
    )
    events = dyads_of(text)
    assert [e for e in events if e[1].startswith("14")]
    assert not [e for e in events if e[1].startswith("11")]


def test_condemnation_with_its_own_tense_beside_a_protest_stays() -> None:
    text = "Serbian students rallied in Belgrade on Monday, and the Serbian government condemned Albania."
    assert ("SRBGOV", "111", "ALB") in dyads_of(text)


def test_purpose_clause_of_a_visit_is_not_touched() -> None:
    text = "The Serbian president travelled to Brussels to condemn Albania's policy."
    assert ("SRBGOV", "111", "ALB") in dyads_of(text)


# -- "then-President X": the story looks back ---------------------------------------------------------


def background_of(text: str) -> list[tuple[tuple[str | None, str, str | None], bool]]:
    return [(dyad(e), e.background) for e in dyads.code(text, date="2025-03-10")]


def test_then_titled_participant_makes_the_event_background() -> None:
    text = "The border treaty was signed by then-Peruvian President Alan Garcia and Chilean leader Bachelet."
    out = background_of(text)
    assert out and all(bg for _, bg in out)


def test_then_with_an_office_word_makes_the_event_background() -> None:
    out = background_of("Chile's army was sent to the border by then President Sebastian Pinera.")
    assert all(bg for _, bg in out)


def test_then_as_a_time_adverb_is_not_background() -> None:
    text = "The Peruvian president met the Chilean president on Monday, and then Chile criticized Bolivia."
    out = background_of(text)
    assert out and not any(bg for _, bg in out)
