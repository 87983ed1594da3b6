"""A state and its own people, groups and rebels as two sides (issue #3).

Real pipeline, real spaCy model, real dictionaries; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from coded import dyads_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a non-state group of a country and the bare state are two sides; the state keeps its bare code
        ("Tibetan activists condemned China on Tuesday.", ("CHNOPP", "111", "CHN")),
        ("Iranian journalists criticized Iran on Monday.", ("IRNMED", "111", "IRN")),
        ("Turkey fought Kurdish rebels for decades.", ("TUR", "190", "TURREB")),
        ("Turkey threatened to attack Kurdish rebels.", ("TUR", "138", "TURREB")),
    ],
)
def test_a_state_and_its_own_non_state_group_are_two_sides(text: str, expected: tuple) -> None:
    assert expected in dyads_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the group named only inside the object: what the state is said to justify, not whom it acts on
        "Myanmar has justified the crackdown on its Rohingya minority.",
        # the state is not the critic of a criticism it faces
        "China has faced criticism over its treatment of Uighur activists.",
    ],
)
def test_a_group_named_deeper_in_the_clause_is_no_side(text: str) -> None:
    assert not [d for d in dyads_of(text) if d[0] and d[2] and d[0][:3] == d[2][:3]]


def test_a_state_organ_and_the_bare_state_are_still_one_side() -> None:
    assert not [d for d in dyads_of("Egypt's army attacked Egypt.") if d[0] and d[2]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # protesters shot or killed by the police are coded as protesters (OPP), as when they are arrested
        ("Kenyan police shot three protesters in Nairobi.", ("KENCOP", "175", "KENOPP")),
        ("Kenyan police killed two demonstrators in Nairobi.", ("KENCOP", "175", "KENOPP")),
        ("Kenyan police arrested three protesters in Nairobi.", ("KENCOP", "173", "KENOPP")),
    ],
)
def test_repressed_protesters_are_the_opposition(text: str, expected: tuple) -> None:
    assert expected in dyads_of(text)


def test_a_crowd_fired_on_stays_civilians() -> None:
    assert ("KENCOP", "175", "KENCVL") in dyads_of("Kenyan police fired on the crowd in Nairobi.")
