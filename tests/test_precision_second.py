"""Precision on real news, second pass: warnings that threaten nothing, one act counted twice, denials and
withdrawals aimed at the wrong actor.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of

# -- a warning ABOUT a danger disapproves; only the speaker's own act held over someone threatens --------


def test_warning_that_something_could_happen_is_disapproval() -> None:
    text = "Norway's foreign minister warned that the Swedish dam could flood villages across the border."
    assert dyads_of(text) == [("NORGOV", "110", "SWE")]


def test_warning_of_a_danger_is_disapproval() -> None:
    text = "Brazil warned of a humanitarian disaster caused by Argentina's blockade of the river."
    assert dyads_of(text) == [("BRA", "110", "ARG")]


def test_warning_that_something_should_not_be_done_is_an_appeal() -> None:
    text = "The Danish prime minister warned that the German loan should not be spent on weapons."
    assert dyads_of(text) == [("DNKGOV", "020", "DEU")]


def test_warning_addressed_to_someone_stays_a_threat() -> None:
    assert dyads_of("Kenya warned Somalia on Tuesday.") == [("KEN", "130", "SOM")]
    text = "The Turkish president warned Greece that Ankara has lost patience."
    assert dyads_of(text) == [("TURGOV", "130", "GRC")]


def test_warning_of_own_countermeasures_is_a_threat() -> None:
    assert dyads_of("Egypt warned of countermeasures against Ethiopia.") == [("EGY", "131", "ETH")]


def test_warning_of_own_conditional_act_stays_a_threat() -> None:
    text = "Chile warned that it would expel Peruvian diplomats if Lima did not apologise."
    assert dyads_of(text) == [("CHL", "1313", "PERGOV")]


# -- one act, one participant: a state and its own organ in one role are the organ --------------------


def test_dateline_country_and_ministry_make_one_event() -> None:
    text = "Oslo, Norway – Norway’s Ministry of Foreign Affairs summoned Sweden’s ambassador on Friday."
    assert dyads_of(text) == [("NORGOV", "114", "SWEGOV")]


def test_two_distinct_organs_of_one_state_stay_two_events() -> None:
    # one event per actor pair: the army and the police are not parts of each other
    text = "The Norwegian army and the Norwegian police detained two Swedish fishermen."
    assert dyads_of(text) == [("NORMIL", "173", "SWEAGR"), ("NORCOP", "173", "SWEAGR")]


# -- a withdrawal is from a place: the forces withdrawn are not its target ---------------------------------


def test_withdrawal_of_own_troops_is_from_the_place_named() -> None:
    assert dyads_of("Norway withdrew its soldiers from Latvia on Monday.") == [("NOR", "0874", "LVA")]
    text = "The Danish government pulled its troops out of Estonia in March."
    assert dyads_of(text) == [("DNKGOV", "0874", "EST")]


def test_withdrawal_of_own_troops_from_nowhere_named_has_no_own_target() -> None:
    assert dyads_of("Finland said it would withdraw all Finnish troops.") == []


def test_withdrawal_from_a_country_keeps_its_target() -> None:
    assert dyads_of("Poland withdrew from Lithuania last year.") == [("POL", "0874", "LTU")]


# -- a denial answers whoever accused the denier of that thing ---------------------------------------------

ACCUSATIONS = (
    "Britain blamed Russia for the poison attack in Salisbury. "
    "The United States accused Russia of meddling in its election. "
)


def test_denial_answers_the_accusation_of_the_same_thing() -> None:
    text = ACCUSATIONS + "Moscow has denied being behind the attack in Salisbury."
    assert dyads_of(text)[-1] == ("RUSGOV", "016", "GBR")


def test_denial_that_names_nothing_answers_the_latest_accuser() -> None:
    assert dyads_of(ACCUSATIONS + "Moscow has denied the allegations.")[-1] == ("RUSGOV", "016", "USA")


def test_denial_is_not_addressed_to_what_it_denies() -> None:
    # the rebels are the content of the denial, not whom it answers
    assert dyads_of("Chad has repeatedly denied harboring rebels.") == []


# -- "joining X in V-ing" restates the main clause's act ---------------------------------------------------


def test_joining_others_in_an_act_restates_the_main_act() -> None:
    text = "Norway expelled three Russian diplomats, joining Sweden in punishing Moscow for the cyber attack."
    assert dyads_of(text) == [("NOR", "161", "RUSGOV")]


def test_joining_others_in_an_act_is_the_act_when_nothing_else_is_reported() -> None:
    text = "Finland and Denmark joined Germany in halting all future arms sales to the Saudi government."
    assert dyads_of(text) == [("FIN", "1622", "SAUGOV"), ("DNK", "1622", "SAUGOV")]


# -- summoning a state's diplomat, whatever their rank, is an official complaint (114) ------------------


def test_summoning_a_charge_d_affaires_is_an_official_complaint() -> None:
    text = "Poland summoned the Belarusian charge d'affaires on Monday over the border incident."
    assert dyads_of(text) == [("POL", "114", "BLRGOV")]
    assert dyads_of("Japan summoned China's consul in Osaka.") == [("JPN", "114", "CHNGOV")]


def test_summoning_a_witness_is_no_complaint() -> None:
    assert dyads_of("The court summoned the Russian businessman to testify.") == []


# -- an appeal only planned or considered is no appeal yet, and no intent to cooperate -------------------


def test_planned_appeal_is_no_event() -> None:
    assert dyads_of("The Chilean president plans to ask Peru to extradite the suspect.") == []


def test_announced_appeal_and_intended_cooperation_stay_coded() -> None:
    text = "The Chilean president will ask Peru to extradite the suspect."
    assert dyads_of(text) == [("CHLGOV", "020", "PER")]
    assert dyads_of("Chile wants to sign a trade deal with Peru.") == [("CHL", "032", "PER")]
