"""Place names -> country (ISO3), first-level administrative area and coordinates, from an embedded GeoNames
gazetteer (data/places.tsv.gz: every populated place with 1,000+ inhabitants; data/admin1.tsv.gz: the
provinces, states and governorates; GeoNames CC BY 4.0).

Lookup is by a folded key (no accents, apostrophes or hyphens, lower case), so "Maarat al-Numan" and
"Ma'arrat al Numan" meet.  Ambiguous names are settled by the countries the document talks about.  A name
can be a town or an area ("Idlib"; "Cauca" is a Colombian department and a Spanish village): the town is
taken when it lies in the area of that name, the area when the text calls it one ("Idlib province").
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

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
    latitude: float | None
    longitude: float | None  # None only for an area with no town in the gazetteer
    geonames_id: int
    admin1: str | None = None  # the first-level administrative area's name; for an area, its own name


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DROP.sub("", text).lower()
    return _SPACE.sub(" ", text).strip()


_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "ad", "at", "az", "ez", "es", "er", "en"})


_NO_VOWELS = str.maketrans("", "", "aeiouy")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """A transliteration-proof key: no articles, vowels or doubled letters ("maarat al numan" = "mrt nmn")."""
    # translate and a compiled pattern: a country's index skeletonises every one of its towns' names
    out = []
    for w in key.split():
        if w not in _ARTICLES:
            w = _DOUBLED.sub(r"\1", w.translate(_NO_VOWELS))
            if w:
                out.append(w)
    return " ".join(out)


def clean_place_name(name: str) -> str:
    name = re.sub(r"^(the)\s+", "", name.strip(), flags=re.IGNORECASE)
    return _GENERIC.sub("", name).strip(" ,") or name


# the words that make a name an area's ("Helmand province", "Borno state", "the Tigray region")
# fmt: off
_AREA_WORDS = frozenset({
    "province", "governorate", "state", "department", "region", "oblast", "prefecture", "voivodeship", "krai",
    "kray", "emirate", "canton", "wilaya", "wilayah", "territory",
})
# area names made only of these ("Central", "North", "Eastern Province", "Red Sea") are taken as the area
# only when the text calls them one: alone they are points of the compass or seas, not provinces
_VAGUE_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "middle", "upper", "lower", "nord", "sud", "est", "ouest", "capital", "coast", "coastal",
    "islands", "island", "lakes", "sea", "red", "and", "the",
})
# fmt: on
_AREA_SUFFIX = re.compile(r"\s+(?:{})$".format("|".join(sorted(_AREA_WORDS))))
BIG_TOWN = 100_000  # a town this big is the likely referent of its name, abroad or beside an area's name

_KEYS: list[str] = []  # folded names of each place, by index (filled by _index)


def _rows(filename: str) -> Iterator[list[str]]:
    """The rows of an embedded data file (built by data/build_places.py), without its header."""
    path = resources.files("dyads.attributes") / "data" / filename
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            yield line.rstrip("\n").split("\t")


@dataclass(frozen=True)
class _Areas:
    places: list[Place]
    names: dict[tuple[str, str], str]  # (ISO3, GeoNames admin1 code) -> the area's name
    exact: dict[str, list[int]]  # folded name -> areas
    skeletons: dict[tuple[str, str], list[int]]  # (ISO3, skeleton) -> areas


@functools.lru_cache(maxsize=1)
def _areas() -> _Areas:
    """The first-level administrative areas (data/admin1.tsv.gz), as places with a representative point."""
    out = _Areas([], {}, {}, {})
    for country, code, gid, name, lat, lon, pop, alternates in _rows("admin1.tsv.gz"):
        n = len(out.places)
        out.places.append(
            Place(
                name,
                country,
                int(pop),
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(gid),
                name,
            )
        )
        out.names[country, code] = name
        keys = alternates.split("|")
        for key in keys:
            out.exact.setdefault(key, []).append(n)
        for sk in {skeleton(k) for k in keys}:
            if len(sk) >= 4:
                out.skeletons.setdefault((country, sk), []).append(n)
    return out


@functools.lru_cache(maxsize=1)
def _index() -> tuple[list[Place], dict[str, int | list[int]], dict[str, list[int]]]:
    """The embedded gazetteer (data/places.tsv.gz, built by data/build_places.py): the places, the place(s)
    of each folded name, and the places of each country."""
    places: list[Place] = []
    exact: dict[str, int | list[int]] = {}
    by_country: dict[str, list[int]] = {}
    admin1 = _areas().names
    for gid, name, country, code, pop, lat, lon, alternates in _rows("places.tsv.gz"):
        n = len(places)
        places.append(
            Place(name, country, int(pop), float(lat), float(lon), int(gid), admin1.get((country, code)))
        )
        by_country.setdefault(country, []).append(n)
        keys = set(alternates.split("|")) if alternates else {fold(name)}  # the file has them folded
        _KEYS.append("|".join(keys))  # for the per-country skeleton index, built on demand
        for key in keys:
            have = exact.get(key)
            if have is None:
                exact[key] = n  # most names are unique: an int, not a list, saves most of the memory
            elif isinstance(have, int):
                exact[key] = [have, n]
            else:
                have.append(n)
    return places, exact, by_country


@functools.lru_cache(maxsize=64)
def _skeletons(country: str) -> dict[str, list[int]]:
    """Skeleton keys of one country's places, built when an article first needs them."""
    _places, _exact, by_country = _index()
    out: dict[str, list[int]] = {}
    for n in by_country.get(country, ()):
        for sk in {skeleton(k) for k in _KEYS[n].split("|")}:
            if len(sk) >= 4:
                out.setdefault(sk, []).append(n)
    return out


