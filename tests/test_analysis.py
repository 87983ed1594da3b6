"""The alliance network, blocs, series, shifts and pictures, on our own fixture articles (coded by the real
pipeline) and on small synthetic graphs where the right answer is known."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import struct
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner

from dyads.analysis.blocs import EXACT_LIMIT, describe, frustration, partition_signed
from dyads.analysis.network import actor_node, build_network, node_labels, recency
from dyads.analysis.plots import plot_network, plot_series
from dyads.analysis.series import dyad_series
from dyads.analysis.shifts import find_shifts
from dyads.interfaces.cli import main
from dyads.pipeline import default_pipeline
from dyads.store import EventFilter, Store

FIXTURES = Path(__file__).parent / "fixtures" / "store"
REPORTS = FIXTURES / "reports.jsonl"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_db8e1c7711a0339e.txt"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "events.duckdb"
    with Store(path) as store:
        store.ingest([str(REPORTS)], pipeline=default_pipeline())
    return path


@pytest.fixture()
def store(store_path: Path):  # noqa: ANN201
    with Store(store_path, read_only=True) as s:
        yield s


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def bloc_sets(result: Any) -> list[frozenset[str]]:
    return [frozenset(b.nodes) for b in result.blocs]


def together(result: Any, *nodes: str) -> bool:
    return any(set(nodes) <= b for b in bloc_sets(result))


# ------------------------------------------------------------------------------------------ network


@pytest.mark.parametrize(
    ("code", "node"),
    [
        ("SYR", "SYR"),
        ("SYRGOV", "SYR"),
        ("SYRMIL", "SYR"),
        ("SYRGOVMIL", "SYR"),
        ("SYRCOP", "SYR"),
        ("LBYREB", "LBYREB"),
        ("LBYGOV", "LBY"),
        ("SYRREBHTS", "SYRREBHTS"),
        ("AFGGOVTAL", "AFGGOVTAL"),
        ("RUSMILWAG", "RUSMILWAG"),
        ("IGOUNOSEC", "IGOUNO"),
        ("IGOARL", "IGOARL"),
        ("IMGISI", "IMGISI"),
        ("VENOPP", "VENOPP"),
        ("CVL", None),
        ("SYRCVL", None),
        ("SYRMED", None),
        ("REB", None),
        ("NGOAMN", None),
        (None, None),
        ("IMG", None),
    ],
)
def test_actor_codes_aggregate_into_political_actors(code: str | None, node: str | None) -> None:
    assert actor_node(code) == node


def test_node_labels() -> None:
    labels = node_labels(
        [
            ("SYR", "Syria", "state", 5),
            ("SYRGOV", "Walid Muallem", "person", 3),
            ("LBY", "Libya", "state", 2),
            ("LBYGOV", "Government of National Accord", "group", 4),
            ("LBYREB", "Libyan National Army", "group", 6),
            ("IGOUNOSEC", "UN Security Council", "igo", 1),
            ("IGOUNO", "United Nations", "igo", 7),
            ("VENOPP", "protesters", "agent", 2),
        ]
    )
    assert labels["SYR"] == "Syria"
    assert labels["LBY"] == "Libya (Government of National Accord)"
    assert labels["LBYREB"] == "Libyan National Army"
    assert labels["IGOUNO"] == "United Nations"
    assert labels["VENOPP"] == "Venezuela: opposition"


def _row(src: str, tgt: str, g: float, day: dt.date, fid: str, precision: str = "day") -> dict[str, Any]:
    end = (
        day
        if precision == "day"
        else (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    )
    return {
        "fused_id": fid,
        "source_code": src,
        "target_code": tgt,
        "goldstein": g,
        "date_start": day,
        "date_end": end,
        "date": day.isoformat() if precision == "day" else day.isoformat()[:7],
        "date_precision": precision,
        "quad_class": 1 if g > 0 else 4,
        "cameo": "190" if g < 0 else "051",
        "cameo_name": "x",
        "n_sources": 1,
        "sentence": "",
    }


def test_edge_weight_is_recency_weighted_cooperation_minus_conflict() -> None:
    ref = dt.date(2020, 12, 31)
    rows = [
        _row("RUS", "SYRGOV", 4.0, ref, "a"),
        _row("SYRMIL", "RUS", 4.0, ref - dt.timedelta(days=100), "b"),  # one half-life old
        _row("TURMIL", "SYRMIL", -10.0, ref, "c"),
        _row("TUR", "SYR", 3.0, ref, "d"),
        _row("SYRGOV", "SYRMIL", -5.0, ref, "e"),  # inside one actor: left out
        _row("SYRGOV", "CVL", -10.0, ref, "f"),  # civilians are not an alliance actor
    ]
    net = build_network(rows, half_life_days=100, reference=ref)
    g = net.graph
    assert g.edges["RUS", "SYR"]["weight"] == pytest.approx(4.0 + 2.0)
    assert g.edges["RUS", "SYR"]["events"] == ["a", "b"]  # strongest first
    assert g.edges["SYR", "TUR"]["weight"] == pytest.approx(-7.0)
    assert g.edges["SYR", "TUR"]["cooperation"] == pytest.approx(3.0)
    assert g.edges["SYR", "TUR"]["conflict"] == pytest.approx(10.0)
    assert set(g.nodes) == {"RUS", "SYR", "TUR"} and net.left_out == 2
    assert g.nodes["SYR"]["codes"] == {"SYRGOV", "SYRMIL", "SYR"}
    flat = build_network(rows, half_life_days=None, reference=ref)
    assert flat.graph.edges["RUS", "SYR"]["weight"] == pytest.approx(8.0)
    assert recency(0, 30) == 1.0 and recency(30, 30) == pytest.approx(0.5) and recency(-5, 30) == 1.0


def test_an_event_dated_after_its_report_counts_from_the_report() -> None:
    published = dt.date(2020, 3, 2)
    rows = [
        {**_row("TUR", "SYR", -10.0, dt.date(2020, 3, 1), "a"), "first_published": published},
        # "since April" misread as the coming April: it must not move the window's end into the future
        {
            **_row("RUS", "LBYREB", 3.4, dt.date(2020, 4, 1), "b", precision="month"),
            "first_published": published,
        },
    ]
    net = build_network(rows, half_life_days=30)
    assert net.reference == published
    assert net.graph.edges["LBYREB", "RUS"]["weight"] == pytest.approx(3.4)
    assert net.graph.edges["SYR", "TUR"]["weight"] == pytest.approx(-10.0 * 0.5 ** (1 / 30))


def test_min_events_drops_thin_ties() -> None:
    ref = dt.date(2020, 1, 10)
    rows = [
        _row("RUS", "SYR", 4.0, ref, "a"),
        _row("RUS", "SYR", 4.0, ref, "b"),
        _row("TUR", "SYR", -10, ref, "c"),
    ]
    net = build_network(rows, min_events=2, half_life_days=None)
    assert list(net.graph.edges) == [("RUS", "SYR")]


def test_store_network_edges_carry_their_events(store: Store) -> None:
    net = store.network()
    g = net.graph
    assert g.edges["LBYREB", "RUS"]["weight"] > 0  # "Russia backs Haftar's Libyan National Army"
    assert g.edges["LBY", "TUR"]["weight"] > 0  # "Turkey supports the Government of National Accord"
    assert g.edges["SYR", "TUR"]["weight"] < 0  # the drone strikes
    assert g.edges["LBY", "LBYREB"]["weight"] < 0  # Haftar's forces shelled the GNA
    events = {e["fused_id"]: e for e in store.events()}
    for u, v, d in g.edges(data=True):
        assert d["events"] and len(d["events"]) == d["n_events"]
        for fid in d["events"]:
            e = events[fid]
            assert {actor_node(e["source_code"]), actor_node(e["target_code"])} == {u, v}
    strike = next(e for e in store.events(root="19") if e["n_mentions"] == 4)
    assert strike["fused_id"] in g.edges["SYR", "TUR"]["events"]


# ------------------------------------------------------------------------------------------ blocs


def _graph(edges: list[tuple[str, str, float]]) -> nx.Graph:
    g = nx.Graph()
    for u, v, w in edges:
        g.add_edge(u, v, weight=w)
    return g


def _camps(noise: float, seed: int) -> tuple[nx.Graph, list[str], list[str]]:
    rng = random.Random(seed)
    camp_a = [f"A{i}" for i in range(8)]
    camp_b = [f"B{i}" for i in range(7)]
    edges = []
    for u, v in itertools.combinations(camp_a + camp_b, 2):
        if rng.random() < 0.6:
            w = rng.uniform(1, 5) * (1 if u[0] == v[0] else -1)
            if rng.random() < noise:
                w = -w  # a tie against the grain
            edges.append((u, v, w))
    return _graph(edges), camp_a, camp_b


def test_two_planted_camps_are_found() -> None:
    g, camp_a, camp_b = _camps(noise=0.0, seed=3)
    assert len(g) > EXACT_LIMIT  # the heuristic path, not the exhaustive one
    assert sorted(map(sorted, partition_signed(g))) == [sorted(camp_a), sorted(camp_b)]


@pytest.mark.parametrize("seed", range(6))
def test_with_noise_the_blocs_are_at_least_as_balanced_as_the_planted_camps(seed: int) -> None:
    g, camp_a, camp_b = _camps(noise=0.1, seed=seed)
    found = {n: i for i, b in enumerate(partition_signed(g)) for n in b}
    planted = {n: (0 if n in camp_a else 1) for n in g}
    assert frustration(g, found) <= frustration(g, planted) + 1e-9
    biggest = sorted(partition_signed(g), key=len)[-2:]
    assert all(b <= set(camp_a) or b <= set(camp_b) for b in biggest)
    assert sum(len(b) for b in biggest) >= 11


def test_heuristic_matches_the_exact_optimum_on_small_random_graphs() -> None:
    import numpy as np

    from dyads.analysis.blocs import _exact, _improve, _spectral

    rng = np.random.default_rng(11)
    for _ in range(25):
        n = 7
        w = np.triu(rng.normal(0, 3, (n, n)) * (rng.random((n, n)) < 0.6), 1)
        w = w + w.T

        def cost(assign: list[int], w: np.ndarray = w, n: int = n) -> float:
            return sum(
                abs(w[i, j])
                for i, j in itertools.combinations(range(n), 2)
                if w[i, j] and (assign[i] == assign[j]) == (w[i, j] < 0)
            )

        best = cost(_exact(w))
        found = cost(_improve(w, _spectral(w)))
        assert found >= best - 1e-9
        assert found <= best + 0.2 * (np.abs(w).sum() / 2)  # close to the optimum


def test_balance_basics() -> None:
    allies = _graph([("a", "b", 2), ("b", "c", 2), ("a", "c", 1)])
    assert [sorted(b) for b in partition_signed(allies)] == [["a", "b", "c"]]
    enemies = _graph([("a", "b", -2), ("b", "c", -2), ("a", "c", -1)])
    assert sorted(map(sorted, partition_signed(enemies))) == [["a"], ["b"], ["c"]]
    # the enemy of my enemy: a-b allies, both hostile to c
    g = _graph([("a", "b", 3), ("a", "c", -2), ("b", "c", -2)])
    parts = partition_signed(g)
    assert {frozenset(p) for p in parts} == {frozenset("ab"), frozenset("c")}
    assert frustration(g, {"a": 0, "b": 0, "c": 1}) == 0


def test_an_actor_without_a_cooperative_tie_is_not_put_in_a_bloc() -> None:
    # x is only hostile to c: joining the a-b bloc would cost nothing, but nothing supports it
    g = _graph([("a", "b", 3), ("a", "c", -4), ("b", "c", -4), ("c", "d", 2), ("x", "c", -1)])
    parts = {frozenset(p) for p in partition_signed(g)}
    assert parts == {frozenset("ab"), frozenset("cd"), frozenset("x")}


def test_store_blocs_with_evidence(store: Store) -> None:
    result = store.blocs()
    assert together(result, "SYR", "LBYREB", "RUS")
    assert together(result, "TUR", "LBY")
    assert result.bloc_of("SYR") != result.bloc_of("TUR")
    assert 0.8 < result.balance <= 1.0
    member = next(m for b in result.blocs for m in b.members if m.node == "LBYREB")
    assert {t.other for t in member.support} >= {"RUS"}
    assert {t.other for t in member.opposed} == {"LBY"}
    assert all(t.events for t in member.support + member.opposed)
    text = describe(result)
    assert "Libyan National Army" in text and "Balance" in text
    data = result.to_dict()
    json.dumps(data)
    assert data["balance"] == pytest.approx(result.balance, abs=1e-3)


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not checked out beside the repo")
def test_the_seed_article_gives_syria_haftar_russia_against_turkey_gna(tmp_path: Path) -> None:
    with Store(tmp_path / "seed.duckdb") as store:
        store.ingest([str(SEED)], pipeline=default_pipeline())
        result = store.blocs()
    multi = [b for b in bloc_sets(result) if len(b) > 1]
    assert frozenset({"SYR", "LBYREB", "RUS"}) in multi
    assert frozenset({"TUR", "LBY"}) in multi


# ------------------------------------------------------------------------------------------ series


def test_series_counts_and_goldstein() -> None:
    rows = [
        _row("TURMIL", "SYRMIL", -10, dt.date(2020, 3, 2), "a"),  # Monday
        _row("TURMIL", "SYRMIL", -10, dt.date(2020, 3, 4), "b"),
        _row("SYR", "TUR", 3, dt.date(2020, 3, 5), "c"),
        _row("TUR", "SYR", -4, dt.date(2020, 3, 20), "d"),
        _row("TUR", "SYR", 2, dt.date(2020, 3, 1), "m", precision="month"),  # "in March"
    ]
    weekly = dyad_series(rows, by="week")
    assert [r.period for r in weekly.rows] == [dt.date(2020, 3, 2), dt.date(2020, 3, 9), dt.date(2020, 3, 16)]
    first = weekly.rows[0]
    assert (first.events, first.q1, first.q4) == (3, 1, 2)
    assert first.goldstein_sum == pytest.approx(-17) and first.goldstein_mean == pytest.approx(-17 / 3)
    assert weekly.rows[1].events == 0 and weekly.rows[1].goldstein_mean is None  # a quiet week is a zero
    assert weekly.left_out == 1  # the month-precision event cannot be placed in a week
    monthly = dyad_series(rows, by="month")
    assert [(r.period, r.events) for r in monthly.rows] == [(dt.date(2020, 3, 1), 5)]
    assert monthly.left_out == 0
    daily = dyad_series(rows, by="day", since=dt.date(2020, 3, 1), until=dt.date(2020, 3, 3))
    assert [r.events for r in daily.rows] == [0, 1, 0]


def test_store_series_of_a_dyad(store: Store) -> None:
    s = store.series(EventFilter(dyad=("TUR", "SYR")), by="day")
    by_day = {r.period: r for r in s.rows}
    assert by_day[dt.date(2020, 3, 1)].q4 >= 1 and by_day[dt.date(2020, 3, 8)].q4 == 1
    assert s.total == sum(r.events for r in s.rows)
    raw = store.series(EventFilter(dyad=("TUR", "SYR")), by="day", mentions=True)
    assert raw.total > s.total  # five reports of two strikes are two events


# ------------------------------------------------------------------------------------------ shifts


def test_shifts_find_a_dyad_that_turned() -> None:
    d0 = dt.date(2021, 1, 1)
    rows = [
        _row("USA", "IRN", 4, d0, "a1"),
        _row("IRN", "USA", 3, d0 + dt.timedelta(days=5), "a2"),
        _row("USAMIL", "IRNMIL", -10, d0 + dt.timedelta(days=40), "b1"),
        _row("IRN", "USA", -4, d0 + dt.timedelta(days=45), "b2"),
        _row("FRA", "DEU", 3, d0, "c1"),
        _row("FRA", "DEU", 3, d0 + dt.timedelta(days=40), "c2"),  # steady
        _row("GBR", "FRA", 2, d0 + dt.timedelta(days=50), "d1"),  # new, small
    ]
    shifts = find_shifts(rows, window_days=30)
    top = shifts[0]
    assert (top.a, top.b) == ("IRN", "USA") and top.sign_change
    assert top.before.net == pytest.approx(7) and top.after.net == pytest.approx(-14)
    assert [e["fused_id"] for e in top.after.events] == ["b1", "b2"]
    assert all((s.a, s.b) != ("DEU", "FRA") or s.delta == 0 for s in shifts)
    assert find_shifts(rows, window_days=30, top=1) == shifts[:1]
    latest = find_shifts(rows, window_days=30, latest=True)
    assert {(s.a, s.b) for s in latest} >= {("FRA", "GBR")}


# ------------------------------------------------------------------------------------------ pictures


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_network_png_and_html(store: Store, tmp_path: Path) -> None:
    result = store.blocs()
    png = tmp_path / "net.png"
    n = plot_network(result, png)
    width, height = _png_size(png)
    assert n == len(result.network.graph) and width > 800 and height > 600
    page = tmp_path / "net.html"
    plot_network(result, page)
    text = page.read_text(encoding="utf-8")
    assert "<svg" in text and "Libyan National Army" in text
    assert "src=" not in text and "https://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    strike = next(e for e in store.events(root="19") if e["n_mentions"] == 4)
    assert strike["fused_id"] in text  # the evidence travels with the picture


def test_series_png(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "s.png"
    plot_series(store.series(EventFilter(dyad=("TUR", "SYR")), by="day"), out, title="TUR-SYR")
    assert _png_size(out)[0] > 800


# ------------------------------------------------------------------------------------------ the CLI


def test_cli_analysis_commands(store_path: Path, tmp_path: Path) -> None:
    db = str(store_path)
    blocs = run("blocs", "--db", db)
    assert blocs.exit_code == 0 and "Bloc 1:" in blocs.stdout and "Balance" in blocs.stdout
    as_json = json.loads(run("blocs", "--db", db, "--format", "json", "--half-life", "none").stdout)
    assert as_json["blocs"] and 0 <= as_json["balance"] <= 1
    empty = run("blocs", "--db", db, "--since", "2030")
    assert empty.exit_code == 0 and "No ties" in empty.stdout
    shifts = run("shifts", "--db", db, "--window", "7d")
    assert shifts.exit_code == 0 and "->" in shifts.stdout
    series = run("series", "--db", db, "--dyad", "TUR:SYR", "--by", "day", "--format", "csv")
    lines = series.stdout.splitlines()
    assert lines[0].startswith("period,events,verbal_cooperation") and len(lines) > 2
    png, html = tmp_path / "n.png", tmp_path / "n.html"
    assert run("plot", "network", "--db", db, "-o", str(png)).exit_code == 0 and _png_size(png)
    assert run("plot", "network", "--db", db, "-o", str(html)).exit_code == 0 and "<svg" in html.read_text()
    sp = tmp_path / "s.png"
    res = run("plot", "series", "--db", db, "--dyad", "TUR:SYR", "-o", str(sp), "--by", "day")
    assert res.exit_code == 0 and _png_size(sp)
    nothing = run("plot", "series", "--db", db, "--dyad", "FRA:DEU", "-o", str(tmp_path / "x.png"))
    assert nothing.exit_code == 1 and "nothing to draw" in nothing.output
