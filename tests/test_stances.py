"""Stances stated with a copula: "X is opposed to Y" (110), "X remains committed to talks with Y" (036),
"X is open to talks with Y" (036). Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from coded import dyads_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opposed to an actor, or to a thing that actor does
        ("The Turkish government is firmly opposed to the Syrian regime.", ("TURGOV", "110", "SYRGOV")),
        ("Brazil remains opposed to Venezuela's new election law.", ("BRA", "110", "VEN")),
        # opposed to talks or mediation rejects them
        ("Chile remains opposed to talks with Bolivia.", ("CHL", "125", "BOL")),
        ("Israel is opposed to French mediation.", ("ISR", "126", "FRA")),
        # committed to / open to talks: an intent to meet
        ("Iran remains committed to dialogue with Saudi Arabia.", ("IRN", "036", "SAU")),
        ("Turkey is open to talks with Syria.", ("TUR", "036", "SYR")),
        ("The Kremlin said Russia was open to dialogue with the United States.", ("RUS", "036", "USA")),
        # committed to another's interests: an intent to cooperate
        ("Japan remains committed to Australia's security.", ("JPN", "030", "AUS")),
    ],
)
def test_stance_is_coded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place in the thing opposed is not its owner
        "The Pentagon is opposed to military action in Syria.",
        # "open to" something other than talks offers nothing
        "The museum in Paris is open to visitors from Germany.",
        # a description, not a stated position
        "Officials opposed to the Iranian deal met in Paris.",
    ],
)
def test_no_stance_event(text: str) -> None:
    assert not [d for d in dyads_of(text) if d[1] in ("110", "125", "126", "030", "036")]


def test_negated_stance_is_not_asserted() -> None:
    assert ("TUR", "125", "SYR") not in dyads_of("Turkey is not opposed to talks with Syria.")
