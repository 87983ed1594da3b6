"""Actors that used to be placed nowhere (issue #3): titles before names the parser misreads, senior
clergy, surnames that are also titles, former names and frequent misspellings of states.  Real pipeline;
the sentences and names are invented for these tests.
"""

from __future__ import annotations

from coded import dyads_of


def test_compound_title_before_a_name_labelled_an_organisation_is_still_a_title() -> None:
    # the small model labels "Moody Awori"-like names ORG; the title still takes the story's one country
    assert dyads_of(
        "Vice-President Moody Awori declined to meet the Kenyan opposition leaders in Nairobi."
    ) == [("KENGOV", "125", "KENOPP")]
    # ... and still only when the story names one country
    assert dyads_of("Vice-President Moody Awori declined to meet Ugandan officials in Nairobi.") == []


def test_archbishop_of_a_capital_is_that_countrys_clergy() -> None:
    text = "The Archbishop of Colombo, Cardinal Tomas Perera, criticized the Sri Lankan government."
    assert dyads_of(text) == [("LKAELI", "111", "LKAGOV")]


def test_a_cardinal_alone_is_not_placed_by_the_story_country() -> None:
    # cardinals speak for Rome as often as for home: no country from the story's one country
    assert dyads_of("Cardinal Tomas Perera criticized the Sri Lankan government.") == []


def test_a_surname_that_is_a_title_is_no_office() -> None:
    # "Mike King" is a man named King, not a king of the story's country
    assert dyads_of("Mike King criticized the Kenyan government.") == []
    assert dyads_of("Mark Bishop criticized the Kenyan government.") == []
    # a title before the name stays one
    assert dyads_of("Jordan's King Farid criticized the Kenyan government.") == [("JORGOV", "111", "KENGOV")]


def test_former_names_and_misspellings_of_states() -> None:
    assert dyads_of("Afganistan rejected the UN proposal.") == [("AFG", "120", "IGOUNO")]
    assert dyads_of("Zaire accused Rwanda of shelling its border towns.") == [("COD", "1123", "RWA")]
    # a similar but different word is no state
    assert dyads_of("Afgan officials rejected the UN proposal.") == []
