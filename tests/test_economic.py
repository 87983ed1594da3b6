"""Economic aid, debts, frozen assets and investment (invented sentences)."""

from __future__ import annotations

from coded import dyads_of


def test_a_pledged_sum_of_money_is_a_pledge_of_economic_aid() -> None:
    assert dyads_of("Norway pledged $750m to Malawi.") == [("NOR", "0331", "MWI")]


def test_a_sum_handed_to_a_country_is_economic_aid() -> None:
    assert dyads_of("Kuwait donated $40 million to Lebanon.") == [("KWT", "071", "LBN")]
    assert dyads_of("Canada gave $12m to Haiti last year.") == [("CAN", "071", "HTI")]


def test_a_sum_in_goods_is_those_goods() -> None:
    # "$X in funding": the sum says how much, the noun after it what was cut or given
    assert dyads_of("Washington suspended $250 million in funding to Islamabad.") == [
        ("USAGOV", "162", "PAKGOV")
    ]
    assert dyads_of("Sweden sent $20 million in food aid to Somalia.") == [("SWE", "070", "SOM")]


def test_a_reward_offered_is_no_pledge_of_aid() -> None:
    assert dyads_of("Peru offered a $2 million reward for information about the smugglers.") == []


def test_lifting_an_asset_freeze_eases_sanctions() -> None:
    assert dyads_of("Britain lifted the freeze on Libya's assets.") == [("GBR", "085", "LBY")]
    assert dyads_of("Britain froze Libya's assets.") == [("GBR", "163", "LBY")]


def test_writing_off_a_countrys_debt_is_economic_aid() -> None:
    assert dyads_of("Brazil wrote off Bolivia's debt.") == [("BRA", "071", "BOL")]


def test_paying_ones_own_debt_is_no_aid_to_the_creditor() -> None:
    assert dyads_of("Argentina paid its debts to the IMF.") == []
