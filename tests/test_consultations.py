"""Consultations (CAMEO 04): who a call, meeting or negotiation is with, and what it is only about.

Real pipeline, real spaCy model, real dictionaries; the sentences are invented for these tests.
"""

from __future__ import annotations

from coded import dyads_of


def test_two_leaders_talks_on_a_third_country_are_between_the_two() -> None:
    # "on Chad": the talks' subject, not a party to them
    assert set(
        dyads_of("Kenyan President William Ruto and Nigerian President Bola Tinubu held talks on Chad.")
    ) == {
        ("KENGOV", "046", "NGAGOV"),
        ("NGAGOV", "046", "KENGOV"),
    }


def test_what_two_sides_discussed_is_not_a_party() -> None:
    got = set(
        dyads_of("The foreign ministers of Brazil and Peru discussed the drought in Bolivia on Friday.")
    )
    assert ("BRAGOV", "046", "PERGOV") in got and ("PERGOV", "046", "BRAGOV") in got
    assert not any("BOL" in (s or "") + (t or "") for s, _, t in got)


def test_a_discussion_with_someone_names_him_not_the_topic() -> None:
    got = set(dyads_of("Ruto discussed Sudan with Tinubu on Monday.", date="2025-03-10"))
    assert ("KEN", "046", "NGA") in {(s[:3], c, t[:3]) for s, c, t in got if s and t}
    assert not any((t or "").startswith("SDN") for _, _, t in got)


def test_a_meeting_of_two_leaders_with_a_third_keeps_the_third() -> None:
    # negative: a named party in the object is met, not talked about
    got = set(dyads_of("The Kenyan and Nigerian presidents met Ghana's president in Accra."))
    assert ("KENGOV", "040", "GHAGOV") in got
    assert ("NGAGOV", "040", "GHAGOV") in got


def test_one_side_discussing_a_country_alone_is_unchanged() -> None:
    # negative: with one side and no partner there is no pair to move the event to
    got = set(dyads_of("Ruto discussed Sudan on Monday."))
    assert not any(s and t and s[:3] == "KEN" and t[:3] == "NGA" for s, _, t in got)


def test_a_fronted_phone_call_is_held_by_the_clause_subject() -> None:
    text = (
        "In a phone call with Ghana's president on Monday, the Kenyan president stressed the need for calm."
    )
    assert {("KENGOV", "041", "GHAGOV"), ("GHAGOV", "041", "KENGOV")} <= set(dyads_of(text))


def test_a_fronted_meeting_with_a_leader_is_a_consultation() -> None:
    text = (
        "During a meeting with Peru's foreign minister, the Brazilian foreign minister said trade would grow."
    )
    assert {("BRAGOV", "040", "PERGOV"), ("PERGOV", "040", "BRAGOV")} <= set(dyads_of(text))


def test_a_fronted_attack_is_not_a_consultation() -> None:
    # negative: only a consultation noun ("call", "meeting", "talks") lends its partner to the clause subject
    got = set(dyads_of("In a clash with Sudanese troops, the Kenyan minister said nothing."))
    assert not any(c.startswith("04") for _, c, _ in got)


def test_pushing_a_party_to_act_is_a_demand_like_pressing_it() -> None:
    # PETRARCH files PUSH with PRESS under 100; the act asked for is not itself coded
    assert dyads_of("Brazil pushed Argentina to lift the tariffs on Brazilian steel.") == [
        ("BRA", "100", "ARG")
    ]
    assert dyads_of("Egypt pushed the Libyan army to attack the militias near Sirte.") == [
        ("EGY", "100", "LBYMIL")
    ]


def test_an_appeal_stays_an_appeal() -> None:
    assert ("BRA", "020", "ARG") in dyads_of("Brazil urged Argentina to lift the tariffs on Brazilian steel.")


def test_a_push_without_anyone_pushed_to_act_is_no_demand() -> None:
    # a shove, a move of someone somewhere, or an object that is no party
    assert not any(
        c == "100" for _, c, _ in dyads_of("The Nigerian army pushed the rebels back to the border.")
    )
    assert not any(c == "100" for _, c, _ in dyads_of("The drought pushed Somalia to the brink of famine."))
    assert not any(
        c == "100" for _, c, _ in dyads_of("Russia pushed fake stories to help the Serbian candidate.")
    )


