"""Build ``cameo.tsv`` (the CAMEO ontology table) from the shared reference data.

Maintainer tool, not used at run time::

    python src/dyads/events/data/build_cameo.py /work/shared/reference [-o cameo.tsv]

Reads ``cameo/cameo_event_codes.csv``, ``cameo/cameo_root_codes.csv`` and
``plover/cameo_to_plover.csv`` under the reference folder and writes one row per CAMEO code:

    code  name  level  root  quad_class  goldstein  plover_type  plover_mode

Rules (see README.md next to this file):

* ``goldstein``: ``goldstein_gdelt``, else ``goldstein_icews``, else the nearest ancestor's value
  (155, 176, 1834, 1951 and 1952 have no value in either source).
* ``plover_type`` / ``plover_mode``: the code's own crosswalk row; else the nearest ancestor's
  3-digit row; else the root's ``plover_category``. For a root code, the root table decides;
  root 08 is split in PLOVER (CONCEDE/RETREAT), so it takes its ``080`` row. Roots 01 and 02
  (and everything under them) are dropped by PLOVER and get empty PLOVER columns.
  Where a code is listed twice (175) the first row wins. A mode that is really a context
  name (175's ``pro_autocracy``) is emptied; modes that are merely absent from the 2023
  manual are kept as given.

The PLOVER columns are derived from CC BY-SA 4.0 material (Open Event Data Alliance), so
the *output* file is CC BY-SA 4.0; this script itself is MIT like the rest of the package.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

COLUMNS = ["code", "name", "level", "root", "quad_class", "goldstein", "plover_type", "plover_mode"]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _fmt_weight(value: str) -> str:
    return repr(float(value)) if value.strip() else ""


def _parse_root_category(text: str) -> tuple[str, str] | None:
    """``'ACCUSE (mode investigate)'`` -> ('ACCUSE', 'investigate'); ``'dropped'`` -> ('', '');
    a split such as ``'CONCEDE (081-083) / RETREAT (084-087)'`` -> None (ambiguous)."""
    text = text.strip()
    if not text or text.lower() == "dropped":
        return ("", "")
    if "/" in text:
        return None
    m = re.fullmatch(r"([A-Z]+)(?:\s*\(mode\s+([\w-]+)\))?", text)
    if not m:
        raise ValueError(f"unparsed plover_category: {text!r}")
    return (m.group(1), m.group(2) or "")


def build(ref: Path) -> list[dict[str, str]]:
    events = _read_csv(ref / "cameo" / "cameo_event_codes.csv")
    roots = {r["root_code"]: r for r in _read_csv(ref / "cameo" / "cameo_root_codes.csv")}
    ontology = json.loads((ref / "plover" / "plover_ontology.json").read_text(encoding="utf-8"))
    mode_names = {m["mode"] for e in ontology["event_types"] for m in e["modes"]}
    context_names = {c["context"] for c in ontology["contexts"]}

    crosswalk: dict[str, tuple[str, str]] = {}
    for row in _read_csv(ref / "plover" / "cameo_to_plover.csv"):
        code = row["cameo_code"].strip()
        if code in crosswalk:  # 175 is listed twice: keep the first
            continue
        mode = row["plover_mode"].strip()
        if mode in context_names and mode not in mode_names:  # a context in the mode slot
            mode = ""
        crosswalk[code] = (row["plover_event"].strip(), mode)

    by_code = {r["code"]: r for r in events}

    def ancestors(code: str) -> list[str]:
        out, cur = [], by_code[code]["parent_code"]
        while cur:
            out.append(cur)
            cur = by_code[cur]["parent_code"]
        return out

    def goldstein(code: str) -> str:
        for c in [code, *ancestors(code)]:
            r = by_code[c]
            for col in ("goldstein_gdelt", "goldstein_icews"):
                if r[col].strip():
                    return _fmt_weight(r[col])
        raise ValueError(f"no Goldstein value for {code} or its ancestors")

    def plover(code: str) -> tuple[str, str]:
        root = by_code[code]["root_code"]
        root_cat = _parse_root_category(roots[root]["plover_category"])
        if root_cat == ("", ""):  # PLOVER drops the whole root (01, 02)
            return ("", "")
        if by_code[code]["level"] == "0":
            return root_cat if root_cat is not None else crosswalk[root + "0"]
        for c in [code, *ancestors(code)]:
            if c in crosswalk:
                return crosswalk[c]
        if root_cat is None:
            raise ValueError(f"no PLOVER mapping for {code}")
        return root_cat

    rows = []
    for r in events:
        code = r["code"]
        ptype, pmode = plover(code)
        rows.append(
            {
                "code": code,
                "name": r["name"].strip(),
                "level": r["level"],
                "root": r["root_code"],
                "quad_class": r["quad_class"],
                "goldstein": goldstein(code),
                "plover_type": ptype,
                "plover_mode": pmode,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reference", type=Path, help="path to shared/reference")
    ap.add_argument("-o", "--output", type=Path, default=Path(__file__).with_name("cameo.tsv"))
    args = ap.parse_args(argv)
    rows = build(args.reference)
    # plain TSV, no quoting: fields never contain tabs or newlines (checked here)
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        fields = [row[c] for c in COLUMNS]
        if any(ch in f for f in fields for ch in "\t\r\n"):
            raise ValueError(f"tab or newline in row {row}")
        lines.append("\t".join(fields))
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} codes to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
