"""Claimed attacks and the capital named as an attack's place.

A claim of responsibility is the attack itself by the claimant (as ICEWS codes it), and a capital named only
as where the attacked building or people are is the city's people, not the government.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of

# -- "X claimed responsibility for the attack": the claimant attacked -----------------------------------


def test_a_claim_of_responsibility_is_the_attack_by_the_claimant() -> None:
    assert dyads_of("Boko Haram claimed responsibility for the attack on a police station in Borno.") == [
        ("NGAREB", "190", "NGACOP")
    ]


def test_a_claimed_bombing_in_a_capital_targets_its_people() -> None:
    assert dyads_of("The Islamic State claimed responsibility for the bombing in Kabul on Friday.") == [
        ("IMGISI", "183", "AFGCVL")
    ]


def test_taking_credit_for_an_attack() -> None:
    assert dyads_of("Al-Shabaab took credit for the assault on a hotel in Mogadishu.") == [
        ("SOMREB", "190", "SOMCVL")
    ]


def test_a_group_saying_it_was_behind_the_attack_claims_it() -> None:
    assert dyads_of("Al-Shabaab said it was behind the attack on a hotel in Mogadishu.") == [
        ("SOMREB", "190", "SOMCVL")
    ]


def test_a_denied_responsibility_is_no_attack_by_the_denier() -> None:
    assert dyads_of("Boko Haram denied responsibility for the attack on a police station in Borno.") == []


def test_a_claim_not_made_is_no_attack() -> None:
    assert ("SOMREB", "190", "SOMCVL") not in dyads_of(
        "Al-Shabaab did not claim responsibility for the attack on a hotel in Mogadishu."
    )


def test_a_third_party_naming_the_culprit_accuses_it_and_does_not_claim() -> None:
    # "officials said Iran was behind it" is an accusation (112), not Iran's own claim
    assert dyads_of("US officials said Iran was behind the attack on the tanker.") == [
        ("USAGOV", "112", "IRN")
    ]


def test_responsibility_for_no_hostile_act_is_no_attack() -> None:
    assert dyads_of("Boko Haram claimed responsibility for the statement on its website.") == []


# -- a capital as the place of an attacked building is the city, not the government -------------------


def test_a_hotel_in_a_capital_is_no_attack_on_the_government() -> None:
    assert dyads_of("Gunmen launched an attack on a hotel in Mogadishu, Somalia, on Friday.") == [
        ("SOMUAF", "190", "SOMCVL")
    ]


def test_missiles_striking_a_block_in_a_capital_hit_its_people() -> None:
    assert dyads_of("Russian missiles struck an apartment block in Kyiv on Monday.") == [
        ("RUSMIL", "190", "UKRCVL")
    ]


def test_shelling_the_capital_itself_stays_the_government() -> None:
    # (the capital as the object is the government it stands for, as tests/test_coding.py fixes)
    assert dyads_of("Russian forces shelled Kyiv on Monday.") == [("RUSMIL", "194", "UKRGOV")]


def test_a_states_own_forces_raiding_at_home_do_not_attack_the_city() -> None:
    assert dyads_of("A Kenyan police spokesman confirmed the raid in Nairobi on Monday.") == []
