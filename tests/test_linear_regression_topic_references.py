"""The linear-regression topic's solutions against scikit-learn and finite differences.

Each solution file is the grader's reference, so a wrong solution would pass wrong
learners and fail right ones. Here every solution is compared with computations that
share none of its code (PolynomialFeatures, LinearRegression, central differences of
the loss) on the check's own cases and on extra seeded data, with the check's ``Rule``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import PolynomialFeatures

from conftest import topic_files
from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/linear-regression"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args)
        got = _call(solution, case)
        problem = compare(expected, got, check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


def test_polynomial_design_matches_polynomial_features() -> None:
    rng = np.random.default_rng(808)
    extra = [
        Case(f"random length {n}, degree {p}, seed 808", (rng.normal(size=n) * 2, p))
        for n, p in [(1, 0), (2, 1), (10, 2), (50, 5), (7, 9)]
    ]

    def oracle(x: np.ndarray, degree: int) -> np.ndarray:
        return PolynomialFeatures(degree).fit_transform(x.astype(float)[:, None])

    _agree("01_polynomial_design.py", oracle, extra)


def _sklearn_theta(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    model = LinearRegression().fit(X.astype(float), y)
    return np.concatenate([[model.intercept_], model.coef_])


def test_normal_equation_matches_linear_regression() -> None:
    rng = np.random.default_rng(909)
    extra = []
    for n, d in [(2, 1), (6, 5), (30, 2), (500, 8)]:
        X = rng.normal(rng.uniform(-3, 3), rng.uniform(0.5, 4), size=(n, d))
        extra.append(
            Case(f"random {n}×{d}, seed 909", (X, X @ rng.normal(size=d) - 7.0 + rng.normal(size=n)))
        )
    diabetes = load_diabetes(scaled=False)  # raw units: ages, blood pressures, serum levels
    extra.append(Case("diabetes in raw units", (diabetes.data, diabetes.target)))
    _agree("02_normal_equation.py", _sklearn_theta, extra)


def _mse(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> float:
    return float(np.mean((X @ w + b - y) ** 2))


def test_gradient_step_is_minus_lr_times_the_finite_difference_gradient() -> None:
    check, step = _check("03_gradient_step.py"), _solution("03_gradient_step.py")
    rng = np.random.default_rng(1010)
    extra = [
        Case(
            f"random {n}×{d}, seed 1010",
            (rng.normal(size=(n, d)), rng.normal(size=n) * 3, rng.normal(size=d), float(rng.normal()), 0.05),
        )
        for n, d in [(1, 1), (5, 3), (100, 4)]
    ]
    for case in [*check.cases(), *extra]:
        X, y, w, b, lr = case.args
        w_new, b_new = _call(step, case)
        assert isinstance(b_new, float)
        eps = 1e-6 * max(1.0, float(np.abs(w).max(initial=0.0)), abs(b))
        numeric_w = np.array(
            [(_mse(X, y, w + eps * e, b) - _mse(X, y, w - eps * e, b)) / (2 * eps) for e in np.eye(w.size)]
        )
        numeric_b = (_mse(X, y, w, b + eps) - _mse(X, y, w, b - eps)) / (2 * eps)
        scale = 1e-6 * max(1.0, float(np.abs(numeric_w).max()), abs(numeric_b))
        np.testing.assert_allclose((w - w_new) / lr, numeric_w, rtol=1e-5, atol=scale, err_msg=case.name)
        assert abs((b - b_new) / lr - numeric_b) <= 1e-5 * abs(numeric_b) + scale, case.name


def test_gradient_steps_converge_to_linear_regression() -> None:
    step = _solution("03_gradient_step.py")
    rng = np.random.default_rng(1111)
    X = rng.normal(size=(200, 4))
    y = X @ np.array([2.0, -1.0, 0.0, 0.5]) + 1.5 + 0.3 * rng.normal(size=200)
    diabetes = load_diabetes()
    Z = (diabetes.data - diabetes.data.mean(axis=0)) / diabetes.data.std(axis=0)
    for data, lr, steps in [((X, y), 0.2, 500), ((Z, diabetes.target), 0.2, 20000)]:
        w, b = np.zeros(data[0].shape[1]), 0.0
        for _ in range(steps):
            w, b = step(*data, w, b, lr)
        np.testing.assert_allclose(np.concatenate([[b], w]), _sklearn_theta(*data), rtol=1e-6, atol=1e-6)
