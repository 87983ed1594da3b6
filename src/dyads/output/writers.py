"""Writers for coded events.  JSON lines carry everything; CSV and table flatten the common fields."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable
from importlib import resources
from typing import Any, TextIO

from dyads.records import Event

CSV_COLUMNS = (
    "event_id",
    "doc_id",
    "sentence_index",
    "date",
    "date_precision",
    "source_code",
    "source_country",
    "source_name",
    "source_text",
    "cameo",
    "cameo_name",
    "plover_type",
    "plover_mode",
    "quad_class",
    "goldstein",
    "target_code",
    "target_country",
    "target_name",
    "target_text",
    "location_name",
    "location_country",
    "fatalities",
    "attribution",
    "modality",
    "background",
    "confidence",
    "sentence",
)


def flat(event: Event) -> dict[str, Any]:
    d = event.to_dict()
    row: dict[str, Any] = {k: d.get(k) for k in CSV_COLUMNS if k in d}
    for role in ("source", "target"):
        m = d[role] or {}
        row[f"{role}_code"] = m.get("code")
        row[f"{role}_country"] = m.get("country")
        row[f"{role}_name"] = m.get("name")
        row[f"{role}_text"] = m.get("text")
    row["plover_type"] = d["plover"]["type"]
    row["plover_mode"] = d["plover"]["mode"]
    loc = d["location"] or {}
    row["location_name"] = loc.get("name")
    row["location_country"] = loc.get("country")
    return row


class EventWriter:
    """Streams events in one format; ``close`` finishes formats that need the whole set (table)."""

    def __init__(self, out: TextIO, fmt: str = "jsonl") -> None:
        if fmt not in ("jsonl", "json", "csv", "table"):
            raise ValueError(f"unknown format {fmt!r} (jsonl, csv, table)")
        self.out, self.fmt = out, fmt
        self.rows: list[dict[str, Any]] = []
        self._csv: csv.DictWriter | None = None
        self.count = 0

    def write(self, event: Event) -> None:
        self.count += 1
        if self.fmt in ("jsonl", "json"):
            self.out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.out, fieldnames=list(CSV_COLUMNS), extrasaction="ignore")
                self._csv.writeheader()
            self._csv.writerow(flat(event))
        else:
            self.rows.append(flat(event))

    def close(self) -> None:
        if self.fmt == "csv" and self._csv is None:
            csv.DictWriter(self.out, fieldnames=list(CSV_COLUMNS)).writeheader()
        if self.fmt == "table":
            self.out.write(render_table(self.rows))
        self.out.flush()


def render_table(rows: list[dict[str, Any]]) -> str:
    cols = [
        ("date", "date"),
        ("source_code", "source"),
        ("cameo", "cameo"),
        ("cameo_name", "event"),
        ("target_code", "target"),
        ("location_name", "place"),
        ("fatalities", "dead"),
        ("modality", "modality"),
        ("attribution", "according to"),
    ]
    width = shutil.get_terminal_size((160, 20)).columns
    cells = [[("" if r.get(k) is None else str(r.get(k))) for k, _ in cols] for r in rows]
    heads = [h for _, h in cols]
    caps = [10, 12, 5, 34, 12, 22, 5, 10, 24]
    widths = [
        min(cap, max([len(h), *(len(c[i]) for c in cells)]))
        for i, (h, cap) in enumerate(zip(heads, caps, strict=True))
    ]

    def line(values: list[str]) -> str:
        parts = [
            (v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=True)
        ]
        return "  ".join(parts).rstrip()[:width]

    out = [line(heads), line(["-" * w for w in widths])]
    out += [line(c) for c in cells]
    out.append(f"({len(rows)} event{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def write_events(events: Iterable[Event], out: TextIO, fmt: str = "jsonl") -> int:
    w = EventWriter(out, fmt)
    for e in events:
        w.write(e)
    w.close()
    return w.count


def event_schema() -> dict[str, Any]:
    text = (resources.files("dyads.output") / "event.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