def lookup(name: str, countries: set[str] | frozenset[str] = frozenset(), noun: str = "") -> Place | None:
    """The place a name stands for, a town or a first-level administrative area, preferring the given
    countries; None when unsure.

    ``noun`` is the word the name stands with in the text, if any ("province" in "Idlib province"): a
    province, state or governorate word makes it the area's name.  Otherwise a town of that name is taken
    when it lies in the area of the same name (Idlib in Idlib, Kandahar in Kandahar) or is a big town of
    the article's countries; a lesser namesake elsewhere gives way to the area ("Cauca" in a story about
    Colombia is its department).  Spelling variants ("Maarat al-Numan" for "Ma'arrat an-Nu'man") are
    matched only inside the document's countries, where a loose match is very likely the right place.
    """
    key = fold(clean_place_name(name))
    if not key:
        return None
    area_named = noun.lower() in _AREA_WORDS or _AREA_SUFFIX.search(fold(name)) is not None
    town, town_local = _town(key, countries)
    area = _area(_AREA_SUFFIX.sub("", key), countries, area_named)
    if area is None:
        return town
    if town is None or area_named:
        return area
    if (town.country, town.admin1) == (area.country, area.admin1) or (
        town_local and town.population >= BIG_TOWN
    ):
        return town
    return area


def _town(key: str, countries: set[str] | frozenset[str]) -> tuple[Place | None, bool]:
    """The most populous town of that (folded) name, and whether it is in one of the given countries."""
    places, exact, _ = _index()
    found = exact.get(key, ())
    candidates = [places[found]] if isinstance(found, int) else [places[i] for i in found]
    local = [p for p in candidates if p.country in countries]
    big = [p for p in candidates if p.population >= BIG_TOWN]
    if not local and not big:
        # a loose spelling match at home, only when the exact name is no big town abroad: "Benghazi" in a
        # story about the US is the Libyan city, not a Texan village that sounds alike
        sk = skeleton(key)
        local = [places[i] for c in sorted(countries) for i in _skeletons(c).get(sk, ())]
    if local:
        home = max(local, key=lambda p: p.population)
        world = max(candidates, key=lambda p: p.population, default=home)  # (none: a loose match at home)
        if _world_city_over_namesake(world, home):
            return world, False
        return home, True
    if not candidates:
        return None, False
    best = max(candidates, key=lambda p: p.population)
    # a name known only abroad is taken only when the place is big enough to be the likely referent, or
    # the article names no country at all: an unknown place degrades to the country, never to another
    # continent
    if best.population >= BIG_TOWN:
        return best, False
    return (best if not countries and len({p.country for p in candidates}) == 1 else None), False


# a city abroad this big is what a name means over a small namesake at home (not lower: Spanish and saints'
# names are shared by many towns, and "San Lorenzo" in a story about Ecuador is Ecuador's, not Paraguay's)
WORLD_CITY = 1_000_000
SMALL_NAMESAKE = 100_000


def _world_city_over_namesake(world: Place, home: Place) -> bool:
    """ "a NATO summit in Brussels" in a story that names only the US is Belgium's capital, not the Illinois
    village; "Paris", "Moscow", "Damascus" likewise.  A namesake of its own weight stays ("Birmingham",
    Alabama; "Odessa", Texas; "Tripoli" in a story about Lebanon)."""
    return (
        world.country != home.country
        and world.population >= WORLD_CITY
        and home.population < SMALL_NAMESAKE
        and world.population >= 10 * home.population
    )


def _area(key: str, countries: set[str] | frozenset[str], named: bool) -> Place | None:
    """The first-level administrative area of that (folded) name, in the given countries; elsewhere
    only when it is the one area of that name and either no country is given or it is big enough (half
    a million people) to be what the article means ("exercises in Alaska" in a story about Russia)."""
    if not named and all(w in _VAGUE_WORDS for w in key.split()):
        return None
    areas = _areas()
    candidates = [areas.places[i] for i in areas.exact.get(key, ())]
    local = [p for p in candidates if p.country in countries]
    if not local:
        sk = skeleton(key)
        local = [areas.places[i] for c in sorted(countries) for i in areas.skeletons.get((c, sk), ())]
    if local:
        return max(local, key=lambda p: p.population)
    if len(candidates) != 1:
        return None
    return candidates[0] if not countries or candidates[0].population >= 500_000 else None
