"""PLOVER coverage (issue #3): sentences that gave no event at all -- acts done through an issued text,
and predicates missing from the pattern data.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of

# -- "issued a statement condemning X": the text's act is its issuer's -----------------------------------


def test_statement_condemning_is_the_issuers_condemnation() -> None:
    text = "Egypt issued a statement condemning the Turkish raid on Libya."
    assert dyads_of(text) == [("EGY", "111", "TUR")]


def test_resolution_adopted_urging_is_the_adopters_appeal() -> None:
    assert ("IGOUNOSEC", "111", "PRK") in dyads_of(
        "The UN Security Council adopted a resolution condemning North Korea for the launch."
    )


def test_said_in_a_statement_criticizing() -> None:
    assert dyads_of("Japan said in a statement criticizing China that the drills were reckless.") == [
        ("JPN", "111", "CHN")
    ]


def test_vetoed_resolution_condemning_is_not_a_condemnation() -> None:
    # the vetoing state blocks the text: it does not condemn anyone
    assert ("CHN", "111", "MMR") not in dyads_of("China vetoed a resolution condemning Myanmar.")
    assert ("CHN", "111", "MMR") not in dyads_of("China rejected a draft statement condemning Myanmar.")


# -- a state named bare that acts at home acts as its government -----------------------------------------


def test_bare_state_declaring_emergency_rule_governs_its_people() -> None:
    assert dyads_of("Kenya declared a state of emergency on Friday.") == [("KENGOV", "1724", "KENCVL")]


def test_bare_state_lifting_a_curfew() -> None:
    assert dyads_of("Bolivia lifted the curfew on Sunday.") == [("BOLGOV", "0813", "BOLCVL")]


def test_bare_state_arresting_its_own_named_group() -> None:
    assert dyads_of("Belarus arrested twenty Belarusian opposition activists.") == [
        ("BLRGOV", "173", "BLROPP")
    ]


def test_bare_state_arresting_someone_unplaced_is_not_its_own_people() -> None:
    # whom Cuba arrested may be foreign: no default of Cuba's own civilians
    assert ("CUBGOV", "173", "CUBCVL") not in dyads_of("Cuba arrested a visiting contractor on Monday.")
    assert dyads_of("Israel banned her from entering the country.") == []


# -- "the state of emergency" is no country ----------------------------------------------------------------


def test_state_of_emergency_is_not_the_country_named_before() -> None:
    assert dyads_of("Chad extended the state of emergency by three months.") == [("TCDGOV", "1724", "TCDCVL")]


# -- "X is in talks with Y", "X was on high alert": the copula's subject is in the state -----------------


def test_in_talks_with_is_a_negotiation() -> None:
    assert dyads_of("Egypt is in talks with Ethiopia over the dam.") == [
        ("EGY", "046", "ETH"),
        ("ETH", "046", "EGY"),
    ]


def test_on_high_alert_is_an_alert() -> None:
    assert dyads_of("The Indian army was on high alert on Sunday.") == [("INDMIL", "152", None)]


def test_not_in_talks_and_at_war_are_not_coded() -> None:
    assert dyads_of("Iran is not in talks with Norway.") == []
    # a state of war is a stance, not a dated use of force
    assert dyads_of("Ukraine is at war with Russia.") == []


# -- an invitation extended, issued or sent is an intent to meet (036) -----------------------------------


def test_extending_an_invitation() -> None:
    assert dyads_of("Iran extended an invitation to the Saudi king.") == [("IRN", "036", "SAUGOV")]


def test_declined_invitation_is_no_intent_to_meet() -> None:
    assert not any(code == "036" for _, code, _ in dyads_of("Sweden declined an invitation from Iran."))


# -- "engaged in fighting", "took part in talks": the act is its participant's ----------------------------


def test_engaged_in_fighting_with() -> None:
    assert dyads_of("Armenian forces engaged in heavy fighting with Azerbaijani troops.") == [
        ("ARMMIL", "190", "AZEMIL")
    ]


def test_took_part_in_talks_with() -> None:
    assert ("IRNGOV", "046", "FRA") in dyads_of("Iranian officials took part in talks with France on Monday.")


def test_refusing_to_engage_in_talks_is_a_rejection_not_talks() -> None:
    assert dyads_of("China refused to engage in talks with Taiwan.") == [("CHN", "125", "TWN")]


def test_war_of_words_is_no_use_of_force() -> None:
    assert dyads_of("Venezuela is engaged in a war of words with Colombia.") == []
