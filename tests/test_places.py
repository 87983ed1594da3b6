"""Geocoding to first-level administrative areas: a town's province, a province named as such, and a
province name shared by two countries settled by the article's countries."""

from __future__ import annotations

import pytest
from jsonschema import validate

import dyads
from dyads.attributes.places import lookup
from dyads.output.writers import event_schema
from dyads.records import Event


def located(text: str) -> dict:
    """The location of the one event the sentence must give."""
    events: list[Event] = dyads.code(text, date="2025-03-10")
    assert len(events) == 1, [e.to_dict() for e in events]
    location = events[0].location
    assert location is not None
    return location


# -- through the coder ----------------------------------------------------------------------------------


def test_a_town_gets_its_province() -> None:
    loc = located("Syrian rebels attacked Syrian army positions in Saraqib on Monday.")
    assert (loc["name"], loc["country"], loc["admin1"]) == ("Saraqib", "SYR", "Idlib")
    assert loc["geonames_id"] == 164816  # the town, not its province

    loc = located("Nigerian troops killed 12 Boko Haram fighters in Maiduguri on Tuesday.")
    assert (loc["country"], loc["admin1"]) == ("NGA", "Borno")


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels attacked Syrian army positions in Idlib province on Monday.",
        "Syrian rebels attacked Syrian army positions in the Idlib governorate on Monday.",
        "Syrian rebels attacked Syrian army positions in Idlib Governorate on Monday.",
    ],
)
def test_a_province_named_as_such_is_the_province_not_its_capital(text: str) -> None:
    loc = located(text)
    assert (loc["name"], loc["country"], loc["admin1"], loc["geonames_id"]) == (
        "Idlib",
        "SYR",
        "Idlib",
        169387,
    )
    # its point is a town inside the province
    assert 35.0 < loc["latitude"] < 36.7 and 35.9 < loc["longitude"] < 37.2


def test_a_town_of_the_same_name_stays_the_town() -> None:
    loc = located("Syrian rebels attacked Syrian army positions in Idlib on Monday.")
    assert (loc["country"], loc["admin1"], loc["geonames_id"]) == ("SYR", "Idlib", 169389)  # the city


def test_a_province_that_is_no_town() -> None:
    loc = located("Taliban fighters attacked an Afghan army checkpoint in Helmand Province on Sunday.")
    assert (loc["country"], loc["admin1"], loc["geonames_id"]) == ("AFG", "Helmand", 1140043)
    # a Colombian department, not the Spanish village of the same name
    loc = located("FARC dissidents attacked a Colombian army patrol in Cauca on Friday.")
    assert (loc["country"], loc["admin1"]) == ("COL", "Cauca")
    # "region" after the name: the oblast, whose GeoNames name is spelt otherwise
    loc = located("Russian forces attacked Ukrainian positions in the Zaporizhzhia region on Saturday.")
    assert (loc["country"], loc["admin1"]) == ("UKR", "Zaporizhzhya Oblast")


@pytest.mark.parametrize(("nationality", "country"), [("Colombian", "COL"), ("Venezuelan", "VEN")])
def test_a_province_name_of_two_countries_is_the_articles(nationality: str, country: str) -> None:
    loc = located(f"{nationality} troops clashed with ELN rebels in Bolivar on Friday.")
    assert (loc["country"], loc["admin1"]) == (country, "Bolívar")


def test_a_sea_is_no_province() -> None:
    # Egypt's Red Sea governorate is not what "in the Red Sea" means
    loc = located("Egyptian troops clashed with smugglers in the Red Sea on Monday.")
    assert loc["name"] == "Red Sea" and "admin1" not in loc and "geonames_id" not in loc


def test_locations_with_a_province_match_the_schema() -> None:
    schema = event_schema()
    for text in (
        "Syrian rebels attacked Syrian army positions in Saraqib on Monday.",
        "Taliban fighters attacked an Afghan army checkpoint in Helmand Province on Sunday.",
    ):
        for event in dyads.code(text, date="2025-03-10"):
            validate(event.to_dict(), schema)


