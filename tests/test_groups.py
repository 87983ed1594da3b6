"""Group and crowd nouns (issue #3): criminal and religious groups, prisoners, and the backer of "militias
backed by X" (invented sentences)."""

from __future__ import annotations

from coded import dyads_of


def test_criminal_groups_are_criminals() -> None:
    assert ("HNDGOV", "112", "HNDCRM") in dyads_of(
        "The Honduran president blamed criminal groups for the killings."
    )


def test_religious_groups_are_civilians_placed_by_their_complement() -> None:
    assert ("LKACVL", "111", "LKAGOV") in dyads_of("Muslim groups in Sri Lanka condemned the government.")


def test_religious_adjective_alone_is_no_group() -> None:
    # "Muslim" without a group noun names no actor
    assert dyads_of("Muslim voters in the city backed the plan.") == []


def test_prisoners_rioting_are_criminals() -> None:
    sources = {
        s for s, cameo, _ in dyads_of("Prisoners rioted in a jail in Venezuela.") if cameo.startswith("14")
    }
    assert sources == {"VENCRM"}


def test_backer_of_a_participle_is_not_the_group() -> None:
    found = dyads_of("Militias backed by Turkey attacked Kurdish fighters in Syria.")
    assert not any(s == "TUR" and cameo.startswith("19") for s, cameo, _ in found)


def test_leader_of_a_participle_is_still_the_group() -> None:
    assert ("RUSGOV", "040", "SYRGOV") in dyads_of("A delegation led by Sergei Lavrov met Syrian officials.")
