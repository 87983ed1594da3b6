"""Domestic politics: bare lawmakers, opposition and protesters addressing a government are its own
country's (invented sentences)."""

from __future__ import annotations

from coded import dyads_of


def test_lawmakers_criticising_a_government_are_its_own() -> None:
    assert ("TURLEG", "111", "TURGOV") in dyads_of(
        "Lawmakers criticized the Turkish government for its handling of the floods."
    )


def test_opposition_accusing_a_government_is_its_own() -> None:
    assert ("ZMBOPP", "112", "ZMBGOV") in dyads_of(
        "The opposition accused the Zambian government of rigging the election."
    )


def test_opposition_appealing_to_a_government_is_its_own() -> None:
    assert ("KENOPP", "020", "KENGOV") in dyads_of(
        "Opposition leaders urged the Kenyan government to delay the vote."
    )


def test_lawmakers_condemning_a_bare_state_stay_unplaced() -> None:
    # a state named bare is often a foreign one ("condemned Russia"): no country for the lawmakers
    assert dyads_of("Lawmakers condemned Russia for the attack.") == []


def test_other_unplaced_speakers_are_not_placed_by_the_government_they_address() -> None:
    # analysts are no side of a country's politics
    assert dyads_of("Analysts criticized the Turkish government for its handling of the floods.") == []
