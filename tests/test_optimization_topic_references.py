"""The optimization topic's solutions against independent oracles.

The solution and the check's reference (a function of ``mlroadmap.algorithms.optimize``)
are both compared with computations that share none of their code: update rules
written out in plain Python floats from the papers' formulas (PyTorch is not
installed), the Armijo condition tested directly, scipy.optimize.minimize and
scikit-learn's LogisticRegression for where Newton steps lead, and SLSQP and the
null-space method for the constrained quadratic.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.linalg as scipy_linalg
import scipy.optimize as scipy_opt
import scipy.special as scipy_special
from sklearn.linear_model import LogisticRegression

from conftest import topic_files
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/math/optimization"


_check, _solution = topic_files(TOPIC)


def _graded(file: str) -> list[tuple[str, Any]]:
    check = _check(file)
    functions = [("solution", _solution(file))]
    if check.reference is not None:
        functions.append(("reference", check.reference))
    return functions


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    check = _check(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args)
        for name, function in _graded(file):
            got = _call(function, case)
            problem = compare(expected, list(got) if isinstance(got, tuple) else got, check.rule)
            assert problem is None, f"{file} ({name}), case '{case.name}': {problem}"


# ---------------------------------------------------------------- 1. momentum


def _heavy_ball(x, v, g, lr, beta) -> list[np.ndarray]:
    """torch.optim.SGD(momentum=beta, dampening=0) for one parameter tensor, coordinate by coordinate."""
    x_new, v_new = [], []
    for xi, vi, gi in zip(x.tolist(), v.tolist(), g.tolist(), strict=True):
        buf = beta * vi + gi
        v_new.append(buf)
        x_new.append(xi - lr * buf)
    return [np.array(x_new), np.array(v_new)]


def test_momentum_step_matches_the_written_out_rule():
    rng = np.random.default_rng(201)
    extra = [
        Case("random, seed 201", (rng.normal(size=5), rng.normal(size=5), rng.normal(size=5), 0.3, 0.5)),
        Case(
            "large values, seed 201",
            (1e6 * rng.normal(size=3), rng.normal(size=3), rng.normal(size=3), 1e-6, 0.99),
        ),
    ]
    _agree("01_momentum_step.py", _heavy_ball, extra)


def test_momentum_iterates_equal_the_classical_heavy_ball():
    # Polyak's form u = beta u - lr g, x = x + u visits the same points (u = -lr v)
    step = _solution("01_momentum_step.py")
    Q = np.array([[10.0, 2.0], [2.0, 1.0]])
    x, v = np.array([1.0, 1.0]), np.zeros(2)
    z, u = x.copy(), np.zeros(2)
    for _ in range(50):
        x, v = step(x, v, Q @ x, 0.05, 0.8)
        u = 0.8 * u - 0.05 * (Q @ z)
        z = z + u
        np.testing.assert_allclose(x, z, rtol=1e-12, atol=1e-15)


# ---------------------------------------------------------------- 2. Adam


def _adam_paper(x, g, m, v, t, lr, beta1, beta2, eps) -> list[np.ndarray]:
    """Kingma and Ba's Algorithm 1, one scalar at a time."""
    xs, ms, vs = [], [], []
    for xi, gi, m_old, v_old in zip(x.tolist(), g.tolist(), m.tolist(), v.tolist(), strict=True):
        mi = beta1 * m_old + (1.0 - beta1) * gi
        vi = beta2 * v_old + (1.0 - beta2) * gi * gi
        m_hat = mi / (1.0 - beta1**t)
        v_hat = vi / (1.0 - beta2**t)
        xs.append(xi - lr * m_hat / (math.sqrt(v_hat) + eps))
        ms.append(mi)
        vs.append(vi)
    return [np.array(xs), np.array(ms), np.array(vs)]


def test_adam_step_matches_the_paper():
    rng = np.random.default_rng(202)
    extra = [
        Case(
            f"random, step {t}, seed 202",
            (
                rng.normal(size=4),
                rng.normal(size=4),
                0.1 * rng.normal(size=4),
                rng.random(4),
                t,
                0.01,
                0.9,
                0.999,
                1e-8,
            ),
        )
        for t in (1, 7, 5000)
    ]
    _agree("02_adam_step.py", _adam_paper, extra)


