"""The cross-validation topic's solutions against sklearn.model_selection.

KFold, StratifiedKFold(shuffle=False) and LeaveOneOut give the splits;
cross_val_score with a StandardScaler + Ridge pipeline gives the per-fold errors;
learning_curve with a Ridge gives the training and validation errors.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, LeaveOneOut, StratifiedKFold, cross_val_score, learning_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.datasets import load_diabetes, load_iris
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/evaluation/cross-validation"


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
        problem = compare(plain(expected), plain(got), check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"
    return len(all_cases)


def test_kfold_matches_sklearn_kfold():
    extra = [
        Case(f"extra n {n}, k {k}", (n, k)) for n, k in [(3, 2), (13, 5), (100, 7), (1001, 10), (20, 20)]
    ]

    def oracle(n, k):
        return [(train, test) for train, test in KFold(n_splits=k).split(np.zeros(n))]

    assert _agree("01_kfold.py", oracle, extra) > 10


def test_kfold_with_k_equal_n_is_leave_one_out():
    _, kfold = _pair("01_kfold.py")
    for n in (2, 7, 30):
        ours = kfold(n, n)
        theirs = list(LeaveOneOut().split(np.zeros(n)))
        assert len(ours) == len(theirs) == n
        for (a_train, a_test), (b_train, b_test) in zip(ours, theirs, strict=True):
            np.testing.assert_array_equal(a_train, b_train)
            np.testing.assert_array_equal(a_test, b_test)


def _sklearn_fold_ids(y, n_splits):
    folds = np.full(len(y), -1)
    with warnings.catch_warnings():  # "the least populated class has only ... members"
        warnings.simplefilter("ignore", UserWarning)
        for f, (_, test) in enumerate(StratifiedKFold(n_splits=n_splits).split(np.zeros(len(y)), y)):
            folds[test] = f
    assert (folds >= 0).all()
    return folds


def test_stratified_fold_ids_match_stratified_kfold():
    rng = np.random.default_rng(900)
    extra = []
    for n, classes, k in [(6, 2, 2), (37, 3, 5), (250, 6, 4), (1000, 10, 10)]:
        labels = rng.permutation(np.arange(classes) * 5 + 2)  # first appearance differs from sorted order
        y = rng.choice(labels, size=n, p=rng.dirichlet(np.ones(classes)))
        y[: len(labels)] = labels
        extra.append(Case(f"extra n {n}, {classes} classes, k {k}", (y, k)))
    iris = load_iris()
    extra.append(Case("extra iris, 3 folds", (iris.target, 3)))
    extra.append(Case("extra iris reversed, 7 folds", (iris.target[::-1].copy(), 7)))
    assert _agree("02_stratified.py", _sklearn_fold_ids, extra) > 12


def _cv_oracle(X, y, alpha, n_splits, cv=None):
    model = make_pipeline(StandardScaler(), Ridge(alpha=alpha))
    scores = cross_val_score(model, X, y, cv=cv or KFold(n_splits), scoring="neg_mean_squared_error")
    return -scores


def test_cv_ridge_matches_cross_val_score():
    rng = np.random.default_rng(910)
    extra = []
    for n, d, k in [(6, 2, 3), (50, 5, 7), (300, 12, 10)]:
        X = rng.normal(size=(n, d)) * rng.uniform(0.1, 50, size=d)
        y = X @ rng.normal(size=d) + rng.normal(size=n)
        extra.append(Case(f"extra {n}×{d}, k {k}", (X, y, float(rng.uniform(0.1, 10)), k)))
    assert _agree("03_cv_ridge.py", _cv_oracle, extra) > 8


def test_cv_ridge_leave_one_out_matches_leave_one_out():
    check, solution = _pair("03_cv_ridge.py")
    d = load_diabetes()
    X, y = d.data[:40], d.target[:40]
    expected = _cv_oracle(X, y, 1.0, 40, cv=LeaveOneOut())
    assert compare(expected, solution(X, y, 1.0, 40), check.rule) is None


def test_cv_ridge_without_leakage_differs_from_the_leaky_pipeline():
    """Scaling before the split is a measurable difference on drifting data, so the check can see it."""
    check, solution = _pair("03_cv_ridge.py")
    case = next(c for c in check.cases() if c.name.startswith("30 drifting"))
    X, y, alpha, k = case.args
    leaky = -cross_val_score(
        Ridge(alpha=alpha),
        StandardScaler().fit_transform(X),
        y,
        cv=KFold(k),
        scoring="neg_mean_squared_error",
    )
    assert compare(leaky, solution(X, y, alpha, k), check.rule) is not None


@pytest.mark.parametrize("source", ["check", "extra"])
def test_learning_curve_matches_sklearn(source):
    check, solution = _pair("04_learning_curve.py")
    if source == "check":
        cases = check.cases()
    else:
        rng = np.random.default_rng(920)
        X = rng.normal(size=(90, 4))
        y = X @ np.array([1.0, 0.0, -2.0, 0.5]) + rng.normal(size=90)
        cases = [Case("extra 90×4", (X, y, 0.3, np.array([2, 5, 30, 72]), 5))]
    for case in cases:
        X, y, alpha, sizes, k = case.args
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no silent fallback inside scikit-learn
            sizes_abs, train_scores, val_scores = learning_curve(
                Ridge(alpha=alpha), X, y, train_sizes=sizes, cv=KFold(k), scoring="neg_mean_squared_error"
            )
        np.testing.assert_array_equal(sizes_abs, sizes)
        got = plain(solution(X.copy(), y.copy(), alpha, sizes.copy(), k))
        assert compare([-train_scores, -val_scores], got, check.rule) is None, case.name
