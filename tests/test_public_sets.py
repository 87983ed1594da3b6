"""Errors seen on the public sentence sets (PETRARCH2 GSR validation, PLOVER GSR), fixed as general rules:
a domestic act with no one named falls on the actor's own country, and an inquiry an actor plans or
wants to make is an investigation (CAMEO 09), not a threat.

Real pipeline; the sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import coded


def dyads_of(text: str) -> list[coded.Dyad]:
    return coded.dyads_of(text, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader stepping down accedes to his own country
        ("The Peruvian president resigned on Tuesday.", ("PERGOV", "0831", "PERCVL")),
        # eased emergency rule is eased for the country's own people
        (
            "Chile's government lifted the state of emergency in the capital on Monday.",
            ("CHLGOV", "0814", "CHLCVL"),
        ),
        # a threatened curfew threatens the country's own people
        ("The Kenyan president threatened to impose a curfew in Mombasa.", ("KENGOV", "137", "KENCVL")),
    ],
)
def test_domestic_act_falls_on_own_country(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine minister quit the trade talks on Friday.",  # leaving talks is no resignation
        "A local football coach resigned on Sunday.",  # nobody the dictionary places
    ],
)
def test_no_domestic_act_without_a_placed_actor_or_an_office(text: str) -> None:
    assert not [d for d in dyads_of(text) if d[1] == "0831"]


def test_planned_inquiry_is_an_investigation() -> None:
    assert dyads_of("The French inspectors plan to examine the nuclear facilities in Algeria.") == [
        ("FRA", "090", "DZA")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inquiry held over someone as a threat stays a threat
        ("Turkey threatened to investigate Greek officials.", ("TUR", "130", "GRCGOV")),
        # a wanted attack is still a threat of force
        ("Russia wants to attack Georgia.", ("RUS", "138", "GEO")),
    ],
)
def test_threats_stay_threats(text: str, expected: tuple[str, str, str]) -> None:
    assert dyads_of(text) == [expected]
