"""Precision on real news: descriptions and asides that name actors but report no act between them.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

import dyads
from coded import dyads_of

# -- standing support: "X-backed", "backed by X", "which backs", "is backed by" describe an ally --------


def test_hyphenated_backer_is_a_description() -> None:
    # the funding is news; "Turkish-backed" only says who stands behind the opposition
    assert dyads_of("Officials say Qatar is funding the Turkish-backed Syrian opposition.") == [
        ("QAT", "071", "SYROPP")
    ]


def test_present_passive_support_is_a_standing_alliance() -> None:
    assert dyads_of("The Syrian army is supported by Russia and Iran.") == []


def test_reported_act_of_support_is_still_coded() -> None:
    assert dyads_of("Russia backed the Syrian resolution at the United Nations on Tuesday.") == [
        ("RUS", "051", "SYR")
    ]
    assert dyads_of("Germany supports the French proposal, the minister said.") == [("DEU", "051", "FRA")]


# -- talking to the press is a statement, not a consultation ----------------------------------------------


def test_speaking_to_reporters_is_no_consultation() -> None:
    assert dyads_of("The Turkish president talked to journalists in Ankara after the summit.") == []
    assert dyads_of("Erdogan met with reporters in Ankara.") == []


def test_speaking_to_a_counterpart_is_a_consultation() -> None:
    assert dyads_of("Iranian Foreign Minister Abbas Araghchi spoke to his Omani counterpart on Monday.") == [
        ("IRNGOV", "040", "OMNGOV"),
        ("OMNGOV", "040", "IRNGOV"),
    ]


# -- the content of a report, claim or allegation is alleged, not asserted ----------------------------


def test_reports_that_an_act_happened_allege_it() -> None:
    text = "Britain voiced concern over reports that Iran has been sending drones to Russia."
    assert ("IRN", "072", "RUS") not in dyads_of(text)
    events = dyads.code(text, date="2025-03-10", include_suppressed=True)
    alleged = [e for e in events if e.modality == "alleged"]
    assert [(e.source.actor.code, e.target.actor.code) for e in alleged] == [("IRN", "RUS")]


def test_a_report_of_an_act_by_its_author_is_still_asserted() -> None:
    # "Russia said that ..." is attribution: the reporter asserts the act through the speaker
    assert dyads_of("Russia said that Iran sent drones to Syria.") == [("IRN", "072", "SYR")]
