"""The confusion-matrix topic's solutions against sklearn.metrics.

Matrices given to the exercises as counts are expanded back into (true, predicted)
pairs, so that scikit-learn computes its metrics from the labels themselves.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from sklearn import metrics

from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/evaluation/confusion-matrix"


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


def _pairs_of(C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (true, predicted) label pairs that a count matrix C describes."""
    k = C.shape[0]
    cells = np.repeat(np.arange(k * k), C.ravel())
    return cells // k, cells % k


def _random_counts(seed: int, k: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    C = rng.integers(0, 12, size=(k, k)) + np.diag(rng.integers(5, 40, size=k))
    C[rng.integers(0, k)] = 0  # a class with no true sample
    return C


def test_confusion_matrix_matches_sklearn():
    rng = np.random.default_rng(700)
    extra = []
    for n, k in [(1, 1), (40, 3), (1000, 12)]:
        truth = rng.integers(0, k, size=n)
        extra.append(
            Case(
                f"extra {n} samples, {k} classes",
                (truth, np.where(rng.random(n) < 0.5, truth, rng.integers(0, k + 1, size=n))),
            )
        )

    def oracle(y_true, y_pred):
        with warnings.catch_warnings():  # "a single label was found": the one-sample case
            warnings.simplefilter("ignore", UserWarning)
            return metrics.confusion_matrix(y_true, y_pred)  # labels=None: the sorted union of both

    assert _agree("01_confusion_matrix.py", oracle, extra) > 10
    check, solution = _pair("01_confusion_matrix.py")
    for case in check.cases():
        assert solution(*case.args).dtype.kind in "iu", case.name


def test_per_class_precision_recall_matches_precision_recall_fscore_support():
    extra = [Case(f"extra random counts, seed {710 + k}", (_random_counts(710 + k, k),)) for k in (2, 5, 9)]

    def oracle(C):
        y_true, y_pred = _pairs_of(C)
        p, r, _, _ = metrics.precision_recall_fscore_support(
            y_true, y_pred, labels=np.arange(C.shape[0]), average=None, zero_division=0.0
        )
        return [p, r]

    assert _agree("02_per_class.py", oracle, extra) > 8


def test_per_class_matches_classification_report_defaults():
    """The default zero_division='warn' also gives 0.0, as classification_report prints."""
    check, solution = _pair("02_per_class.py")
    for case in check.cases():
        (C,) = case.args
        y_true, y_pred = _pairs_of(C)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", metrics._classification.UndefinedMetricWarning)
            report = metrics.classification_report(
                y_true, y_pred, labels=np.arange(C.shape[0]), output_dict=True
            )
        precision, recall = solution(C.copy())
        for c in range(C.shape[0]):
            assert precision[c] == report[str(c)]["precision"], case.name
            assert recall[c] == report[str(c)]["recall"], case.name


def test_normalize_rows_matches_confusion_matrix_normalize_true():
    extra = [Case(f"extra random counts, seed {720 + k}", (_random_counts(720 + k, k),)) for k in (2, 6, 10)]

    def oracle(C):
        y_true, y_pred = _pairs_of(C)
        with warnings.catch_warnings():  # "a single label was found": the one-class case
            warnings.simplefilter("ignore", UserWarning)
            return metrics.confusion_matrix(y_true, y_pred, labels=np.arange(C.shape[0]), normalize="true")

    assert _agree("03_normalize.py", oracle, extra) > 8


def _threshold_oracle(y_true, scores, target_recall):
    """From sklearn's precision_recall_curve: the highest threshold with recall >= target."""
    precision, recall, thresholds = metrics.precision_recall_curve(y_true, scores)
    # thresholds increase; precision[i], recall[i] belong to thresholds[i]
    valid = np.flatnonzero(recall[:-1] >= target_recall)
    i = valid[-1]
    return [float(thresholds[i]), float(precision[i])]


def test_threshold_for_recall_matches_precision_recall_curve():
    rng = np.random.default_rng(730)
    extra = []
    for n, decimals, target in [(5, 1, 0.5), (60, 0, 0.8), (400, 2, 0.95), (1000, None, 0.3), (300, 1, 1.0)]:
        y = rng.integers(0, 2, size=n)
        y[0] = 1
        s = y + rng.normal(size=n)
        extra.append(
            Case(
                f"extra n {n}, target {target}", (y, s if decimals is None else np.round(s, decimals), target)
            )
        )
    assert _agree("04_threshold_for_recall.py", _threshold_oracle, extra) > 10


def test_threshold_for_recall_reaches_the_target_with_the_best_precision():
    check, solution = _pair("04_threshold_for_recall.py")
    for case in check.cases():
        y_true, scores, target = case.args
        t, precision = solution(*case.args)
        flagged = scores >= t
        assert metrics.recall_score(y_true, flagged.astype(int)) >= target, case.name
        assert precision == metrics.precision_score(y_true, flagged.astype(int)), case.name
        higher = np.unique(scores[scores > t])
        if higher.size:  # the next higher threshold falls short of the target
            assert metrics.recall_score(y_true, (scores >= higher[0]).astype(int)) < target, case.name
