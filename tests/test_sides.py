"""The other side of an event (issue #3): an act whose predicate is found but whose second actor sits
in a nested clause.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of

# -- a threat made on another actor's terms threatens that actor (13) ------------------------------------


def test_threat_whose_condition_sits_on_the_threatened_act() -> None:
    text = "The European Union threatened to reopen the deal unless Brazil protects the rainforest."
    assert ("IGOEEC", "130", "BRA") in dyads_of(text)


def test_threatened_act_with_its_own_code_keeps_it() -> None:
    # "stop the talks ... unless": halting negotiations threatened (134), not a bare threat (130)
    text = "The European Union threatened to suspend the trade talks unless Brazil protects the rainforest."
    assert ("IGOEEC", "134", "BRA") in dyads_of(text)
    assert ("IGOEEC", "130", "BRA") not in dyads_of(text)


def test_threat_with_a_negated_if_condition() -> None:
    text = "Canada threatened to walk out of the negotiations if Mexico does not drop the new duties."
    assert ("CAN", "130", "MEX") in dyads_of(text)


def test_vow_on_menacing_terms_is_a_threat() -> None:
    text = "Venezuela vowed to keep expanding its oil output unless Washington lifts the embargo."
    assert ("VEN", "130", "USAGOV") in dyads_of(text)


def test_vow_with_a_plain_if_is_no_threat() -> None:
    # "pledged aid if Kyiv reforms" offers something on terms, threatens no one
    text = "Germany pledged to release new loans if Ukraine passes the reform."
    assert not [d for d in dyads_of(text) if d[1].startswith("13")]


def test_threat_conditioned_on_the_speakers_own_side_names_no_target() -> None:
    text = "The Greek government threatened to resign unless the Greek parliament approves the budget."
    assert not [d for d in dyads_of(text) if d[1].startswith("13") and d[2] and d[2] != d[0]]


def test_passive_condition_subject_is_not_the_threatened() -> None:
    # "if Guaido is touched": the one who touches him is threatened, not Guaido
    text = "Colombia vowed to take action if the opposition leader Juan Guaido is not released."
    assert not [d for d in dyads_of(text) if d[1].startswith("13") and d[2] == "VENOPP"]
