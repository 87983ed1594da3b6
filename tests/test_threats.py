"""Threats, promises and appeals about the future (issue #3): who is threatened, promised or appealed to.

Real pipeline; the sentences are written for these tests.
"""

from __future__ import annotations

from coded import dyads_of


def roots_of(text: str, root: str) -> list[tuple[str | None, str, str | None]]:
    return [d for d in dyads_of(text) if d[1].startswith(root)]


# -- a reply promised to another's act threatens whom it replies to (13) --------------------------------


def test_reply_to_the_last_act_against_the_speaker() -> None:
    text = "Poland expelled twelve Belarusian diplomats on Monday. Belarus said it would respond in kind."
    assert ("BLR", "130", "POL") in roots_of(text, "13")


def test_reply_vowed_without_a_named_target() -> None:
    text = "Japan seized a Chinese fishing boat near the islands. Beijing vowed to retaliate."
    assert ("CHNGOV", "138", "JPN") in roots_of(text, "13")


def test_reply_to_a_named_act_owner() -> None:
    text = "Peru's foreign minister warned that Lima would respond to Chilean tariffs on copper."
    assert [d for d in roots_of(text, "13") if d[2] and d[2].startswith("CHL")]


def test_reply_signalled_replaces_a_hypothetical_attack() -> None:
    text = "Canada has signaled it would retaliate against the tariffs imposed by the United States."
    found = roots_of(text, "13")
    assert found and all(d[0] == "CAN" and d[2].startswith("USA") for d in found)
    assert not roots_of(text, "19")


def test_reply_feared_asked_about_denied_or_habitual_is_no_threat() -> None:
    assert not roots_of("Poland expelled Belarusian diplomats. Analysts fear Belarus will retaliate.", "13")
    assert not roots_of("Poland expelled Belarusian diplomats. It is unclear how Belarus will respond.", "13")
    assert not roots_of("Poland expelled Belarusian diplomats. Belarus did not say it would respond.", "13")
    assert not roots_of(
        "Poland criticized Belarus. In the 1990s, Belarus would respond by recalling envoys.", "13"
    )


def test_reply_to_something_not_hostile_threatens_no_one() -> None:
    text = "Poland expelled Belarusian diplomats. Belarus said it will respond to any letter from citizens."
    assert not roots_of(text, "13")


def test_reply_announced_as_the_subject_of_a_future_clause() -> None:
    text = '"Our response will be very harsh on the Turkish troops," said Syrian President Bashar al-Assad.'
    assert [(s[:3], t) for s, _, t in roots_of(text, "13")] == [("SYR", "TURMIL")]
    text = "Britain expelled Russian diplomats. Moscow said Russia's response will be asymmetrical."
    assert ("RUS", "130", "GBR") in roots_of(text, "13")


def test_reply_noun_asked_about_is_no_threat() -> None:
    text = "Britain expelled Russian diplomats. London is waiting to see what Russia's response will be."
    assert not roots_of(text, "13")


# -- an appeal for calm, talks or a settlement with no addressee goes to the story's country (02) ---------

BOLIVIA_STORY = (
    "Bolivia's army clashed with protesters in La Paz on Monday. Bolivian police arrested dozens of "
    "demonstrators, and Bolivia's president declared a state of emergency. The Bolivian government "
    "blamed the opposition for the unrest. Brazil called for a peaceful settlement through dialogue."
)


def test_unaddressed_appeal_goes_to_the_story_country() -> None:
    assert [d for d in roots_of(BOLIVIA_STORY, "02")] == [("BRA", "027", "BOLGOV")]


def test_unaddressed_appeal_at_home_is_not_coded() -> None:
    text = (
        "Brazil's police fired tear gas at protesters in Sao Paulo. Brazilian officials said dozens were "
        "hurt, and Brazil's president met union leaders. Bolivia's president visited Brazil. "
        "Brazil's justice minister called for calm."
    )
    assert not roots_of(text, "02")


# -- intents to cooperate (03) ----------------------------------------------------------------------------


