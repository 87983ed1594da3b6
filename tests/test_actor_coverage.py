"""Actor dictionary entries added from `dyads actors --unknown` (issue #3): officials below head of
government, opposition leaders, UN chiefs, crime groups, party and agency names.

Real pipeline, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dyads
from coded import dyad


def coded(text: str, date: str) -> list[tuple[str | None, str, str | None]]:
    return [dyad(e) for e in dyads.code(text, date=date)]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a national security adviser in office is the government; a special counsel a prosecutor (JUD)
        ("Bolton criticized Russia over its support for Maduro.", "2019-05-01", [("USAGOV", "111", "RUS")]),
        ("Mueller indicted 12 Russian intelligence officers.", "2018-07-13", [("USAJUD", "173", "RUSSPY")]),
        # a senator is the legislature; the UN Secretary-General the UN
        (
            "Senator Lindsey Graham criticized Saudi Arabia over the killing.",
            "2018-10-20",
            [("USALEG", "111", "SAU")],
        ),
        (
            "Guterres urged Kenya to release the detained journalists.",
            "2024-06-01",
            [("IGOUNO", "020", "KEN")],
        ),
        # an opposition leader is coded as the opposition of their country
        ("Guaido urged the Venezuelan army to abandon Maduro.", "2019-05-01", [("VENOPP", "020", "VENMIL")]),
        # bare "Kim" is the North Korean leader
        ("Kim threatened Japan with missile tests.", "2022-10-04", [("PRKGOV", "138", "JPN")]),
        # crime groups with their country and sector
        ("The Zetas attacked police officers in Tamaulipas.", "2012-05-01", [("MEXCRMZET", "190", "MEXCOP")]),
        ("The PCC attacked prison guards in Paraguay.", "2019-03-01", [("BRACRM", "190", "PRYCOP")]),
        # an agency or party name is its state with the sector
        ("Chadema accused Kenya of deporting its activists.", "2025-05-20", [("TZAOPP", "112", "KEN")]),
    ],
)
def test_new_entries_resolve(text: str, date: str, expected: list) -> None:
    assert coded(text, date) == expected


def test_person_is_coded_by_tenure() -> None:
    # in office: the government; after it: an elite of the country; not the post any more
    sentence = "Haley accused Russia of shielding Syria."
    assert coded(sentence, "2017-04-12") == [("USAGOV", "112", "RUS")]
    assert coded(sentence, "2019-05-01") == [("USAELI", "112", "RUS")]


def test_surname_that_begins_another_name_is_a_first_name() -> None:
    # "Kim" alone is Kim Jong Un, but Kim Darroch (a British diplomat) is nobody the dictionary knows
    events = dyads.code("Kim Darroch criticized Iran over the detention.", date="2019-05-01")
    assert all(e.source is None or e.source.actor.country != "PRK" for e in events)
    # a full dictionary name is still matched
    assert coded("Moon Jae-in met Kim in Panmunjom.", "2018-04-27") == [
        ("KORGOV", "040", "PRKGOV"),
        ("PRKGOV", "040", "KORGOV"),  # a meeting is both sides' act
    ]
