"""Bombings are assault (CAMEO 183x), not conventional fighting (19x): the instrument of a killing decides.
And a participle describing a noun ("militias backed by Iran") keeps its own modality.

Real pipeline; the sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import dyads


def dyads_of(text: str, **kw) -> list[tuple[str | None, str, str | None, str]]:  # noqa: ANN003
    events = dyads.code(text, date="2024-06-03", **kw)
    return [
        (
            e.source.actor.code if e.source else None,
            e.cameo,
            e.target.actor.code if e.target else None,
            e.modality,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killing verb's subject names the bomb
        ("A blast killed 14 Pakistani soldiers in Peshawar.", (None, "183", "PAKMIL")),
        ("An explosion killed nine Iraqi policemen near Kirkuk.", (None, "183", "IRQCOP")),
        # "killed in/by" the bomb
        ("Eleven Pakistani soldiers were killed in an explosion in Peshawar.", (None, "183", "PAKMIL")),
        # a when-clause tells how they died
        (
            "Eleven Pakistani soldiers were killed when a bomb exploded near their convoy.",
            (None, "183", "PAKMIL"),
        ),
        # the "..., killing N" participle is the outcome of the bombing before it; the kind is kept
        (
            "A suicide bomber blew himself up near a checkpoint in Peshawar, killing 11 Pakistani soldiers.",
            ("PAKREB", "1831", "PAKMIL"),
        ),
        ("A suicide bomber killed 11 Pakistani soldiers in Peshawar.", ("PAKREB", "1831", "PAKMIL")),
        # a relative clause on the bomb
        ("Militants planted an explosive device that killed six Nigerian soldiers.", (None, "183", "NGAMIL")),
    ],
)
def test_bombing_instrument_makes_a_killing_183(text: str, expected: tuple) -> None:
    coded = [d[:3] for d in dyads_of(text)]
    assert expected in coded
    assert not any(c.startswith("19") for _, c, _ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's bombs and aerial bombs are military force, not a 183 bombing
        ("Israeli bombs killed 20 Palestinians in Gaza.", ("ISR", "190", "PSE")),
        ("Barrel bombs killed 20 Syrian civilians in Aleppo.", (None, "190", "SYRCVL")),
        # an air strike stays aerial (195)
        ("Israeli air strikes killed 20 Palestinians in Gaza.", ("ISR", "195", "PSE")),
        # an accident's blast is no bombing
        ("A gas explosion killed 30 Turkish miners in Zonguldak.", (None, "190", "TURLAB")),
        # a killing with no bomb in sight stays 190
        ("Gunmen killed 11 Pakistani soldiers in Peshawar.", ("PAKUAF", "190", "PAKMIL")),
    ],
)
def test_military_and_other_killings_stay_19(text: str, expected: tuple) -> None:
    coded = [d[:3] for d in dyads_of(text)]
    assert expected in coded
    assert not any(c.startswith("18") for _, c, _ in coded)


def test_participle_on_a_noun_is_not_the_clause_intention() -> None:
    text = (
        "The State Department said it fully expects that Shi'ite militias in Iraq, backed by Iran, "
        "would continue to attack U.S. forces."
    )
    events = dyads_of(text, include_suppressed=True)
    assert ("IRN", "051", "IRQUAF", "asserted") in events  # the backing is a standing fact
    assert not any(c.startswith("03") for _, c, _, _ in events)  # no "intent" to back
    assert ("IRQUAF", "190", "USAMIL", "intended") in events  # the expected attacks are still expected


def test_participle_keeps_the_noun_negation() -> None:
    # the clause's expectation does not reach the participle, but the noun's own "no" does
    events = dyads_of("No militias backed by Iran attacked the base in Iraq.", include_suppressed=True)
    assert not any(c == "051" and m == "asserted" for _, c, _, m in events)