# -- the lookup itself ----------------------------------------------------------------------------------


def test_lookup_area_and_town() -> None:
    khan_younis = lookup("Khan Younis", {"PSE", "ISR"}, noun="governorate")
    # no such first-level area in GeoNames (the Gaza Strip is one): the town, with its area
    assert khan_younis is not None and (khan_younis.country, khan_younis.admin1) == ("PSE", "Gaza Strip")
    peten = lookup("Peten", {"GTM"})
    assert peten is not None and (peten.country, peten.admin1) == ("GTM", "Petén")
    borno = lookup("Borno State", {"NGA"})
    assert borno is not None and (borno.country, borno.admin1, borno.geonames_id) == ("NGA", "Borno", 2346794)
    kandahar = lookup("Kandahar", {"AFG"})  # the city, in the province of its name
    assert kandahar is not None and kandahar.geonames_id != 1138335 and kandahar.admin1 == "Kandahar"


def test_lookup_area_of_the_articles_countries_only() -> None:
    assert lookup("Punjab", {"PAK"}).country == "PAK"  # type: ignore[union-attr]
    assert lookup("Punjab", {"IND"}).country == "IND"  # type: ignore[union-attr]
    assert lookup("Punjab") is None  # two countries' and the article names neither
    assert lookup("Helmand").country == "AFG"  # type: ignore[union-attr]  # one country's: no doubt
    # abroad, only the one area of that name and a big one: never another continent's village
    assert lookup("Cauca", {"USA"}).country == "COL"  # type: ignore[union-attr]
    assert lookup("Cauca", {"ESP"}).country == "COL"  # type: ignore[union-attr]  # not the Spanish village
    assert lookup("Punjab", {"USA"}) is None  # two countries have one


def test_lookup_points_of_the_compass_need_the_word_province() -> None:
    assert lookup("Eastern", {"SAU"}) is None
    eastern = lookup("Eastern", {"SAU"}, noun="province")
    assert eastern is not None and eastern.admin1 == "Eastern Province"
    assert lookup("Red Sea", {"EGY"}) is None


def test_a_town_is_sought_first_in_the_state_named_as_the_place() -> None:
    # the article mentions the US, which has a San Lorenzo too; the sentence says the place is in Ecuador
    text = (
        "The United States offered Ecuador help after the bombing.\n\n"
        "Police in Ecuador arrested two suspects in San Lorenzo on Tuesday.\n"
    )
    events = [e for e in dyads.code(text, date="2024-02-01") if e.cameo_root == "17"]
    assert events and events[0].location is not None
    assert (events[0].location["country"], events[0].location["admin1"]) == ("ECU", "Esmeraldas")


def test_a_state_that_acts_does_not_move_the_place() -> None:
    (event,) = [
        e
        for e in dyads.code(
            "Israel shelled Beit Hanoun on Monday, killing three Palestinians.\n", date="2024-02-01"
        )
        if e.cameo_root == "19"
    ]
    assert event.location is not None and event.location["country"] == "PSE"


@pytest.mark.parametrize("region", ["Europe", "the Middle East", "Latin America"])
def test_a_continent_or_region_is_no_place(region: str) -> None:
    events = dyads.code(
        f"The Russian foreign minister met Chinese officials in {region}.\n", date="2024-02-01"
    )
    assert len(events) == 2  # the meeting, each side's
    for event in events:
        assert event.location is None or event.location.get("name") not in (
            region,
            region.removeprefix("the "),
        )


def test_a_building_standing_for_a_government_places_the_event_in_its_state() -> None:
    events = dyads.code(
        "Mexican officials met at the White House on Wednesday to discuss migration.", date="2025-03-10"
    )
    assert events and all((e.location or {}).get("country") == "USA" for e in events)
    assert all((e.location or {}).get("admin1") != "Tennessee" for e in events)  # not the town White House


