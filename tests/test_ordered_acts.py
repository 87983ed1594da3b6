"""Ordered acts: "X ordered the closure/expulsion/arrest of Y" reports the act itself, not a demand.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of


def test_ordering_a_closure_is_the_closure() -> None:
    # the verb reading of the act noun: "close +consulate" (161), by the one who orders it
    assert dyads_of("Washington ordered the closure of the Venezuelan consulate in Miami.") == [
        ("USAGOV", "161", "VENGOV")
    ]


def test_ordering_an_arrest_is_the_arrest() -> None:
    assert dyads_of("A Peruvian judge ordered the arrest of the former Bolivian president.") == [
        ("PERJUD", "173", "BOLGOV")
    ]


def test_ordering_sanctions_on_a_state_imposes_them() -> None:
    # an act noun with its own dictionary entry, aimed by its preposition ("on", "against")
    assert dyads_of("Canada ordered new sanctions against Belarus on Monday.") == [("CAN", "163", "BLR")]


def test_ordering_a_person_to_act_stays_a_demand() -> None:
    # negative: the object is a person told to act, not an act noun
    assert dyads_of("Turkey ordered the Syrian government to halt the offensive.") == [
        ("TUR", "100", "SYRGOV")
    ]


def test_ordering_a_non_coercive_noun_stays_a_demand() -> None:
    # negative: an ordered review is no coded act, so "order" keeps its demand reading
    assert dyads_of("Japan ordered a review of its trade rules with Korea.") == [("JPN", "100", "KOR")]
