"""The coder on our own fixture articles: each phenomenon with the exact events it must give.

Real pipeline, real spaCy model, real dictionaries; the sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dyads
from coded import dyad
from dyads.records import Event

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def code(text: str, date: str | None = "2025-03-10", **kw) -> list[Event]:  # noqa: ANN003
    return dyads.code(text, date=date, **kw)


# -- a whole article: furniture, publication date from the date line, relative dates, the two sides ------


@pytest.fixture(scope="module")
def border_talks() -> list[Event]:
    return code((FIXTURES / "border_talks.txt").read_text(encoding="utf-8"), date=None)


def test_article_events_exactly(border_talks: list[Event]) -> None:
    assert [dyad(e) for e in border_talks] == [
        ("JORGOV", "040", "IRQGOV"),  # Safadi (Jordan FM since 2017) met al-Sudani (Iraq PM since 2022)
        ("IRQGOV", "040", "JORGOV"),  # a meeting is both sides' act
        ("JORGOV", "030", "IRQGOV"),  # "The two sides agreed ..." -> the pair of the previous event
        ("IRQGOV", "030", "JORGOV"),
        ("JORMIL", "190", "SYR"),  # warplanes struck ..., killing nine: one event, nine dead
        ("IRQ", "191", "JOR"),
    ]


def test_furniture_is_never_coded(border_talks: list[Event]) -> None:
    text = (FIXTURES / "border_talks.txt").read_text(encoding="utf-8")
    furniture_lines = [
        ln for ln in text.splitlines() if ln.startswith(("Read also", "Follow us", "Jordanian border"))
    ]
    assert len(furniture_lines) == 3
    for e in border_talks:
        assert e.sentence.strip() not in furniture_lines
        assert "Ruwaished" not in e.sentence and "water sharing" not in e.sentence


def test_dates_relative_to_the_date_line(border_talks: list[Event]) -> None:
    # the article's date line says 14 April, 2025 (a Monday); no --date given
    by_code = {e.cameo: e for e in border_talks}
    assert (by_code["040"].date, by_code["040"].date_precision) == ("2025-04-13", "day")  # "on Sunday"
    assert (by_code["190"].date, by_code["190"].date_precision) == ("2025-03", "month")  # "Last month"
    assert (by_code["191"].date, by_code["191"].date_precision) == ("2019-11", "month")  # "In November 2019"


def test_consequence_fatalities_place_and_attribution(border_talks: list[Event]) -> None:
    strike = next(e for e in border_talks if e.cameo == "190")
    assert strike.fatalities == 9
    assert strike.location is not None and strike.location["country"] == "SYR"
    assert strike.attribution == "a monitoring group"
    meeting = next(e for e in border_talks if e.cameo == "040")
    assert meeting.location is not None and (meeting.location["name"], meeting.location["country"]) == (
        "Baghdad",
        "IRQ",
    )
    assert meeting.attribution == "the Jordanian foreign ministry"


@pytest.mark.parametrize(
    ("reporter", "named"),
    [
        ("the Eastland Observatory for Human Rights", "the Eastland Observatory for Human Rights"),
        ("the governor of Idlib province", "the governor of Idlib province"),
        ("officials, who asked not to be named,", "officials"),
    ],
)
def test_attribution_names_the_whole_reporter(reporter: str, named: str) -> None:
    # a reporter's name runs through its "of"/"for" phrase, but not into an apposition or a relative clause
    text = f"Turkish drones killed 19 Syrian soldiers on Sunday, {reporter} said."
    events = dyads.code(text, date="2020-03-02")
    assert [e.attribution for e in events if e.cameo_root == "19"] == [named]


# -- modality: negation, conditionals, intentions, threats versus acts --------------------------------


@pytest.fixture(scope="module")
def modality() -> list[Event]:
    return code(
        (FIXTURES / "modality.txt").read_text(encoding="utf-8"), date="2025-04-16", include_suppressed=True
    )


def test_passive_voice_agent_is_the_source(modality: list[Event]) -> None:
    ambush = next(e for e in modality if e.sentence.startswith("Twelve"))
    assert dyad(ambush) == ("AFGGOVTAL", "190", "PAKMIL")
    assert (ambush.fatalities, ambush.attribution, ambush.modality) == (12, "the army", "asserted")
    assert ambush.location is not None and ambush.location["name"] == "Quetta"


def test_negated_and_conditional_acts_are_not_asserted(modality: list[Event]) -> None:
    asserted = [dyad(e) for e in modality if e.modality == "asserted"]
    suppressed = {
        (e.target.actor.code if e.target else None): e.modality for e in modality if e.modality != "asserted"
    }
    assert suppressed == {"LTU": "negated", "MDA": "negated", "XKX": "hypothetical"}
    assert not any(t in ("LTU", "MDA", "XKX") for _, _, t in asserted)
    default = code((FIXTURES / "modality.txt").read_text(encoding="utf-8"), date="2025-04-16")
    assert all(e.modality == "asserted" for e in default)
    assert len(default) == len(asserted)


def test_quoted_speaker_is_the_actor_of_we(modality: list[Event]) -> None:
    lithuania = next(e for e in modality if e.target and e.target.actor.code == "LTU")
    assert lithuania.source is not None and lithuania.source.actor.country == "RUS"


def test_threat_is_not_an_attack(modality: list[Event]) -> None:
    threat = next(e for e in modality if e.sentence.startswith("Iran threatened"))
    attack = next(e for e in modality if e.sentence.startswith("Iranian forces"))
    assert threat.cameo_root == "13" and threat.cameo == "138"
    assert attack.cameo_root == "19"
    assert attack.date == "2025-04-15"  # "on Tuesday", published Wednesday 16 April


def test_fatalities_in_words_and_according_to(modality: list[Event]) -> None:
    shelling = next(e for e in modality if e.sentence.startswith("Thirty-four"))
    assert dyad(shelling) == ("SDNREB", "194", "SDNCVL")
    assert shelling.fatalities == 34
    assert shelling.attribution == "local doctors"
    assert shelling.date == "2025-04-14"


# -- single sentences: actors, tenure, compound and reciprocal events --------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # leaders are coded by the post they hold on the day; after it, as elites of their country
        (
            "Assad met Russian President Vladimir Putin in Moscow on Sunday.",
            "2020-03-02",
            [("SYRGOV", "040", "RUSGOV"), ("RUSGOV", "040", "SYRGOV")],
        ),
        (
            "Assad met Iranian officials in Tehran last week.",
            "2025-03-10",
            [("SYRELI", "040", "IRNGOV"), ("IRNGOV", "040", "SYRELI")],
        ),
        (
            "Syrian President Ahmed al-Sharaa met Turkish President Recep Tayyip Erdogan in Ankara.",
            "2025-03-10",
            [("SYRGOV", "040", "TURGOV"), ("TURGOV", "040", "SYRGOV")],
        ),
        # a capital stands for its government
        ("Damascus accused Ankara of violating the agreement.", "2020-03-02", [("SYRGOV", "112", "TURGOV")]),
        # X, backed by Y
        (
            "The Rapid Support Forces, backed by the United Arab Emirates, attacked El Fasher.",
            "2024-06-12",
            [("ARE", "051", "SDNREB"), ("SDNREB", "190", "SDN")],
        ),
        # compound actors with no target are mutual
        (
            "Ukraine and Russia exchanged 150 prisoners of war on Thursday.",
            "2025-03-10",
            [("UKR", "0841", "RUS"), ("RUS", "0841", "UKR")],
        ),
        (
            "Egypt and Qatar held talks with Hamas in Cairo.",
            "2025-03-10",
            [
                ("EGY", "046", "PSEREBHMS"),
                ("QAT", "046", "PSEREBHMS"),
                ("PSEREBHMS", "046", "EGY"),
                ("PSEREBHMS", "046", "QAT"),
            ],
        ),
        # the object of "impose sanctions on"; an actor as the object of "expel"
        ("China imposed sanctions on US defence firms on Friday.", "2025-03-10", [("CHN", "163", "USABUS")]),
        ("The European Union expelled two Russian diplomats.", "2025-03-10", [("IGOEEC", "161", "RUSGOV")]),
        # sectors with no country of their own belong where the event happened
        ("Police arrested dozens of protesters in Istanbul.", "2025-03-10", [("TURCOP", "173", "TUROPP")]),
        # the group's leader stands for the group; "pro-Turkish" does not make fighters Turkish
        ("Haftar's forces shelled Tripoli.", "2020-03-02", [("LBYREB", "194", "LBYGOV")]),
        # repression with no named victim acts on the population where it happens
        (
            "The Sri Lankan government imposed a nationwide curfew.",
            "2019-04-22",
            [("LKAGOV", "1723", "LKACVL")],
        ),
        # (breaking up rallies acts on the protesters at them)
        (
            "Police fired tear gas to break up rallies in Hong Kong on Sunday.",
            "2019-11-10",
            [("HKGCOP", "175", "HKGOPP")],
        ),
        # a bare statement is not an event (PETRARCH's main source of noise)
        ("The Turkish foreign minister said on Monday that talks were going well.", "2025-03-10", []),
        # a response promised on another actor's condition is a threat to that actor; a conditional
        # offer is not
        (
            '"If Armenia attacks us, we will respond," Azerbaijani President Ilham Aliyev said.',
            "2025-03-10",
            [("AZEGOV", "138", "ARM"), ("ARM", "190", "AZEGOV", "hypothetical")],
        ),
        (
            "Norway warned there would be consequences if Iceland seized the trawler.",
            "2025-03-10",
            [("NOR", "130", "ISL")],
        ),
        ("If the talks fail, Chile will take action.", "2025-03-10", []),
        # only the state arrests: with no agent named, the authorities of the arrested
        (
            "Opposition leader Ana Rivas was arrested in Caracas on Wednesday.",
            "2025-03-10",
            [("VENGOV", "173", "VENOPP")],
        ),
        # what a speaker says another actor must do is a demand on it; "we must" is no demand
        (
            "Norway said on Tuesday that Sweden must return the seized trawler.",
            "2025-03-10",
            [("NOR", "100", "SWE")],
        ),
        ("Chile demanded that Peru withdraw its claim.", "2025-03-10", [("CHL", "100", "PER")]),
        ('"We must act now," the Kenyan president said.', "2025-03-10", []),
        # a protest with no named target is made to the protesters' own government, by its people
        (
            "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.",
            "2025-03-10",
            [("IRQCVL", "141", "IRQGOV")],
        ),
        ("Kenyan protesters blocked roads in Nairobi.", "2025-03-10", [("KENOPP", "144", "KENGOV")]),
        # ... and abroad, to the host state
        (
            "Chilean activists staged a protest in Lima on Monday.",
            "2025-03-10",
            [("CHLOPP", "141", "PERGOV")],
        ),
        # a politician "attacking" a politician does it in words
        (
            "Turkish President Recep Tayyip Erdogan attacked Turkish opposition lawmakers in a speech.",
            "2025-03-10",
            [("TURGOV", "111", "TUROPP")],
        ),
        # a threat names whom the threatened act would hit, even an act the dictionary does not code
        (
            "Iran threatened to cut off electricity to Azerbaijan.",
            "2025-03-10",
            [("IRN", "130", "AZE")],
        ),
        # an agreement names whom the agreed act reaches; a refusal outweighs a promise inside it
        (
            "The Mercosur bloc agreed to set up a trade office in Tokyo.",
            "2025-03-10",
            [("IGOMCS", "030", "JPNGOV")],
        ),
        (
            "The Chilean government refused to commit to any assistance to Bolivia.",
            "2025-03-10",
            [("CHLGOV", "122", "BOL")],
        ),
        # a phrase about something does not name its actor; a thing with an owner is not its place's
        ("A report on the drug trade in Argentina offers new evidence.", "2025-03-10", []),
        ("Iran fired missiles at U.S. bases in Iraq.", "2025-03-10", [("IRN", "194", "USA")]),
        # police beating protesters is violent repression; talking about an act is not doing it
        ("Turkish police beat protesters in Istanbul.", "2025-03-10", [("TURCOP", "175", "TUROPP")]),
        ("The Japanese premier portrayed the missile test as an affront to China.", "2025-03-10", []),
        # an accusation's content is alleged (its actor the accused); what it caused is still reported
        (
            "The Sudanese army accused the RSF of shelling Omdurman, killing at least 12 civilians.",
            "2025-03-10",
            [("SDNMIL", "1123", "SDNREB"), ("SDNREB", "190", "SDNCVL")],
        ),
        # wanting another actor to act asks it of them; presenting evidence against X accuses X; a show
        # of force on another state's soil is made at that state
        ("Brazil wants Peru to withdraw its troops.", "2025-03-10", [("BRA", "020", "PER")]),
        ("Ukraine presented evidence against Russia.", "2025-03-10", [("UKR", "112", "RUS")]),
        ("Russia is conducting military exercises in Alaska.", "2025-03-10", [("RUSMIL", "150", "USA")]),
        # a dateline is not part of the sentence: the agency in it is no actor
        (
            "NAIROBI (Reuters) - Kenyan police arrested two Ugandan journalists on Monday.",
            "2025-03-10",
            [("KENCOP", "173", "UGAMED")],
        ),
        # an envoy to the UN is his own state's; a UN envoy is the UN's
        (
            "Russian U.N. ambassador Oleg Petrov criticized the United States.",
            "2025-03-10",
            [("RUSGOV", "111", "USA")],
        ),
        (
            "UN envoy Hans Berg met Houthi leaders.",
            "2025-03-10",
            [("IGOUNO", "040", "YEMREB"), ("YEMREB", "040", "IGOUNO")],
        ),
        # a nominal act as the means of a response; a strike inside a state hits that state
        ("India responded with an airstrike inside Pakistan.", "2025-03-10", [("INDMIL", "195", "PAK")]),
        # a missile fired at no one is a show of force
        ("North Korea fired a ballistic missile on Monday.", "2025-03-10", [("PRK", "150", None)]),
        # "called X on Sunday" is a phone call, not "call on X"
        (
            "The Japanese foreign minister called his Korean counterpart on Sunday.",
            "2025-03-10",
            [("JPNGOV", "041", "KORGOV"), ("KORGOV", "041", "JPNGOV")],
        ),
        # the call is presupposed whatever the clause around it denies
        (
            "Putin did not raise the dispute in his phone call with Chinese President Xi Jinping.",
            "2025-03-10",
            [("RUSGOV", "041", "CHNGOV"), ("CHNGOV", "041", "RUSGOV")],
        ),
    ],
)
def test_sentences(text: str, date: str, expected: list[tuple[str, str, str]]) -> None:
    events = code(text, date=date, include_suppressed=True)
    assert [dyad(e) + (() if e.modality == "asserted" else (e.modality,)) for e in events] == expected


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Intro line.\n\nIsraeli jets bombed Hezbollah positions in southern Lebanon on Saturday."
    (e,) = code(text, date="2025-03-10")
    assert text[e.trigger[0] : e.trigger[1]] == e.trigger_text == "bombed"
    assert e.source is not None and text[e.source.start : e.source.end] == "Israeli jets"
    assert e.target is not None and text[e.target.start : e.target.end] == e.target.text
    assert e.target.actor.name == "Hezbollah"
    assert e.date == "2025-03-08"


def test_user_actor_file_extends_the_dictionary(tmp_path: Path) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "groups:\n"
        "  - code: NERREBXYZ\n"
        "    name: Front for the Liberation of the Air\n"
        "    country: NER\n"
        "    sectors: [REB]\n"
        "    names: [Air Liberation Front, ALF]\n",
        encoding="utf-8",
    )
    text = "The Air Liberation Front attacked a Nigerien army convoy near Agadez."
    assert [dyad(e) for e in code(text)] == [(None, "190", "NERMIL")] or not code(text)
    assert [dyad(e) for e in code(text, actors=[str(extra)])] == [("NERREBXYZ", "190", "NERMIL")]


def test_user_actor_file_overrides_a_bundled_form(tmp_path: Path) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "groups:\n  - {code: ISRGOVTLV, name: Tel Aviv municipality, country: ISR, sectors: [GOV],"
        " names: [Tel Aviv]}\n",
        encoding="utf-8",
    )
    text = "Tel Aviv condemned the rocket attacks by Hamas."
    before = [dyad(e) for e in code(text)]
    after = [dyad(e) for e in code(text, actors=[str(extra)])]
    assert before and before[0][0] == "ISRGOV"
    assert after and after[0][0] == "ISRGOVTLV"


def test_background_events_are_flagged(border_talks: list[Event]) -> None:
    by_code = {e.cameo: e for e in border_talks}
    assert by_code["191"].background is True  # "In November 2019", published April 2025
    assert by_code["040"].background is False  # "on Sunday"
    assert by_code["190"].background is False  # "Last month"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement is an event of the speaker about the actor judged, including an act reported before
        (
            "The U.S. expelled 60 Russian diplomats. Russia said the move was unacceptable.",
            [("USA", "161", "RUSGOV"), ("RUS", "111", "USA")],
        ),
        ("Iran said the American strikes were illegal.", [("IRN", "111", "USA")]),
        (
            "North Korea fired a ballistic missile on Monday. Russia condemned the launch.",
            [("PRK", "150", None), ("RUS", "111", "PRK")],  # a missile aimed at no one: a show of force
        ),
        # the owner of the act judged; a negated verdict turns it round; naming is no phone call
        (
            "Britain's Foreign Office said Iran's conduct was unacceptable.",
            [("GBRGOV", "111", "IRN")],
        ),
        ("The Canadian government said Norway's involvement was not welcome.", [("CANGOV", "111", "NOR")]),
        ("The Russian envoy called the U.S. decision a very unfriendly move.", [("RUSGOV", "111", "USA")]),
        # an act condemned by its effect ("... undermines peace") is judged, its owner the target
        ("France said Iran's enrichment violates the accord.", [("FRA", "111", "IRN")]),
        # a denial answers the last accusation against the denier; "each other" is mutual
        (
            "Ukraine accused Russia of shelling Kharkiv. Russia denied the allegation.",
            [("UKR", "1123", "RUS"), ("RUS", "016", "UKR")],
        ),
        # "Khan said" after "Prime Minister Imran Khan"; "called it ...": the act reported last
        (
            "Pakistani Prime Minister Imran Khan spoke on Tuesday. "
            '"If India attacks us, we will respond," Khan said.',
            [("PAKELI", "138", "IND")],  # (no longer in office in 2025: an elite)
        ),
        # ... or the body a spokesman speaks for
        (
            '"We call on Israel to halt the strikes," a spokesman for the Jordanian government said.',
            [("JORGOV", "020", "ISR")],
        ),
        # "we" in a quote is the speaker, also when the speaker is "he", a person named before
        (
            "Norwegian envoy Lars Berg spoke on Monday. "
            '"We call on the Taliban to free the hostages," he said.',
            [("NORGOV", "020", "AFGGOVTAL")],
        ),
        (
            "The U.S. expelled 60 Russian diplomats. The Russian envoy called it a very unfriendly move.",
            [("USA", "161", "RUSGOV"), ("RUSGOV", "111", "USA")],
        ),
        (
            "Armenia and Azerbaijan accused each other of violating the truce.",
            [("ARM", "112", "AZE"), ("AZE", "112", "ARM")],
        ),
    ],
)
def test_judgements_and_reactions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [dyad(e) for e in code(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Russian military plane crashed in Syria on Monday, killing 39 servicemen.",
        "Three Nigerian soldiers died in a helicopter crash near Kaduna, the army said.",
        "Floods killed 40 Pakistani villagers in Sindh last week.",
    ],
)
def test_deaths_in_accidents_and_disasters_are_no_ones_act(text: str) -> None:
    assert [dyad(e) for e in code(text)] == []


def test_a_killing_after_an_accident_is_still_an_act() -> None:
    found = [
        dyad(e) for e in code("Israeli troops shot dead two Palestinians after a car crash at a checkpoint.")
    ]
    assert found == [("ISRMIL", "193", "PSE")]
    assert [
        dyad(e) for e in code("Two Syrian soldiers were killed in a Turkish drone strike near Idlib.")
    ] == [("TURMIL", "1952", "SYRMIL")]


def test_people_crossing_a_border_occupy_nothing() -> None:
    assert [dyad(e) for e in code("Thousands of Syrians entered Turkey last week.")] == []
    assert [dyad(e) for e in code("Syrian refugees crossed into Jordan on Monday.")] == []
    assert [dyad(e) for e in code("Russian troops crossed into Ukraine on Thursday.")] == [
        ("RUSMIL", "192", "UKR")
    ]
    assert [dyad(e) for e in code("Russia entered Ukraine in February.")] == [("RUS", "192", "UKR")]


def test_a_ban_or_expulsion_from_a_state_is_that_states_act() -> None:
    assert [dyad(e) for e in code("Al Jazeera is banned from Israel, its correspondent said.")] == [
        ("ISRGOV", "172", "QATMEDJAZ")
    ]
    assert [dyad(e) for e in code("Two Kenyan activists were deported from Tanzania on Monday.")] == [
        ("TZAGOV", "174", "KENOPP")
    ]


def test_coming_under_fire_from_someone_is_their_attack() -> None:
    assert [
        dyad(e) for e in code("An Israeli patrol came under attack from Hezbollah fighters near the border.")
    ] == [("LBNREBHEZ", "190", "ISR")]
    assert [dyad(e) for e in code("The plan came under criticism from Russia.")] == []
    assert [
        dyad(e) for e in code("Ukrainian troops came under heavy fire from separatist forces in Donetsk.")
    ] == [("UKRSEP", "190", "UKRMIL")]


def test_calling_someone_a_quoted_name_is_no_phone_call() -> None:
    found = [dyad(e) for e in code('Kim Yo Jong called South Korean defectors "human scum" on Tuesday.')]
    assert not any(c.startswith("04") for _, c, _ in found)
    assert ("RUSGOV", "041", "FRAGOV") in [dyad(e) for e in code("Putin called Macron on Tuesday.")]