# -- datelines and "of"/"on" phrases ----------------------------------------------------------------------


def _places(text: str, root: str) -> list[dict | None]:
    return [e.location for e in dyads.code(text, date="2024-05-02") if e.cameo_root == root]


def test_a_dateline_places_the_leads_unplaced_event_when_a_side_belongs_there() -> None:
    text = "WASHINGTON (Reuters) - The United States offered Ghana a loan of $200 million on Wednesday.\n"
    (loc,) = _places(text, "03") or [None]
    assert loc is not None and (loc["name"], loc["country"], loc["admin1"]) == (
        "Washington",
        "USA",
        "Washington, D.C.",
    )


def test_a_dateline_with_its_country_names_an_unknown_town_in_that_country() -> None:
    text = "PORT KALMAR, Tanzania (AP) — Tanzania signed a trade agreement with Kenya on Monday.\n"
    locations = _places(text, "05") or _places(text, "03") or _places(text, "06")
    assert locations and all(loc is not None and loc["country"] == "TZA" for loc in locations)


def test_a_wire_dateline_abroad_does_not_move_a_states_statement() -> None:
    # the reporter is in Moscow; Iran spoke at home
    text = "MOSCOW (Reuters) - Iran accused the United States of sabotage on Saturday.\n"
    (loc,) = _places(text, "11") or [None]
    assert loc is not None and loc["country"] == "IRN"


def test_a_bare_dateline_is_the_big_city_not_a_small_namesake() -> None:
    # the article's one country has a small Moscow (Idaho): a bare wire dateline means the Russian capital,
    # where neither side belongs, so the offer stays unplaced
    text = "MOSCOW (Reuters) - The United States offered Ghana a loan of $200 million on Wednesday.\n"
    locations = _places(text, "03")
    assert locations and all((loc or {}).get("name") != "Moscow" for loc in locations)


def test_a_dateline_places_only_the_lead_paragraph() -> None:
    text = (
        "WASHINGTON (Reuters) - The United States offered Ghana a loan on Wednesday.\n\n"
        "Earlier, Nigeria offered Ghana a loan of its own.\n"
    )
    nigerian = [
        e for e in dyads.code(text, date="2024-05-02") if e.source and e.source.actor.country == "NGA"
    ]
    assert nigerian and all((e.location or {}).get("country") != "USA" for e in nigerian)


def test_a_file_caption_is_no_dateline() -> None:
    text = "FILE - The United States offered Ghana a loan of $200 million on Wednesday.\n"
    assert all((loc or {}).get("name") != "File" for loc in _places(text, "03"))


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed new sanctions on Iran on Monday.\n",
        "The United States announced sanctions on Iran on Monday.\n",
    ],
)
def test_sanctions_on_a_state_are_not_placed_in_it(text: str) -> None:
    locations = _places(text, "16")
    assert locations and all((loc or {}).get("country") != "IRN" for loc in locations)


def test_of_after_a_place_noun_still_places() -> None:
    for text, name in (
        ("Syrian rebels attacked Syrian army positions in the city of Homs on Monday.\n", "Homs"),
        ("Syrian rebels attacked Syrian army positions near the town of Saraqib on Monday.\n", "Saraqib"),
    ):
        (loc,) = _places(text, "19") or [None]
        assert loc is not None and (loc["name"], loc["country"]) == (name, "SYR")


# -- pass 2: a speech's setting, a sequenced act's place, a town inside a building's name -----------------


