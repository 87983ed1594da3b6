"""CAMEO event codes with quad class, Goldstein weight and PLOVER type/mode (data/cameo.tsv)."""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class EventType:
    code: str
    name: str
    level: int
    root: str
    quad_class: int
    goldstein: float | None
    plover_type: str | None
    plover_mode: str | None


@functools.lru_cache(maxsize=1)
def load_ontology() -> dict[str, EventType]:
    text = (resources.files("dyads.events") / "data" / "cameo.tsv").read_text(encoding="utf-8")
    table: dict[str, EventType] = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        g = row.get("goldstein") or ""
        table[row["code"]] = EventType(
            code=row["code"],
            name=row["name"],
            level=int(row["level"]),
            root=row["root"],
            quad_class=int(row["quad_class"]),
            goldstein=float(g) if g else None,
            plover_type=row.get("plover_type") or None,
            plover_mode=row.get("plover_mode") or None,
        )
    return table


def event_type(code: str) -> EventType:
    table = load_ontology()
    if code not in table:
        raise KeyError(f"unknown CAMEO code {code!r}")
    return table[code]
