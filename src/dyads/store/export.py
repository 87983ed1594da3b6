"""Exports for the tools analysts already use.

* ``parquet`` / ``csv``: the fused events (or, with ``mentions``, the raw mentions) as stored; DuckDB
  writes the file, so no pyarrow is needed.
* ``gdelt``: the GDELT 2.0 event table - its 61 columns, names and conventions: tab-separated and
  header-less like GDELT's ``*.export.CSV`` files (``header=True`` adds the column names), dates as
  YYYYMMDD integers, actor countries as CAMEO/ISO3 codes, but geography in FIPS 10-4 codes.  Where
  dyads knows less than GDELT the field is empty: AvgTone (no tone model), Actor1Geo/Actor2Geo (dyads
  places the event, not each actor; Type 0).  ActionGeo_FeatureID is the GeoNames id (GDELT uses GNS
  ids) or, for a country, its FIPS code as GDELT does.  SQLDATE of a month- or year-precision event is
  the first day of its month or year.  GLOBALEVENTID is the fused id read as an integer (its first 15 hex
  digits), so it is stable across exports.
* ``acled``: an ACLED-shaped table (event_date, actor1, actor2, event_type, fatalities, location,
  latitude, longitude, source, notes, and ACLED's other common columns).  ACLED records political
  violence, demonstrations and strategic developments, so only events that map onto one of its event
  types are exported: protests (CAMEO 14), arrests and property seizures (17x), assaults (18), fights (19),
  mass violence (20), signed agreements (057) and ceasefires (0871).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from dyads.store.db import Database, EventFilter, StoreError

FORMATS = ("parquet", "csv", "gdelt", "acled")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "actor2", "civilian_targeting", "country", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities", "timestamp",
)  # fmt: skip

# CAMEO role codes (the actor dictionary's SECTOR_ORDER; repeated so exports need not load spaCy)
SECTORS = frozenset((
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "INS", "SEP", "OPP", "PTY", "ELI", "IGO", "MED", "BUS",
    "CVL", "REF", "LAB", "EDU", "HLH", "HRI", "AGR", "CRM", "NGO", "RAD", "MOD", "UAF", "ENV", "DEV", "IMG",
    "MNC",
))  # fmt: skip
_ARMED = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "COP", "SPY", "IMG"})
_GDELT_TYPES = ("IGO", "NGO", "IMG", "MNC")  # codes that start with a type, not a country


def export(
    db: Database, path: str, fmt: str, f: EventFilter, *, mentions: bool = False, header: bool | None = None
) -> int:
    """Write the selected events to ``path``; returns the number of rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if mentions and fmt in ("gdelt", "acled"):
        raise StoreError(f"the {fmt} export is of fused events; --mentions works with parquet and csv")
    if fmt in ("parquet", "csv"):
        sql, params = db.select_sql(f, mentions=mentions)
        return db.copy_to(sql, params, path, fmt, header=True if header is None else header)
    sql, params = db.export_sql(f)
    names, records = db.stream(sql, params)
    dicts = (dict(zip(names, r, strict=True)) for r in records)
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            if fmt == "gdelt":
                writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
                if header:
                    writer.writerow(GDELT_COLUMNS)
                return _write(writer, gdelt_rows(dicts, GDELT_COLUMNS))
            writer = csv.writer(out, lineterminator="\n")
            if header is not False:
                writer.writerow(ACLED_COLUMNS)
            return _write(writer, acled_rows(dicts, ACLED_COLUMNS))
    except OSError as exc:
        raise StoreError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _write(writer: Any, rows: Iterable[list[Any]]) -> int:
    n = 0
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
        n += 1
    return n


# ------------------------------------------------------------------------------------------ actor codes