def places_of(text: str) -> list[tuple[str | None, str, str | None, str | None, str | None]]:
    """(source, CAMEO, target, place name, place country) of each event of a text."""
    return [
        (
            e.source.actor.code if e.source else None,
            e.cameo,
            e.target.actor.code if e.target else None,
            (e.location or {}).get("name"),
            (e.location or {}).get("country"),
        )
        for e in dyads.code(text, date="2025-03-10")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to journalists in Lisbon, the Spanish prime minister condemned Morocco.",
        "The Spanish prime minister, speaking in Lisbon on Friday, condemned Morocco.",
    ],
)
def test_a_speaking_participle_places_the_speakers_verbal_event(text: str) -> None:
    assert [p for p in places_of(text) if p[1] == "111"] == [("ESPGOV", "111", "MAR", "Lisbon", "PRT")]


def test_a_speaking_participle_does_not_place_a_material_act_reported_there() -> None:
    events = places_of(
        "Speaking in Lisbon, the Spanish prime minister said Moroccan troops killed five Spanish fishermen."
    )
    # the killing is not in Lisbon; the accusation made by saying so is
    assert [p for p in events if p[1] == "190"] == [("MARMIL", "190", "ESPAGR", "Spain", "ESP")], events
    assert [p for p in events if p[1] == "112"] == [("ESPGOV", "112", "MARMIL", "Lisbon", "PRT")], events


def test_a_speaking_participle_does_not_place_another_speakers_words() -> None:
    # Brazil's threat was not made in Lisbon, where Sanchez spoke of it
    events = places_of("Speaking in Lisbon, the Spanish prime minister said Brazil threatened Argentina.")
    assert all(p[3] != "Lisbon" for p in events), events


def test_the_place_of_an_after_ing_act_yields_to_the_main_acts_place() -> None:
    events = places_of(
        "The French president met the Spanish prime minister in Madrid after skiing in Andorra."
    )
    assert {(p[3], p[4]) for p in events if p[1] == "040"} == {("Madrid", "ESP")}, events


def test_the_place_of_an_after_ing_act_is_the_main_acts_when_it_names_none() -> None:
    # just arrived there: the warning is made in Geneva
    events = places_of("Shortly after landing in Geneva, the French foreign minister accused Iran of lying.")
    assert [p for p in events if p[1] == "112"] == [("FRAGOV", "112", "IRN", "Geneva", "CHE")], events


def test_the_place_just_left_is_not_the_main_acts() -> None:
    events = places_of("After leaving a summit in Lima, the French foreign minister accused Iran of lying.")
    assert all(p[3] != "Lima" for p in events if p[1] == "112"), events


def test_a_building_name_holding_a_town_gives_the_town() -> None:
    events = places_of(
        "The Chinese president met the Kenyan president in the Great Hall of the People in Beijing."
    )
    assert {(p[3], p[4]) for p in events if p[1] == "040"} == {("Beijing", "CHN")}, events


def test_the_same_act_told_on_takes_the_place_named_just_before() -> None:
    # "the attack" takes up the act of the sentence before: in Benghazi, not where its victims are from
    events = places_of(
        "Gunmen attacked the US consulate in Benghazi on Tuesday. The attack killed four Americans."
    )
    assert [(p[3], p[4]) for p in events] == [("Benghazi", "LBY"), ("Benghazi", "LBY")], events


def test_another_attackers_act_does_not_take_the_place_just_before() -> None:
    events = places_of(
        "Gunmen attacked the US consulate in Benghazi on Tuesday. Iraqi troops killed four Americans."
    )
    assert [p for p in events if p[0] == "IRQMIL"] == [("IRQMIL", "190", "USA", "United States", "USA")], (
        events
    )


def test_a_newly_described_act_does_not_take_the_place_just_before() -> None:
    text = (
        "Leaders held talks in Tokyo on Monday. "
        "The Russian cyberattacks on the American election angered them."
    )
    assert all(p[4] != "JPN" for p in places_of(text) if p[1].startswith("17")), places_of(text)


def test_a_town_spelled_alike_at_home_does_not_beat_a_big_town_abroad() -> None:
    # "Benghazi" in a story about Americans is the Libyan city, not a Texan village with a like skeleton
    assert lookup("Benghazi", {"USA"}).country == "LBY"