def test_adam_first_step_moves_every_coordinate_by_about_lr():
    adam_step = _solution("02_adam_step.py")
    g = np.array([1e3, -2.0, 1e-3, -1e-2])
    x, _, _ = adam_step(np.zeros(4), g, np.zeros(4), np.zeros(4), 1, 0.01, 0.9, 0.999, 1e-8)
    np.testing.assert_allclose(x, -0.01 * np.sign(g), rtol=1e-5)


def test_adam_iterated_on_a_quadratic_reaches_the_minimum():
    adam_step = _solution("02_adam_step.py")
    Q, c = np.array([[3.0, 1.0], [1.0, 0.5]]), np.array([1.0, -2.0])
    x, m, v = np.zeros(2), np.zeros(2), np.zeros(2)
    for t in range(1, 20_001):
        x, m, v = adam_step(x, Q @ x + c, m, v, t, 0.01, 0.9, 0.999, 1e-8)
    np.testing.assert_allclose(x, np.linalg.solve(Q, -c), atol=1e-4)


# ---------------------------------------------------------------- 3. backtracking


def test_backtracking_step_returns_the_first_armijo_step():
    check = _check("03_backtracking_step.py")
    rng = np.random.default_rng(203)
    extra = [Case(f"random start, seed 203 #{i}", (rng.uniform(-2, 2, 2), 1.0, 1e-4, 0.5)) for i in range(5)]
    for case in [*check.cases(), *extra]:
        x, t0, c, shrink = case.args
        f, g = scipy_opt.rosen(x), scipy_opt.rosen_der(x)
        for name, function in _graded("03_backtracking_step.py"):
            x_new, t = _call(function, case)
            np.testing.assert_allclose(x_new, x - t * g, rtol=1e-14, atol=1e-15)
            assert scipy_opt.rosen(x_new) <= f - c * t * (g @ g), (name, case.name)  # Armijo holds
            k = round(math.log(t / t0) / math.log(shrink))
            assert t == pytest.approx(t0 * shrink**k, rel=1e-12), (name, case.name)  # t0 times a power
            if k > 0:  # and the step before it failed
                previous = t / shrink
                assert scipy_opt.rosen(x - previous * g) > f - c * previous * (g @ g), (name, case.name)


def test_backtracking_steps_descend_to_scipys_minimizer():
    step = _solution("03_backtracking_step.py")
    x = np.array([-1.2, 1.0])
    values = [scipy_opt.rosen(x)]
    for _ in range(3000):
        x, _ = step(x, 1.0, 1e-4, 0.5)
        values.append(scipy_opt.rosen(x))
    assert np.all(np.diff(values) <= 0)
    best = scipy_opt.minimize(scipy_opt.rosen, [-1.2, 1.0], jac=scipy_opt.rosen_der, method="BFGS").x
    # gradient descent is slow on the valley's floor: after 3000 steps it is within 1e-2
    np.testing.assert_allclose(x, best, atol=1e-2)


# ---------------------------------------------------------------- 4. Newton


def _newton_oracle(w, X, y, alpha) -> np.ndarray:
    """The same step from scipy's pieces: expit, an explicit diagonal matrix and a Cholesky solve."""
    p = scipy_special.expit(X @ w)
    g = X.T @ (p - y) / len(y) + alpha * w
    H = X.T @ np.diag(p * (1 - p)) @ X / len(y) + alpha * np.eye(len(w))
    return w - scipy_linalg.cho_solve(scipy_linalg.cho_factor(H), g)


def test_newton_step_matches_the_cholesky_oracle():
    rng = np.random.default_rng(204)
    X = rng.normal(size=(80, 5))
    y = (rng.random(80) < 0.4).astype(float)
    extra = [Case("random 80×5, seed 204", (rng.normal(size=5), X, y, 0.05))]
    _agree("04_newton_step.py", _newton_oracle, extra)


