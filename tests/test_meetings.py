"""Meetings, calls and talks (CAMEO 04) and named groups of states ("the E3").

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

import dyads
from dyads.records import Event


def dyads_of(text: str, date: str = "2025-03-10") -> set[tuple[str | None, str, str | None]]:
    return {_dyad(e) for e in dyads.code(text, date=date)}


def _dyad(e: Event) -> tuple[str | None, str, str | None]:
    return (e.source.actor.code if e.source else None, e.cameo, e.target.actor.code if e.target else None)


def test_a_meeting_with_a_named_side_is_coded_both_ways() -> None:
    assert dyads_of("Kenya's foreign minister met Ethiopian officials in Nairobi on Monday.") == {
        ("KENGOV", "040", "ETHGOV"),
        ("ETHGOV", "040", "KENGOV"),
    }


def test_a_phone_call_is_coded_both_ways_despite_a_summing_up_apposition() -> None:
    text = (
        "Brazil's president spoke by phone with Argentine officials on Monday, the first such call in a year."
    )
    assert dyads_of(text) == {("BRAGOV", "041", "ARGGOV"), ("ARGGOV", "041", "BRAGOV")}


def test_a_visit_keeps_its_direction() -> None:
    # 042 (make a visit) is not a consultation both sides make
    assert dyads_of("Kenya's foreign minister visited Ethiopia on Monday.") == {("KENGOV", "042", "ETH")}


def test_an_intended_meeting_is_only_the_speakers_intent() -> None:
    # "will meet": Kenya expresses intent (036); Ethiopia has expressed nothing
    events = dyads_of("Kenya's foreign minister said he will meet Ethiopian officials next week.")
    assert ("ETHGOV", "036", "KENGOV") not in events
    assert ("ETHGOV", "040", "KENGOV") not in events


def test_a_named_group_of_states_stands_for_each_member() -> None:
    assert dyads_of("The E3 condemned Iran on Monday.") == {
        ("FRAGOV", "111", "IRN"),
        ("DEUGOV", "111", "IRN"),
        ("GBRGOV", "111", "IRN"),
    }


def test_the_members_of_one_group_do_not_meet_each_other() -> None:
    text = "Iran held talks with the E3 in Geneva. The two sides gathered on Friday in Oslo for a meeting."
    events = dyads_of(text)
    assert {("IRN", "040", m) for m in ("FRAGOV", "DEUGOV", "GBRGOV")} <= events
    assert {(m, "040", "IRN") for m in ("FRAGOV", "DEUGOV", "GBRGOV")} <= events
    assert ("FRAGOV", "040", "DEUGOV") not in events


def test_envoys_from_the_two_sides_are_the_last_pair() -> None:
    text = (
        "Chile's foreign minister held talks with Peruvian officials in Lima. "
        "Senior diplomats from the two sides gathered on Friday in Quito for a second meeting."
    )
    events = [e for e in dyads.code(text, date="2025-03-10") if e.sentence_index == 1]
    assert {_dyad(e) for e in events} == {("CHLGOV", "040", "PERGOV"), ("PERGOV", "040", "CHLGOV")}


def test_gathering_for_a_meeting_needs_two_sides() -> None:
    # one side alone gathering for talks is no meeting
    assert not dyads_of("Chilean officials gathered in Santiago on Friday for a meeting.")


def test_an_unnamed_list_of_countries_is_not_expanded() -> None:
    events = dyads_of("Twenty-two donor countries condemned Israel on Monday.")
    assert not any(s and s[:3] in ("FRA", "DEU", "GBR") for s, _, _ in events)
