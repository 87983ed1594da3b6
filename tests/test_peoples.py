"""Peoples without a state of their own, and titled rulers "of" a country, as actors (invented sentences)."""

from __future__ import annotations

from coded import dyads_of


def test_a_peoples_leaders_are_its_home_states_elites() -> None:
    assert dyads_of("Yoruba leaders condemned the Nigerian government on Monday.") == [
        ("NGAELI", "111", "NGAGOV")
    ]
    assert dyads_of("Ibo elders criticized the Nigerian army.") == [("NGAELI", "111", "NGAMIL")]


def test_a_peoples_forces_are_rebels_not_the_states_army() -> None:
    assert dyads_of("Tigrayan forces attacked Ethiopian soldiers near the border.") == [
        ("ETHREB", "190", "ETHMIL")
    ]


def test_a_people_named_alone_is_its_home_states_civilians() -> None:
    assert dyads_of("Chinese police detained dozens of Uighurs on Tuesday.") == [("CHNCOP", "173", "CHNCVL")]


def test_a_people_of_several_states_takes_the_one_the_sentence_names() -> None:
    assert dyads_of("Kurdish refugees from Syria praised the German government.") == [
        ("SYRREF", "051", "DEUGOV")
    ]
    assert dyads_of("Turkish troops shelled Kurdish fighters in northern Syria.") == [
        ("TURMIL", "194", "SYRREB")
    ]


def test_a_people_of_several_states_is_not_placed_by_an_earlier_phrase_of_another_state() -> None:
    # negative: "Kurdish forces" are not the American forces named before them
    out = dyads_of("American advisers are helping Kurdish forces on the ground.")
    assert all(t is None or not t.startswith("USA") for _, _, t in out)


def test_titled_ruler_of_a_country_is_its_government() -> None:
    assert dyads_of("Emir Tamim of Qatar praised the Saudi government.") == [("QATGOV", "051", "SAUGOV")]
    assert dyads_of("King Hassan of Morocco condemned the Algerian government.") == [
        ("MARGOV", "111", "DZAGOV")
    ]


def test_tamil_nadu_is_india_and_the_tamil_tigers_are_sri_lankan_rebels() -> None:
    assert dyads_of("The Tamil Nadu government criticized Sri Lanka.") == [("INDGOV", "111", "LKA")]
    assert dyads_of("Tamil Tigers attacked Sri Lankan troops.") == [("LKAREB", "190", "LKAMIL")]


def test_an_ordinary_nationality_is_unchanged() -> None:
    # negative: a state adjective still makes a state's sector, not a people's
    assert dyads_of("The American student praised the Chinese government.") == [("USAEDU", "051", "CHNGOV")]
