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


# -- the post's place is no target: those manning it are ------------------------------------------------


def test_a_checkpoint_in_a_named_town_and_country_targets_the_forces() -> None:
    # (the place apposition "Kandahar, Afghanistan" once made Afghanistan attack itself, and was dropped)
    assert dyads_of(
        "Taliban fighters attacked a security checkpoint in Kandahar, Afghanistan, on Monday."
    ) == [("AFGGOVTAL", "190", "AFGMIL")]


def test_a_checkpoint_in_a_capital_is_not_the_government() -> None:
    assert dyads_of("Taliban fighters attacked a checkpoint in Kabul on Monday.") == [
        ("AFGGOVTAL", "190", "AFGMIL")
    ]


def test_a_named_forces_post_keeps_its_forces() -> None:
    assert dyads_of("Rebels attacked a Congolese army checkpoint near Goma on Friday.") == [
        ("CODREB", "190", "CODMIL")
    ]


def test_a_school_in_a_named_place_is_no_forces_post() -> None:
    assert ("AFGGOVTAL", "190", "AFGMIL") not in dyads_of(
        "Taliban fighters attacked a school in Kandahar, Afghanistan, on Monday."
    )


# -- the noun forms: "an attack on a checkpoint" -------------------------------------------------------


def test_a_claimed_assault_on_a_convoy_targets_the_forces() -> None:
    assert dyads_of("Boko Haram claimed an attack on a convoy in Borno, Nigeria, on Friday.") == [
        ("NGAREB", "190", "NGAMIL")
    ]


def test_an_attack_on_a_checkpoint_carried_out_by_insurgents() -> None:
    assert dyads_of("Taliban fighters carried out an attack on a checkpoint in Kandahar, Afghanistan.") == [
        ("AFGGOVTAL", "190", "AFGMIL")
    ]


def test_an_attack_on_an_aid_convoy_is_not_on_the_forces() -> None:
    assert ("CODREB", "190", "CODMIL") not in dyads_of("Rebels launched an attack on an aid convoy in Congo.")


def test_troops_attacking_a_checkpoint_by_noun_get_no_forces_target() -> None:
    assert dyads_of("Nigerian troops launched an attack on a checkpoint in Borno, Nigeria.") == []


# -- passive light verbs: "the ambush was carried out by X" ---------------------------------------------


def test_an_attack_carried_out_by_a_group() -> None:
    assert dyads_of("The attack on the checkpoint in Helmand was carried out by the Taliban.") == [
        ("AFGGOVTAL", "190", "AFGMIL")
    ]


def test_an_attack_claimed_by_a_group() -> None:
    assert dyads_of("The ambush of a police patrol in Borno was claimed by Boko Haram on Sunday.") == [
        ("NGAREB", "190", "NGACOP")
    ]


def test_an_attack_condemned_by_someone_is_not_theirs() -> None:
    # (only a verb of doing or claiming makes its agent the attacker)
    assert ("IGOUNO", "190", "AFGMIL") not in dyads_of(
        "The attack on the checkpoint in Helmand was condemned by the United Nations."
    )


# -- the forces' members are the forces -----------------------------------------------------------------


def test_security_force_members_killed_by_attacks_are_the_forces() -> None:
    assert dyads_of(
        "The Taliban staged 12 attacks in four provinces, killing two civilians and seven security and"
        " defense force members."
    ) == [("AFGGOVTAL", "190", "AFGCVL"), ("AFGGOVTAL", "190", "AFGMIL")]