def test_ready_or_willing_to_act_is_an_intent_of_the_subject() -> None:
    assert roots_of("Chile is ready to talk to Bolivia about the border.", "03") == [("CHL", "036", "BOL")]
    assert roots_of("Portugal stands willing to cooperate with Angola.", "03") == [("PRT", "031", "AGO")]


def test_not_ready_or_a_relative_clause_is_no_intent() -> None:
    assert not roots_of("Chile is not ready to talk to Bolivia.", "03")
    assert not roots_of("It is a deal that Chile and Bolivia are willing to accept.", "03")


def test_two_sides_normalizing_relations_is_mutual() -> None:
    assert roots_of("Chile and Bolivia will normalize relations.", "03") == [
        ("CHL", "032", "BOL"),
        ("BOL", "032", "CHL"),
    ]


def test_must_be_ready_is_asked_not_offered() -> None:
    text = "Peru's president said that Chile must be ready to talk to Bolivia."
    assert not roots_of(text, "03")


def test_be_to_plans_the_act() -> None:
    # a planned hostile act is a threat, a planned visit an intent to meet
    assert roots_of("Turkey's army is to take control of the Syrian town of Afrin.", "13")
    assert roots_of("The Chilean president is to visit Bolivia next week.", "03") == [
        ("CHLGOV", "036", "BOL")
    ]


def test_be_to_blame_or_a_past_plan_is_no_plan() -> None:
    assert not roots_of("Turkey is to blame for the attack on Syria.", "13")
    assert not roots_of("Turkey's army was to attack Syria last year.", "13")


def test_action_vowed_against_someone_threatens_them() -> None:
    assert roots_of("President Lula vowed action to deter Venezuela's repeated provocations.", "13") == [
        ("BRAGOV", "130", "VEN")
    ]
    assert ("FRA", "130", "ITA") in roots_of("France threatened legal action against Italy.", "13")


def test_action_vowed_for_a_cause_or_not_vowed_is_no_threat() -> None:
    assert not roots_of("Germany pledged action on climate change.", "13")
    assert not roots_of("Britain did not vow action against Russia.", "13")
    assert not roots_of("Britain failed to pledge any action to punish Russia.", "13")


def test_failed_to_act_is_no_act() -> None:
    assert not roots_of("The European Union failed to renew its arms embargo against Syria.", "16")
    assert roots_of("The European Union renewed its arms embargo against Syria.", "16")


def test_disowning_war_declares_peaceful_intent() -> None:
    assert roots_of('"We do not seek conflict with Chile," the Bolivian president said.', "03") == [
        ("BOLGOV", "030", "CHL")
    ]
    text = "Chile's navy seized a Bolivian boat. Bolivia said it does not want war."
    assert ("BOL", "030", "CHLMIL") in roots_of(text, "03")


def test_wanting_war_or_asking_about_it_is_no_peaceful_intent() -> None:
    assert not roots_of("Bolivia wants war with Chile.", "03")
    assert not roots_of("Chile's navy seized a Bolivian boat. Does Bolivia not want war?", "03")


def test_consequences_announced_for_someone_threaten_them() -> None:
    assert roots_of("Peru's president said Chile will face severe consequences.", "13") == [
        ("PERGOV", "130", "CHL")
    ]
    text = "Peru's president told Chile that further incursions would have grave consequences."
    assert roots_of(text, "13") == [("PERGOV", "130", "CHL")]


def test_consequences_of_a_thing_or_asked_about_threaten_no_one() -> None:
    assert not roots_of("Peru's president said the drought would have dire consequences for Chile.", "13")
    assert not roots_of("Peru's president did not say whether Chile would face consequences.", "13")


def test_sanctions_warned_to_be_placed_are_a_threat() -> None:
    text = "NATO warned that sanctions could be placed on Belarus if it did not withdraw."
    assert roots_of(text, "13") == [("IGONAT", "1312", "BLR")]
    assert roots_of("The European Union placed sanctions on Belarus.", "16") == [("IGOEEC", "163", "BLR")]
