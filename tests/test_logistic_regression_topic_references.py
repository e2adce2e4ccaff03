"""The logistic-regression topic's solutions against SciPy, finite differences and scikit-learn.

Each solution file is the grader's reference, so a wrong solution would pass wrong
learners and fail right ones. Here every solution is compared with code that shares
none of it: scipy.special.expit and softmax, central differences of the loss, and
the optimality condition at scikit-learn's LogisticRegression fit (there the gradient
of C * sum(loss) + ||w||² / 2, that is our gradient with lam = 1 / (C n), vanishes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.special import expit, log_expit, log_softmax, softmax
from sklearn.linear_model import LogisticRegression

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/logistic-regression"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


# ---------------------------------------------------------------- exercise 1


def test_sigmoid_matches_expit() -> None:
    check, sigmoid = _check("01_sigmoid.py"), _solution("01_sigmoid.py")
    rng = np.random.default_rng(1515)
    extra = [
        Case("a grid from -700 to 700", (np.linspace(-700.0, 700.0, 2801),)),
        Case("random, spread 50, seed 1515", (50 * rng.normal(size=(20, 5)),)),
        Case("far tails", (np.array([-1e6, -800.0, 800.0, 1e6]),)),
    ]
    for case in [*check.cases(), *extra]:
        (z,) = case.args
        got = _call(sigmoid, case)
        problem = compare(expit(z), got, check.rule)
        assert problem is None, f"{case.name}: {problem}"
        negative = (z > -700) & (z < 0)  # where the relative accuracy of a small p matters
        np.testing.assert_allclose(
            np.log(got[negative]), log_expit(z[negative]), rtol=1e-9, err_msg=case.name
        )


def test_sigmoid_below_expits_cutoff_is_a_tiny_probability() -> None:
    """Between -745 and -709 expit flushes to 0; the solution keeps denormals. Both are within 1e-300."""
    z = np.linspace(-745.0, -709.0, 50)
    got = _solution("01_sigmoid.py")(z)
    assert np.all((got >= 0.0) & (got < 1e-300))
    np.testing.assert_allclose(got, expit(z), atol=1e-300, rtol=0)


# ---------------------------------------------------------------- exercise 2


def _binary_objective(X, y, w, b, lam) -> float:
    z = X @ w + b
    return float(np.mean(-y * log_expit(z) - (1 - y) * log_expit(-z)) + lam / 2 * w @ w)


def _numeric_gradient(f, w: np.ndarray, b: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Central differences of f(w, b) for every entry of w and of b."""
    w, b = np.asarray(w, dtype=float), np.asarray(b, dtype=float)
    grads = []
    for which, value in ((0, w), (1, b)):
        g = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            h = 1e-6 * max(1.0, abs(float(value[idx])))
            up, down = value.copy(), value.copy()
            up[idx] += h
            down[idx] -= h
            args_up = (up, b) if which == 0 else (w, up)
            args_down = (down, b) if which == 0 else (w, down)
            g[idx] = (f(*args_up) - f(*args_down)) / (2 * h)
        grads.append(g)
    return grads[0], grads[1]


def test_logistic_gradient_matches_finite_differences_and_expit() -> None:
    check, gradient = _check("02_logistic_gradient.py"), _solution("02_logistic_gradient.py")
    rng = np.random.default_rng(1616)
    extra = []
    for n, d in [(1, 1), (7, 4), (200, 6)]:
        X = rng.normal(size=(n, d)) * 2
        extra.append(
            Case(
                f"random {n}×{d}, seed 1616",
                (X, (rng.random(n) < 0.4).astype(float), rng.normal(size=d), 0.7, 0.3),
            )
        )
    for case in [*check.cases(), *extra]:
        X, y, w, b, lam = case.args
        got_w, got_b = _call(gradient, case)
        assert isinstance(got_b, float)
        p = expit(X @ w + b)
        expected = [X.T @ (p - y) / len(y) + lam * w, float(np.mean(p - y))]
        assert compare(expected, [got_w, got_b], check.rule) is None, case.name
        num_w, num_b = _numeric_gradient(
            lambda w_, b_, X=X, y=y, lam=lam: _binary_objective(X, y, w_, float(b_), lam), w, b
        )
        scale = 1e-6 * max(1.0, float(np.abs(num_w).max()))
        np.testing.assert_allclose(got_w, num_w, rtol=1e-5, atol=scale, err_msg=case.name)
        assert abs(got_b - float(num_b)) <= 1e-5 * abs(float(num_b)) + scale, case.name


