"""The classification-metrics topic's solutions against sklearn.metrics.

Each solution is the grader's reference, so it is compared here with scikit-learn on
the check's own cases and on extra seeded data, under the exercise's own ``Rule``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from sklearn import metrics

from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/evaluation/classification-metrics"


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


def _labels(seed: int, n: int, k: int, right: float):
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, k, size=n)
    return truth, np.where(rng.random(n) < right, truth, rng.integers(0, k, size=n))


def _binary_scores(seed: int, n: int, decimals: int | None):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=n)
    y[:2] = [0, 1]  # both classes present
    s = y * 1.2 + rng.normal(size=n)
    return y, (np.round(s, decimals) if decimals is not None else s)


def test_precision_recall_f1_matches_precision_recall_fscore_support():
    extra = []
    for seed, (n, k) in enumerate([(1, 2), (30, 2), (200, 3), (500, 5)]):
        truth, guess = _labels(100 + seed, n, k, 0.6)
        extra += [Case(f"extra seed {100 + seed}, pos {pos}", (truth, guess, pos)) for pos in range(k)]

    def oracle(y_true, y_pred, pos_label=1):
        p, r, f, _ = metrics.precision_recall_fscore_support(
            y_true, y_pred, labels=[pos_label], average=None, zero_division=0.0
        )
        return [float(p[0]), float(r[0]), float(f[0])]

    assert _agree("01_precision_recall.py", oracle, extra) > 20


def test_precision_recall_zero_division_is_sklearns_default():
    """scikit-learn's default zero_division='warn' also reports 0.0 (with a warning)."""
    check, solution = _pair("01_precision_recall.py")
    for case in check.cases():
        y_true, y_pred, pos_label = case.args
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", metrics._classification.UndefinedMetricWarning)
            p, r, f, _ = metrics.precision_recall_fscore_support(
                y_true, y_pred, labels=[pos_label], average=None
            )
        expected = [float(p[0]), float(r[0]), float(f[0])]
        assert compare(expected, plain(solution(*case.args)), check.rule) is None


@pytest.mark.parametrize("average", ["macro", "weighted", "micro"])
def test_f1_average_matches_f1_score(average):
    extra = []
    for seed, (n, k) in enumerate([(3, 2), (50, 4), (400, 7)]):
        truth, guess = _labels(200 + seed, n, k, 0.5)
        guess[0] = k  # a class that is only predicted
        extra.append(Case(f"extra seed {200 + seed}", (truth, guess, average)))
    check, solution = _pair("02_f1_average.py")
    cases = [c for c in check.cases() if c.args[2] == average] + extra
    for case in cases:
        y_true, y_pred, _ = case.args
        expected = metrics.f1_score(y_true, y_pred, average=average)
        assert compare(float(expected), solution(*case.args), check.rule) is None, case.name


def test_micro_f1_is_accuracy():
    check, solution = _pair("02_f1_average.py")
    for case in check.cases():
        y_true, y_pred, average = case.args
        if average == "micro":
            assert solution(*case.args) == pytest.approx(metrics.accuracy_score(y_true, y_pred), rel=1e-12)


def test_roc_curve_matches_sklearn_without_dropping_points():
    extra = [
        Case(f"extra seed {300 + i}, n {n}, decimals {d}", _binary_scores(300 + i, n, d))
        for i, (n, d) in enumerate([(2, None), (25, 0), (300, 1), (1000, None)])
    ]

    def oracle(y_true, scores):
        fpr, tpr, thresholds = metrics.roc_curve(y_true, scores, drop_intermediate=False)
        return [fpr, tpr, thresholds]

    assert _agree("03_roc_curve.py", oracle, extra) > 8


def test_roc_auc_matches_roc_auc_score():
    extra = [
        Case(f"extra seed {400 + i}, n {n}, decimals {d}", _binary_scores(400 + i, n, d))
        for i, (n, d) in enumerate([(2, None), (40, 0), (500, 1), (2000, None)])
    ]
    assert _agree("04_roc_auc.py", lambda y, s: float(metrics.roc_auc_score(y, s)), extra) > 10


def test_roc_auc_agrees_with_its_own_roc_curve_and_sample_order():
    _, auc = _pair("04_roc_auc.py")
    _, curve = _pair("03_roc_curve.py")
    rng = np.random.default_rng(5)
    for seed in range(5):
        y, s = _binary_scores(500 + seed, 80, 0)
        fpr, tpr, _ = curve(y, s)
        assert auc(y, s) == pytest.approx(metrics.auc(fpr, tpr), rel=1e-12)
        order = rng.permutation(len(y))
        assert auc(y[order], s[order]) == pytest.approx(auc(y, s), rel=1e-12)


def test_log_loss_matches_sklearn():
    rng = np.random.default_rng(600)
    extra = []
    for n, k in [(1, 2), (10, 2), (100, 3), (300, 6)]:
        proba = rng.dirichlet(np.full(k, 0.3), size=n)  # concentrated: some probabilities near 0
        extra.append(Case(f"extra {n}×{k}, seed 600", (rng.integers(0, k, size=n), proba)))
    proba = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.5, 0.5, 0.0]])
    extra.append(Case("exact zeros and ones", (np.array([1, 1, 2]), proba)))

    def oracle(y_true, proba):
        return float(metrics.log_loss(y_true, proba, labels=np.arange(proba.shape[1])))

    assert _agree("05_log_loss.py", oracle, extra) > 10
