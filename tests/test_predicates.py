"""Predicates and their arguments (issue #3): promised or refused resignations, threats to halt talks,
alert and force-strengthening predicates, attackers named on a split-off attack noun, hyphenated words.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

import dyads
from coded import dyad, dyads_of

# -- a resignation promised or refused: 0341 / 1231, mirroring 0831 (not the generic 034 / 124) ---------


def test_agreeing_to_resign_is_intent_to_change_leadership() -> None:
    assert dyads_of("The Bolivian interior minister agreed to resign.") == [("BOLGOV", "0341", "BOLCVL")]


def test_refusing_to_step_down_rejects_leadership_change() -> None:
    assert dyads_of("The Malian prime minister refused to step down.") == [("MLIGOV", "1231", "MLICVL")]


def test_a_resignation_itself_stays_0831() -> None:
    assert dyads_of("The Malian prime minister resigned on Tuesday.") == [("MLIGOV", "0831", "MLICVL")]


# -- halting talks threatened is 134 (CAMEO's own code), not the talks (046) ----------------------------


def test_threat_to_halt_negotiations() -> None:
    assert dyads_of("Venezuela threatened to halt negotiations with Guyana.") == [("VEN", "134", "GUY")]


def test_stopping_talks_announced_for_the_future_is_a_threat() -> None:
    assert dyads_of("Venezuela said it would stop the talks with Guyana.") == [("VEN", "134", "GUY")]


def test_halting_negotiations_done_stays_164() -> None:
    assert dyads_of("Venezuela halted negotiations with Guyana.") == [("VEN", "164", "GUY")]


def test_stopping_aid_is_not_a_halt_of_talks() -> None:
    assert dyads_of("Chile stopped aid to Bolivia.") == [("CHL", "162", "BOL")]


# -- staying on alert (152); strengthening one's own forces (154) ----------------------------------------


def test_staying_on_high_alert() -> None:
    text = "Greek troops stayed on high alert along the frontier with Turkey."
    assert dyads_of(text) == [("GRCMIL", "152", "TUR")]


def test_remaining_somewhere_is_no_alert() -> None:
    assert dyads_of("Greek tourists remained on the island near Turkey.") == []


def test_strengthening_its_own_forces_mobilizes() -> None:
    assert dyads_of("Sudan strengthened its forces in Chad.") == [("SDN", "154", "TCD")]


def test_bolstering_another_states_forces_is_not_mobilizing() -> None:
    assert not [d for d in dyads_of("Qatar bolstered the Somali forces in Mogadishu.") if d[1] == "154"]


def test_strengthening_ties_stays_cooperation() -> None:
    assert dyads_of("Britain will strengthen its ties with Kenya.") == [("GBR", "032", "KEN")]


# -- "killed in Ethiopian tank shelling": the nationality before a split-off attack noun attacked --------


def test_nationality_on_the_weapon_of_a_split_off_shelling() -> None:
    text = "Six villagers were killed in Ethiopian tank shelling in Somalia."
    assert dyads_of(text) == [("ETHMIL", "190", "SOMCVL")]


def test_place_before_a_split_off_shooting_names_no_attacker() -> None:
    sources = {d[0] for d in dyads_of("Two men were killed in Florida shooting on Sunday.")}
    assert sources <= {None}


def test_shelling_with_no_nationality_has_no_attacker() -> None:
    assert dyads_of("Six villagers were killed in heavy shelling near Mogadishu.") == [
        (None, "194", "SOMCVL")
    ]


# -- "cease-fire" is the dictionary's "ceasefire" ---------------------------------------------------------


def test_hyphenated_ceasefire_agreed() -> None:
    assert dyads_of("Armenia agreed to a cease-fire with Azerbaijan.") == [("ARM", "0356", "AZE")]


def test_hyphenated_ceasefire_violated() -> None:
    assert dyads_of("Armenia violated the cease-fire with Azerbaijan.") == [("ARM", "196", "AZE")]


def test_proposal_for_a_hyphenated_ceasefire_rejected() -> None:
    assert dyads_of("Armenia rejected Azerbaijan's proposal for a cease-fire.") == [("ARM", "1246", "AZE")]


def test_a_longer_hyphenated_compound_is_not_joined() -> None:
    # "vis-a-vis" must not read as "visa"
    assert not [d for d in dyads_of("Chile's stance vis-a-vis Bolivia hardened.") if d[1].startswith("0")]


# -- the offer's maker is the target of a rejected offer of talks -----------------------------------------


def test_rejected_offer_from_a_state_for_talks() -> None:
    assert dyads_of("Chile rejected a fresh offer from Bolivia for talks.") == [("CHL", "125", "BOL")]


# -- refuge or asylum sought in a state is asked of that state (0233) --------------------------------------


def test_asylum_sought_in_a_state() -> None:
    assert dyads_of("Hundreds of Syrians sought asylum in Turkey.") == [("SYR", "0233", "TUR")]


def test_asylum_requested_with_the_place_on_the_object() -> None:
    assert dyads_of("The Afghan pilot requested asylum in the United States.") == [("AFG", "0233", "USA")]


def test_refuge_sought_in_a_landscape_names_no_state() -> None:
    assert all(d[2] is None for d in dyads_of("The Iraqi families sought refuge in the mountains."))


# -- a protest's purpose clause names whom it is against ("a hunger strike to demand X's resignation") ----


def test_hunger_strike_against_the_owner_of_the_act_it_protests() -> None:
    text = "Nigerian students began a hunger strike to protest against Ghana's decision."
    assert [d for d in dyads_of(text) if d[1] == "142"] == [("NGAEDU", "142", "GHA")]


def test_rally_against_the_owner_of_the_act_it_denounces() -> None:
    text = "Lebanese protesters held a rally to denounce Israel's raids."
    assert ("LBNOPP", "141", "ISR") in dyads_of(text)


def test_protest_purpose_without_an_actor_keeps_the_domestic_target() -> None:
    text = "Nigerian students began a hunger strike to demand better food."
    assert [d for d in dyads_of(text) if d[1] == "142"] == [("NGAEDU", "142", "NGAGOV")]


def test_a_leaders_rally_is_no_protest_against_whom_it_denounces() -> None:
    text = "The Ghanaian president held a rally in Accra to denounce Togo's government."
    assert dyads_of(text) == [("GHAGOV", "111", "TGOGOV")]


# -- beating an armed force in battle (190): "defeat" / "rout" an army, rebels, militants ----------------


def test_defeating_rebels_is_military_force() -> None:
    text = "Sri Lankan forces defeated the Tamil Tiger rebels on Monday."
    assert dyads_of(text) == [("LKAMIL", "190", "LKAREB")]


def test_routing_fighters_is_military_force() -> None:
    text = "The Nigerian army routed Boko Haram fighters near Maiduguri."
    assert dyads_of(text) == [("NGAMIL", "190", "NGAREB")]


def test_defeating_a_rival_in_an_election_is_no_force() -> None:
    assert dyads_of("The Kenyan opposition leader defeated the Kenyan president in the election.") == []


def test_a_goal_to_defeat_militants_is_no_battle() -> None:
    assert dyads_of("Egypt needs more help to defeat Islamist militants in Sinai.") == []


# -- an unplaced source is not placed by the state its act is against (issue #3) -------------------------


def _all_dyads(text: str) -> list[tuple[str | None, str, str | None, str]]:
    events = dyads.code(text, date="2025-03-10", include_suppressed=True)
    return [(*dyad(e), e.modality) for e in events]


def test_lawmakers_asking_for_sanctions_are_not_of_the_sanctioned_state() -> None:
    # (they are the country of the leader they address, not of the state the act is against)
    assert _all_dyads("Lawmakers called on President Lukashenko to sanction Russia.") == [
        ("BLRLEG", "020", "BLRGOV", "asserted")
    ]


def test_sanctioning_a_state_does_not_place_its_unnamed_sanctioner_there() -> None:
    assert _all_dyads("Legislators sanctioned Belarus.") == [("LEG", "163", "BLR", "asserted")]


def test_the_army_asked_to_strike_a_state_is_not_that_states_army() -> None:
    assert _all_dyads("Legislators urged the army to strike Belarus.") == [("MIL", "190", "BLR", "requested")]


def test_shelling_a_named_town_still_places_its_attackers() -> None:
    assert dyads_of("Rebels shelled Homs, Syria.") == [("SYRREB", "194", "SYR")]


# -- an appeal noun whose own clause has a subject is addressed to it -------------------------------------


def test_appeal_noun_is_addressed_to_the_subject_of_its_clause() -> None:
    assert dyads_of("Guaido's appeal for the military to back him went unanswered.") == [
        ("VENOPP", "020", "VENMIL")
    ]


def test_appeal_noun_without_a_subject_in_its_clause_has_no_addressee() -> None:
    assert dyads_of("Guaido's appeal for calm went unanswered.") == []


# -- "call" and "demand" as appeal nouns: only when addressed (call for/on, own clause, demands on) ----------


def test_owned_call_for_an_actor_to_act_is_an_appeal_to_it() -> None:
    assert dyads_of("Russia renewed its call for Ukraine to negotiate.") == [("RUS", "020", "UKR")]


def test_owned_demand_with_a_that_clause_is_a_demand_of_its_subject() -> None:
    assert dyads_of("Iran's demand that the United States lift sanctions angered Washington.") == [
        ("IRN", "100", "USA")
    ]


def test_demands_on_an_actor_are_demands() -> None:
    assert dyads_of("China's demands on Taiwan have grown.") == [("CHN", "100", "TWN")]


def test_call_with_and_figurative_calls_are_no_appeals() -> None:
    assert dyads_of("Putin's call with Erdogan lasted an hour.") == []
    assert dyads_of("The attack was a wake-up call for NATO.") == []
    assert dyads_of("The raid on Kyiv was a close call for Zelensky.") == []


def test_market_demand_is_no_demand() -> None:
    assert dyads_of("China's demand for Australian coal rose.") == []


# -- missing predicates: sorrow, shared expertise, welcomes, news blackouts, prevented protests ----------


def test_expressed_sorrow_over_deaths_is_empathy() -> None:
    text = "Germany expressed sorrow over the deaths of Turkish workers."
    assert dyads_of(text) == [("DEU", "018", "TURLAB")]


def test_expressed_anger_is_no_empathy() -> None:
    text = "The Syrian leader expressed anger over the Turkish strikes."
    assert dyads_of(text) == [("SYRGOV", "111", "TUR")]


def test_sharing_expertise_is_sharing_information() -> None:
    assert dyads_of("Iran has been sharing expertise with Syria.") == [("IRN", "064", "SYR")]


def test_sharing_a_border_is_no_exchange() -> None:
    assert dyads_of("Iran shares a border with Iraq.") == []


def test_a_warm_welcome_given_to_a_visitor_is_hosting() -> None:
    text = "The French president gave a warm welcome to the Chadian leader."
    assert dyads_of(text) == [("FRAGOV", "043", "TCDGOV")]


def test_a_speech_given_to_a_parliament_is_no_welcome() -> None:
    assert dyads_of("The French president gave a speech to the Chadian parliament.") == []


def test_an_imposed_news_blackout_restricts_freedoms() -> None:
    assert dyads_of("Egypt imposed a news blackout on Gaza.") == [("EGY", "1721", "PSE")]


def test_a_power_blackout_is_no_restriction() -> None:
    assert dyads_of("Lebanon suffered a power blackout after Israeli strikes.") == []


def test_police_preventing_a_demonstration_coerces_not_the_protest() -> None:
    assert dyads_of("Turkish police prevented the protest in Ankara.") == [("TURCOP", "170", "TUROPP")]


def test_weather_preventing_a_march_is_no_coercion() -> None:
    assert dyads_of("Heavy rain prevented the march in Nairobi.") == []


# -- "no longer" negates; a future refusal to tolerate another side's conduct warns it off (130) -----------


def test_no_longer_funding_is_a_refusal_not_a_promise() -> None:
    assert dyads_of("Australia will no longer fund the Fijian army.") == [("AUS", "122", "FJIMIL")]


def test_refusing_to_tolerate_a_states_conduct_warns_it() -> None:
    text = "The United States will no longer tolerate Iran's provocations."
    assert dyads_of(text) == [("USA", "130", "IRN")]
    text = "Washington will not tolerate provocative missile tests by North Korea."
    assert ("USAGOV", "130", "PRK") in dyads_of(text)


def test_tolerating_conduct_or_a_nested_mention_warns_no_one() -> None:
    assert dyads_of("Germany tolerates Russian criticism.") == []
    assert not [
        d for d in dyads_of("Trump will not tolerate any discussion of Russia's meddling.") if d[1] == "130"
    ]
