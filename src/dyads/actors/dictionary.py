"""The actor dictionary: YAML data files (see data/README.md) loaded into a phrase index.

The index maps surface forms to entries.  It is built once per process (per set of extra files) and
shared read-only; the spaCy PhraseMatchers built from it are cached per vocabulary.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher

# The order sector codes are written in an actor code ("SYRGOVMIL" never "SYRMILGOV").
SECTOR_ORDER = (
    "GOV",
    "MIL",
    "COP",
    "SPY",
    "JUD",
    "LEG",
    "REB",
    "INS",
    "SEP",
    "OPP",
    "PTY",
    "ELI",
    "IGO",
    "MED",
    "BUS",
    "CVL",
    "REF",
    "LAB",
    "EDU",
    "HLH",
    "HRI",
    "AGR",
    "CRM",
    "NGO",
    "RAD",
    "MOD",
    "UAF",
    "ENV",
    "DEV",
    "IMG",
    "MNC",
)


class DictionaryError(ValueError):
    """A data file that does not follow the documented format."""


@dataclass(frozen=True)
class Role:
    country: str | None
    sectors: tuple[str, ...]
    title: str
    start: dt.date | None
    end: dt.date | None
    code: str | None = None  # explicit code for non-state posts (EU, AU)

    def valid_on(self, day: dt.date) -> bool:
        return _held_on(self.start, self.end, day)


@dataclass(frozen=True)
class Member:
    """A state's membership of a named group of states ("the E3"), with the dates it held."""

    country: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        return day is None or _held_on(self.start, self.end, day)


