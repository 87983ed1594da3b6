"""Material conflict: who killed in an operation, attacks named with a relative clause of the dead,
displacement orders, and the number of dead of an event.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

import dyads
from coded import dyad
from dyads.records import Event


def code(text: str) -> list[Event]:
    return dyads.code(text, date="2025-03-10")


# -- who killed: the actor of the operation someone was killed in ---------------------------------------


def test_killed_in_an_operation_backed_by_forces() -> None:
    events = code("A smuggler was killed in a covert operation backed by Turkish drones on Sunday.")
    assert [(dyad(e), e.fatalities) for e in events] == [(("TURMIL", "190", "TURCRM"), 1)]


def test_killed_in_a_national_operation() -> None:
    events = code("Two smugglers were killed in a Turkish operation near the border on Sunday.")
    assert [(dyad(e), e.fatalities) for e in events] == [(("TURMIL", "190", "TURCRM"), 2)]


def test_killed_in_an_operation_nobody_named_is_not_coded() -> None:
    assert code("Two volunteers were killed in a rescue operation after the flood on Sunday.") == []


# -- an attack noun with a relative clause of its dead ---------------------------------------------------


def test_strike_that_killed_names_its_dead() -> None:
    events = code("A Turkish drone strike that killed a senior Kurdish commander angered Baghdad.")
    assert [(dyad(e), e.fatalities) for e in events if e.cameo_root == "19"] == [
        (("TURMIL", "1952", "IRQGOV"), 1)
    ]


def test_launched_operations_that_killed() -> None:
    events = code(
        "Turkish troops launched ground operations in Syria that killed more than 40 Kurdish fighters."
    )
    assert [(dyad(e), e.fatalities) for e in events] == [(("TURMIL", "190", "SYR"), 40)]


def test_place_named_attack_is_no_attacker() -> None:
    # "the Ankara bombing": where it was, not who did it; the deaths stay with no attacker
    events = code("Police arrested a suspect in the Ankara bombing that killed 12 people.")
    assert not [e for e in events if e.cameo_root == "18" and e.source is not None]


def test_strike_that_a_reply_answers_has_happened() -> None:
    events = code("Tehran vowed revenge for an Israeli air strike that killed two Iranian generals.")
    assert sorted(dyad(e) for e in events) == [("IRNGOV", "138", "ISR"), ("ISRMIL", "195", "IRNMIL")]
    assert all(e.modality == "asserted" for e in events)


# -- displacement orders ----------------------------------------------------------------------------------


def test_displacement_order_is_mass_expulsion() -> None:
    events = code(
        "Israel's military issued a new displacement order to residents of Gaza's northern town of "
        "Beit Lahia."
    )
    assert [dyad(e) for e in events] == [("ISRMIL", "201", "PSECVL")]


def test_civil_evacuation_order_is_not_expulsion() -> None:
    assert (
        code("The Florida governor issued an evacuation order for coastal towns as the storm neared.") == []
    )


# -- fatalities -------------------------------------------------------------------------------------------


def test_children_and_a_man_are_five() -> None:
    events = code(
        "Four children and a man were killed in a Russian missile strike on Kharkiv, "
        "Ukrainian officials said."
    )
    assert [(dyad(e), e.fatalities) for e in events] == [(("RUSMIL", "194", "UKRCVL"), 5)]


def test_a_single_soldier_killed_counts_one() -> None:
    events = code("Taliban fighters killed a policeman in Kandahar on Monday.")
    assert [(dyad(e), e.fatalities) for e in events] == [(("AFGGOVTAL", "190", "AFGCOP"), 1)]


def test_a_family_killed_is_no_count() -> None:
    events = code("Russian shelling killed a family in Kherson on Monday.")
    assert [e.fatalities for e in events] == [None]


def test_wounded_are_not_dead() -> None:
    events = code("A Russian strike killed a woman and wounded nine people in Odesa on Monday.")
    assert [e.fatalities for e in events if e.cameo_root == "19"] == [1]


def test_counted_members_keep_their_own_target() -> None:
    events = code("Al-Shabaab fighters killed three civilians and 11 soldiers in Mogadishu.")
    assert sorted((dyad(e), e.fatalities) for e in events) == [
        (("SOMREB", "190", "SOMCVL"), 3),
        (("SOMREB", "190", "SOMMIL"), 11),
    ]
