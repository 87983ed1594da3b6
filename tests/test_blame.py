"""Blame in reported speech: naming the perpetrator of a hostile act accuses it (CAMEO 112), and a
judgement of an act ("condemned what it called ...", "portrayed the test as an affront") criticises whoever
did it (111).

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from coded import dyads_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X was behind the act", said by a speaker
        ("Pakistani officials said India was behind the bombing in Quetta.", [("PAKGOV", "112", "IND")]),
        ("According to Pakistani officials, India was behind the attack.", [("PAKGOV", "112", "IND")]),
        ("Pakistan said it was clear that India was behind the attack.", [("PAK", "112", "IND")]),
        (
            "The Japanese foreign ministry said Tokyo is convinced that North Korea was behind the hack.",
            [("JPNGOV", "112", "PRK")],
        ),
        # "X is responsible for the act"; "held X responsible for the act"
        (
            "The Nigerian government said Boko Haram was responsible for the massacre.",
            [("NGAGOV", "112", "NGAREB")],
        ),
        ("Pakistan held India responsible for the attack.", [("PAK", "112", "IND")]),
        # "the act was carried out by X"; "the act was the work of X"
        (
            "The Egyptian army said the killings were carried out by Islamic State.",
            [("EGYMIL", "112", "IMGISI")],
        ),
        ("Turkish officials said the blast was the work of the PKK.", [("TURGOV", "112", "TURREBPKK")]),
        # "linked / attributed the act to X": an accusation, not the speaker's own bombing or attack
        ("Colombian officials linked the bombing to the ELN.", [("COLGOV", "112", "COLREB")]),
        # (the frame, not the backer: "Iranian-backed militias" are not Iran, see test_actors_placed.py)
        ("Iraqi officials attributed the attack to Iranian forces.", [("IRQGOV", "112", "IRNMIL")]),
        # "described the act as an attack by X"
        (
            "Sri Lanka's defence minister described the blasts as an attack by Islamic State.",
            [("LKAGOVMIL", "112", "IMGISI")],
        ),
    ],
)
def test_naming_the_perpetrator_accuses_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dyads_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials said Iran was not behind the explosion.",  # denied, not claimed
        "Moscow insists the Syrian government wasn’t responsible for the shelling.",  # curly "n’t"
        "Russia has denied being behind the attack.",
        "The senator doubted that Russia was behind the hacking.",
        "The British minister said he was not sure that Syria was behind the attack.",
        "The British minister did not say that Syria was behind the attack.",
        "Hamas said it was behind the rocket attack.",  # a claim of one's own act
        "The Israeli government said the strike was carried out by the Israeli air force.",  # own side
        "Ghana said Togo was responsible for security at the border.",  # no hostile act
        "The Indian minister linked the rise in prices to Russia's war.",  # not an act pinned on Russia
        "Mexico described the ceremony as an attack by critics on its history.",  # no placed perpetrator
    ],
)
def test_no_accusation(text: str) -> None:
    assert not [d for d in dyads_of(text) if d[1].startswith("11")]


def test_a_question_accuses_no_one() -> None:
    assert not [
        d for d in dyads_of("Kenya asked whether Somalia was behind the raid.") if d[1].startswith("11")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "condemned the attack": the attack named as the subject of "killed", not the latest act
        (
            "A bomb attack claimed by Islamic State killed four soldiers in Syria. Turkey launched an "
            "offensive against Kurdish fighters. The U.S. government condemned the attack.",
            [("IMGISI", "183", "SYRMIL"), ("TURMIL", "190", "TURREB"), ("USAGOV", "111", "IMGISI")],
        ),
        # "what it called ...": the act named is the act judged, its agent or owner the target
        ("Russia condemned what it called an act of aggression by Ukraine.", [("RUS", "111", "UKR")]),
        ("Australia condemned what it called North Korea's reckless conduct.", [("AUS", "111", "PRK")]),
        ("The Canadian minister welcomed what he called a fair deal.", []),
        # "portrayed the test as an affront": the test reported before (not the unplaced "missile")
        (
            "North Korea tested a missile on Monday. Japan portrayed the test as an affront.",
            [("PRK", "150", None), ("JPN", "111", "PRK")],
        ),
    ],
)
def test_judged_acts_and_their_actors(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dyads_of(text) == expected