def test_two_coordinated_subjects_who_spoke_consulted_each_other() -> None:
    assert set(dyads_of("Macron and Erdogan talked about Syria on Monday.")) == {
        ("FRAGOV", "040", "TURGOV"),
        ("TURGOV", "040", "FRAGOV"),
    }
    got = set(dyads_of("Jordan and Turkey spoke for an hour on Friday."))
    assert got == {("JOR", "040", "TUR"), ("TUR", "040", "JOR")}


def test_speaking_to_an_audience_or_alone_is_no_consultation() -> None:
    assert not any(c.startswith("04") for _, c, _ in dyads_of("Macron and Erdogan spoke at a rally in Lyon."))
    assert not any(
        c.startswith("04") for _, c, _ in dyads_of("Macron and Erdogan spoke to reporters on Monday.")
    )
    assert not any(c.startswith("04") for _, c, _ in dyads_of("Macron spoke about Turkey on Monday."))
    assert not any(
        c.startswith("04") for _, c, _ in dyads_of("Two French officials spoke on condition of anonymity.")
    )


def test_a_cause_pushing_a_party_to_act_is_no_demand() -> None:
    # negative: a thing ("sanctions", "the drought") that pushes a state to act demands nothing of it
    for text in (
        "The sanctions pushed Venezuela to seek loans abroad.",
        "Brazil's tariffs pushed Argentina to cut its imports.",
    ):
        assert not any(c == "100" for _, c, _ in dyads_of(text))
    # an office noun is an actor: the minister's push is still a demand
    minister = "The Brazilian minister pushed Argentina to lift the tariffs."
    assert ("BRAGOV", "100", "ARG") in dyads_of(minister)


def test_approving_talks_with_a_party_is_an_intent_to_meet_it() -> None:
    # PETRARCH's APPROVE TALKS: 036, not an endorsement (051)
    assert dyads_of("The Afghan government approved negotiations with Pakistan on Monday.") == [
        ("AFGGOV", "036", "PAK")
    ]
    # negative: approving a deal is still coded by the deal
    assert not any(c == "036" for _, c, _ in dyads_of("Iran's parliament approved the deal with Russia."))


def test_assurances_received_from_a_party_are_its_pledge_to_the_receiver() -> None:
    assert dyads_of("Kenya received assurances from Ethiopia that the dam would not cut the flow.") == [
        ("ETH", "030", "KEN")
    ]
    assert ("DEU", "033", "UKR") in dyads_of("Ukraine received a pledge of aid from Germany on Tuesday.")


def test_no_pledge_received_and_givers_alone_are_no_pledge() -> None:
    # negative: "no guarantees" were given; commitments "from X and Y" with no receiver are not X's to Y
    assert dyads_of("Kenya got no guarantees from Ethiopia.") == []
    got = dyads_of("The trip focused on securing commitments from Chad and Niger.")
    assert not any(c.startswith("03") for _, c, _ in got)


def test_what_a_meeting_was_to_discuss_is_not_a_party() -> None:
    got = set(
        dyads_of(
            "Kenya's foreign minister met Nigerian President Bola Tinubu on Tuesday to discuss efforts to "
            "fight Boko Haram militants.",
            date="2025-03-10",
        )
    )
    assert ("KENGOV", "040", "NGAGOV") in got
    assert not any(code.startswith("04") and "REB" in (s or "") + (t or "") for s, code, t in got)
    assert set(dyads_of("The Kenyan cabinet discussed sanctions on Sudan.")) == set()


def test_a_partner_hung_on_the_discussed_object_is_still_the_partner() -> None:
    # the parser attaches "with Tinubu" to "plan": he is still whom the plan was discussed with
    text = "Kenyan President William Ruto discussed the plan with Nigerian President Bola Tinubu."
    got = set(dyads_of(text))
    assert ("KENGOV", "046", "NGAGOV") in got


def test_a_titled_name_telephoned_before_a_purpose_clause_is_the_partner() -> None:
    got = set(
        dyads_of(
            "Kenyan Foreign Minister Musalia Mudavadi telephoned Nigerian Foreign Minister Yusuf Tuggar on "
            "Tuesday to discuss efforts to end the fighting in Sudan.",
            date="2025-03-10",
        )
    )
    assert ("KENGOV", "041", "NGAGOV") in got
    assert not any(code.startswith("04") and "SDN" in (s or "") + (t or "") for s, code, t in got)
