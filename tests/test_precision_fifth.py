"""Fifth precision pass: aims, feared acts and strikes on a state placed by where they landed.

Invented sentences only; each rule has a case it must not fire on.
"""

from __future__ import annotations

from coded import dyads_of


def test_looking_to_visit_is_an_intent_to_meet() -> None:
    assert dyads_of("The French president is looking to visit China next month.") == [
        ("FRAGOV", "036", "CHN")
    ]


def test_a_visit_made_is_still_a_visit() -> None:
    assert dyads_of("The French president visited China last month.") == [("FRAGOV", "042", "CHN")]


def test_looking_at_a_proposal_is_no_aim() -> None:
    # "look at" + noun is not "look to" + infinitive: nothing to turn into an intent
    assert dyads_of("Russia invaded Ukraine after the envoy looked at the ceasefire proposal.") == [
        ("RUS", "192", "UKR")
    ]


def test_feared_invasion_is_not_an_invasion() -> None:
    assert dyads_of("The vote raised fears of a Russian invasion of Ukraine.") == []


def test_prospect_of_sanctions_is_not_sanctions() -> None:
    assert dyads_of("The vote raised the prospect of new sanctions against Iran.") == []


def test_an_invasion_that_raises_fears_is_still_coded() -> None:
    assert dyads_of("Russia invaded Ukraine, raising fears among its neighbours.") == [("RUS", "192", "UKR")]


def test_a_state_struck_does_not_place_its_unplaced_attackers() -> None:
    assert dyads_of("Gunmen attacked a Kenyan village on Friday.") == [("UAF", "190", "KEN")]


def test_a_place_named_still_places_the_attackers() -> None:
    assert dyads_of("Armed men raided a village in Nigeria on Friday.") == [("NGAUAF", "190", "NGA")]


def test_rebels_fighting_their_state_stay_placed() -> None:
    assert dyads_of("Rebels attacked the Malian town of Gao on Monday.") == [("MLIREB", "190", "MLI")]


def test_gunmen_attacking_local_police_stay_placed() -> None:
    assert dyads_of("Gunmen attacked a police post in Kano on Monday.") == [("NGAUAF", "190", "NGACOP")]


def test_police_raiding_at_home_stay_placed() -> None:
    assert dyads_of("Police raided a Kenyan village on Monday.") == [("KENCOP", "190", "KEN")]


def test_a_denied_gerund_is_not_an_attack() -> None:
    assert dyads_of("Venezuela denied mistreating Colombian migrants.") == []


def test_a_denied_that_clause_is_not_an_attack() -> None:
    assert dyads_of("Serbia denied that its troops had attacked Kosovo.") == []


def test_dismissed_allegations_of_an_attack_are_not_an_attack() -> None:
    assert dyads_of("Ethiopia dismissed allegations of bombing Eritrean villages.") == []


def test_an_admitted_attack_is_still_coded() -> None:
    # the rule needs the denial verb: an admission asserts the act
    assert dyads_of("Serbia admitted that Serbian troops had attacked Kosovo.") == [("SRBMIL", "190", "XKX")]


def test_an_accusation_before_the_denial_is_still_coded() -> None:
    # spaCy hangs "accuses" under "denies": the denial's content follows the denial verb, never precedes it
    assert dyads_of("Serbia accuses Kosovo of attacking Serbian villages, a charge Kosovo denies.") == [
        ("SRB", "1123", "XKX"),
        ("XKX", "016", "SRB"),
    ]


def test_denied_knowing_about_an_attack_keeps_the_attack() -> None:
    # what the denier says he knew nothing about is presupposed, not denied
    assert dyads_of("Iran denied knowing anything about the Israeli attack on Syria.") == [
        ("ISRMIL", "190", "SYR")
    ]