def _binary_sets() -> list[tuple[str, np.ndarray, np.ndarray]]:
    cancer = load_breast_cancer()
    iris = load_iris()
    two = iris.target > 0
    return [
        ("breast cancer", _standardized(cancer.data), cancer.target.astype(float)),
        ("iris petals", iris.data[two][:, 2:], (iris.target[two] == 2).astype(float)),
    ]


@pytest.mark.parametrize("C", [0.01, 1.0, 10.0])
def test_logistic_gradient_vanishes_at_sklearns_optimum(C: float) -> None:
    gradient = _solution("02_logistic_gradient.py")
    for name, X, y in _binary_sets():
        model = LogisticRegression(C=C, tol=1e-12, max_iter=100000).fit(X, y)
        lam = 1.0 / (C * len(y))
        g_w, g_b = gradient(X, y, model.coef_[0], float(model.intercept_[0]), lam)
        # compare with the size of the data term's gradient at w = 0
        g0_w, _ = gradient(X, y, np.zeros(X.shape[1]), 0.0, lam)
        tolerance = 1e-4 * np.abs(g0_w).max()
        assert np.abs(g_w).max() < tolerance, (name, np.abs(g_w).max())
        assert abs(g_b) < tolerance, (name, g_b)
        # and it does not vanish with another penalty: the scaling lam = 1 / (C n) matters
        other_w, _ = gradient(X, y, model.coef_[0], float(model.intercept_[0]), 10 * lam)
        assert np.abs(other_w).max() > 10 * tolerance, name


# ---------------------------------------------------------------- exercise 3


def _multinomial_loss(X, y, W, b) -> float:
    return float(-np.mean(log_softmax(X @ W + b, axis=1)[np.arange(len(y)), y]))


def test_softmax_gradient_matches_finite_differences_and_scipy() -> None:
    check, gradient = _check("03_softmax_gradient.py"), _solution("03_softmax_gradient.py")
    rng = np.random.default_rng(1717)
    extra = []
    for n, d, k in [(1, 1, 2), (9, 3, 5), (120, 4, 3)]:
        extra.append(
            Case(
                f"random {n}×{d}, k = {k}, seed 1717",
                (
                    rng.normal(size=(n, d)),
                    rng.integers(0, k, size=n),
                    rng.normal(size=(d, k)),
                    rng.normal(size=k),
                ),
            )
        )
    for case in [*check.cases(), *extra]:
        X, y, W, b = case.args
        got = list(_call(gradient, case))
        G = (softmax(X @ W + b, axis=1) - np.eye(W.shape[1])[y]) / len(y)
        assert compare([X.T @ G, G.sum(axis=0)], got, check.rule) is None, case.name
        num_W, num_b = _numeric_gradient(lambda W_, b_, X=X, y=y: _multinomial_loss(X, y, W_, b_), W, b)
        scale = 1e-6 * max(1.0, float(np.abs(num_W).max()))
        np.testing.assert_allclose(got[0], num_W, rtol=1e-5, atol=scale, err_msg=case.name)
        np.testing.assert_allclose(got[1], num_b, rtol=1e-5, atol=scale, err_msg=case.name)


@pytest.mark.parametrize("C", [0.1, 10.0])
def test_softmax_gradient_vanishes_at_sklearns_multinomial_optimum(C: float) -> None:
    gradient = _solution("03_softmax_gradient.py")
    iris, wine = load_iris(), load_wine()
    for name, X, y in [("iris", iris.data, iris.target), ("wine", _standardized(wine.data), wine.target)]:
        model = LogisticRegression(C=C, tol=1e-12, max_iter=100000).fit(X, y)
        W, b = model.coef_.T, model.intercept_  # sklearn stores (k, d)
        g_W, g_b = gradient(X, y, W, b)
        # sklearn minimises C * sum(loss) + ||W||² / 2: divided by C n, the penalty gradient is W / (C n)
        total = g_W + W / (C * len(y))
        g0_W, _ = gradient(X, y, np.zeros_like(W), np.zeros_like(b))
        tolerance = 1e-4 * np.abs(g0_W).max()
        assert np.abs(total).max() < tolerance, (name, np.abs(total).max())
        assert np.abs(g_b).max() < tolerance, (name, g_b)
