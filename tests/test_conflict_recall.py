"""Recall of material conflict: attacks on the posts of a state's forces, and captures of a named group's
member by title.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of

# -- a non-state attack on a checkpoint, convoy or police station targets the forces manning it ---------


def test_insurgents_attacking_a_checkpoint_attack_the_security_forces() -> None:
    assert dyads_of("Taliban fighters attacked a security checkpoint in Helmand on Monday.") == [
        ("AFGGOVTAL", "190", "AFGMIL")
    ]


def test_a_police_station_is_the_police() -> None:
    assert dyads_of("Rebels attacked a police station near Goma in Congo on Friday.") == [
        ("CODREB", "190", "CODCOP")
    ]


def test_a_station_that_is_no_forces_post_is_not_the_police() -> None:
    # (the place's country stays the target, as for any attacked place)
    assert dyads_of("Gunmen attacked a bus station in Kenya on Friday.") == [("KENUAF", "190", "KEN")]


def test_an_aid_convoy_is_not_the_forces() -> None:
    assert dyads_of("Rebels attacked an aid convoy near Goma in Congo on Friday.") == []


def test_state_forces_storming_a_checkpoint_are_not_given_their_own_forces_as_target() -> None:
    assert dyads_of("Soldiers attacked a checkpoint in Helmand on Monday.") == []


# -- a named person's title says whose member was captured ----------------------------------------------


def test_capture_of_a_group_commander_by_name() -> None:
    assert dyads_of("Mexican soldiers captured alleged Zetas commander Juan Ortega on Monday.") == [
        ("MEXMIL", "173", "MEXCRMZET")
    ]


def test_capture_of_a_rebel_commander_by_name() -> None:
    assert dyads_of("Colombian soldiers captured FARC commander Pedro Salinas in the jungle.") == [
        ("COLMIL", "173", "COLREBFRC")
    ]


def test_a_title_after_the_name_is_not_a_compound() -> None:
    # the group is no title of the captured man: "a Zetas hideout" is where, not whom
    assert ("MEXMIL", "173", "MEXCRMZET") not in dyads_of(
        "Mexican soldiers captured Juan Ortega near a Zetas hideout on Monday."
    )
