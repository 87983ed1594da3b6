"""Reported advice ("X said Y should do Z" is X's demand on Y, like "Y must do Z") and readiness to talk.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of


def test_should_with_an_uncoded_act_is_a_demand() -> None:
    assert dyads_of("Chile's foreign minister said Argentine troops should leave the border zone.") == [
        ("CHLGOV", "100", "ARGMIL")
    ]


def test_should_with_a_coded_act_is_the_matching_demand() -> None:
    # the act's own demand code: a release demanded (1053), not the release itself
    assert dyads_of(
        "The Brazilian foreign minister said Venezuela should free the detained journalists."
    ) == [("BRAGOV", "1053", "VEN")]


def test_should_have_is_a_reproach_not_a_demand() -> None:
    assert dyads_of("The Brazilian foreign minister said Venezuela should have freed the journalists.") == []


def test_should_with_a_passive_names_no_one_to_demand_of() -> None:
    assert dyads_of("Chile's foreign minister said Argentina should be expelled from the bloc.") == []


def test_inverted_should_is_a_condition() -> None:
    events = dyads_of("Brazil said it would respond firmly should Venezuela attack its border posts.")
    assert not any(code.startswith("10") for _, code, _ in events)


def test_should_after_a_non_actor_subject_is_no_demand() -> None:
    assert dyads_of("Chile's foreign minister said talks with Argentina should continue.") == []


def test_readiness_to_engage_in_talks_is_intent_to_negotiate() -> None:
    assert dyads_of("Peru is ready to engage in talks with Chile.") == [("PER", "036", "CHL")]


def test_engaging_in_a_war_of_words_is_no_negotiation() -> None:
    assert not any(
        code.startswith("04") for _, code, _ in dyads_of("Peru engaged in a war of words with Chile.")
    )


def test_being_prepared_to_talk_is_intent_to_negotiate() -> None:
    assert dyads_of("Peru is prepared to hold talks with Chile.") == [("PER", "036", "CHL")]


def test_being_prepared_for_an_attack_is_no_intent() -> None:
    assert dyads_of("Peru said it was well prepared for an attack by Chile.") == []