# -- places of other acts and of recalled attacks; a visiting speaker's dateline -------------------------


def _located(text: str) -> list[tuple[str, str | None, bool]]:
    """(CAMEO, place country, inferred) of each event."""
    return [
        (e.cameo, (e.location or {}).get("country"), bool((e.location or {}).get("inferred")))
        for e in dyads.code(text, date="2020-03-04")
    ]


def test_a_demand_is_not_placed_where_the_people_it_is_about_are_held() -> None:
    # "activists arrested in Cairo" says where they are, not where Canada spoke; the arrest stays in Cairo
    text = "Canada demanded the release of activists arrested in Cairo."
    assert _located(text) == [("1053", "CAN", True), ("173", "EGY", False)]


def test_a_statement_issued_in_a_town_is_placed_there() -> None:
    assert _located("Canada condemned Egypt in a statement issued in Ottawa.") == [("111", "CAN", False)]


_FILLER = "The city has seen heavy security for months. Thousands of families have fled north. Aid agencies warn of a crisis."  # noqa: E501
_ATTACK = "Taliban gunmen attacked Afghan soldiers in Kandahar on Sunday."


def test_the_attack_recalled_sentences_later_is_where_it_was_told() -> None:
    text = f"{_ATTACK} {_FILLER} Taliban fighters killed two German soldiers in the attack."
    assert _located(text)[-1] == ("190", "AFG", False)


def test_the_violence_is_no_one_attack_to_take_up() -> None:
    # "the violence" may sum up many acts: its dead stay placed by their own country
    text = f"{_ATTACK} {_FILLER} Taliban fighters killed two German soldiers in the violence."
    assert _located(text)[-1] == ("190", "DEU", True)


_MACRON = "GENEVA, Switzerland - President Emmanuel Macron said on Monday that France would help Iran"


def test_a_visiting_leaders_statement_at_a_summit_is_made_at_the_dateline() -> None:
    text = f"{_MACRON}, at the end of a summit with European leaders.\n"
    (loc,) = [e.location for e in dyads.code(text, date="2020-03-04")]
    assert loc is not None and (loc["name"], loc["country"]) == ("Geneva", "CHE")


@pytest.mark.parametrize(
    "text",
    [
        f"{_MACRON}.\n",  # no summit or visit told: the reporter may be elsewhere
        "GENEVA (Reuters) - President Emmanuel Macron said on Monday that France would help Iran, at the end"
        " of a summit with European leaders.\n",  # a wire dateline: only where the reporter is
    ],
)
def test_a_dateline_without_a_visit_or_a_wire_dateline_does_not_place_the_speaker(text: str) -> None:
    assert [e.location for e in dyads.code(text, date="2020-03-04")] == [None]


def test_a_world_city_abroad_beats_a_small_namesake_at_home() -> None:
    # a NATO summit "in Brussels" in a story that names only the US is in Belgium, not the Illinois village
    assert lookup("Brussels", {"USA"}).country == "BEL"  # type: ignore[union-attr]
    assert lookup("Paris", {"USA"}).country == "FRA"  # type: ignore[union-attr]
    # a namesake of its own weight stays, and so does a shared saint's name at home
    assert lookup("Birmingham", {"USA"}).country == "USA"  # type: ignore[union-attr]
    assert lookup("San Lorenzo", {"ECU"}).country == "ECU"  # type: ignore[union-attr]


def test_a_spelling_known_only_at_home_is_matched_loosely() -> None:
    # no town is spelled so anywhere: the skeleton finds Ma'arrat an-Nu'man and Saraqib in Syria
    assert lookup("Marat Numan", {"SYR"}).geonames_id == 167611  # type: ignore[union-attr]
    assert lookup("Sarakib", {"SYR", "TUR"}).geonames_id == 164816  # type: ignore[union-attr]
