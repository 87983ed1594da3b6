"""Events inside one country: protests, riots, repression, arrests and deployments (issue #3).

Real pipeline, real spaCy model, real dictionaries; every sentence is written for these tests.  Each rule
has the exact events it must give, and at least one sentence it must not fire on.
"""

from __future__ import annotations

import pytest

from coded import dyads_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a crowd the dictionary cannot name protests, as the people of the place, to its government
        (
            "About 300 people in Mosul protested against the new tax on Friday.",
            [("IRQCVL", "141", "IRQGOV")],
        ),
        ("Thousands took to the streets of Nairobi on Sunday.", [("KENCVL", "141", "KENGOV")]),
        # protesters with no country of their own protest to the government of the place
        ("Activists blocked roads in Lagos on Monday.", [("NGAOPP", "144", "NGAGOV")]),
        # a march in support of someone is no protest against the government
        ("Supporters marched through Lima in support of the president.", []),
        # what protesters do to property is a riot (145), not an attack or destruction of property
        (
            "Pro-democracy protesters vandalized a metro station in Santiago on Monday.",
            [("CHLOPP", "145", "CHLGOV")],
        ),
        # a crowd rallying against a leader demonstrates; a senator rallying against a bill does not
        (
            "Hundreds of people rallied against Erdogan in Ankara on Sunday.",
            [("TURCVL", "141", "TURGOV")],
        ),
        ("The senator rallied against the bill in Washington.", []),
        # comebacks in sport and markets are not rallies in the street
        ("Stocks rallied in Tokyo on Monday after the central bank cut rates.", []),
        # whose flag burns is protested against
        (
            "Protesters burned Turkish flags outside the embassy in Athens.",
            [("GRCOPP", "141", "TUR")],
        ),
        # unnamed people arrested with no agent: the authorities of the place, on its people; foreigners
        # arrested abroad: the authorities of the place, not of their own country
        (
            "Police said 12 suspects were arrested in Karachi after the bombing.",
            [("PAKGOV", "173", "PAKCVL")],
        ),
        ("Two French tourists were arrested in Tehran on Monday.", [("IRNGOV", "173", "FRACVL")]),
        ("Two Iranians were charged in Germany with spying.", [("DEUGOV", "173", "IRN")]),
        (
            "Three Kenyan journalists were among those detained in Kampala.",
            [("UGAGOV", "173", "KENMED")],
        ),
        # people turned away at a border are expelled by the state they tried to enter (174); inspectors
        # kept out are refused international involvement (1245)
        (
            "Two Kenyan journalists were refused entry into Uganda on Monday.",
            [("UGAGOV", "174", "KENMED")],
        ),
        ("Israel denied entry to two American lawmakers on Thursday.", [("ISR", "174", "USALEG")]),
        ("Iran has refused entry to UN inspectors.", [("IRN", "1245", "IGOUNO")]),
        # soldiers firing on protesters repress them (175); on civilians elsewhere, they fight (193)
        (
            "Guatemalan soldiers opened fire on protesters in Guatemala City.",
            [("GTMMIL", "175", "GTMOPP")],
        ),
        ("Israeli soldiers shot two Palestinian civilians near Hebron.", [("ISRMIL", "193", "PSECVL")]),
        # tear gas used to disperse demonstrators: one act, on the demonstrators named
        (
            "Kenyan police used tear gas to disperse demonstrators in Nairobi.",
            [("KENCOP", "175", "KENOPP")],
        ),
        # crowd control attempted is crowd control used, on the protesters (not on the capital they
        # were in); an attempt to quell anything else is only an intention
        (
            "Kenyan police tried to disperse protesters in Nairobi on Monday.",
            [("KENCOP", "175", "KENOPP")],
        ),
        (
            "Kenyan police have sought to quell the protests in Nairobi.",
            [("KENCOP", "175", "KENOPP")],
        ),
        ("Kenyan police tried to arrest the opposition leader in Nairobi.", []),
        # shutting off networks restricts political freedoms
        (
            "The Ethiopian government shut off internet and phone networks in the region.",
            [("ETHGOV", "1721", "ETHCVL")],
        ),
        # two different coercive measures in one sentence are two events
        (
            "The Nepalese government imposed a nationwide curfew and blocked social media on Friday.",
            [("NPLGOV", "1723", "NPLCVL"), ("NPLGOV", "1721", "NPLCVL")],
        ),
        # tear gas is crowd control whatever the verb; chlorine gas is not
        ("Kenyan police sprayed tear gas at students in Nairobi.", [("KENCOP", "175", "KENEDU")]),
        ("Syrian government forces used chlorine gas in Douma.", []),
        # soldiers and their vehicles blocking roads do not protest
        ("Military vehicles blocked the entrances to Tahrir Square in Cairo.", []),
        # troops deployed: they show force at the state they are sent to, or at the people of the place;
        # nobody is deployed when "no troops" are
        ("Hundreds of US troops were deployed to Iraq on Monday.", [("USAMIL", "154", "IRQ")]),
        (
            "Thousands of additional troops were deployed in Chiapas on Monday.",
            [("MEXMIL", "154", "MEXCVL")],
        ),
        ("No combat troops will be deployed to Syria, the minister said.", []),
    ],
)
def test_domestic_events(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert dyads_of(text) == expected


def test_protest_inherits_the_target_of_the_protest_it_continues() -> None:
    # "burning him in effigy" is the same protest against the same leader: one event
    text = "Hundreds of people in Lahore rallied against Modi, burning him in effigy on Tuesday."
    assert dyads_of(text) == [("PAKCVL", "141", "INDGOV")]


def test_a_crowd_who_thronged_a_city_is_not_the_city() -> None:
    # the target of the dispersal is the crowd, not Moscow (the relative clause only says where it was)
    text = "Russian police dispersed thousands of people who thronged the streets of Moscow on Saturday."
    assert dyads_of(text) == [("RUSCOP", "175", "RUSCVL")]
