"""The calculus topic's solutions against independent oracles.

Each solution (or the check's reference) is what learners are graded against, so each
is compared with a computation that shares none of its code: np.gradient,
scipy.integrate.simpson and analytic integrals, a log-loss written with
scipy.special.log_expit, and scipy.differentiate's adaptive derivatives. The
comparison uses the exercise's own ``Rule`` where the oracle computes the same number.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.differentiate as scipy_diff
import scipy.integrate as scipy_int
import scipy.special as scipy_special

from conftest import topic_files
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call as _call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/math/calculus"


_check, _solution = topic_files(TOPIC)


def _graded(file: str) -> list[tuple[str, Any]]:
    """The solution and the check's reference (when it names one): both must agree with the oracle."""
    check = _check(file)
    functions = [("solution", _solution(file))]
    if check.reference is not None:
        functions.append(("reference", check.reference))
    return functions


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    check = _check(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args)
        for name, function in _graded(file):
            got = _call(function, case)
            problem = compare(expected, got, check.rule)
            assert problem is None, f"{file} ({name}), case '{case.name}': {problem}"


# ---------------------------------------------------------------- 1. central_difference


def test_central_difference_is_numpy_gradient():
    rng = np.random.default_rng(101)
    extra = [
        Case(f"random n = {n}, seed 101", (rng.normal(size=n), float(rng.uniform(0.01, 5))))
        for n in (2, 3, 17)
    ]
    _agree("01_central_difference.py", lambda y, h: np.gradient(y, h, edge_order=1), extra)


def test_central_difference_has_second_order_inside():
    solution = _solution("01_central_difference.py")
    errors = []
    for n in (101, 201):
        x = np.linspace(0.0, 2.0, n)
        errors.append(np.abs(solution(np.sin(x), x[1] - x[0])[1:-1] - np.cos(x[1:-1])).max())
    assert errors[0] / errors[1] == pytest.approx(4.0, rel=0.05)


# ---------------------------------------------------------------- 2. simpson


def test_simpson_is_scipy_simpson():
    rng = np.random.default_rng(102)
    extra = [
        Case(f"random n = {n}, seed 102", (rng.normal(size=n), float(rng.uniform(0.01, 5))))
        for n in (3, 9, 101)
    ]
    _agree("02_simpson.py", lambda y, h: float(scipy_int.simpson(y, dx=h)), extra)


def test_simpson_against_analytic_integrals():
    simpson = _solution("02_simpson.py")
    t = np.linspace(-1.0, 2.0, 9)
    cubic = 2 * t**3 - t**2 + 3 * t - 1
    assert simpson(cubic, t[1] - t[0]) == pytest.approx(6.0, rel=1e-13)  # exact for cubics
    x = np.linspace(-1.0, 2.0, 201)
    density = np.exp(-(x**2) / 2) / math.sqrt(2 * math.pi)
    probability = 0.5 * (math.erf(2 / math.sqrt(2)) - math.erf(-1 / math.sqrt(2)))
    # the error bound (b - a) h^4 / 180 max|f^(4)| is about 1e-9 here
    assert simpson(density, x[1] - x[0]) == pytest.approx(probability, abs=2e-9)
    quad, _ = scipy_int.quad(np.sin, 0.0, np.pi)
    x = np.linspace(0.0, np.pi, 101)
    assert simpson(np.sin(x), x[1] - x[0]) == pytest.approx(quad, abs=1e-7)


# ---------------------------------------------------------------- 3. numerical_gradient


def _log_loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """The same loss written another way: -mean(y log σ(z) + (1 - y) log σ(-z))."""
    z = X @ w
    return float(-np.mean(y * scipy_special.log_expit(z) + (1 - y) * scipy_special.log_expit(-z)))


def _quotients(w: np.ndarray, X: np.ndarray, y: np.ndarray, h: float) -> np.ndarray:
    """The central quotients for the case's own h, from the independent loss."""
    out = np.zeros(len(w))
    for i in range(len(w)):
        up, down = w.copy(), w.copy()
        up[i] += h
        down[i] -= h
        out[i] = (_log_loss(up, X, y) - _log_loss(down, X, y)) / (up[i] - down[i])
    return out


def _exact_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return X.T @ (scipy_special.expit(X @ w) - y) / len(y)


def test_numerical_gradient_matches_the_independent_quotients():
    rng = np.random.default_rng(103)
    X = rng.normal(size=(60, 4))
    y = (rng.random(60) < 0.3).astype(float)
    extra = [Case(f"random 60×4, h = {h:g}, seed 103", (rng.normal(size=4), X, y, h)) for h in (1e-2, 1e-4)]
    _agree("03_numerical_gradient.py", _quotients, extra)


def test_numerical_gradient_is_close_to_the_exact_gradient_for_small_steps():
    check = _check("03_numerical_gradient.py")
    for case in check.cases():
        w, X, y, h = case.args
        for name, function in _graded("03_numerical_gradient.py"):
            got = _call(function, case)
            exact = _exact_gradient(w, X, y)
            # the central difference is off by about h²/6 times a third derivative
            assert np.abs(got - exact).max() <= 1e-9 + h**2 * np.abs(X).max() ** 3, (name, case.name)


def test_numerical_gradient_agrees_with_scipy_differentiate():
    check = _check("03_numerical_gradient.py")
    w, X, y, _ = check.cases()[3].args  # breast cancer
    theirs = scipy_diff.jacobian(lambda v: np.apply_along_axis(_log_loss, 0, v, X, y), w).df
    ours = _solution("03_numerical_gradient.py")(w, X, y, 1e-5)
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-9)


# ---------------------------------------------------------------- 4. chain rule


def _unit_loss(x: np.ndarray, t: np.ndarray, w: Any, b: Any) -> Any:
    """The mean squared error of the unit, vectorized over arrays of w and b."""
    w, b = np.asarray(w)[..., None], np.asarray(b)[..., None]
    return np.mean((scipy_special.expit(w * x + b) - t) ** 2, axis=-1)


def _chain_oracle(x: np.ndarray, t: np.ndarray, w: float, b: float) -> tuple[float, float]:
    dw = scipy_diff.derivative(lambda v: _unit_loss(x, t, v, b), w, tolerances={"rtol": 1e-12, "atol": 1e-15})
    db = scipy_diff.derivative(lambda v: _unit_loss(x, t, w, v), b, tolerances={"rtol": 1e-12, "atol": 1e-15})
    return float(dw.df), float(db.df)


def test_chain_rule_matches_scipy_differentiate():
    check = _check("04_chain_rule.py")
    solution = _solution("04_chain_rule.py")
    rng = np.random.default_rng(104)
    extra = [
        Case("random 30, seed 104", (rng.normal(size=30), rng.random(30), 1.5, -0.3)),
        Case(
            "random 5 with targets in {0, 1}, seed 104",
            (rng.normal(size=5), np.array([0.0, 1, 1, 0, 1]), -2.0, 0.5),
        ),
    ]
    for case in [*check.cases(), *extra]:
        expected = _chain_oracle(*case.args)
        got = _call(solution, case)
        # scipy's adaptive estimate is good to about 1e-10, far below any mutant's error
        np.testing.assert_allclose(got, expected, rtol=1e-8, atol=1e-11, err_msg=case.name)
