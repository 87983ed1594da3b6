"""The missing side of a violent event, taken from the place or from the document's one ongoing conflict;
unknown attackers of a domestic attack; a war's running toll is no act's fatalities.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

import dyads
from coded import dyad
from dyads.records import Event


def code(text: str) -> list[Event]:
    return dyads.code(text, date="2025-03-10")


def inferred(events: list[Event]) -> list[tuple[tuple[str | None, str, str | None], int | None]]:
    return [(dyad(e), e.fatalities) for e in events if "inferred from" in e.reason]


# -- the victims' side ------------------------------------------------------------------------------------


def test_unnamed_victims_are_the_other_side_of_the_documents_conflict() -> None:
    events = code(
        "Israeli troops shelled the Palestinian town of Beit Hanoun on Sunday. "
        "Three men were killed in a covert operation backed by Israeli drones on Monday."
    )
    assert inferred(events) == [(("ISRMIL", "190", "PSE"), 3)]


def test_no_victims_side_when_the_attacker_fights_two() -> None:
    events = code(
        "Israeli jets struck Hezbollah positions in Lebanon on Sunday. "
        "Israeli troops shelled the Palestinian town of Beit Hanoun on Sunday. "
        "The Israeli army killed three men in a raid on Monday."
    )
    assert inferred(events) == []


# -- the attacker's side ----------------------------------------------------------------------------------


def test_unnamed_attacker_is_the_other_side_of_the_documents_conflict() -> None:
    events = code(
        "Russian forces shelled Ukrainian positions near Kharkiv on Monday. "
        "At least 12 Ukrainian civilians were killed in Kherson on Tuesday."
    )
    assert inferred(events) == [(("RUS", "190", "UKRCVL"), 12)]


def test_no_attacker_when_the_victims_side_fights_two() -> None:
    events = code(
        "Russian forces shelled Ukrainian positions near Kharkiv on Monday. "
        "Georgian troops attacked Russian soldiers near the border. "
        "At least 12 Russian soldiers were killed in Belgorod on Tuesday."
    )
    assert inferred(events) == []


def test_unknown_attackers_at_home_are_the_countrys_own() -> None:
    # ICEWS's "Unidentified Gunmen (Honduras)": a domestic attack in a story about one country
    events = code(
        "Honduran police said four farmers were killed in an ambush in Honduras on Sunday. "
        "The Honduran government promised an investigation."
    )
    assert inferred(events) == [(("HNDUAF", "190", "HNDAGR"), 4)]  # farmers in Honduras: its farmers


def test_no_domestic_attacker_without_a_place_named() -> None:
    events = code(
        "Honduran police said four farmers were killed in an ambush on Sunday. "
        "The Honduran government promised an investigation."
    )
    assert inferred(events) == []


# -- running totals ---------------------------------------------------------------------------------------


def test_a_wars_total_is_no_acts_toll() -> None:
    events = code("The war has killed 40,000 Palestinians in total, the ministry said.")
    assert [e.fatalities for e in events] == [None]


def test_dead_since_the_war_began_are_a_total() -> None:
    events = code(
        "Israeli troops shelled the Palestinian town of Beit Hanoun on Sunday. "
        "More than 5,000 Palestinians have been killed since the war began, the ministry said."
    )
    assert [e.fatalities for e in events if e.cameo_root == "19"] == [None, None]


def test_dead_since_dawn_are_one_days_toll() -> None:
    events = code("At least 12 people have been killed since dawn in Israeli strikes across Gaza.")
    assert [(dyad(e), e.fatalities) for e in events] == [((None, "190", "PSECVL"), 12)]