def split_code(code: str | None) -> dict[str, Any]:
    """A CAMEO-style code's parts: country (ISO3 or CAMEO region), type codes, known-group code.

    "TURMIL" -> TUR, [MIL]; "IGOUNOSEC" -> no country, [IGO], group UNO; "SYRREBHTS" -> SYR, [REB], HTS.
    """
    out: dict[str, Any] = {"country": None, "types": [], "group": None}
    if not code:
        return out
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if chunks[0] in _GDELT_TYPES:
        out["types"].append(chunks.pop(0))
    elif chunks[0] not in SECTORS:
        out["country"] = chunks.pop(0)
    for c in chunks:
        if c in SECTORS:
            out["types"].append(c)
        elif out["group"] is None:
            out["group"] = c
    return out


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """ISO3 -> (FIPS 10-4 code, English name), from data/countries.tsv (built by data/build_countries.py)."""
    text = (resources.files("dyads.store") / "data" / "countries.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines()[1:]:
        iso3, fips, name = line.split("\t")
        out[iso3] = (fips, name)
    return out


def country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    return countries().get(iso3, ("", iso3))[1]


def _admin1(geonames_ids: set[int]) -> dict[int, str]:
    """GeoNames admin1 codes of some places, read from the embedded gazetteer (streamed, not indexed)."""
    if not geonames_ids:
        return {}
    out: dict[int, str] = {}
    path = resources.files("dyads.attributes") / "data" / "places.tsv.gz"
    try:
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                gid, _, rest = line.partition("\t")
                if int(gid) in geonames_ids:
                    out[int(gid)] = rest.split("\t")[2]
    except (OSError, ValueError, IndexError):
        return out  # the ADM1 column stays at country level
    return out


# ------------------------------------------------------------------------------------------ GDELT


def _ymd(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def gdelt_rows(
    rows: Iterable[dict[str, Any]], columns: tuple[str, ...] = GDELT_COLUMNS
) -> Iterator[list[Any]]:
    """GDELT 2.0 rows, in ``columns`` order, of fused-event rows; events with no date at all are left out
    (GDELT has no undated events)."""
    buffered = list(rows)  # admin1 codes are looked up for the whole export in one pass over the gazetteer
    admin1 = _admin1({int(r["geonames_id"]) for r in buffered if r.get("geonames_id") is not None})
    for r in buffered:
        day: dt.date | None = r["date_start"] or r["first_published"]
        if day is None:
            continue
        g: dict[str, Any] = {
            "GLOBALEVENTID": int(r["fused_id"][:15], 16),
            "SQLDATE": _ymd(day),
            "MonthYear": day.year * 100 + day.month,
            "Year": day.year,
            "FractionDate": round(day.year + day.timetuple().tm_yday / 365, 4),
        }
        for n, role in ((1, "source"), (2, "target")):
            code = r[f"{role}_code"]
            parts = split_code(code)
            types = parts["types"][:3]
            name = r[f"{role}_name"]
            g.update(
                {
                    f"Actor{n}Code": code,
                    f"Actor{n}Name": name.upper() if name else None,
                    f"Actor{n}CountryCode": r[f"{role}_country"] or parts["country"],
                    f"Actor{n}KnownGroupCode": parts["group"],
                    **{f"Actor{n}Type{i + 1}Code": t for i, t in enumerate(types)},
                    f"Actor{n}Geo_Type": 0,
                }
            )
        g.update(
            {
                "IsRootEvent": 1 if r["lead"] else 0,
                "EventCode": r["cameo"],
                "EventBaseCode": r["cameo"][:3],
                "EventRootCode": r["cameo_root"],
                "QuadClass": r["quad_class"],
                "GoldsteinScale": r["goldstein"],
                "NumMentions": r["n_mentions"],
                "NumSources": r["n_sources"],
                "NumArticles": r["n_documents"],
                "DATEADDED": r["ingested_at"].strftime("%Y%m%d%H%M%S") if r["ingested_at"] else None,
                "SOURCEURL": r["first_url"] or (r["documents"][0] if r["documents"] else None),
            }
        )
        g.update(_action_geo(r, admin1))
        yield [g.get(c) for c in columns]


def _action_geo(r: dict[str, Any], admin1: dict[int, str]) -> dict[str, Any]:
    iso3 = r["location_country"]
    if not iso3 and not r["location_name"]:
        return {"ActionGeo_Type": 0}
    fips, cname = countries().get(iso3 or "", ("", iso3 or ""))
    name = r["location_name"]
    if r["latitude"] is not None and r["geonames_id"] is not None:
        adm = admin1.get(int(r["geonames_id"]))
        return {
            "ActionGeo_Type": 3 if iso3 == "USA" else 4,
            "ActionGeo_FullName": f"{name}, {cname}" if cname and name != cname else name,
            "ActionGeo_CountryCode": fips or None,
            "ActionGeo_ADM1Code": (fips + adm) if fips and adm and adm != "00" else fips or None,
            "ActionGeo_Lat": r["latitude"],
            "ActionGeo_Long": r["longitude"],
            "ActionGeo_FeatureID": r["geonames_id"],
        }
    # a country, or a place the gazetteer could not pin down: GDELT's country-level record
    full = cname if not name or name == cname else f"{name}, {cname}"
    return {
        "ActionGeo_Type": 1,
        "ActionGeo_FullName": full,
        "ActionGeo_CountryCode": fips or None,
        "ActionGeo_ADM1Code": fips or None,
        "ActionGeo_FeatureID": fips or None,
    }


# ------------------------------------------------------------------------------------------ ACLED


def acled_type(cameo: str, source_code: str | None, target_code: str | None) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) of a CAMEO event; None when ACLED would not record it."""
    src, tgt = split_code(source_code), split_code(target_code)
    target_armed = bool(_ARMED & set(tgt["types"])) or (tgt["country"] is not None and not tgt["types"])
    civilians = "CVL" in tgt["types"] or "REF" in tgt["types"]
    pv, dem, sd = "Political violence", "Demonstrations", "Strategic developments"
    root = cameo[:2]
    if root == "14":
        return (
            (dem, "Riots", "Violent demonstration")
            if cameo.startswith("145")
            else (dem, "Protests", "Peaceful protest")
        )
    if cameo.startswith("183"):
        return (
            pv,
            "Explosions/Remote violence",
            "Suicide bomb" if cameo == "1831" else "Remote explosive/landmine/IED",
        )
    if cameo.startswith("194"):
        return pv, "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if cameo.startswith("195"):
        return pv, "Explosions/Remote violence", "Air/drone strike"
    if cameo == "2041":
        return pv, "Explosions/Remote violence", "Chemical weapon"
    if cameo == "181":
        return pv, "Violence against civilians", "Abduction/forced disappearance"
    if cameo == "192":
        non_state = bool({"REB", "INS", "SEP", "UAF", "IMG"} & set(src["types"]))
        return (
            pv,
            "Battles",
            "Non-state actor overtakes territory" if non_state else "Government regains territory",
        )
    if cameo == "191":
        return sd, "Strategic developments", "Other"
    if root in ("18", "19", "20"):
        if civilians or (root in ("18", "20") and not target_armed):
            return pv, "Violence against civilians", "Attack"
        return pv, "Battles", "Armed clash"
    if cameo == "173":
        return sd, "Strategic developments", "Arrests"
    if cameo == "171":
        return sd, "Strategic developments", "Looting/property destruction"
    if cameo == "175":
        return pv, "Violence against civilians", "Attack"
    if cameo in ("057", "0871"):
        return sd, "Strategic developments", "Agreement"
    return None


_ROLE_NAMES = {
    "GOV": "Government of {}",
    "MIL": "Military Forces of {}",
    "COP": "Police Forces of {}",
    "SPY": "Intelligence Services of {}",
    "JUD": "Judiciary of {}",
    "LEG": "Legislature of {}",
}
_GROUP_NAMES = {
    "CVL": "Civilians",
    "OPP": "Protesters",
    "REB": "Rebels",
    "INS": "Insurgents",
    "SEP": "Separatists",
    "UAF": "Unidentified Armed Group",
    "REF": "Refugees/IDPs",
    "MED": "Journalists",
    "LAB": "Labor Group",
    "CRM": "Criminals",
    "PTY": "Political Party",
}


def acled_actor(code: str | None, name: str | None, kind: str | None) -> str | None:
    """ACLED-style actor names: "Military Forces of Turkey", "Civilians (Syria)", named groups by name."""
    if not code:
        return None
    parts = split_code(code)
    country = country_name(parts["country"])
    if kind in ("group", "igo") and name:
        return name
    if parts["group"]:
        return name or code
    if not country:  # "civilians", "gunmen": a role with no country
        first = parts["types"][0] if parts["types"] else ""
        return _GROUP_NAMES.get(first) or (name.capitalize() if name else code)
    if not parts["types"]:
        return country
    first = parts["types"][0]
    if first in _ROLE_NAMES:
        return _ROLE_NAMES[first].format(country)
    return f"{_GROUP_NAMES.get(first, first.title())} ({country})"


def acled_rows(
    rows: Iterable[dict[str, Any]], columns: tuple[str, ...] = ACLED_COLUMNS
) -> Iterator[list[Any]]:
    for r in rows:
        kind = acled_type(r["cameo"], r["source_code"], r["target_code"])
        if kind is None or r["date_start"] is None:
            continue
        disorder, event_type, sub_type = kind
        iso3 = r["location_country"] or r["target_country"] or r["source_country"]
        country = country_name(iso3)
        precise = r["latitude"] is not None
        a = {
            "event_id_cnty": f"{iso3 or 'XXX'}{int(r['fused_id'][:8], 16)}",
            "event_date": r["date_start"].isoformat(),
            "year": r["date_start"].year,
            "time_precision": {"day": 1}.get(r["date_precision"], 3),
            "disorder_type": disorder,
            "event_type": event_type,
            "sub_event_type": sub_type,
            "actor1": acled_actor(r["source_code"], r["source_name"], r["source_kind"]),
            "actor2": acled_actor(r["target_code"], r["target_name"], r["target_kind"]),
            "civilian_targeting": "Civilian targeting"
            if event_type == "Violence against civilians"
            else None,
            "country": country,
            "location": r["location_name"] or country,
            "latitude": r["latitude"],
            "longitude": r["longitude"],
            "geo_precision": 1 if precise else 3,
            "source": "; ".join(r["sources"] or r["documents"] or []),
            "notes": _notes(r),
            "fatalities": r["fatalities"] or 0,
            "timestamp": int(r["updated_at"].replace(tzinfo=dt.UTC).timestamp()) if r["updated_at"] else None,
        }
        yield [a.get(c) for c in columns]


def _notes(r: dict[str, Any]) -> str:
    text = " ".join((r["sentence"] or "").split())
    n = r["n_documents"]
    return f"On {r['date']}, {text}" + (f" [{n} reports]" if n and n > 1 else "")
