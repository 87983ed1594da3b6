"""Disapproval, accusation and denunciation (CAMEO 11) in constructions the plain verb patterns miss.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from coded import dyads_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a relative clause is the noun it hangs on
        ("Poland, which accused Germany of meddling, left the talks.", [("POL", "1125", "DEU")]),
        # ... the whole coordination, for "each other"
        (
            "Tensions rose between Germany and Poland, which accused each other of meddling.",
            [("DEU", "1125", "POL"), ("POL", "1125", "DEU")],
        ),
    ],
)
def test_relative_clause_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(dyads_of(text)) == sorted(expected)


def test_relative_clause_on_a_place_is_not_the_place_acting() -> None:
    # "which" is the attacks in Paris, not France
    events = dyads_of("The attacks in Paris, which killed 130 people, shocked Europe.")
    assert not [e for e in events if (e[0] or "").startswith("FRA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accusing verb of saying: "alleged that X ..." accuses X
        ("Germany alleged that Russia had poisoned the dissident.", [("DEU", "112", "RUS")]),
        # saying another actor does what only wrongdoers do
        (
            "The Bolivian president said Chile and the US were conspiring to topple his government.",
            [("BOLGOV", "112", "CHL"), ("BOLGOV", "112", "USA")],
        ),
        ("Russia said the United States was meddling in Ukraine.", [("RUS", "112", "USA")]),
        # an actor said to be another's puppet
        (
            "The Serbian president said the Kosovo government was a puppet of NATO.",
            [("SRBGOV", "111", "XKXGOV")],
        ),
    ],
)
def test_reported_wrongdoing_accuses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(dyads_of(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it was not meddling in the election.",  # a denial of one's own
        "Did Russia say the United States was meddling in Ukraine?",  # a question
        "Russia denied that it was meddling in Ukraine.",
        "Officials asked whether Iran was plotting attacks.",
        "Russian officials said Russian intelligence was interfering in the vote.",  # own side: no accusation
        "Germany did not allege that Russia had poisoned the dissident.",
    ],
)
def test_no_accusation_without_a_claim(text: str) -> None:
    assert [e for e in dyads_of(text) if e[1].startswith("11")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "came under criticism from X": X criticises the subject
        (
            "The Israeli prime minister has come under criticism from Egypt over the settlements.",
            [("EGY", "111", "ISRGOV")],
        ),
        # "came under fire" from politicians is fire in words
        (
            "The French president came under fire from Germany over the pension reform.",
            [("DEU", "111", "FRAGOV")],
        ),
        # ... from armed actors, or at soldiers, it is shooting
        ("The Syrian army came under fire from Turkey.", [("TUR", "190", "SYRMIL")]),
        ("The Israeli prime minister came under fire from Hamas.", [("PSEREBHMS", "190", "ISRGOV")]),
    ],
)
def test_coming_under_criticism(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dyads_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # holding evidence that another actor did something accuses it
        ("Germany has evidence that Russia hacked the parliament's servers.", [("DEU", "112", "RUS")]),
        ("Turkey said it had proof Iran financed the militia.", [("TUR", "112", "IRN")]),
        # no evidence, evidence about a victim, a question: no accusation
        ("Germany has no evidence that Russia hacked the parliament's servers.", []),
        ("Turkey has evidence that the Saudi journalist was killed inside the consulate.", []),
        ("Officials asked whether Germany had evidence that Russia hacked the servers.", []),
        # a thing that yields evidence accuses no one
        (
            "The raid on a lab along the Colombia-Ecuador border provided evidence that Colombian rebels "
            "were trafficking cocaine.",
            [],
        ),
    ],
)
def test_evidence_accuses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [e for e in dyads_of(text) if e[1].startswith("11")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling a leader names that disapprove of him, however the parser reads the name
        ("The Russian president called the Ukrainian leader a traitor.", [("RUSGOV", "111", "UKRGOV")]),
        ("Iran branded Israeli Prime Minister Benjamin Netanyahu a liar.", [("IRN", "111", "ISRGOV")]),
        (
            "The US president labelled Venezuelan President Nicolas Maduro a dictator.",
            [("USAGOV", "111", "VENGOV")],
        ),
        # a plain name or title is no verdict
        ("The US president called Venezuelan President Nicolas Maduro, his counterpart.", []),
        ("Iran called Israeli Prime Minister Benjamin Netanyahu on Monday.", []),
    ],
)
def test_name_calling(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [e for e in dyads_of(text) if e[1].startswith("11")] == expected


def test_act_named_in_a_reason_is_the_addressees() -> None:
    # "over what it called ...": the act is that of whom the summons is aimed at
    text = (
        "Tehran summoned Britain's charge d'affaires over what it called unwarranted arrests of Iranian "
        "students."
    )
    # (summoning an envoy is an official complaint, 114: the judgement of the act is that same complaint)
    assert dyads_of(text) == [("IRNGOV", "114", "GBRGOV")]
    # a free relative with no addressee and no act reported before names no one
    assert dyads_of("Tehran condemned what it called unwarranted arrests of Iranian students.") == []


def test_denouncing_charges_brought_earlier_in_the_story() -> None:
    # the charges' author is remembered from the sentence that reported them
    text = (
        "The US Justice Department announced criminal charges against Bolivian President Luis Arce on "
        "Monday. Arce denounced the charges on Tuesday."
    )
    assert dyads_of(text) == [("USAGOV", "173", "BOLGOV"), ("BOLGOV", "111", "USAGOV")]
    # a charge d'affaires or someone in charge is no charge
    assert dyads_of(
        "Bolivia summoned the US charge d'affaires in La Paz, who is in charge of the embassy."
    ) == [
        ("BOL", "114", "USAGOV")  # summoning an envoy: an official complaint, not a charge (173)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rejecting or dismissing someone's demand or accusation is aimed at its author
        ("Russia rejected a U.S. demand.", [("RUS", "124", "USA")]),
        ("China dismissed the US accusations.", [("CHN", "016", "USA")]),
        # accepting is no rejection, and a thing with no author names no one
        ("Iran accepted the European proposal.", []),
        ("Russia rejected the demand.", []),
    ],
)
def test_rejecting_someones_demand(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dyads_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side attacked saying who attacked it accuses the attacker, besides the attack
        (
            "Ukraine says Russian troops shelled Kharkiv.",
            [("RUSMIL", "194", "UKR"), ("UKR", "112", "RUSMIL")],
        ),
        # a third party's report, the attacker's own word, a denial: only the attack
        ("Thai police said Burmese troops shelled Karen rebels.", [("MMRMIL", "194", "MMRREB")]),
        ("Kenyan officials said Somali militants attacked Mogadishu.", [("SOMREB", "190", "SOMGOV")]),
        ("Russian officials said Russian troops shelled Kharkiv.", [("RUSMIL", "194", "UKR")]),
        # a monitor of the attacked country reports the attack, it is not the side attacked
        (
            "The Syrian Observatory for Human Rights said Turkish drones killed 19 Syrian soldiers.",
            [("TURMIL", "190", "SYRMIL")],
        ),
        ("Did Ukraine say Russian troops shelled Kharkiv?", [("RUSMIL", "194", "UKR")]),
    ],
)
def test_victim_reporting_an_attack_accuses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dyads_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regretting what another actor does disapproves of it
        (
            "The Chinese ambassador said China regrets that the United States is leaving the treaty.",
            [("CHN", "111", "USA")],
        ),
        ("The French president lamented that NATO was not doing enough.", [("FRAGOV", "111", "IGONAT")]),
        # one's own act, a denial, a question: no disapproval
        ("China regrets that it will have to take countermeasures.", []),
        ("China does not regret that the United States is leaving the treaty.", []),
    ],
)
def test_regretting_anothers_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [e for e in dyads_of(text) if e[1].startswith("11")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # denying an accusation is no accusation by the denier
        "Russia denied accusations that it had meddled in the election.",
        "Iran dismissed claims that it was harboring al Qaeda leaders.",
        # a hypothetical allegation is not coded
        "Russia would never allege that Ukraine had shelled the town.",
    ],
)
def test_denials_and_hypotheticals_accuse_no_one(text: str) -> None:
    assert [e for e in dyads_of(text) if e[1].startswith("11")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act that drew or sparked criticism from X: X criticises whoever did the act
        ("Turkey's move drew criticism from Germany.", [("DEU", "111", "TUR")]),
        ("The Turkish offensive sparked condemnation from France.", [("FRA", "111", "TUR")]),
        # no author, or no criticism: nothing
        ("The move prompted criticism from France.", []),
        ("The Turkish offensive sparked fears in France.", []),
    ],
)
def test_act_drawing_criticism(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [e for e in dyads_of(text) if e[1].startswith("11")] == expected


@pytest.mark.parametrize("verb", ["masterminded", "orchestrated"])
def test_planning_an_attack_named_in_a_passive_is_an_accusation(verb: str) -> None:
    # planners count as perpetrators in the accusation frame, though they are no attacker of the act itself
    text = f"Kenyan police said the attack on the mall was {verb} by al-Shabaab."
    assert ("KENCOP", "112", "SOMREB") in dyads_of(text, date="2020-01-01")
