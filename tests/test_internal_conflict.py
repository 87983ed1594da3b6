"""Fighting and repression inside one country (issue #3): a state's forces against its own rebels,
separatists, militants and protesters, both sides of one country code in different sectors.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from coded import dyads_of

# one side each way of one country: army on rebels, rebels on police, police on protesters
INTERNAL = [
    ("The Nigerian army killed 12 militants in Borno state on Wednesday.", ("NGAMIL", "190", "NGAREB")),
    ("Pakistani troops killed eight militants in North Waziristan.", ("PAKMIL", "190", "PAKREB")),
    ("Indian security forces killed two militants in Kashmir.", ("INDMIL", "190", "INDREB")),
    ("Syrian government troops attacked rebel positions near Idlib.", ("SYRMIL", "190", "SYRREB")),
    ("Ethiopian federal forces fought Tigrayan rebels near Mekelle.", ("ETHMIL", "190", "ETHREB")),
    ("The Philippine army clashed with communist rebels in Mindanao.", ("PHLMIL", "190", "PHLREB")),
    ("Syrian troops clashed with rebels near Homs.", ("SYRMIL", "190", "SYRREB")),
    (
        "Separatists in eastern Ukraine shelled Ukrainian army positions overnight.",
        ("UKRSEP", "194", "UKRMIL"),
    ),
    ("Houthi rebels attacked Yemeni government forces in Marib.", ("YEMREB", "190", "YEMMIL")),
    ("Insurgents attacked an army base in Somalia, killing ten soldiers.", ("SOMREB", "190", "SOMMIL")),
    ("Maoist rebels killed seven policemen in Chhattisgarh, India.", ("INDREB", "190", "INDCOP")),
    ("Rebels ambushed a police convoy in Mali, killing five officers.", ("MLIREB", "190", "MLICOP")),
    ("Egyptian police fired tear gas at protesters in Cairo on Friday.", ("EGYCOP", "175", "EGYOPP")),
    ("Venezuelan troops fired rubber bullets at demonstrators in Caracas.", ("VENMIL", "175", "VENOPP")),
    ("Sudanese police used tear gas to disperse protesters in Khartoum.", ("SDNCOP", "175", "SDNOPP")),
    ("Security forces in Egypt arrested 30 opposition activists on Sunday.", ("EGYMIL", "173", "EGYOPP")),
    ("Turkish police detained dozens of Kurdish activists in Istanbul.", ("TURCOP", "173", "TUROPP")),
    ("Iranian security forces arrested hundreds of protesters in Tehran.", ("IRNMIL", "173", "IRNOPP")),
    ("Russian police detained more than 1,000 protesters in Moscow.", ("RUSCOP", "173", "RUSOPP")),
    # whoever holds the area attacked is the target
    ("Ukrainian artillery shelled separatist-held Donetsk.", ("UKRMIL", "194", "UKRSEP")),
    (
        "Syrian government forces shelled rebel-held districts of Aleppo on Tuesday.",
        ("SYRMIL", "194", "SYRREB"),
    ),
    ("Syrian jets bombed opposition-held towns in Idlib province.", ("SYRMIL", "195", "SYROPP")),
]


@pytest.mark.parametrize(("text", "expected"), INTERNAL)
def test_one_countrys_forces_and_its_own_armed_or_unarmed_opponents(text: str, expected: tuple) -> None:
    assert dyads_of(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian troops and pro-Russian separatists clashed near Donetsk on Monday.",
            [("UKRMIL", "190", "UKRSEP"), ("UKRSEP", "190", "UKRMIL")],
        ),
        (
            "Syrian troops and rebels fought near Homs.",
            [("SYRMIL", "190", "SYRREB"), ("SYRREB", "190", "SYRMIL")],
        ),
    ],
)
def test_a_bare_side_conjoined_with_a_named_one_in_a_fight_is_the_other_side(
    text: str, expected: list
) -> None:
    assert dyads_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops and their commanders fought near Donetsk.",  # one side: its own commanders
        "Ukrainian troops and separatists shelled the town of Horlivka.",  # shelling is no mutual fight
    ],
)
def test_no_fight_between_conjoined_subjects_of_one_side_or_of_a_one_sided_act(text: str) -> None:
    assert dyads_of(text) == []


def test_the_bare_holder_of_an_area_a_foreign_force_attacks_is_not_placed_in_the_attackers_country() -> None:
    assert dyads_of("Russian jets bombed rebel-held Aleppo in Syria on Tuesday.") == [
        ("RUSMIL", "195", "SYR")
    ]


def test_an_area_funded_not_held_names_no_holder() -> None:
    assert dyads_of("Syrian troops shelled a state-funded hospital in Aleppo.") == [
        ("SYRMIL", "194", "SYRHLH")
    ]


def test_a_killing_with_no_named_agent_keeps_no_source() -> None:
    assert dyads_of("Four soldiers were killed in an explosion in southern Afghanistan.") == [
        (None, "183", "AFGMIL")
    ]


# a side named by its sector adjective holds the positions, camps or hideouts attacked
HELD_BY_ADJECTIVE = [
    ("Colombian troops shelled guerrilla camps in Cauca.", ("COLMIL", "194", "COLREB")),
    ("The Ukrainian army shelled separatist positions in Donetsk.", ("UKRMIL", "194", "UKRSEP")),
    ("Malian jets bombed jihadist hideouts near Timbuktu, Mali.", ("MLIMIL", "195", "MLIREB")),
    ("Nigerian warplanes struck militant camps in Borno state.", ("NGAMIL", "190", "NGAREB")),
]


@pytest.mark.parametrize(("text", "expected"), HELD_BY_ADJECTIVE)
def test_the_side_a_sector_adjective_names_holds_what_was_attacked(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads_of(text)


def test_a_people_adjective_beside_the_sector_adjective_is_not_the_target() -> None:
    dyads = dyads_of("Iranian drones struck Kurdish militant bases in northern Iraq.")
    assert ("IRNMIL", "190", "IRQREB") in dyads
    assert not any(target == "IRQCVL" for _, _, target in dyads)


@pytest.mark.parametrize(
    "text",
    [
        "The separatist positions in the peace talks have hardened.",  # a stance, no attack
        "Militant camps dot the hills above the valley.",  # no act at all
    ],
)
def test_a_sector_adjective_outside_an_attack_names_no_target(text: str) -> None:
    assert dyads_of(text) == []