def _iterate(step: Any, w: np.ndarray, X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    for _ in range(25):
        w = step(w, X, y, alpha)
    return w


@pytest.mark.parametrize("index", [1, 4, 5])  # random data, breast cancer, iris
def test_newton_steps_reach_scipy_and_scikit_learn(index):
    w0, X, y, alpha = _check("04_newton_step.py").cases()[index].args
    n = len(y)

    def loss(w):
        z = X @ w
        return np.mean(np.logaddexp(0, z) - y * z) + alpha / 2 * w @ w

    def grad(w):
        return X.T @ (scipy_special.expit(X @ w) - y) / n + alpha * w

    best = scipy_opt.minimize(loss, w0, jac=grad, method="L-BFGS-B", options={"gtol": 1e-12, "ftol": 0}).x
    sk = LogisticRegression(C=1 / (n * alpha), fit_intercept=False, tol=1e-12, max_iter=10_000).fit(X, y)
    for name, function in _graded("04_newton_step.py"):
        w = _iterate(function, w0.copy(), X, y, alpha)
        np.testing.assert_allclose(w, best, atol=1e-6, err_msg=name)
        np.testing.assert_allclose(w, sk.coef_.ravel(), atol=1e-6, err_msg=name)


# ---------------------------------------------------------------- 5. Lagrange / KKT


def _null_space_oracle(Q, c, A, b) -> list[np.ndarray]:
    """x = x_p + Z u with A x_p = b and Z spanning ker A; λ from stationarity by least squares."""
    x_p = np.linalg.lstsq(A, b, rcond=None)[0]
    Z = scipy_linalg.null_space(A)
    u = np.linalg.solve(Z.T @ Q @ Z, -Z.T @ (Q @ x_p + c)) if Z.shape[1] else np.zeros(0)
    x = x_p + Z @ u
    lam = np.linalg.lstsq(A.T, -(Q @ x + c), rcond=None)[0]
    return [x, lam]


def test_equality_qp_matches_the_null_space_method():
    rng = np.random.default_rng(205)
    M = rng.normal(size=(7, 7))
    extra = [
        Case(
            "random 7 variables, 2 constraints, seed 205",
            (M @ M.T + np.eye(7), rng.normal(size=7), rng.normal(size=(2, 7)), rng.normal(size=2)),
        )
    ]
    _agree("05_lagrange_kkt.py", _null_space_oracle, extra)


def test_equality_qp_matches_slsqp():
    for case in _check("05_lagrange_kkt.py").cases():
        Q, c, A, b = case.args
        slsqp = scipy_opt.minimize(
            lambda z, Q=Q, c=c: 0.5 * z @ Q @ z + c @ z,
            np.linalg.lstsq(A, b, rcond=None)[0],
            jac=lambda z, Q=Q, c=c: Q @ z + c,
            constraints=[{"type": "eq", "fun": lambda z, A=A, b=b: A @ z - b, "jac": lambda z, A=A: A}],
            method="SLSQP",
            options={"ftol": 1e-15, "maxiter": 1000},
        )
        assert slsqp.success, case.name
        for name, function in _graded("05_lagrange_kkt.py"):
            x, _ = _call(function, case)
            np.testing.assert_allclose(x, slsqp.x, atol=1e-6, err_msg=f"{name}: {case.name}")


def test_the_hand_case_and_the_iris_portfolio():
    cases = _check("05_lagrange_kkt.py").cases()
    x, lam = _solution("05_lagrange_kkt.py")(*cases[0].args)
    np.testing.assert_allclose(x, [0.5, 0.5], rtol=1e-14)
    np.testing.assert_allclose(lam, [-1.0], rtol=1e-14)
    # the minimum-variance weights have the closed form Σ⁻¹1 / (1ᵀ Σ⁻¹ 1)
    Q = cases[1].args[0]
    inverse_ones = np.linalg.solve(Q / 2, np.ones(4))
    x, _ = _solution("05_lagrange_kkt.py")(*cases[1].args)
    np.testing.assert_allclose(x, inverse_ones / inverse_ones.sum(), rtol=1e-10)
