"""Permissions refused, granted and intended (issue #3): "will not allow X to act" warns X off (130), a
refusal stated on the act itself is the rejection (12x, 1245 for humanitarian access), and "let" aid in is
"allow" aid in (0863 / 0355).

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of

# -- "X will not allow Y to act": a warning to Y (130), PETRARCH's "WILL NEVER ALLOW" -------------------


def test_will_not_allow_another_side_to_act_threatens_it() -> None:
    text = "Paris said it would never allow Russia to annex Moldovan land."
    assert dyads_of(text) == [("FRAGOV", "130", "RUS")]  # (the annexation itself is negated: not coded)


def test_will_not_let_another_side_act_threatens_it() -> None:
    assert dyads_of("Canada will not let China dictate its trade policy.") == [("CAN", "130", "CHN")]


def test_a_present_rule_is_no_refusal() -> None:
    # "does not allow" states how things are; nobody is warned
    assert dyads_of("Greece does not allow Turkish fishermen to enter its waters.") == []


def test_own_side_not_allowed_to_be_dragged_in_is_no_threat() -> None:
    assert dyads_of("The Brazilian president said he would not allow Brazil to be dragged into a war.") == []


def test_protecting_another_from_an_act_threatens_no_one() -> None:
    # the object is the act's patient ("to be attacked"): a pledge of protection, not a warning to it
    assert ("DEU", "130", "POL") not in dyads_of("Germany said it will not allow Poland to be attacked.")


def test_a_guarantee_sought_is_no_refusal_yet() -> None:
    dyads = dyads_of("Kenya seeks guarantees from Somalia that it will not allow Ethiopia to build bases.")
    assert all(code != "130" for _, code, _ in dyads)


# -- a refusal stated on the act itself is the rejection, not dropped as its own governor ---------------


def test_will_not_meet_is_a_rejected_meeting() -> None:
    assert dyads_of("Chile will not meet Bolivia.") == [("CHL", "125", "BOL")]


def test_will_not_allow_aid_in_refuses_humanitarian_access() -> None:
    assert dyads_of("Turkey will not allow aid into Syria.") == [("TUR", "1245", "SYR")]


# -- "let" aid in is "allow" aid in ---------------------------------------------------------------------


def test_letting_aid_in_allows_humanitarian_access() -> None:
    assert dyads_of("Egypt let food into Gaza on Monday.") == [("EGY", "0863", "PSE")]


def test_letting_aid_in_promised_is_an_intent() -> None:
    assert dyads_of("Israel agreed to let fuel into Gaza.") == [("ISR", "0355", "PSE")]


def test_let_with_other_objects_is_not_aid_access() -> None:
    assert all(code != "0863" for _, code, _ in dyads_of("Egypt let the Hamas delegation leave Cairo."))
