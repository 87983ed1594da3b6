"""Accusation and blame (CAMEO 11) in constructions the plain verb patterns miss.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from coded import dyads_of


def accusations(text: str) -> list[tuple[str | None, str, str | None]]:
    """Accusations and criticism (111, 112 and below), not official complaints (114)."""
    return [e for e in dyads_of(text) if e[1][:3] in ("111", "112")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-opening "it" that accuses is the institution that spoke in the sentence before
        (
            "Poland's foreign ministry said on Monday that the talks had failed. "
            "It also accused the German government of spreading false claims.",
            [("POLGOV", "112", "DEUGOV")],
        ),
        # "they": the several speakers of the sentence before
        (
            "The French and Italian foreign ministers said the talks had failed. "
            "They accused Russia of meddling in the vote.",
            [("FRAGOV", "1125", "RUS"), ("ITAGOV", "1125", "RUS")],
        ),
    ],
)
def test_opening_pronoun_is_the_previous_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(accusations(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a person is "he" or "she", not "it"
        "The Polish president met the German chancellor. It also accused the German government of lying.",
        # "it" inside the sentence, or a thing before, is not the previous speaker
        "The report was published on Monday. It accused the German government of spreading false claims.",
        # a single state is not "they"
        "Poland summoned the German ambassador on Monday. They accused the German government of lying.",
    ],
)
def test_opening_pronoun_without_a_speaker_before(text: str) -> None:
    assert [e for e in dyads_of(text) if e[1] == "112"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # claiming that another attacked accuses it, whoever was attacked
        ("Germany claimed that Russian troops had shelled the Ukrainian army.", [("DEU", "112", "RUSMIL")]),
        # a plain report of someone else's battle is news, not an accusation
        ("Germany said that Russian troops had shelled the Ukrainian army.", []),
        # nor a claim about one's own forces, nor a question
        ("Russia claimed that Russian troops had shelled the Ukrainian army.", []),
        ("Did Germany claim that Russian troops had shelled the Ukrainian army?", []),
    ],
)
def test_claimed_attack_accuses_the_attacker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naming another's misdeed as the cause of a harm blames its doer
        (
            "The Chinese foreign ministry said the unrest was the product of American interference.",
            [("CHNGOV", "112", "USA")],
        ),
        (
            "A Turkish official said the shortages were the result of failures by Greece and Bulgaria.",
            [("TURGOV", "112", "GRC"), ("TURGOV", "112", "BGR")],
        ),
        # denied, or a cause that is no misdeed: no blame
        ("The Chinese foreign ministry said the unrest was not the result of American interference.", []),
        ("The Chinese foreign ministry said the deal was the result of American proposals.", []),
    ],
)
def test_misdeed_named_as_cause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # saying that another side joined or took part in an attack accuses it
        (
            "Ukrainian officials said Russian troops took part in the assault on the town.",
            [("UKRGOV", "112", "RUSMIL")],
        ),
        (
            "Poland and Germany say the rebels are being joined in the offensive by Russian troops.",
            [("POL", "112", "RUSMIL"), ("DEU", "112", "RUSMIL")],
        ),
        (
            "The Pentagon said Iranian advisers participated in the attack on the base.",
            [("USAMIL", "112", "IRN")],
        ),
        # no speaker, a denial, one's own forces, or taking part in talks: no accusation
        ("Russian troops took part in the assault on the town.", []),
        ("Ukrainian officials said Russian troops did not take part in the assault.", []),
        ("Iran said Iranian advisers participated in the attack on the base.", []),
        ("Ukrainian officials said Russian diplomats took part in the talks.", []),
    ],
)
def test_joining_an_attack(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


def test_denial_answers_the_first_of_joint_accusers() -> None:
    text = (
        "Ukraine, the United States and NATO say Russian troops took part in the assault. "
        "Russia denies any involvement in the fighting."
    )
    assert ("RUS", "016", "UKR") in dyads_of(text)
    # a later, separate accusation is the one a denial answers
    text = (
        "Ukraine accused Russia of shelling Kharkiv. Germany and France also accused Russia of it. "
        "Russia denied it."
    )
    assert ("RUS", "016", "DEU") in dyads_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "described [the decision to V ...] as X": a verdict on the decision, wherever "as" is hung
        (
            "The Turkish foreign minister described the Greek decision to send warships to the island as a "
            "dangerous provocation.",
            [("TURGOV", "111", "GRC")],
        ),
        # a verdict that judges nothing
        (
            "The Turkish minister described the Greek decision to send warships as a response to threats.",
            [],
        ),
    ],
)
def test_verdict_on_a_decision_to_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # saying another has lost its credibility or legitimacy criticises it
        (
            "The French president said the Syrian government had lost its legitimacy.",
            [("FRAGOV", "111", "SYRGOV")],
        ),
        (
            "The Palestinian president said the U.S. administration has lost its credibility.",
            [("PSEGOV", "111", "USAGOV")],
        ),
        # a risk, a condition or a denial is no verdict
        ("The Palestinian president said the U.S. administration will lose its credibility if it moves.", []),
        ("The Palestinian president said the U.S. administration risks losing its credibility.", []),
        ("The Palestinian president said the U.S. administration has not lost its credibility.", []),
    ],
)
def test_lost_standing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # saying another's act raises a danger blames it
        (
            "Germany said Russia's troop build-up had raised tensions in the region.",
            [("DEU", "111", "RUSMIL")],
        ),
        (
            "The Egyptian minister said Israel's blockade has driven up the risk of famine.",
            [("EGYGOV", "111", "ISR")],
        ),
        # no doer, a denial, or something raised that is no danger
        ("Germany said the cold weather had raised the risk of famine.", []),
        ("Germany said Russia's troop build-up had not raised tensions in the region.", []),
        ("Germany said Russia's gas exports had raised prices.", []),
    ],
)
def test_act_raising_a_danger(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected
