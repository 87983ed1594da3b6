"""`dyads eval`: precision, recall and F1 of the coder against gold files.

Two gold formats (README, "Measuring accuracy"):

* sentence level, as in the public sets: ``{id, text, date, events: [{source, target, code}]}``; an
  empty list means no event is expected.  Scored at several levels: root only; (source country, target
  country, root); (source country, target country, full code); (source code, target code, root); and
  PLOVER type where the gold gives one.
* document level (benchmarks/gold/FORMAT.md): ``{doc_id, corpus|text, published, events: [...], must_not}``.
  Events match within a document on source, target and root; recall over core events, precision
  against all gold events; date, place and fatalities scored on matched events.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyads.ingest import read_text
from dyads.pipeline import Pipeline
from dyads.records import Event, Mention


class GoldError(ValueError):
    pass


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # predictions matched when precision counts more gold than recall does (document level: every gold
    # event is a correct prediction, but recall is measured over the core events only)
    precision_tp: int | None = None

    @property
    def precision(self) -> float:
        tp = self.tp if self.precision_tp is None else self.precision_tp
        return tp / (tp + self.fp) if tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: list, pred: list) -> None:
        g, p = Counter(gold), Counter(pred)
        hit = sum((g & p).values())
        self.tp += hit
        self.fp += sum(p.values()) - hit
        self.fn += sum(g.values()) - hit

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            **({} if self.precision_tp is None else {"precision_tp": self.precision_tp}),
        }


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hit += int(ok)

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 4), "hit": self.hit, "total": self.total}


@dataclass
class Report:
    gold: str
    kind: str  # sentence | document
    cases: int = 0
    levels: dict[str, Tally] = field(default_factory=dict)
    ratios: dict[str, Ratio] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def level(self, name: str) -> Tally:
        return self.levels.setdefault(name, Tally())

    def ratio(self, name: str) -> Ratio:
        return self.ratios.setdefault(name, Ratio())

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "kind": self.kind,
            "cases": self.cases,
            "levels": {k: v.as_dict() for k, v in self.levels.items()},
            "accuracy": {k: v.as_dict() for k, v in self.ratios.items()},
            "errors": self.errors,
        }


# -- actor code helpers ----------------------------------------------------------------------------------

_NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "INT")


def gold_country(code: Any) -> str | None:
    """The country part of a gold actor code: "USAGOV" -> "USA", "IGOUNO" -> "IGO", "---"/null -> None."""
    if not isinstance(code, str) or not code or code.startswith(("-", '"')):
        return None
    return code[:3].upper()


def mention_country(m: Mention | None) -> str | None:
    if m is None:
        return None
    a = m.actor
    if a.country:
        return a.country
    prefix = a.code[:3]
    return prefix if prefix in _NON_STATE_PREFIXES else None


def _norm_country(c: str | None) -> str | None:
    # legacy CAMEO codes in the public sets
    return {"ROM": "ROU", "JAP": "JPN", "KOS": "XKX", "KSV": "XKX", "TMP": "TLS", "MTN": "MNE"}.get(
        c or "", c
    )


# -- reading gold ------------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
            if not isinstance(rec, dict):
                raise GoldError(f"{path}:{n}: a gold record must be a JSON object")
            yield n, rec


def gold_kind(first: dict[str, Any]) -> str:
    if "doc_id" in first and ("corpus" in first or "must_not" in first or "published" in first):
        return "document"
    if "text" in first and "events" in first:
        return "sentence"
    raise GoldError(
        "cannot tell the gold format: expected {id, text, events} or {doc_id, corpus|text, events}"
    )


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# -- sentence-level gold -----------------------------------------------------------------------------------


def score_sentences(
    pipeline: Pipeline, path: Path, records: list[tuple[int, dict[str, Any]]], show_errors: int = 0
) -> Report:
    """Gold without actors (the CAMEO codebook examples) tests predicate coding only: there, events whose
    actors are unknown count too (Pipeline(partial=True))."""
    report = Report(str(path), "sentence")
    if all(not (e.get("source") or e.get("target")) for _, r in records for e in r.get("events") or []):
        pipeline = pipeline.with_partial_events()
    docs = []
    for n, rec in records:
        text = rec.get("text")
        if not isinstance(text, str) or not isinstance(rec.get("events"), list):
            raise GoldError(f"{path}:{n}: a sentence record needs 'text' and an 'events' list")
        docs.append(read_text(text, doc_id=str(rec.get("id", n)), published=_date(rec.get("date"))))
    for (_n, rec), coded in zip(records, pipeline.code_documents(docs), strict=True):
        report.cases += 1
        events: list[Event] = coded.events
        gold = rec["events"]
        g_root = [str(e["code"])[:2] for e in gold if e.get("code")]
        p_root = [e.cameo_root for e in events]
        report.level("root").add(g_root, p_root)
        if g_root:
            found = bool(set(g_root) & set(p_root))
            report.ratio("root (any event with the gold root)").add(found)
            if not found and len(report.errors) < show_errors and not any(e.get("source") for e in gold):
                report.errors.append(
                    {
                        "id": rec.get("id"),
                        "text": rec["text"],
                        "gold_roots": g_root,
                        "output": [f"{e.cameo} {e.trigger_text}" for e in events],
                    }
                )
        # dyad levels use only gold events whose actors are coded
        # PLOVER gold without a CAMEO code is scored on the PLOVER type only
        coded_gold = [
            e
            for e in gold
            if gold_country(e.get("source")) and gold_country(e.get("target")) and e.get("code")
        ]
        if coded_gold or not gold:
            g = [
                (
                    _norm_country(gold_country(e["source"])),
                    _norm_country(gold_country(e["target"])),
                    str(e["code"])[:2],
                )
                for e in coded_gold
            ]
            p = [(mention_country(e.source), mention_country(e.target), e.cameo_root) for e in events]
            report.level("source country, target country, root").add(g, p)
            report.level("source country, target country, code").add(
                [(a, b, str(e["code"])) for (a, b, _), e in zip(g, coded_gold, strict=True)],
                [(mention_country(e.source), mention_country(e.target), e.cameo) for e in events],
            )
            report.level("source code, target code, root").add(
                [(str(e["source"]), str(e["target"]), str(e["code"])[:2]) for e in coded_gold],
                [
                    (
                        e.source.actor.code if e.source else None,
                        e.target.actor.code if e.target else None,
                        e.cameo_root,
                    )
                    for e in events
                ],
            )
            if len(report.errors) < show_errors and sorted(g, key=str) != sorted(p, key=str):
                report.errors.append({"id": rec.get("id"), "text": rec["text"], "gold": g, "output": p})
        plover = [
            e.get("plover_event_2023") or e.get("plover_event")
            for e in gold
            if e.get("plover_event_2023") or e.get("plover_event")
        ]
        if plover:
            got = {e.plover_type for e in events}
            for t in plover:
                report.ratio("PLOVER type").add(t in got)
            typed = [e for e in gold if gold_country(e.get("source")) and gold_country(e.get("target"))]
            report.level("source country, target country, PLOVER type").add(
                [
                    (
                        _norm_country(gold_country(e["source"])),
                        _norm_country(gold_country(e["target"])),
                        e.get("plover_event_2023") or e.get("plover_event"),
                    )
                    for e in typed
                ],
                [(mention_country(e.source), mention_country(e.target), e.plover_type) for e in events],
            )
    return report


# -- document-level gold -----------------------------------------------------------------------------------


def _corpus_texts(corpus: Path | None, ids: set[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    if corpus is None or not corpus.is_file():
        raise GoldError(
            f"the gold refers to corpus records; pass the corpus file with --corpus (got {corpus})"
        )
    found: dict[str, dict[str, Any]] = {}
    for _n, rec in read_jsonl(corpus):
        if rec.get("id") in ids:
            found[rec["id"]] = rec
    missing = ids - set(found)
    if missing:
        raise GoldError(
            f"{corpus}: {len(missing)} gold documents not in the corpus, e.g. {sorted(missing)[:3]}"
        )
    return found


def _document_country(m: Mention | None) -> str | None:
    # the document gold's key (``_actor_key``): a country, "IGO" for an intergovernmental body, and nothing
    # for other actors without a country (Islamic State, an NGO, a company)
    c = mention_country(m)
    return c if c is None or c == "IGO" or c not in _NON_STATE_PREFIXES else None


def _actor_key(a: dict[str, Any] | None) -> str | None:
    if not a:
        return None
    if a.get("country"):
        return _norm_country(str(a["country"]).upper())
    return "IGO" if str(a.get("sector", "")).upper() == "IGO" else None


def score_documents(
    pipeline: Pipeline,
    path: Path,
    records: list[tuple[int, dict[str, Any]]],
    corpus: Path | None,
    show_errors: int = 0,
) -> Report:
    report = Report(str(path), "document")
    need = {str(r["doc_id"]) for _, r in records if "text" not in r}
    texts = _corpus_texts(corpus, need)
    docs = []
    for n, rec in records:
        if not isinstance(rec.get("events"), list):
            raise GoldError(f"{path}:{n}: a document record needs an 'events' list")
        doc_id = str(rec["doc_id"])
        source = rec if "text" in rec else texts[doc_id]
        published = _date(rec.get("published")) or _date(source.get("date"))
        docs.append(read_text(source["text"], doc_id=doc_id, title=source.get("title"), published=published))
    core = Tally()
    allgold = Tally()
    for (_n, rec), coded in zip(records, pipeline.code_documents(docs), strict=True):
        report.cases += 1
        events = coded.events
        gold = rec["events"]
        pred = [(_document_country(e.source), _document_country(e.target), e.cameo_root) for e in events]
        unmatched = list(range(len(events)))
        matched_core = 0
        hits = _match(gold, events, pred)
        for gi, g in enumerate(gold):
            key = _gold_key(g)
            hit = hits.get(gi)
            if hit is None:
                if g.get("core", True):
                    core.fn += 1
                allgold.fn += 1
                if len(report.errors) < show_errors:
                    ev = g.get("evidence") or {}
                    text = coded.document.text
                    sentence = text[ev["start"] : ev["end"]] if "start" in ev and "end" in ev else None
                    report.errors.append(
                        {
                            "doc_id": rec["doc_id"],
                            "missed": key,
                            "core": g.get("core", True),
                            "sentence": sentence,
                        }
                    )
                continue
            unmatched.remove(hit)
            allgold.tp += 1
            if g.get("core", True):
                matched_core += 1
            e = events[hit]
            if g.get("date"):
                report.ratio("date exact (matched)").add(e.date == g["date"])
                if e.date != g["date"] and len(report.errors) < show_errors:
                    report.errors.append(
                        {"doc_id": rec["doc_id"], "date": [g["date"], e.date], "sentence": e.sentence[:200]}
                    )
            loc = g.get("location")
            if loc and loc.get("country"):
                ok = bool(e.location) and e.location.get("country") == loc["country"]
                report.ratio("place country (matched)").add(ok)
                if not ok and len(report.errors) < show_errors:
                    report.errors.append(
                        {"doc_id": rec["doc_id"], "place": [loc, e.location], "sentence": e.sentence[:200]}
                    )
            if g.get("fatalities") is not None:
                report.ratio("fatalities exact (matched)").add(e.fatalities == g["fatalities"])
                if e.fatalities != g["fatalities"] and len(report.errors) < show_errors:
                    report.errors.append(
                        {
                            "doc_id": rec["doc_id"],
                            "fatalities": [g["fatalities"], e.fatalities],
                            "sentence": e.sentence[:200],
                        }
                    )
        core.tp += matched_core
        allgold.fp += len(unmatched)
        for i in unmatched[: max(0, show_errors - len(report.errors))]:
            e = events[i]
            report.errors.append({"doc_id": rec["doc_id"], "false_positive": pred[i], "sentence": e.sentence})
        for rule in rec.get("must_not") or []:
            roots = {str(r)[:2] for r in rule.get("roots", [])}
            for s, t, r in pred:
                if s == rule.get("source_country") and t == rule.get("target_country") and r in roots:
                    report.ratio("must_not violations (lower is better)").add(True)
                    break
            else:
                report.ratio("must_not violations (lower is better)").add(False)
    report.levels["core recall / all precision"] = Tally(core.tp, allgold.fp, core.fn, allgold.tp)
    report.levels["all gold events"] = allgold
    return report


def _gold_key(g: dict[str, Any]) -> tuple[str | None, str | None, str]:
    return (_actor_key(g.get("source")), _actor_key(g.get("target")), str(g.get("cameo", ""))[:2])


def _match(
    gold: list[dict[str, Any]], events: list[Event], pred: list[tuple[str | None, str | None, str]]
) -> dict[int, int]:
    """Gold event index -> predicted event index, one to one, on (source, target, root).

    A prediction whose trigger lies inside a gold event's evidence span is preferred to one elsewhere in the
    document, so that date, place and fatalities are compared with the report of the same event; core
    gold events are matched first (recall is measured on them).  Among equally placed candidates (several
    in the span, or none in it) one with the gold event's date is taken, as the likelier report of the
    same act.  No preference changes how many gold events are matched, only which prediction is compared."""
    free = set(range(len(events)))
    hits: dict[int, int] = {}
    for core, same_place in ((True, True), (True, False), (False, True), (False, False)):
        for gi in range(len(gold)):
            if gi in hits or bool(gold[gi].get("core", True)) != core:
                continue
            g = gold[gi]
            key = _gold_key(g)
            ev = g.get("evidence") or {}
            candidates = [
                i
                for i in sorted(free)
                if pred[i] == key
                and not (
                    same_place
                    and not (
                        "start" in ev and "end" in ev and ev["start"] <= events[i].trigger[0] < ev["end"]
                    )
                )
            ]
            if candidates:
                same_date = [i for i in candidates if g.get("date") and events[i].date == g["date"]]
                hits[gi] = (same_date or candidates)[0]
                free.discard(hits[gi])
    return hits


def evaluate(pipeline: Pipeline, path: Path, corpus: Path | None = None, show_errors: int = 0) -> Report:
    if not path.is_file():
        raise GoldError(f"{path}: no such gold file")
    records = list(read_jsonl(path))
    if not records:
        raise GoldError(f"{path}: the gold file is empty")
    kind = gold_kind(records[0][1])
    if kind == "sentence":
        return score_sentences(pipeline, path, records, show_errors)
    return score_documents(pipeline, path, records, corpus, show_errors)


def render(reports: Iterable[Report]) -> str:
    lines = []
    for r in reports:
        lines.append(f"{r.gold}  ({r.kind} level, {r.cases} cases)")
        for name, t in r.levels.items():
            lines.append(
                f"  {name:<42} P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}"
                f"   (tp {t.tp}{'' if t.precision_tp is None else f' of {t.precision_tp} matched'}, "
                f"fp {t.fp}, fn {t.fn})"
            )
        for name, q in r.ratios.items():
            lines.append(f"  {name:<42} {q.value:.3f}   ({q.hit}/{q.total})")
        for e in r.errors:
            lines.append("    - " + json.dumps(e, ensure_ascii=False)[:400])
    return "\n".join(lines) + "\n"
