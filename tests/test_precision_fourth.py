"""Precision on real news, fourth pass: what a fired missile is, and whom a denial of reports answers.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of

# -- a fired missile is the instrument, not the target --------------------------------------------------


def test_missile_shot_off_is_not_its_own_target() -> None:
    assert dyads_of("Pyongyang angered Tokyo again by shooting off another ballistic missile.") == [
        ("PRKGOV", "150", None)
    ]


def test_barrage_of_missiles_aimed_at_no_one_is_a_show_of_force() -> None:
    assert dyads_of("North Korea fired a barrage of missiles early on Saturday.") == [("PRK", "150", None)]


def test_barrage_of_rockets_at_a_state_stays_an_attack() -> None:
    assert dyads_of("Hamas fired a barrage of rockets at Israel on Sunday.") == [("PSEREBHMS", "194", "ISR")]


# -- a denial of reports answers their author, not whom they are about ------------------------------------


def test_denied_report_does_not_target_the_country_it_is_about() -> None:
    text = "Beijing on Tuesday denied reports that it had sold fuel to North Korea."
    assert not [d for d in dyads_of(text) if d[1] == "016" and d[2] in ("PRK", "PRKGOV")]


def test_dismissed_reports_of_contacts_do_not_target_the_other_side() -> None:
    text = "The White House dismissed the reports of Cuban contacts as gossip."
    assert not [d for d in dyads_of(text) if d[1] == "016" and d[2] in ("CUB", "CUBGOV")]


def test_denied_report_answers_the_accuser_named_earlier() -> None:
    text = (
        "The United States accused China of selling fuel to North Korea.\n\n"
        "China on Tuesday denied reports that it had sold fuel to North Korea."
    )
    assert ("CHN", "016", "USA") in dyads_of(text)


def test_denied_report_of_named_author_keeps_the_author() -> None:
    text = "Iran denied reports from American intelligence agencies that it had downed the airliner."
    assert ("IRN", "016", "USASPY") in dyads_of(text)


# -- a leader's surname after someone else's given name is someone else ---------------------------------


def test_relative_of_a_leader_is_not_the_leader() -> None:
    out = dyads_of("Police detained Hunter Putin in Moscow on Tuesday.", date="2019-06-06")
    assert out and not [d for d in out if d[2] == "RUSGOV"]


def test_namesake_of_a_former_leader_is_not_that_leader() -> None:
    out = dyads_of("Police detained Irineo Mujica in Mexico City on Wednesday.", date="2019-06-06")
    assert out and not [d for d in out if d[2] and d[2].startswith("URY")]


def test_leader_with_own_given_name_or_title_stays_the_leader() -> None:
    assert ("TURGOV", "111", "GRC") in dyads_of("Turkish President Tayyip Erdogan criticized Greece.")
    assert ("USAGOV", "111", "IRN") in dyads_of("Mr Trump criticized Iran.", date="2019-06-06")
    assert ("IRNGOV", "111", "ISR") in dyads_of("Hasan Rouhani criticized Israel.", date="2016-06-06")


# -- "X, asked about Y, said": a question put to X --------------------------------------------------------


def test_asked_aside_is_a_question_put_to_the_subject() -> None:
    text = "Kenya's foreign minister, asked what a war with Somalia would mean, said it was unlikely."
    assert not [d for d in dyads_of(text) if d[1].startswith("02")]


def test_comma_set_request_that_names_whom_it_asks_stays() -> None:
    text = "Kenya's foreign minister, Raychelle Omamo, asked Somalia to release the detained fishermen."
    assert ("KENGOV", "020", "SOM") in dyads_of(text, date="2021-03-10")


def test_what_someone_is_judged_or_punished_for_is_no_act_of_the_judge() -> None:
    # the court's act is the jailing; helping the rebels (and their entering) is the trader's alleged act
    jailed = "A Kenyan court jailed a Ugandan trader for helping rebels enter Somalia."
    assert set(dyads_of(jailed)) == {("KENJUD", "173", "UGABUS")}
    praised = (
        "Ruto praised the Somali president for pulling troops out of Kismayo and opening talks with Ethiopia."
    )
    assert not any(code[:2] in ("04", "08") for _, code, _ in dyads_of(praised, date="2025-03-10"))
    # the judgement itself stays, and an act not given as a reason is coded
    assert set(dyads_of("Ruto criticized Uganda for backing the rebels.", date="2025-03-10")) == {
        ("KENGOV", "111", "UGA")
    }
    assert set(dyads_of("Uganda helped the Somali government.")) == {("UGA", "070", "SOMGOV")}
