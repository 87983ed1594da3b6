"""Place names -> country (ISO3) and coordinates, from an embedded GeoNames gazetteer (data/places.tsv.gz:
every populated place with 1,000+ inhabitants, GeoNames CC BY 4.0).

Lookup is by a folded key (no accents, apostrophes or hyphens, lower case), so "Maarat al-Numan" and
"Ma'arrat al Numan" meet.  Ambiguous names are settled by the countries the document talks about.
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
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


_KEYS: list[str] = []  # folded names of each place, by index (filled by _index)


@functools.lru_cache(maxsize=1)
def _index() -> tuple[list[Place], dict[str, int | list[int]], dict[str, list[int]]]:
    """The embedded gazetteer (data/places.tsv.gz, built by data/build_places.py): the places, the place(s)
    of each folded name, and the places of each country."""
    places: list[Place] = []
    exact: dict[str, int | list[int]] = {}
    by_country: dict[str, list[int]] = {}
    path = resources.files("dyads.attributes") / "data" / "places.tsv.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            gid, name, country, _admin1, pop, lat, lon, alternates = line.rstrip("\n").split("\t")
            n = len(places)
            places.append(Place(name, country, int(pop), float(lat), float(lon), int(gid)))
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


def lookup(name: str, countries: set[str] | frozenset[str] = frozenset()) -> Place | None:
    """The most populous place of that name, preferring the given countries; None when unsure.

    Spelling variants ("Maarat al-Numan" for "Ma'arrat an-Nu'man") are matched only inside the
    document's countries, where a loose match is very likely the right place.
    """
    places, exact, _ = _index()
    key = fold(clean_place_name(name))
    if not key:
        return None
    found = exact.get(key, ())
    candidates = [places[found]] if isinstance(found, int) else [places[i] for i in found]
    local = [p for p in candidates if p.country in countries]
    if not local:
        sk = skeleton(key)
        local = [places[i] for c in sorted(countries) for i in _skeletons(c).get(sk, ())]
    if local:
        return max(local, key=lambda p: p.population)
    if not candidates:
        return None
    best = max(candidates, key=lambda p: p.population)
    # a name known only abroad is taken only when the place is big enough to be the likely referent, or
    # the article names no country at all ("Cauca" in a story about Colombia is its department, not a
    # Spanish village: the place degrades to the country, never to another continent)
    if best.population >= 100_000:
        return best
    return best if not countries and len({p.country for p in candidates}) == 1 else None
