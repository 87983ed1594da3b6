"""Recall rules found on the public PLOVER / PETRARCH2 sentence sets (issue #3): domestic groups placed by
"in <country>", proposals named by a nationality adjective, victims over territory, measured aid,
contributions, and the yielding acts of non-state groups.

Real pipeline, real spaCy model, real dictionaries; every sentence is written for these tests.  Each rule
has the exact events it must give, and at least one sentence it must not fire on.
"""

from __future__ import annotations

import pytest

from coded import dyads_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # an agent noun modifying a generic collective noun is placed by that noun's "in X"
        ("Rebel factions in Sudan attacked an army base near the border.", [("SDNREB", "190", "SDNMIL")]),
        # ... and with no country anywhere, nothing can be placed
        ("Rebel factions attacked an army base near the border.", []),
        # a nationality adjective on a rejected proposal names who proposed it
        ("Serbia rejected an Australian ultimatum on Friday.", [("SRB", "124", "AUS")]),
        ("Turkey rejected a new plan on Friday.", []),
        # the victims the carrying verb names beat the territory the attack happened in
        (
            "Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.",
            [("SRBMIL", "193", "ALB")],
        ),
        # ... but with no victim named, the territory is still the target
        ("Israeli jets launched an airstrike inside Syria on Monday.", [("ISRMIL", "195", "SYR")]),
        # contributing troops; a measure's "of" object is what is given (money given is economic aid, 071)
        (
            "Japan will contribute 500 troops to the peacekeeping force in Mali.",
            [("JPN", "0334", "MLIMIL")],
        ),
        ("The European Union gave Kenya 5 million dollars of aid.", [("IGOEEC", "071", "KEN")]),
        ("The company bought 300 tons of steel from China.", []),
        # the European Community is the EU under its older name
        ("The European Community gave Kenya 5 million dollars of aid.", [("IGOEEC", "071", "KEN")]),
        # a non-state group that yields to no one named yields to its own government
        ("Ugandan rebels surrendered last week.", [("UGAREB", "0874", "UGAGOV")]),
        # ... a named side keeps the act; a state's own forces are not a non-state group
        ("Syrian rebels surrendered to Turkish forces.", [("SYRREB", "0874", "TURMIL")]),
        ("Iraqi troops withdrew from the town.", []),
        # issuing an arrest warrant is legal action against whom it is for; facing one is not an act
        (
            "A court in Peru issued an arrest warrant for two Chilean businessmen on Monday.",
            [("PERJUD", "173", "CHLBUS")],
        ),
        ("The fugitive faces three arrest warrants in Peru.", []),
        # a consensus reached is agreement, each side's to the other; one not reached is nothing
        (
            "Chile and Peru reached a consensus on fishing rights on Monday.",
            [("CHL", "030", "PER"), ("PER", "030", "CHL")],
        ),
        ("Chile and Peru failed to reach a consensus on fishing rights on Monday.", []),
        # a meeting noun carried by a light verb is still the coordinated subjects' mutual act
        ("Iran and Russia held talks in Moscow.", [("IRN", "046", "RUS"), ("RUS", "046", "IRN")]),
        ("Iran and Russia warned Israel.", [("IRN", "130", "ISR"), ("RUS", "130", "ISR")]),
        # drills held by the forces of two countries are military cooperation; one country's, a show of force
        (
            "Chilean and Peruvian warships began naval drills off the coast on Monday.",
            [("CHLMIL", "062", "PERMIL"), ("PERMIL", "062", "CHLMIL")],
        ),
        ("Iran held war games near the Strait of Hormuz.", [("IRNMIL", "150", None)]),
        # an official arriving in another state or its capital visits it; refugees and troops do not
        ("The Saudi foreign minister arrived in Tehran on Monday.", [("SAUGOV", "042", "IRNGOV")]),
        ("Hundreds of Syrian refugees arrived in Greece on Monday.", []),
        ("Russian troops arrived in Syria on Monday.", []),
        # investing in another state is economic cooperation with it; investing in a thing is no event
        ("Chinese companies invested 5 billion dollars in Kenya last year.", [("CHNBUS", "061", "KEN")]),
        ("China invested heavily in new technology last year.", []),
        # goods received from someone are that someone's aid; nothing received, or a prize, is no aid
        ("Ukraine received weapons from the United States on Monday.", [("USA", "072", "UKR")]),
        ("The party received no funds from Moscow.", []),
        ("The team received a trophy from the French president.", []),
    ],
)
def test_recall_rules(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert dyads_of(text) == expected
