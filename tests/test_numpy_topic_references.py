"""The numpy topic's solutions against independent oracles.

Each solution file is the grader's reference, so a wrong solution would pass wrong
learners and fail right ones. Here every solution is compared with a computation that
shares none of its code (SciPy, np.convolve, plain per-column loops), on the check's
own cases and on extra seeded random data. The comparison uses the exercise's own
``Rule``, which also shows that the tolerance accepts a different correct method.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.spatial.distance as scipy_distance
import scipy.special as scipy_special
import scipy.stats as scipy_stats

from conftest import topic_files
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call as _call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/numpy"
FILES = [
    "01_standardize.py",
    "02_pairwise_distances.py",
    "03_fill_missing.py",
    "04_moving_average.py",
    "05_softmax.py",
]


_check, _solution = topic_files(TOPIC)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution matches ``oracle`` under the check's rule on the check's cases and ``extra``."""
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = np.asarray(oracle(*case.args), dtype=float)
        got = _call(solution, case)
        problem = compare(expected, got, check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"
        assert not np.isnan(got).any(), f"{file}, case '{case.name}': the solution returned NaN"


# ---------------------------------------------------------------- the oracles


def standardize_by_columns(X: np.ndarray) -> np.ndarray:
    """One column at a time with np.std(ddof=0); a zero-spread column gives zeros."""
    X = np.asarray(X, dtype=float)
    out = np.zeros_like(X)
    for j in range(X.shape[1]):
        column = X[:, j]
        spread = np.std(column, ddof=0)
        if spread > 0:
            out[:, j] = (column - np.mean(column)) / spread
    return out


def test_standardize_matches_column_loop_oracle() -> None:
    rng = np.random.default_rng(101)
    extra = [
        Case(
            f"random {n}×{d}, seed 101", (rng.normal(rng.uniform(-5, 5), rng.uniform(0.1, 10), size=(n, d)),)
        )
        for n, d in [(2, 1), (3, 7), (17, 4), (250, 3)]
    ]
    extra.append(Case("all columns constant", (np.full((5, 3), 7.0),)))
    _agree("01_standardize.py", standardize_by_columns, extra)


def test_standardize_matches_scipy_zscore() -> None:
    standardize = _solution("01_standardize.py")
    for case in _check("01_standardize.py").cases():
        (X,) = case.args
        got = standardize(X.copy())
        varying = X.std(axis=0) > 0
        if X.shape[0] > 1 and varying.any():
            expected = scipy_stats.zscore(X[:, varying].astype(float), axis=0, ddof=0)
            np.testing.assert_allclose(got[:, varying], expected, rtol=1e-9, atol=1e-12, err_msg=case.name)
        np.testing.assert_array_equal(got[:, ~varying], 0.0, err_msg=case.name)
        # what StandardScaler promises: mean 0 and standard deviation 1 per varying column
        np.testing.assert_allclose(got.mean(axis=0), 0.0, atol=1e-9, err_msg=case.name)
        np.testing.assert_allclose(got[:, varying].std(axis=0), 1.0, rtol=1e-9, err_msg=case.name)


def test_pairwise_distances_match_scipy_cdist() -> None:
    rng = np.random.default_rng(202)
    extra = [
        Case(
            f"random {n}×{d} against {m}×{d}, seed 202",
            (rng.normal(size=(n, d)) * 3, rng.normal(size=(m, d)) * 3),
        )
        for n, m, d in [(1, 1, 1), (2, 9, 5), (40, 3, 2), (13, 13, 16)]
    ]

    def oracle(A: np.ndarray, B: np.ndarray) -> np.ndarray:
        return scipy_distance.cdist(A.astype(float), B.astype(float), "sqeuclidean")

    _agree("02_pairwise_distances.py", oracle, extra)


def test_pairwise_distances_accept_the_expansion_method() -> None:
    """A learner using ||a||² - 2 a·b + ||b||² (cancellation error and all) must pass."""
    check, solution = _check("02_pairwise_distances.py"), _solution("02_pairwise_distances.py")
    for case in check.cases():
        A, B = (np.asarray(a, dtype=float) for a in case.args)
        expanded = (A**2).sum(1)[:, None] - 2 * A @ B.T + (B**2).sum(1)[None, :]
        assert compare(_call(solution, case), expanded, check.rule) is None, case.name


def fill_by_columns(X: np.ndarray) -> np.ndarray:
    """Column by column: the mean of the values that are not NaN, 0 when there are none."""
    out = X.astype(float).copy()
    for j in range(X.shape[1]):
        column = out[:, j]
        observed = column[~np.isnan(column)]
        column[np.isnan(column)] = observed.mean() if observed.size else 0.0
    return out


def fill_with_nanmean(X: np.ndarray) -> np.ndarray:
    with warnings.catch_warnings():
        # np.nanmean warns "Mean of empty slice" on an all-NaN column
        warnings.simplefilter("ignore", RuntimeWarning)
        means = np.nanmean(X, axis=0)
    return np.where(np.isnan(X), np.nan_to_num(means, nan=0.0), X)


@pytest.mark.parametrize("oracle", [fill_by_columns, fill_with_nanmean])
def test_fill_missing_matches_oracles(oracle: Any) -> None:
    rng = np.random.default_rng(303)
    extra = []
    for n, d, fraction in [(1, 1, 0.0), (3, 2, 0.9), (25, 5, 0.3), (400, 2, 0.7)]:
        X = rng.normal(size=(n, d))
        X[rng.random((n, d)) < fraction] = np.nan
        extra.append(Case(f"random {n}×{d} with {fraction:.0%} missing, seed 303", (X,)))
    _agree("03_fill_missing.py", oracle, extra)


def test_fill_missing_keeps_observed_values_and_column_means() -> None:
    fill_missing = _solution("03_fill_missing.py")
    for case in _check("03_fill_missing.py").cases():
        (X,) = case.args
        got = fill_missing(X.copy())
        observed = ~np.isnan(X)
        np.testing.assert_array_equal(got[observed], X[observed], err_msg=case.name)
        has_values = observed.any(axis=0)
        # filling with the observed mean leaves that mean unchanged
        np.testing.assert_allclose(
            got[:, has_values].mean(axis=0),
            np.array([X[observed[:, j], j].mean() for j in np.flatnonzero(has_values)]),
            rtol=1e-12,
            atol=1e-12,
            err_msg=case.name,
        )
        np.testing.assert_array_equal(got[:, ~has_values], 0.0, err_msg=case.name)


def test_moving_average_matches_convolve_and_window_means() -> None:
    rng = np.random.default_rng(404)
    extra = [
        Case(f"random length {n}, window {w}, seed 404", (rng.normal(size=n) * 10 + 50, w))
        for n, w in [(1, 1), (2, 2), (9, 4), (1000, 1), (1000, 999), (5000, 60)]
    ]

    def convolve(x: np.ndarray, window: int) -> np.ndarray:
        return np.convolve(x.astype(float), np.ones(window) / window, mode="valid")

    def window_means(x: np.ndarray, window: int) -> np.ndarray:
        return np.array([np.mean(x[i : i + window]) for i in range(len(x) - window + 1)])

    _agree("04_moving_average.py", convolve, extra)
    _agree("04_moving_average.py", window_means, extra)


def test_softmax_matches_scipy() -> None:
    rng = np.random.default_rng(505)
    extra = [
        Case(f"random {n}×{k}, offset {offset:g}, seed 505", (rng.normal(size=(n, k)) * 5 + offset,))
        for n, k, offset in [(1, 1, 0), (4, 2, 1e4), (7, 30, -1e4), (100, 3, 700), (50, 8, 0)]
    ]
    _agree("05_softmax.py", lambda z: scipy_special.softmax(z, axis=1), extra)


def test_softmax_rows_are_distributions() -> None:
    softmax = _solution("05_softmax.py")
    for case in _check("05_softmax.py").cases():
        (logits,) = case.args
        P = softmax(logits.copy())
        assert np.all(P >= 0), case.name
        np.testing.assert_allclose(P.sum(axis=1), 1.0, rtol=1e-12, err_msg=case.name)
        np.testing.assert_array_equal(P[np.isneginf(logits)], 0.0, err_msg=case.name)
