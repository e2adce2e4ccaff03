"""The regression-metrics topic's solutions against sklearn.metrics.

Adjusted R² has no scikit-learn function; it is checked against r2_score through
the degrees-of-freedom form 1 - (ss_res / (n - p - 1)) / (ss_tot / (n - 1)), and on
real least-squares fits through sklearn's LinearRegression.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn import metrics
from sklearn.linear_model import LinearRegression

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/evaluation/regression-metrics"


def _load(kind: str, file: str):
    return load_module(TOPIC / kind / file)


def _pair(file: str):
    check = _load("checks", file).CHECK
    return check, getattr(_load("solutions", file), check.function)


def _agree(file: str, oracle, extra: list[Case]) -> int:
    check, solution = _pair(file)
    all_cases = [*check.cases(), *extra]
    for case in all_cases:
        expected = oracle(*case.args)
        got = solution(*[a.copy() if isinstance(a, np.ndarray) else a for a in case.args])
        problem = compare(expected, plain(got), check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"
    return len(all_cases)


def _extra(seed: int) -> list[Case]:
    rng = np.random.default_rng(seed)
    cases = []
    for n, scale in [(1, 1.0), (2, 5.0), (50, 0.1), (1000, 100.0)]:
        y = rng.normal(20, 7, size=n)
        cases.append(
            Case(f"extra n {n}, noise {scale}, seed {seed}", (y, 0.8 * y + rng.normal(0, scale, size=n)))
        )
    cases.append(Case("extra constant y_true", (np.full(6, -1.5), rng.normal(size=6))))
    return cases


def test_errors_match_mse_rmse_mae():
    def oracle(y_true, y_pred):
        return [
            float(metrics.mean_squared_error(y_true, y_pred)),
            float(metrics.root_mean_squared_error(y_true, y_pred)),
            float(metrics.mean_absolute_error(y_true, y_pred)),
        ]

    assert _agree("01_errors.py", oracle, _extra(800)) > 8


def test_r2_matches_r2_score_edge_cases_included():
    extra = [
        *[c for c in _extra(810) if len(c.args[0]) >= 2],
        Case("extra constant y_true, perfect", (np.full(3, 7.0), np.full(3, 7.0))),
    ]
    assert _agree("02_r2.py", lambda t, p: float(metrics.r2_score(t, p)), extra) > 10


def test_adjusted_r2_matches_the_degrees_of_freedom_form():
    rng = np.random.default_rng(820)
    extra = []
    for n, p in [(3, 1), (12, 3), (200, 9)]:
        y = rng.normal(size=n)
        extra.append(Case(f"extra n {n}, p {p}", (y, y + rng.normal(0, 0.7, size=n), p)))

    def oracle(y_true, y_pred, p):
        n = len(y_true)
        r2 = metrics.r2_score(y_true, y_pred)
        ss_tot = np.sum((y_true - y_true.mean()) ** 2)
        if ss_tot == 0:  # r2_score's edge case, carried through the formula
            return float(1 - (1 - r2) * (n - 1) / (n - p - 1))
        ss_res = np.sum((y_true - y_pred) ** 2)
        return float(1 - (ss_res / (n - p - 1)) / (ss_tot / (n - 1)))

    assert _agree("03_adjusted_r2.py", oracle, extra) > 8


def test_adjusted_r2_penalizes_noise_features_on_diabetes():
    """With sklearn's own fits: noise columns raise R² but lower adjusted R² (on average)."""
    _, adjusted_r2 = _pair("03_adjusted_r2.py")
    d = load_diabetes()
    rng = np.random.default_rng(830)
    X = np.column_stack([d.data, rng.normal(size=(len(d.target), 20))])
    fits = {}
    for p in (10, 30):
        pred = LinearRegression().fit(X[:, :p], d.target).predict(X[:, :p])
        fits[p] = (metrics.r2_score(d.target, pred), adjusted_r2(d.target, pred, p))
    assert fits[30][0] > fits[10][0]
    assert fits[30][1] < fits[10][1]
    assert fits[10][1] == pytest.approx(1 - (1 - fits[10][0]) * 441 / 431, rel=1e-12)
