"""Ingest: inputs -> Document records or IngestErrors, and page furniture spans."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import logging
import sys
from pathlib import Path

import pytest

from dyads.ingest import DEFAULT_MAX_BYTES, IngestError, read_inputs, read_text, scan_furniture
from dyads.records import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

ARTICLE = (
    "Iran and Iraq agree on new border crossing\n"
    "\n"
    "Iran and Iraq agreed on Sunday to open a new border crossing near Mehran, Iraqi officials said.\n"
    "The crossing will handle pilgrims and trucks, the Iraqi border authority said.\n"
)


def read_all(
    inputs: list[str], *, default_date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Document | IngestError]:
    return list(read_inputs(inputs, default_date=default_date, max_bytes=max_bytes))


def only_doc(items: list[Document | IngestError]) -> Document:
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def only_error(items: list[Document | IngestError]) -> IngestError:
    assert len(items) == 1, items
    assert isinstance(items[0], IngestError), items[0]
    return items[0]


def marked(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in doc.furniture]


def marked_lines(text: str, title: str | None = None) -> list[str]:
    scan = scan_furniture(text, title=title)
    return [text[s:e] for s, e in scan.spans]


# ------------------------------------------------------------------------------------- plain text


def test_txt_file_document(tmp_path: Path) -> None:
    path = tmp_path / "border.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = only_doc(read_all([str(path)]))
    assert doc.doc_id == "border"
    assert doc.origin == str(path)
    assert doc.text == ARTICLE  # kept exactly
    assert doc.title == "Iran and Iraq agree on new border crossing"
    assert marked(doc) == ["Iran and Iraq agree on new border crossing"]
    assert doc.furniture == ((0, 42),)
    assert doc.published is None


def test_fixture_article_furniture_and_date() -> None:
    path = FIXTURES / "pipeline_article.txt"
    doc = only_doc(read_all([str(path)]))
    assert doc.title == "Iraq and Turkey agree to reopen northern oil pipeline"
    assert doc.published == dt.date(2020, 3, 2)  # from "Published: Monday, 2 March 2020 10:32 GMT"
    assert marked(doc) == [
        "Iraq and Turkey agree to reopen northern oil pipeline",
        "By Layla Hassan, Reuters",
        "Published: Monday, 2 March 2020 10:32 GMT",
        "Updated 14:05 GMT",
        "5 min read",
        "Workers inspect a section of the pipeline near Kirkuk [Getty Images]",
        "Read also: Iraqi Kurdistan halts oil exports amid budget row",
        "Protesters gather outside the Turkish embassy in Baghdad on Sunday (AP Photo/Khalid Mohammed)",
        "Follow us on FacebookTwitter and Instagram to stay connected",
        "Share this article",
        "(Reporting by Layla Hassan in Baghdad; Editing by Tom Reed)",
        "© 2020 Levant Wire Services. All rights reserved.",
    ]
    # the article's own sentences, brackets and "By"/"Related"/"Subscribers" openings included, are kept
    for sentence in (
        "BAGHDAD (Reuters) - Iraq and Turkey agreed on Monday",
        "Officials said the caption [sic] was wrong",
        "By March 2020 the pipeline had carried no crude",
        "Related talks between Baghdad and Erbil",
        "Subscribers to the ministry's bulletin",
    ):
        start = doc.text.index(sentence)
        assert not any(s <= start < e for s, e in doc.furniture), sentence


def test_crlf_and_cr_line_endings_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Syria and Jordan reopen border\r\n\r\nThey reopened Nasib.\rTrade resumed.")
    doc = only_doc(read_all([str(path)]))
    assert doc.text == "Syria and Jordan reopen border\n\nThey reopened Nasib.\nTrade resumed."
    assert marked(doc) == ["Syria and Jordan reopen border"]


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfLebanon and Cyprus sign maritime accord.")
    doc = only_doc(read_all([str(path)]))
    assert doc.text == "Lebanon and Cyprus sign maritime accord."


def test_markdown_title_line(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Oman mediates Yemen truce\n\nOman hosted talks between the two sides on Monday.\n",
        encoding="utf-8",
    )
    doc = only_doc(read_all([str(path)]))
    assert doc.title == "Oman mediates Yemen truce"
    assert marked(doc) == ["# Oman mediates Yemen truce"]


# ------------------------------------------------------------------------------------------ dates


def test_default_date_beats_a_date_line_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("2 March 2020\n\nQatar and Bahrain restored flights on Monday.\n", encoding="utf-8")
    assert only_doc(read_all([str(path)])).published == dt.date(2020, 3, 2)
    doc = only_doc(read_all([str(path)], default_date=dt.date(2021, 1, 1)))
    assert doc.published == dt.date(2021, 1, 1)
    assert marked(doc) == ["2 March 2020"]  # still furniture


def test_record_date_beats_default_date(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    lines = [
        {"id": "a", "text": "Egypt and Israel discussed Gaza on Sunday.", "date": "2020-03-02"},
        {"id": "b", "text": "Egypt and Israel discussed Gaza on Monday."},
        {"id": "c", "text": "Egypt and Israel discussed Gaza on Tuesday.", "date": "not a date"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs = read_all([str(path)], default_date=dt.date(2024, 5, 1))
    assert [d.published for d in docs if isinstance(d, Document)] == [
        dt.date(2020, 3, 2),
        dt.date(2024, 5, 1),
        dt.date(2024, 5, 1),
    ]


def test_published_date_preferred_over_earlier_updated_line() -> None:
    text = "Updated: 4 March 2020\nPublished: 2 March 2020\n\nTunisia and Libya reopened Ras Jedir.\n"
    assert scan_furniture(text).date == dt.date(2020, 3, 2)
    text = "Updated: 4 March 2020\n\nTunisia and Libya reopened the Ras Jedir crossing.\n"
    assert scan_furniture(text).date == dt.date(2020, 3, 4)  # the only evidence there is


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("02 March, 2020", dt.date(2020, 3, 2)),
        ("March 2, 2020", dt.date(2020, 3, 2)),
        ("2 March 2020", dt.date(2020, 3, 2)),
        ("Monday 2 March 2020", dt.date(2020, 3, 2)),
        ("Monday, March 2, 2020", dt.date(2020, 3, 2)),
        ("2020-03-02", dt.date(2020, 3, 2)),
        ("Published: 2 March 2020", dt.date(2020, 3, 2)),
        ("Published on Mar 2, 2020 at 10:32 a.m. EST", dt.date(2020, 3, 2)),
        ("Mon 2 Mar 2020 10.32 GMT", dt.date(2020, 3, 2)),
        ("Posted 2020-03-02T10:00:00Z", dt.date(2020, 3, 2)),
        ("15/03/2020", dt.date(2020, 3, 15)),
        ("02/03/2020", None),  # day/month order unknowable: furniture, but no date
        ("Updated 10:32 GMT", None),
        ("3 hours ago", None),
    ],
)
def test_date_lines(line: str, day: dt.date | None) -> None:
    text = f"{line}\n\nThe Arab League condemned the attack on Monday.\n"
    scan = scan_furniture(text)
    assert [text[s:e] for s, e in scan.spans] == [line]
    assert scan.date == day


# ------------------------------------------------------------------------------------- furniture


def check_furniture(lines: list[str], expected: list[str]) -> None:
    """Each line is put between two article sentences; exactly ``expected`` must be marked."""
    body = ["Saudi Arabia and Iran restored diplomatic relations in March, officials said."]
    for line in lines:
        body += [line, "Chinese mediators hosted the talks in Beijing, state media reported."]
    text = "\n\n".join(body) + "\n"
    assert marked_lines(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "3 min read",
        "5 minute read",
        "Reading time: 4 minutes",
        "Estimated reading time: 6 min",
        "12 June 2024 · 4 min read",
    ],
)
def test_reading_time_lines(line: str) -> None:
    check_furniture([line], [line])


@pytest.mark.parametrize(
    "line",
    [
        "Palestinians inspect the rubble of a house in Rafah [Getty]",
        "Iraqi soldiers stand guard in Mosul [AFP]",
        "Turkish drones over northern Syria (Reuters)",
        "Rescue teams search for survivors in Hatay [Anadolu]",
        "Delegates arrive for the summit in Riyadh [Getty Images]",
        "Demonstrators chant slogans in Beirut (AP Photo/Bilal Hussein)",
        "Sudanese refugees cross into Chad [Zohra Bensemra/Ocean Pictures]",
        "Smoke rises over Khartoum. [AFP via Getty Images]",
        "Photo: Ministers at the signing ceremony in Doha",
        "Image caption: Fighters loyal to the government in Tripoli",
        "Displaced families shelter in a school in Khan Younis (File Photo)",
    ],
)
def test_caption_lines(line: str) -> None:
    check_furniture([line], [line])


@pytest.mark.parametrize(
    "line",
    [
        "Read also: Egypt raises fuel prices for the third time this year",
        "Read more: Sudan's army retakes Omdurman",
        "Also read: Libya's rival governments agree on budget",
        "ALSO READ Libya's central bank reunifies after a decade",
        "RELATED: Iran seizes tanker in the Gulf",
        "Recommended: What the ceasefire means for Gaza",
        "Click here to follow our live coverage",
        "Sign up for our Middle East newsletter",
        "Follow us on Facebook, Twitter and Instagram to stay connected",
        "Follow us on FacebookTwitter and Instagram to stay connected",
        "Share this article",
        "Subscribe to our YouTube channel",
        "Facebook Twitter WhatsApp Email",
        "© 2020 The New Arab. All rights reserved.",
        "Copyright 2021 Levant Wire Services",
        "All rights reserved.",
        "By Jane Smith",
        "By Jane Smith, Reuters",
        "By Ahmed al-Masri and Sara Haddad",
        "BY JOHN DOE",
        "(Reporting by Parisa Hafezi; Editing by Angus MacSwan)",
        "Reporting by Aziz El Yaakoubi in Riyadh; Writing by Ghaida Ghantous; Editing by Alex Richardson",
        "Sponsored content",
        "Copyright © Gulf Daily Monitor",
        "Source: Al Jazeera and news agencies",
    ],
)
def test_promo_copyright_byline_lines(line: str) -> None:
    check_furniture([line], [line])


@pytest.mark.parametrize(
    "line",
    [
        "Officials said the caption [sic] was wrong.",
        "The minister said the figures were 'totally fabricated' [sic]",
        "Iran's parliament approved the bill (in Persian)",
        "The ministry said the statement [issued on Monday] was authentic.",
        "He said the troops had left (in a statement on Sunday).",
        "BAGHDAD (Reuters) - Iraq said on Monday it would expel the Turkish ambassador.",
        "Tehran has refused to cooperate with the International Atomic Energy Agency (IAEA)",
        "By Monday, the rebels had withdrawn from the town.",
        "By late afternoon the army said it controlled the airport.",
        "Related talks between Baghdad and Erbil resumed on Sunday.",
        "Subscribers to the state news agency received the statement first.",
        "Following the attack, Egypt closed the Rafah crossing.",
        "The copyright dispute between the two broadcasters went to court in Doha.",
        "Share prices in Riyadh fell after the announcement.",
        "On 2 March 2020, Turkey launched Operation Spring Shield in Idlib.",
        "Read the full statement, the ministry told reporters, before drawing conclusions.",
        "Sponsored by Qatar, the talks began in Doha on Monday.",
        "Subscribe-only content was removed by the regulator.",
        "The president spoke to the nation [video]",
        "Copyright claims against the state broadcaster rose sharply last year, the court said.",
        "Reporting by the state news agency suggested the talks had stalled.",
    ],
)
def test_article_sentences_are_not_furniture(line: str) -> None:
    check_furniture([line], [])


def test_title_rule_needs_following_text_and_no_final_period() -> None:
    assert marked_lines("Israel strikes targets in Syria\n") == []  # nothing follows
    assert marked_lines("Israel struck targets in Syria on Monday.\n\nThe army said.\n") == []
    assert marked_lines("Israel strikes targets in Syria\nThe army said jets hit Damascus.\n") == [
        "Israel strikes targets in Syria"
    ]


def test_hard_wrapped_first_line_is_not_a_title() -> None:
    text = (
        "Israeli jets struck targets near Damascus on Monday, the Syrian\n"
        "army said, in the third such raid this month.\n"
    )
    assert marked_lines(text) == []
    assert scan_furniture(text).title is None


def test_known_title_marks_a_repeated_first_line_only() -> None:
    text = "Kuwait hosts Gulf summit\n\nKuwait hosted leaders of the Gulf states on Tuesday.\n"
    assert marked_lines(text, title="Kuwait hosts Gulf summit") == ["Kuwait hosts Gulf summit"]
    scan = scan_furniture(text, title="A different headline")
    assert scan.spans == () and scan.title is None  # the headline rule is off when a title is known


def test_date_line_after_byline_and_title_after_date() -> None:
    text = "By Omar Farouk\n12 June, 2024\nEgypt and Sudan agree on border patrols\n\nCairo said so.\n"
    scan = scan_furniture(text)
    assert [text[s:e] for s, e in scan.spans] == [
        "By Omar Farouk",
        "12 June, 2024",
        "Egypt and Sudan agree on border patrols",
    ]
    assert scan.title == "Egypt and Sudan agree on border patrols"
    assert scan.date == dt.date(2024, 6, 12)


def test_spans_exclude_surrounding_whitespace() -> None:
    text = "Body sentence one.\n   [AFP]  \nBody sentence two.\n"
    scan = scan_furniture(text)
    assert scan.spans == ((22, 27),)
    assert text[22:27] == "[AFP]"


# ------------------------------------------------------------------------------------------- HTML


def test_html_fixture() -> None:
    doc = only_doc(read_all([str(FIXTURES / "gas_deal.html")]))
    assert doc.doc_id == "gas_deal"
    assert doc.title == "Jordan and Egypt agree to expand gas deal"
    assert doc.published == dt.date(2021, 6, 14)
    assert doc.source == "The Levant Ledger"
    assert doc.url == "https://levantledger.example/news/jordan-egypt-gas"
    assert "Jordan and Egypt signed an agreement on Sunday" in doc.text
    assert "Home" not in doc.text and "Most read" not in doc.text and "All rights reserved" not in doc.text
    assert "Read also: Egypt raises fuel prices for third time this year" in marked(doc)
    assert "Jordan and Egypt agree to expand gas deal" in marked(doc)  # repeats the metadata title
    assert not any("Jordan and Egypt signed" in m for m in marked(doc))


def test_html_record_date_beats_default_date() -> None:
    doc = only_doc(read_all([str(FIXTURES / "gas_deal.html")], default_date=dt.date(2030, 1, 1)))
    assert doc.published == dt.date(2021, 6, 14)


def test_html_date_is_not_guessed_from_the_body(tmp_path: Path) -> None:
    # a date in the article text is the weakest evidence: the user's --date must beat it
    path = tmp_path / "talks.html"
    path.write_text(
        "<html><head><title>Talks</title></head><body><article><h1>Iran and Saudi Arabia hold talks</h1>"
        "<p>Posted 14 March 2019</p><p>Iranian and Saudi officials met in Baghdad on Friday for a second "
        "round of talks, Iraqi officials said on 14 March 2019.</p><p>The talks focused on the war in Yemen "
        "and on reopening embassies, the officials added.</p></article></body></html>",
        encoding="utf-8",
    )
    assert only_doc(read_all([str(path)], default_date=dt.date(2020, 1, 1))).published == dt.date(2020, 1, 1)
    doc = only_doc(read_all([str(path)]))
    assert doc.published == dt.date(2019, 3, 14)
    assert "Posted 14 March 2019" in marked(doc)


def test_html_without_article_text(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        err = only_error(read_all([str(path)]))
    assert err.reason == "no article text found in the HTML"
    assert err.origin == str(path)
    # reported once, as the error, not also as trafilatura's "discarding data" log lines
    assert [r.getMessage() for r in caplog.records if r.name.startswith("trafilatura")] == []


def test_html_fragment_and_default_date(tmp_path: Path) -> None:
    path = tmp_path / "frag.htm"
    path.write_text(
        "<p>Morocco and Algeria exchanged accusations over the Western Sahara on Friday, "
        "state media in both countries reported.</p>",
        encoding="utf-8",
    )
    doc = only_doc(read_all([str(path)], default_date=dt.date(2021, 8, 27)))
    assert doc.text.startswith("Morocco and Algeria exchanged accusations")
    assert doc.published == dt.date(2021, 8, 27)


def test_html_declaring_a_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
        "<body><article><p>The French foreign ministry said on Tuesday that Paris and Algiers had agreed "
        "to resume consular cooperation after months of tension, caf\xe9 owners welcomed it.</p>"
        "</article></body></html>"
    )
    path.write_bytes(html.encode("cp1252"))
    doc = only_doc(read_all([str(path)]))
    assert "café owners" in doc.text


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "story.php"
    page.write_text(
        "<!DOCTYPE html><html><body><article><p>Greece and Turkey agreed on Thursday to resume "
        "exploratory talks on maritime borders, diplomats said.</p></article></body></html>",
        encoding="utf-8",
    )
    notes = tmp_path / "notes.log"
    notes.write_text("<b> is a tag. Greece and Turkey agreed to talk.\n", encoding="utf-8")
    first, second = read_all([str(page), str(notes)])
    assert isinstance(first, Document) and first.text.startswith("Greece and Turkey agreed on Thursday")
    assert "<html>" not in first.text
    assert isinstance(second, Document) and second.text == "<b> is a tag. Greece and Turkey agreed to talk.\n"
    assert second.doc_id == "notes"


# ------------------------------------------------------------------------------------------- JSONL


def test_jsonl_fixture() -> None:
    path = str(FIXTURES / "stories.jsonl")
    docs = read_all([path])
    assert all(isinstance(d, Document) for d in docs)
    a, b, c = docs
    assert isinstance(a, Document) and isinstance(b, Document) and isinstance(c, Document)
    assert (a.doc_id, a.origin, a.title, a.published, a.url, a.source) == (
        "lw-0001",
        f"{path}:1",
        "Kenya and Somalia restore diplomatic ties",
        dt.date(2021, 5, 6),
        "https://lakewire.example/kenya-somalia",
        "Lake Wire",
    )
    assert marked(a) == [
        "Kenya and Somalia restore diplomatic ties",
        "President Uhuru Kenyatta welcomed the decision [Reuters]",
    ]
    # "body" field, RFC 2822 date, news-API style source object, no id -> stem:line
    assert (b.doc_id, b.published, b.source) == ("stories:2", dt.date(2021, 1, 12), "Horn Monitor")
    assert b.text.startswith("Ethiopia rejected on Tuesday")
    assert b.furniture == ()  # first line differs from the record's title
    # "content" field, integer id, unparseable date -> no date
    assert (c.doc_id, c.published) == ("77", None)
    assert c.text.startswith("Uganda deployed troops")


def test_jsonl_malformed_line_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "one", "text": "Qatar mediated talks on Monday."}\n'
        '{"id": "two", "text": "Broken" "line"}\n'
        "\n"
        '{"id": "three", "text": "Egypt hosted talks on Tuesday."}\n',
        encoding="utf-8",
    )
    one, err, three = read_all([str(path)])
    assert isinstance(one, Document) and one.doc_id == "one"
    assert isinstance(err, IngestError)
    assert err.origin == f"{path}:2"
    assert err.reason == "malformed JSON on line 2: Expecting ',' delimiter"
    assert isinstance(three, Document) and three.doc_id == "three"
    assert three.origin == f"{path}:4"  # line numbers count blank lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('["not", "an", "object"]', "record is an array, not a JSON object"),
        ('{"id": "x", "title": "No text here"}', "record has no 'text' field (nor 'body' or 'content')"),
        ('{"id": "x", "text": 42}', "record's 'text' field is a number, not a string"),
        ('{"id": "x", "text": "   \\n  "}', "empty document"),
    ],
)
def test_jsonl_bad_records(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n" + '{"text": "Oman hosted the talks."}\n', encoding="utf-8")
    err, doc = read_all([str(path)])
    assert err == IngestError(f"{path}:1", reason)
    assert isinstance(doc, Document) and doc.doc_id == "bad:2"


def test_jsonl_with_no_records(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    assert read_all([str(path)]) == [IngestError(str(path), "empty document")]


def test_jsonl_gz_and_json_extension(tmp_path: Path) -> None:
    gz = tmp_path / "wire.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write('{"text": "Kuwait and Iraq discussed border markers."}\n')
    plain = tmp_path / "wire2.json"
    plain.write_text(
        '{"text": "Jordan and Syria met."}\n{"text": "Lebanon and Syria met."}\n', encoding="utf-8"
    )
    docs = read_all([str(gz), str(plain)])
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["wire:1", "wire2:1", "wire2:2"]


def test_json_array_and_pretty_object(tmp_path: Path) -> None:
    arr = tmp_path / "batch.json"
    arr.write_text(json.dumps([{"text": "Iran and Oman held talks."}, {"id": 5}], indent=2), encoding="utf-8")
    obj = tmp_path / "single.json"
    obj.write_text(
        json.dumps({"id": "s1", "text": "Bahrain and Qatar restored ties."}, indent=2), encoding="utf-8"
    )
    first, second, third = read_all([str(arr), str(obj)])
    assert isinstance(first, Document) and first.doc_id == "batch[0]" and first.origin == f"{arr}[0]"
    assert second == IngestError(f"{arr}[1]", "record has no 'text' field (nor 'body' or 'content')")
    assert isinstance(third, Document) and third.doc_id == "s1"


def test_jsonl_record_over_max_bytes_is_skipped_but_neighbours_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    small = json.dumps({"text": "Algeria recalled its ambassador."})
    big = json.dumps({"text": "Morocco " * 200})
    path.write_text("\n".join([small, big, small]) + "\n", encoding="utf-8")
    items = read_all([str(path)], max_bytes=200)  # the whole file is far over 200 bytes: streamed
    assert isinstance(items[0], Document) and isinstance(items[2], Document)
    err = items[1]
    assert isinstance(err, IngestError) and err.origin == f"{path}:2"
    assert err.reason == (
        f"record is {len(big) / 1024:.1f} KB, over the 200 bytes limit per document (--max-bytes)"
    )
    assert items[2].doc_id == "big:3"


def test_jsonl_long_lines_across_read_boundaries(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    records = [{"id": f"r{i}", "text": "Sudan and Chad met. " * (250 * (i + 1))} for i in range(4)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs = read_all([str(path)])
    assert [(d.doc_id, len(d.text)) for d in docs if isinstance(d, Document)] == [
        ("r0", 5000),
        ("r1", 10000),
        ("r2", 15000),
        ("r3", 20000),
    ]
    items = read_all([str(path)], max_bytes=12000)
    assert [i.doc_id if isinstance(i, Document) else i.origin for i in items] == [
        "r0",
        "r1",
        f"{path}:3",
        f"{path}:4",
    ]


def test_truncated_jsonl_gz_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    lines = b"".join(
        json.dumps({"text": f"Iraq and Iran met {i} times."}).encode() + b"\n" for i in range(2000)
    )
    data = gzip.compress(lines)
    path.write_bytes(data[: len(data) // 2])
    items = read_all([str(path)])
    assert all(isinstance(i, Document) for i in items[:-1]) and len(items) > 100
    assert isinstance(items[-1], IngestError) and items[-1].reason.startswith("not a readable gzip file")


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "enc.jsonl"
    first = b'{"text": "Tunisia and Libya met."}\n'
    path.write_bytes(first + b'{"text": "Caf\xe9 talks"}\n' + first)
    items = read_all([str(path)])
    assert items[1] == IngestError(f"{path}:2", f"not valid UTF-8 (byte 0xe9 at offset {len(first) + 13})")
    assert isinstance(items[0], Document) and isinstance(items[2], Document)


# ------------------------------------------------------------------------------------- bad inputs


def test_missing_path() -> None:
    err = only_error(read_all(["no/such/story.txt"]))
    assert err == IngestError("no/such/story.txt", "no such file or directory")
    assert str(err) == "dyads: no/such/story.txt: no such file or directory"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n"])
def test_empty_document(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert only_error(read_all([str(path)])).reason == "empty document"


def test_non_utf8_names_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a déclaré que la France soutient le Liban.".encode("latin-1"))
    err = only_error(read_all([str(path)]))
    assert err.reason == "not valid UTF-8 (byte 0xe9 at offset 15)"  # "Le ministre a d" is 15 bytes


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"Iran said\x00\x01\x02\x03 more bytes")
    assert only_error(read_all([str(path)])).reason == "binary file (NUL bytes), not text"


def test_broken_gzip(tmp_path: Path) -> None:
    path = tmp_path / "stories.txt.gz"
    path.write_bytes(b"this is not gzip data at all")
    err = only_error(read_all([str(path)]))
    assert err.reason.startswith("not a readable gzip file")


def test_oversized_file_named_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # sparse: takes no disk space, and must not be read
        f.truncate(210 * 1024 * 1024)
    err = only_error(read_all([str(path)]))
    assert err.reason == "file is 210.0 MB, over the 50 MB limit per document (--max-bytes)"


def test_oversized_file_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Syria " * 25, encoding="utf-8")
    err = only_error(read_all([str(path)], max_bytes=100))
    assert err.reason == "file is 150 bytes, over the 100 bytes limit per document (--max-bytes)"
    assert isinstance(only_doc(read_all([str(path)], max_bytes=150)), Document)


def test_oversized_after_decompression(tmp_path: Path) -> None:
    path = tmp_path / "long.txt.gz"
    with gzip.open(path, "wb") as f:
        f.write(b"Yemen " * 1000)
    assert path.stat().st_size < 1000
    err = only_error(read_all([str(path)], max_bytes=1000))
    assert err.reason == "decompressed file is over the 1000 bytes limit per document (--max-bytes)"


# --------------------------------------------------------------------------------------- directories


def test_directory_recursion_with_mixed_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub" / "deeper").mkdir(parents=True)
    (corpus / "b.txt").write_text("Kenya and Uganda signed a rail deal.\n", encoding="utf-8")
    (corpus / "a.txt").write_text("Chad closed its border with Sudan.\n", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary junk\x00")
    (corpus / "report.pdf").write_bytes(b"%PDF-1.7 not really")
    (corpus / ".hidden.txt").write_text("ignored\n", encoding="utf-8")
    (corpus / "sub" / "page.html").write_text(
        "<html><body><article><p>Niger expelled French troops on Friday, the junta said in a statement "
        "read on national television.</p></article></body></html>",
        encoding="utf-8",
    )
    (corpus / "sub" / "deeper" / "wire.jsonl").write_text(
        '{"text": "Mali and Burkina Faso formed an alliance."}\n', encoding="utf-8"
    )
    items = read_all([str(corpus) + "/"])
    summary = [(type(i).__name__, i.doc_id if isinstance(i, Document) else i.origin) for i in items]
    assert summary == [
        ("Document", "a"),
        ("Document", "b"),
        ("IngestError", f"{corpus}/bad.txt"),
        ("IngestError", f"{corpus}/report.pdf"),
        ("Document", "sub/deeper/wire:1"),  # sorted by path components: "deeper" < "page.html"
        ("Document", "sub/page"),
    ]
    assert items[0].origin == f"{corpus}/a.txt"
    assert isinstance(items[2], IngestError) and items[2].reason == "binary file (NUL bytes), not text"
    assert isinstance(items[3], IngestError)
    assert items[3].reason.startswith("unsupported file type '.pdf' (supported: .txt, ")


def test_directory_without_supported_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert read_all([str(empty)]) == [IngestError(str(empty), "directory contains no supported files")]
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    (pdfs / "x.pdf").write_bytes(b"%PDF")
    errors = read_all([str(pdfs)])
    assert [e.origin for e in errors if isinstance(e, IngestError)] == [str(pdfs / "x.pdf"), str(pdfs)]


def test_bad_inputs_do_not_stop_the_run_and_order_is_kept(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Iraq and Kuwait met.\n", encoding="utf-8")
    items = read_all(["missing.txt", str(good), "also-missing.html"])
    assert [type(i).__name__ for i in items] == ["IngestError", "Document", "IngestError"]


def test_reading_is_lazy(tmp_path: Path) -> None:
    late = tmp_path / "late.txt"
    items = read_inputs([str(late)])  # nothing is opened until iteration
    late.write_text("Jordan and Israel met in Amman.\n", encoding="utf-8")
    assert isinstance(next(items), Document)


def test_a_single_string_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        list(read_inputs("story.txt"))


# -------------------------------------------------------------------------------------------- stdin


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    doc = only_doc(read_all(["-"]))
    assert doc.text == ARTICLE
    assert doc.doc_id == "stdin-" + hashlib.sha1(ARTICLE.encode("utf-8")).hexdigest()[:12]
    assert doc.origin == "<stdin>"
    assert doc.title == "Iran and Iraq agree on new border crossing"


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, b'{"id": "w1", "text": "Libya and Egypt met."}\nnot json\n')
    doc, err = read_all(["-"])
    assert isinstance(doc, Document) and doc.doc_id == "w1" and doc.origin == "<stdin>:1"
    assert isinstance(err, IngestError) and err.origin == "<stdin>:2"
    assert err.reason.startswith("malformed JSON on line 2: ")


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(
        monkeypatch,
        b"<!doctype html><html><body><article><p>Armenia and Azerbaijan agreed on "
        b"Friday to resume border delimitation talks, both foreign ministries said.</p>"
        b"</article></body></html>",
    )
    doc = only_doc(read_all(["-"]))
    assert doc.text.startswith("Armenia and Azerbaijan agreed on Friday")
    assert doc.doc_id.startswith("stdin-") and doc.origin == "<stdin>"


def test_text_only_stdin_replacement(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Nigeria and Niger reopened their border."))
    assert only_doc(read_all(["-"])).text == "Nigeria and Niger reopened their border."


def test_stdin_invalid_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, b"Caf\xe9 in Beirut")
    assert only_error(read_all(["-"])) == IngestError("<stdin>", "not valid UTF-8 (byte 0xe9 at offset 3)")


# ---------------------------------------------------------------------------------------- read_text


def test_read_text() -> None:
    text = "Published: 2 March 2020\r\nEgypt and Ethiopia resume dam talks\n\nThe talks resumed in Cairo.\n"
    doc = read_text(text)
    assert doc.text == text.replace("\r\n", "\n")
    assert doc.doc_id == "text-" + hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:12]
    assert doc.published == dt.date(2020, 3, 2)
    assert doc.title == "Egypt and Ethiopia resume dam talks"
    assert marked(doc) == ["Published: 2 March 2020", "Egypt and Ethiopia resume dam talks"]
    given = read_text(
        text,
        doc_id="d1",
        title="Dam talks",
        published=dt.date(2021, 1, 1),
        source="Nile Post",
        url="https://nile.example/1",
        origin="api",
    )
    assert (given.doc_id, given.title, given.published, given.source, given.url, given.origin) == (
        "d1",
        "Dam talks",
        dt.date(2021, 1, 1),
        "Nile Post",
        "https://nile.example/1",
        "api",
    )
    assert marked(given) == ["Published: 2 March 2020"]  # the first line does not repeat the title
    with pytest.raises(TypeError):
        read_text(b"bytes are not text")  # type: ignore[arg-type]
