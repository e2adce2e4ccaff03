"""The python-basics topic's solutions against independent oracles.

Each solution is the grader's reference, so a wrong solution would pass wrong learners
and fail right ones. Every solution is run as the grader runs it (through the check's
driver, after the plain-value round trip) and compared with a computation that shares
none of its code: a model built on ``collections.defaultdict``, NumPy's
``sliding_window_view``, a regular-expression parser, scikit-learn's ``StandardScaler``.
The cases are the check's own plus extra seeded ones.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.preprocessing import StandardScaler

from conftest import topic_files
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/python-basics"


_check, _solution = topic_files(TOPIC)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution, run as the grader runs it, matches ``oracle`` on the check's cases and ``extra``."""
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args, **case.kwargs)
        got = check.seen(call(solution, case, check.driver))
        problem = compare(expected, got, check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


# ---------------------------------------------------------------- 01 log_metrics


def _per_metric(epochs: list[dict[str, float]]) -> dict[str, list[float]]:
    model: defaultdict[str, list[float]] = defaultdict(list)
    for epoch in epochs:
        for name, value in epoch.items():
            model[name].append(value)
    return dict(model)


def log_metrics_oracle(run_a: list[dict[str, float]], run_b: list[dict[str, float]]) -> dict[str, Any]:
    """What the check's script must report, from a defaultdict model of each run."""
    return {
        "run A": _per_metric(run_a),
        "run B, started without a history": _per_metric(run_b),
        "run A's dict after run B": _per_metric(run_a),
        "each later call returned the history it was given": [True] * (len(run_a) - 1),
    }


def _random_run(rng: random.Random, names: list[str]) -> list[dict[str, float]]:
    return [
        {name: round(rng.uniform(0, 5), 3) for name in names if rng.random() < 0.6}
        for _ in range(rng.randint(1, 12))
    ]


def test_log_metrics_matches_a_defaultdict_model() -> None:
    rng = random.Random(101)
    names = ["loss", "acc", "val_loss", "lr", "f1"]
    extra = [
        Case(f"random runs {i}, seed 101", (_random_run(rng, names), _random_run(rng, names)))
        for i in range(25)
    ]
    _agree("01_log_metrics.py", log_metrics_oracle, extra)


def test_log_metrics_random_call_scripts_match_the_model() -> None:
    """Calls with and without a history, in any order, against a dict-of-lists model."""
    log_metrics = _solution("01_log_metrics.py")
    rng = random.Random(102)
    for _ in range(200):
        histories: list[dict[str, list[float]]] = []
        models: list[dict[str, list[float]]] = []
        for _ in range(rng.randint(1, 15)):
            metrics = {name: rng.random() for name in ("a", "b", "c") if rng.random() < 0.5}
            if not histories or rng.random() < 0.3:
                histories.append(log_metrics(dict(metrics)))
                models.append({name: [value] for name, value in metrics.items()})
            else:
                k = rng.randrange(len(histories))
                assert log_metrics(dict(metrics), histories[k]) is histories[k]
                for name, value in metrics.items():
                    models[k].setdefault(name, []).append(value)
        assert histories == models
        assert len({id(h) for h in histories}) == len(histories), "each new run has its own dict"


def test_log_metrics_driver_resets_a_shared_default_between_cases() -> None:
    """A learner's shared default must give the same outputs every time the case runs."""
    check = _check("01_log_metrics.py")
    shared = check.mutants[0].function
    for case in check.cases():
        first = check.seen(call(shared, case, check.driver))
        again = check.seen(call(shared, case, check.driver))
        assert compare(first, again) is None, case.name
    assert shared.__defaults__ == ({},)


# ---------------------------------------------------------------- 02 make_windows


def windows_oracle(series: list[float], window: int, horizon: int) -> list[list[list[float]]]:
    """Every view of window + horizon consecutive values, cut into inputs and target."""
    values = np.asarray(series, dtype=float)
    if len(values) < window + horizon:
        return []
    views = np.lib.stride_tricks.sliding_window_view(values, window + horizon)
    return [[list(v[:window]), list(v[window:])] for v in views]


def test_make_windows_matches_sliding_window_view() -> None:
    rng = random.Random(201)
    extra = []
    for n, window, horizon in [(1, 1, 1), (2, 1, 1), (7, 7, 1), (8, 7, 1), (30, 1, 29), (300, 24, 6)]:
        series = [round(rng.gauss(0, 10), 2) for _ in range(n)]
        extra.append(Case(f"random n={n}, window {window}, horizon {horizon}", (series, window, horizon)))
    for i in range(30):
        n, window, horizon = rng.randint(0, 40), rng.randint(1, 10), rng.randint(1, 10)
        extra.append(Case(f"random sizes {i}", ([rng.randint(-9, 9) for _ in range(n)], window, horizon)))
    _agree("02_make_windows.py", windows_oracle, extra)


def test_make_windows_counts_and_contiguity() -> None:
    make_windows = _solution("02_make_windows.py")
    series = list(range(100))
    for window in range(1, 12):
        for horizon in range(1, 6):
            pairs = make_windows(series, window, horizon)
            assert len(pairs) == 100 - window - horizon + 1
            for i, (inputs, target) in enumerate(pairs):
                assert inputs + target == list(range(i, i + window + horizon))


# ---------------------------------------------------------------- 03 parse_hparams

_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?(inf|infinity|nan)", re.IGNORECASE)
_ITEM = re.compile(r"\s*([^=]*?)\s*=\s*(.*?)\s*", re.DOTALL)


def parse_oracle(text: str) -> Any:
    """A regular-expression parser; the tests only give it numbers written in plain decimal."""
    params: dict[str, Any] = {}
    for raw in text.split(","):
        if not raw.strip():
            continue
        match = _ITEM.fullmatch(raw)
        if match is None or not match[1] or match[1] in params:
            return "raises ValueError"
        name, value = match[1], match[2]
        if _INT.fullmatch(value):
            params[name] = int(value)
        elif _FLOAT.fullmatch(value):
            params[name] = float(value)
        elif value.lower() in ("true", "false"):
            params[name] = value.lower() == "true"
        else:
            params[name] = value
    return params


def _random_hparams(rng: random.Random) -> str:
    names = ["lr", "epochs", "batch_size", "optimizer", "shuffle", "dropout", "path", "momentum", "tag"]
    values = [
        lambda: str(rng.randint(-1000, 1000)),
        lambda: f"{rng.uniform(-5, 5):.4f}",
        lambda: f"{rng.uniform(1, 9):.1f}e-{rng.randint(1, 6)}",
        lambda: rng.choice(["true", "False", "TRUE", "fAlSe"]),
        lambda: rng.choice(["adam", "sgd", "runs/a=b.pt", "", "3layer", "truth", "1.2.3", "é"]),
    ]
    items = []
    for name in rng.sample(names, rng.randint(0, 6)):
        pad = " " * rng.randint(0, 2)
        items.append(f"{pad}{name}{pad}={pad}{rng.choice(values)()}{pad}")
    roll = rng.random()
    if roll < 0.1 and items:
        items.append(items[0])  # a repeated name
    elif roll < 0.2:
        items.append(rng.choice(["epochs10", "=3", " = 4", "novalue"]))
    elif roll < 0.3:
        items.append("")  # a trailing comma
    rng.shuffle(items)
    return ",".join(items)


def test_parse_hparams_matches_a_regex_parser() -> None:
    rng = random.Random(301)
    extra = [Case(f"random text {i}, seed 301", (_random_hparams(rng),)) for i in range(300)]
    _agree("03_parse_hparams.py", parse_oracle, extra)


def test_parse_hparams_types_are_exact() -> None:
    parse = _solution("03_parse_hparams.py")
    parsed = parse("a=10, b=10.0, c=true, d=1e3, e=-0, f=False")
    assert [type(v) for v in parsed.values()] == [int, float, bool, float, int, bool]
    assert parsed == {"a": 10, "b": 10.0, "c": True, "d": 1000.0, "e": 0, "f": False}


# ---------------------------------------------------------------- 04 make_scalers


def scalers_oracle(stats: dict[str, list[float]], values: dict[str, list[float]]) -> dict[str, Any]:
    scaled = {}
    for name, xs in values.items():
        mean, std = stats[name]
        scaled[name] = list((np.asarray(xs, dtype=float) - mean) / std)
    return {"names": sorted(stats), "scaled": scaled}


def test_make_scalers_matches_numpy() -> None:
    rng = np.random.default_rng(401)
    extra = []
    for i, d in enumerate([1, 2, 5, 30]):
        stats = {f"feature {j}": [float(rng.normal(0, 50)), float(rng.uniform(0.01, 20))] for j in range(d)}
        values = {name: rng.normal(0, 100, size=rng.integers(0, 6)).tolist() for name in stats}
        extra.append(Case(f"random {d} features {i}, seed 401", (stats, values)))
    _agree("04_make_scalers.py", scalers_oracle, extra)


def test_make_scalers_reproduce_standard_scaler_on_penguins() -> None:
    """Scalers built from the penguins' means and stds give StandardScaler's z-scores."""
    make_scalers = _solution("04_make_scalers.py")
    penguins = load_penguins()
    features = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    X = np.column_stack([penguins[f] for f in features])
    X = X[~np.isnan(X).any(axis=1)]
    scaler = StandardScaler().fit(X)
    stats = {f: (float(m), float(s)) for f, m, s in zip(features, scaler.mean_, scaler.scale_, strict=True)}
    scalers = make_scalers(stats)
    got = np.array([[scalers[f](x) for f, x in zip(features, row, strict=True)] for row in X])
    np.testing.assert_allclose(got, scaler.transform(X), rtol=1e-12, atol=1e-12)
