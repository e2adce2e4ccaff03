"""The regularization topic's solutions against scikit-learn's Ridge and Lasso.

Each solution file is the grader's reference, so a wrong solution would pass wrong
learners and fail right ones. Here every solution is compared with code that shares
none of it: Ridge's coefficients, Lasso's coefficients (the sweep run to convergence
with fit_intercept=False), a literal per-coordinate minimisation, and the
one-dimensional problem that soft-thresholding solves.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.optimize import minimize_scalar
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Lasso, Ridge

from conftest import topic_files
from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/regularization"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


# ---------------------------------------------------------------- exercise 1


def test_soft_threshold_solves_the_one_dimensional_problem() -> None:
    """S(z, t) minimises (1/2)(w - z)² + t|w|: checked with a bounded scalar minimiser."""
    check, soft = _check("01_soft_threshold.py"), _solution("01_soft_threshold.py")
    rng = np.random.default_rng(1212)
    extra = [Case("random, seed 1212", (rng.normal(size=50) * 3, 1.3))]
    for case in [*check.cases(), *extra]:
        z, t = case.args
        got = _call(soft, case)
        expected = np.array(
            [
                minimize_scalar(
                    lambda w, zi=zi, t=t: 0.5 * (w - zi) ** 2 + t * abs(w),
                    bounds=(-abs(zi) - 1, abs(zi) + 1),
                    method="bounded",
                    options={"xatol": 1e-12},
                ).x
                for zi in z.ravel()
            ]
        ).reshape(z.shape)
        np.testing.assert_allclose(got, expected, atol=1e-6, err_msg=case.name)
        assert np.all(got[np.abs(z) <= t] == 0.0), case.name  # exactly 0, not merely small


# ---------------------------------------------------------------- exercise 2


def test_ridge_fit_matches_sklearn_ridge() -> None:
    check, ridge = _check("02_ridge_fit.py"), _solution("02_ridge_fit.py")
    rng = np.random.default_rng(1313)
    extra = []
    for n, d, alpha in [(2, 1, 0.5), (10, 20, 3.0), (100, 5, 0.0), (300, 8, 1e3)]:
        X = rng.normal(rng.uniform(-5, 5, size=d), rng.uniform(0.1, 5, size=d), size=(n, d))
        extra.append(
            Case(f"random {n}×{d}, alpha {alpha}, seed 1313", (X, X @ rng.normal(size=d) + 20.0, alpha))
        )
    diabetes = load_diabetes(scaled=False)
    extra.append(Case("diabetes in raw units, alpha 10", (diabetes.data, diabetes.target, 10.0)))
    for case in [*check.cases(), *extra]:
        X, y, alpha = case.args
        model = Ridge(alpha=alpha, solver="svd").fit(X, y)
        got = list(_call(ridge, case))
        expected = [model.coef_, float(model.intercept_)]
        assert compare(expected, got, check.rule) is None, (
            f"{case.name}: {compare(expected, got, check.rule)}"
        )


def test_ridge_intercept_follows_a_shift_of_the_targets() -> None:
    """Not penalizing the intercept means: y + 1000 gives the same w and b + 1000."""
    check, ridge = _check("02_ridge_fit.py"), _solution("02_ridge_fit.py")
    for case in check.cases():
        X, y, alpha = case.args
        w, b = ridge(X.copy(), y.copy(), alpha)
        w2, b2 = ridge(X.copy(), y + 1000.0, alpha)
        np.testing.assert_allclose(w2, w, rtol=1e-6, atol=1e-8, err_msg=case.name)
        assert abs(b2 - b - 1000.0) < 1e-6, case.name


# ---------------------------------------------------------------- exercise 3


def _sweep_by_minimising_each_coordinate(X, y, w, alpha):
    """The definition of one cyclic sweep: minimise the objective over w[j], one j at a time."""
    n, w = X.shape[0], w.astype(float)
    for j in range(X.shape[1]):

        def objective(v: float, j: int = j) -> float:
            trial = w.copy()
            trial[j] = v
            return float(np.sum((y - X @ trial) ** 2) / (2 * n) + alpha * np.abs(trial).sum())

        if not X[:, j].any():
            w[j] = 0.0
            continue
        # the minimiser lies between 0 and the least-squares value of w[j]
        partial = y - X @ w + X[:, j] * w[j]
        unpenalized = X[:, j] @ partial / (X[:, j] @ X[:, j])
        span = abs(unpenalized) + 1.0
        w[j] = minimize_scalar(objective, bounds=(-span, span), method="bounded", options={"xatol": 1e-12}).x
    return w


def test_lasso_sweep_matches_coordinatewise_minimisation() -> None:
    check, sweep = _check("03_lasso_sweep.py"), _solution("03_lasso_sweep.py")
    for case in check.cases():
        got = _call(sweep, case)
        expected = _sweep_by_minimising_each_coordinate(*case.args)
        scale = 1e-6 * max(1.0, float(np.abs(expected).max()))
        np.testing.assert_allclose(got, expected, rtol=1e-5, atol=scale, err_msg=case.name)


@pytest.mark.parametrize("alpha", [0.001, 0.05, 0.5])
def test_lasso_sweeps_converge_to_sklearn_lasso(alpha: float) -> None:
    sweep = _solution("03_lasso_sweep.py")
    rng = np.random.default_rng(1414)
    X = rng.normal(size=(80, 6)) * rng.uniform(0.5, 3.0, size=6)
    X[:, 1] += 0.7 * X[:, 0]
    y = X @ np.array([2.0, -1.0, 0.0, 0.0, 0.5, 0.0]) + rng.normal(size=80)
    diabetes = load_diabetes()
    for data, scale in [((X, y), 1.0), ((diabetes.data, diabetes.target), 100.0)]:
        a = alpha * scale
        w = np.zeros(data[0].shape[1])
        for _ in range(20000):
            new = sweep(*data, w, a)
            done = np.abs(new - w).max() < 1e-12
            w = new
            if done:
                break
        with warnings.catch_warnings():
            warnings.simplefilter("error", ConvergenceWarning)
            model = Lasso(alpha=a, fit_intercept=False, tol=1e-12, max_iter=100000).fit(*data)
        np.testing.assert_allclose(w, model.coef_, rtol=1e-6, atol=1e-6)
        assert np.array_equal(w == 0.0, model.coef_ == 0.0), "the same weights are exactly zero"


def test_a_sweep_never_increases_the_lasso_objective() -> None:
    check, sweep = _check("03_lasso_sweep.py"), _solution("03_lasso_sweep.py")
    for case in check.cases():
        X, y, w, alpha = case.args
        n = X.shape[0]

        def objective(v: np.ndarray, X=X, y=y, n=n, alpha=alpha) -> float:
            return float(np.sum((y - X @ v) ** 2) / (2 * n) + alpha * np.abs(v).sum())

        assert objective(_call(sweep, case)) <= objective(w) * (1 + 1e-12) + 1e-12, case.name