def _held_on(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    """Does a tenure or membership from ``start`` to ``end`` (open where None) include ``day``?"""
    return (start is None or start <= day) and (end is None or day <= end)


@dataclass(frozen=True)
class Entry:
    """One dictionary entry: a state, IGO, group or person."""

    kind: str  # state | igo | group | person
    name: str
    code: str
    country: str | None
    sectors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    metonyms: tuple[tuple[str, str], ...] = ()
    # a people with no single home state ("Kurds"): the states it lives in, one of which the context picks
    homes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Surface:
    """A surface form and what it stands for.  ``how`` says which kind of form matched."""

    entry: Entry
    how: str  # name | adjective | capital | metonym | person | group | people
    sectors: tuple[str, ...] = ()  # sectors the form itself implies (capital -> GOV, "Pentagon" -> MIL)


@dataclass
class ActorDictionary:
    names: dict[str, list[Surface]] = field(default_factory=dict)  # case-sensitive surface forms
    sector_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lowercase agent nouns
    states: dict[str, Entry] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    # a group of states that acts as its members ("the E3" = France, Germany, the UK), by the group's code
    members: dict[str, tuple[Member, ...]] = field(default_factory=dict)

    def members_on(self, code: str, day: dt.date | None) -> list[Entry]:
        """The member states of group ``code`` on ``day`` (none for an ordinary actor)."""
        return [
            self.states[m.country]
            for m in self.members.get(code, ())
            if m.valid_on(day) and m.country in self.states
        ]

    def add(self, form: str, surface: Surface) -> None:
        form = " ".join(form.split())
        if not form:
            return
        bucket = self.names.setdefault(form, [])
        claimed = self.__dict__.get("_claimed")
        if claimed is not None and form not in claimed:
            # a user's file says what this form means: the bundled meanings give way
            claimed.add(form)
            bucket.clear()
        if all(s.entry.code != surface.entry.code or s.how != surface.how for s in bucket):
            bucket.append(surface)

    # spaCy matchers are built lazily per vocabulary and cached on the dictionary object
    def matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
        cache: dict[int, tuple[PhraseMatcher, PhraseMatcher]] = self.__dict__.setdefault("_matchers", {})
        key = id(nlp.vocab)
        if key not in cache:
            names = PhraseMatcher(nlp.vocab, attr="ORTH")
            forms = list(self.names)
            for form, doc in zip(forms, nlp.tokenizer.pipe(forms), strict=True):
                names.add(form, [doc])
            nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
            phrases = list(self.sector_nouns)
            for phrase, doc in zip(phrases, nlp.tokenizer.pipe(phrases), strict=True):
                # "Sen." and "Lt. Col." are single-token exceptions of the tokenizer only when capitalised
                titled = nlp.tokenizer(phrase.title())
                same = [t.lower_ for t in titled] == [t.lower_ for t in doc]
                nouns.add(phrase, [doc] if same else [doc, titled])
            cache[key] = (names, nouns)
        return cache[key]


def sector_code(country: str | None, sectors: Iterable[str]) -> str:
    ordered = sorted(set(sectors), key=lambda s: SECTOR_ORDER.index(s) if s in SECTOR_ORDER else 99)
    return (country or "") + "".join(ordered)


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise DictionaryError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _load_states(d: ActorDictionary, items: list[dict[str, Any]], where: str) -> None:
    for item in items:
        try:
            code = str(item["code"]).upper()
            name = str(item["name"])
        except KeyError as exc:
            raise DictionaryError(f"{where}: state entry without {exc.args[0]!r}: {item!r}") from exc
        metonyms = tuple((str(k), str(v)) for k, v in (item.get("metonyms") or {}).items())
        entry = Entry("state", name, code, code, (), metonyms=metonyms)
        d.states[code] = entry
        for form in [name, *_list(item.get("names"))]:
            d.add(form, Surface(entry, "name"))
        for form in _list(item.get("adjectives")):
            d.add(form, Surface(entry, "adjective"))
        for form in _list(item.get("capitals")):
            d.add(form, Surface(entry, "capital", ("GOV",)))
        for form, sector in metonyms:
            d.add(form, Surface(entry, "metonym", (sector,)))


def _load_organisations(d: ActorDictionary, items: list[dict[str, Any]], kind: str, where: str) -> None:
    for item in items:
        try:
            code = str(item["code"])
            name = str(item["name"])
        except KeyError as exc:
            raise DictionaryError(f"{where}: {kind} entry without {exc.args[0]!r}: {item!r}") from exc
        country = item.get("country")
        sectors = tuple(_list(item.get("sectors"))) or (("IGO",) if kind == "igo" else ())
        entry = Entry(kind, name, code, str(country) if country else None, sectors)
        if item.get("members"):
            d.members[code] = tuple(_member(m, where) for m in _list_of_items(item["members"], where))
        for form in [name, *_list(item.get("names"))]:
            d.add(form, Surface(entry, "name"))
        for form in _list(item.get("leaders")):
            d.add(form, Surface(entry, "group"))


def _list_of_items(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise DictionaryError(f"{where}: 'members' must be a list, not {value!r}")
    return value


def _member(item: Any, where: str) -> Member:
    """A member is a state code ("FRA") or a mapping {country, start, end} when membership changed."""
    if isinstance(item, str):
        return Member(item)
    if isinstance(item, dict) and item.get("country"):
        return Member(str(item["country"]), _date(item.get("start"), where), _date(item.get("end"), where))
    raise DictionaryError(f"{where}: a member is a state code or {{country, start, end}}, not {item!r}")


def _load_people(d: ActorDictionary, items: list[dict[str, Any]], where: str) -> None:
    for item in items:
        name = str(item.get("name") or "")
        if not name:
            raise DictionaryError(f"{where}: person entry without 'name': {item!r}")
        roles = []
        for r in item.get("roles") or []:
            here = f"{where}: {name}"
            roles.append(
                Role(
                    country=str(r["country"]) if r.get("country") else None,
                    sectors=tuple(_list(r.get("sectors"))) or ("GOV",),
                    title=str(r.get("title") or ""),
                    start=_date(r.get("start"), here),
                    end=_date(r.get("end"), here),
                    code=str(r["code"]) if r.get("code") else None,
                )
            )
        if not roles:
            raise DictionaryError(f"{where}: person {name!r} has no roles")
        roles.sort(key=lambda r: r.start or dt.date.min)
        first = roles[-1]
        entry = Entry(
            "person",
            name,
            first.code or sector_code(first.country, first.sectors),
            first.country,
            first.sectors,
            tuple(roles),
        )
        for form in [name, *_list(item.get("names"))]:
            d.add(form, Surface(entry, "person"))


def _load_peoples(d: ActorDictionary, items: list[dict[str, Any]], where: str) -> None:
    for item in items:
        name = str(item.get("name") or "")
        if not name:
            raise DictionaryError(f"{where}: people entry without 'name': {item!r}")
        country = str(item["country"]).upper() if item.get("country") else None
        homes = tuple(str(h).upper() for h in _list(item.get("homes")))
        entry = Entry("people", name, country or "", country, ("CVL",), homes=homes)
        for form in [name, *_list(item.get("names"))]:
            d.add(form, Surface(entry, "people"))


def _load_sectors(d: ActorDictionary, mapping: dict[str, Any], where: str) -> None:
    if not isinstance(mapping, dict):
        raise DictionaryError(f"{where}: sectors must map a sector code to a list of nouns")
    for sector, nouns in mapping.items():
        for noun in _list(nouns):
            key = " ".join(noun.lower().split())
            claimed = d.__dict__.get("_claimed")
            if claimed is not None and ("sector:" + key) not in claimed:
                claimed.add("sector:" + key)  # a user's phrase replaces the bundled codes
                d.sector_nouns.pop(key, None)
            prev = d.sector_nouns.get(key, ())
            if sector not in prev:
                d.sector_nouns[key] = (*prev, str(sector))


_LOADERS = {
    "states": lambda d, v, w: _load_states(d, v, w),
    "igos": lambda d, v, w: _load_organisations(d, v, "igo", w),
    "groups": lambda d, v, w: _load_organisations(d, v, "group", w),
    "leaders": lambda d, v, w: _load_people(d, v, w),
    "peoples": lambda d, v, w: _load_peoples(d, v, w),
    "sectors": lambda d, v, w: _load_sectors(d, v, w),
}


def _read_yaml(text: str, where: str) -> Any:
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{where}: not valid YAML: {exc}") from exc


def load_user_file(d: ActorDictionary, path: str | Path) -> None:
    """Add a user's actor file: a YAML mapping with any of the keys states, igos, groups, leaders, peoples
    and sectors."""
    p = Path(path)
    if not p.is_file():
        raise DictionaryError(f"{p}: actor file not found")
    data = _read_yaml(p.read_text(encoding="utf-8"), str(p))
    if not isinstance(data, dict) or not set(data) <= set(_LOADERS):
        raise DictionaryError(f"{p}: an actor file is a YAML mapping with keys among {sorted(_LOADERS)}")
    d.__dict__["_claimed"] = set()
    try:
        for key, value in data.items():
            _LOADERS[key](d, value or ([] if key != "sectors" else {}), str(p))
    finally:
        d.__dict__.pop("_claimed", None)


@functools.lru_cache(maxsize=8)
def load_dictionary(extra_files: tuple[str, ...] = ()) -> ActorDictionary:
    """The bundled dictionary plus the user's files (later files add to and extend earlier ones)."""
    d = ActorDictionary(sources=("bundled", *extra_files))
    base = resources.files("dyads.actors") / "data"
    files = {res.name: res for res in base.iterdir() if res.name.endswith(".yaml")}
    for key in ("states", "igos", "groups", "leaders", "peoples", "sectors"):
        # "leaders.yaml" and its regional companions ("leaders_africa.yaml", ...), in name order
        names = sorted(n for n in files if n == f"{key}.yaml" or n.startswith(f"{key}_"))
        for name in names:
            data = _read_yaml(files[name].read_text(encoding="utf-8"), f"bundled {name}")
            _LOADERS[key](d, data or ([] if key != "sectors" else {}), f"bundled {name}")
    for path in extra_files:
        load_user_file(d, path)
    return d
