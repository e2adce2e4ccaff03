"""Optimizers against scipy.optimize.minimize on Rosenbrock and a logistic loss, update rules
against hand-derived steps, and the KKT solution against SLSQP and the null-space method."""

from __future__ import annotations

import itertools
import math
import warnings

import numpy as np
import pytest
import scipy.linalg as scipy_linalg
import scipy.optimize as scipy_opt
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss

from mlroadmap.algorithms.optimize import (
    OptimizeResult,
    adam,
    adam_step,
    backtracking,
    gradient_descent,
    is_positive_semidefinite,
    logistic_gradient,
    logistic_hessian,
    logistic_loss,
    minimize_equality_qp,
    momentum,
    momentum_step,
    newton,
    newton_step,
    rosen,
    rosen_der,
    rosen_hess,
)
from mlroadmap.datasets import load_breast_cancer

X0 = np.array([-1.2, 1.0])  # the classic start, on the far side of the banana valley


def _breast_cancer() -> tuple[np.ndarray, np.ndarray]:
    data = load_breast_cancer()
    X = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    return np.column_stack([X, np.ones(len(X))]), data.target.astype(float)


XB, YB = _breast_cancer()
ALPHA = 1e-2


def _loss(w):
    return logistic_loss(w, XB, YB, ALPHA)


def _grad(w):
    return logistic_gradient(w, XB, YB, ALPHA)


def _hess(w):
    return logistic_hessian(w, XB, YB, ALPHA)


W0 = np.zeros(XB.shape[1])


@pytest.fixture(scope="module")
def logistic_minimum() -> np.ndarray:
    """scipy's minimizer of the same loss, to a gradient far below any tolerance used here."""
    best = scipy_opt.minimize(_loss, W0, jac=_grad, hess=_hess, method="trust-exact", options={"gtol": 1e-12})
    lbfgs = scipy_opt.minimize(_loss, W0, jac=_grad, method="L-BFGS-B", options={"gtol": 1e-12, "ftol": 0})
    np.testing.assert_allclose(best.x, lbfgs.x, atol=1e-8)  # two scipy methods agree first
    return best.x


# ------------------------------------------------------------------ the test problems


def test_rosenbrock_matches_scipy():
    rng = np.random.default_rng(0)
    for d in (2, 3, 6):
        for _ in range(4):
            x = rng.uniform(-2.0, 2.0, size=d)
            assert rosen(x) == pytest.approx(scipy_opt.rosen(x), rel=1e-14)
            np.testing.assert_allclose(rosen_der(x), scipy_opt.rosen_der(x), rtol=1e-13, atol=1e-12)
            np.testing.assert_allclose(rosen_hess(x), scipy_opt.rosen_hess(x), rtol=1e-13, atol=1e-12)
    columns = rng.normal(size=(4, 7))
    np.testing.assert_allclose(rosen(columns), [scipy_opt.rosen(c) for c in columns.T], rtol=1e-14)


def test_logistic_loss_matches_scikit_learn_and_its_derivatives_check():
    rng = np.random.default_rng(1)
    w = rng.normal(scale=0.3, size=XB.shape[1])
    p = 1.0 / (1.0 + np.exp(-(XB @ w)))
    assert _loss(w) == pytest.approx(log_loss(YB, p) + ALPHA / 2 * w @ w, rel=1e-10)
    assert scipy_opt.check_grad(_loss, _grad, w) < 1e-6
    numeric = scipy_opt.approx_fprime(w, _grad, 1e-6)  # the Jacobian of the gradient
    np.testing.assert_allclose(_hess(w), numeric, atol=1e-5)


def test_logistic_minimizer_is_scikit_learns_with_the_matching_c(logistic_minimum):
    # ALPHA/2 ||w||² with the mean loss is C = 1 / (n ALPHA); our penalty also covers the
    # intercept, so compare on the problem without one: the weights of the ones column
    X, n = XB[:, :-1], len(YB)

    def loss(w):
        return logistic_loss(w, X, YB, ALPHA)

    ours = newton(
        loss,
        np.zeros(X.shape[1]),
        lambda w: logistic_gradient(w, X, YB, ALPHA),
        lambda w: logistic_hessian(w, X, YB, ALPHA),
    )
    sk = LogisticRegression(C=1.0 / (n * ALPHA), fit_intercept=False, tol=1e-12, max_iter=10_000).fit(X, YB)
    np.testing.assert_allclose(ours.x, sk.coef_.ravel(), atol=1e-6)
    assert logistic_minimum.shape == (XB.shape[1],)


# ------------------------------------------------------------------ Rosenbrock from (-1.2, 1)


@pytest.fixture(scope="module")
def rosen_minimum() -> np.ndarray:
    bfgs = scipy_opt.minimize(
        scipy_opt.rosen, X0, jac=scipy_opt.rosen_der, method="BFGS", options={"gtol": 1e-10}
    )
    ncg = scipy_opt.minimize(
        scipy_opt.rosen,
        X0,
        jac=scipy_opt.rosen_der,
        hess=scipy_opt.rosen_hess,
        method="Newton-CG",
        options={"xtol": 1e-14},
    )
    np.testing.assert_allclose(bfgs.x, ncg.x, atol=1e-8)
    return bfgs.x


def test_newton_on_rosenbrock_matches_scipy(rosen_minimum):
    result = newton(rosen, X0, rosen_der, rosen_hess)
    assert result.success
    assert result.nit < 40  # scipy's Newton-CG needs about 30 here as well
    np.testing.assert_allclose(result.x, rosen_minimum, atol=1e-7)
    assert result.fun < 1e-14


def test_backtracking_gradient_descent_on_rosenbrock_matches_scipy(rosen_minimum):
    result = gradient_descent(
        rosen, X0, rosen_der, lr=1.0, line_search="backtracking", tol=1e-6, max_iter=30_000
    )
    assert result.success
    np.testing.assert_allclose(result.x, rosen_minimum, atol=1e-5)
    assert np.all(np.diff(result.values) <= 0)  # Armijo: f never goes up
    assert result.nfev > result.nit  # the line search costs evaluations


def test_fixed_step_gradient_descent_diverges_quietly_on_rosenbrock():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = gradient_descent(rosen, X0, rosen_der, lr=0.01, max_iter=1000)
    assert not result.success
    assert "diverged" in result.message
    assert result.nit < 1000


def test_adam_on_rosenbrock_matches_scipy(rosen_minimum):
    result = adam(rosen, X0, rosen_der, lr=1e-2, tol=1e-6, max_iter=20_000)
    assert result.success
    np.testing.assert_allclose(result.x, rosen_minimum, atol=1e-5)


# ------------------------------------------------------------------ the logistic loss


@pytest.mark.parametrize(
    ("name", "run", "atol"),
    [
        ("fixed step", lambda: gradient_descent(_loss, W0, _grad, lr=1.0, tol=1e-7, max_iter=20_000), 1e-5),
        (
            "backtracking",
            lambda: gradient_descent(_loss, W0, _grad, lr=10.0, line_search="backtracking", tol=1e-7),
            1e-5,
        ),
        ("momentum", lambda: momentum(_loss, W0, _grad, lr=0.5, beta=0.9, tol=1e-7), 1e-5),
        ("adam", lambda: adam(_loss, W0, _grad, lr=1e-2, tol=1e-7, max_iter=20_000), 1e-5),
        ("newton", lambda: newton(_loss, W0, _grad, _hess), 1e-8),
    ],
)
def test_every_method_reaches_scipys_logistic_minimizer(name, run, atol, logistic_minimum):
    result = run()
    assert isinstance(result, OptimizeResult)
    assert result.success, result.message
    np.testing.assert_allclose(result.x, logistic_minimum, atol=atol, err_msg=name)
    assert result.path.shape == (result.nit + 1, W0.size)
    assert result.values.shape == (result.nit + 1,)
    np.testing.assert_array_equal(result.path[0], W0)
    assert result.values[-1] == result.fun == _loss(result.x)
    np.testing.assert_array_equal(result.jac, _grad(result.x))


def test_newton_converges_quadratically_on_the_logistic_loss(logistic_minimum):
    result = newton(_loss, W0, _grad, _hess, tol=1e-12)
    errors = np.linalg.norm(result.path - logistic_minimum, axis=1)
    assert result.nit <= 10
    # near the end the error is about squared each step
    tail = errors[(errors < 1e-1) & (errors > 1e-10)]
    assert len(tail) >= 2
    assert all(b < 10 * a**2 for a, b in itertools.pairwise(tail))


def test_logistic_hessian_is_positive_semidefinite_so_the_loss_is_convex():
    rng = np.random.default_rng(4)
    for _ in range(5):
        w = rng.normal(scale=2.0, size=XB.shape[1])
        H = logistic_hessian(w, XB, YB, 0.0)
        assert np.linalg.eigvalsh(H).min() > -1e-12
        assert is_positive_semidefinite(H)
        # the definition itself, along a random segment
        u, v = rng.normal(size=XB.shape[1]), rng.normal(size=XB.shape[1])
        for theta in (0.2, 0.5, 0.9):
            mixed = logistic_loss(theta * u + (1 - theta) * v, XB, YB)
            assert mixed <= theta * logistic_loss(u, XB, YB) + (1 - theta) * logistic_loss(v, XB, YB) + 1e-12


def test_rosenbrock_is_not_convex():
    H = rosen_hess(np.array([0.0, 1.0]))  # 1200 x² - 400 y + 2 = -398 < 0
    assert np.linalg.eigvalsh(H).min() < 0
    assert not is_positive_semidefinite(H)
    assert is_positive_semidefinite(rosen_hess(np.ones(2)))


def test_positive_semidefinite_forgives_rounding_of_a_singular_gram_matrix():
    A = np.random.default_rng(2).normal(size=(3, 6))
    G = A.T @ A  # rank 3: three eigenvalues are 0 up to rounding
    assert is_positive_semidefinite(G)
    assert not is_positive_semidefinite(G - 1e-6 * np.eye(6))


# ------------------------------------------------------------------ update rules by hand


def test_adam_first_step_is_lr_times_the_sign():
    # m1 = (1-β1) g, v1 = (1-β2) g²: after bias correction m̂ = g and v̂ = g², so the step is lr g/(|g| + ε)
    x, g = np.array([1.0, -2.0, 0.5]), np.array([3.0, -0.01, 1e-6])
    x1, m1, v1 = adam_step(x, g, np.zeros(3), np.zeros(3), 1, lr=0.1)
    np.testing.assert_allclose(x1, x - 0.1 * g / (np.abs(g) + 1e-8), rtol=1e-12)
    np.testing.assert_allclose(m1, 0.1 * g, rtol=1e-12)
    np.testing.assert_allclose(v1, 0.001 * g**2, rtol=1e-12)


def test_adam_matches_the_papers_formulas_for_three_steps_on_a_quadratic():
    # f(x) = ½ Σ a_i x_i², g = a x; the paper's Algorithm 1 written out with Python floats
    a = [1.0, 10.0, 0.1]
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    xs = [[2.0, -1.0, 3.0]]
    m, v = [0.0] * 3, [0.0] * 3
    for t in (1, 2, 3):
        x = xs[-1]
        g = [ai * xi for ai, xi in zip(a, x, strict=True)]
        m = [b1 * mi + (1 - b1) * gi for mi, gi in zip(m, g, strict=True)]
        v = [b2 * vi + (1 - b2) * gi * gi for vi, gi in zip(v, g, strict=True)]
        step = [
            lr * (mi / (1 - b1**t)) / (math.sqrt(vi / (1 - b2**t)) + eps) for mi, vi in zip(m, v, strict=True)
        ]
        xs.append([xi - si for xi, si in zip(x, step, strict=True)])

    def f(x):
        return 0.5 * float(np.dot(a, x**2))

    result = adam(f, xs[0], lambda x: np.array(a) * x, lr=lr, tol=0.0, max_iter=3)
    np.testing.assert_allclose(result.path, xs, rtol=1e-13)


def test_momentum_is_torch_sgd_with_momentum_and_the_classical_heavy_ball():
    # torch.optim.SGD(momentum=β): buf = β buf + g; x -= lr buf (buf = g on the first step)
    x, v, g = np.array([1.0, 2.0]), np.array([0.5, -1.0]), np.array([0.2, 0.3])
    x1, v1 = momentum_step(x, v, g, lr=0.1, beta=0.9)
    np.testing.assert_allclose(v1, [0.9 * 0.5 + 0.2, -0.9 + 0.3], rtol=1e-14)
    np.testing.assert_allclose(x1, [1.0 - 0.1 * 0.65, 2.0 - 0.1 * -0.6], rtol=1e-14)
    # the classical form u = β u - lr g, x += u gives the same iterates (u = -lr v)
    Q = np.array([[3.0, 1.0], [1.0, 2.0]])
    run = momentum(
        lambda z: 0.5 * z @ Q @ z, [1.0, -1.0], lambda z: Q @ z, lr=0.1, beta=0.8, tol=0.0, max_iter=25
    )
    z, u = np.array([1.0, -1.0]), np.zeros(2)
    for k in range(25):
        u = 0.8 * u - 0.1 * (Q @ z)
        z = z + u
        np.testing.assert_allclose(run.path[k + 1], z, rtol=1e-12, atol=1e-15)


def test_backtracking_returns_the_first_armijo_step():
    # f(x) = x², x = 1, g = 2, p = -2: (1 - 2t)² <= 1 - 4ct holds exactly for t <= 1 - c
    t, value, nfev = backtracking(lambda z: float(z[0] ** 2), [1.0], [2.0], t0=1.0, c=0.3, shrink=0.5)
    assert t == 0.5  # t = 1 fails (the limit is 0.7), 0.5 passes
    assert value == pytest.approx(0.0)
    assert nfev == 3  # f(x) and two trials
    t, _, nfev = backtracking(lambda z: float(z[0] ** 2), [1.0], [2.0], fx=1.0, t0=1.0, c=0.3, shrink=0.9)
    assert t == pytest.approx(0.9**4)  # the first power of 0.9 below 0.7
    assert nfev == 5


def test_gradient_descent_with_a_fixed_step_is_x_minus_lr_g():
    Q, c = np.array([[2.0, 0.5], [0.5, 1.0]]), np.array([1.0, -1.0])
    result = gradient_descent(
        lambda z: 0.5 * z @ Q @ z + c @ z, [0.0, 0.0], lambda z: Q @ z + c, lr=0.3, tol=0.0, max_iter=5
    )
    z = np.zeros(2)
    for k in range(5):
        z = z - 0.3 * (Q @ z + c)
        np.testing.assert_allclose(result.path[k + 1], z, rtol=1e-14)


def test_newton_step_solves_a_quadratic_in_one_step():
    rng = np.random.default_rng(3)
    M = rng.normal(size=(5, 5))
    Q, c = M @ M.T + np.eye(5), rng.normal(size=5)
    x = rng.normal(size=5)
    p = newton_step(Q @ x + c, Q)
    np.testing.assert_allclose(x + p, np.linalg.solve(Q, -c), rtol=1e-10)
    found = scipy_opt.minimize(lambda z: 0.5 * z @ Q @ z + c @ z, x, jac=lambda z: Q @ z + c, method="BFGS")
    np.testing.assert_allclose(x + p, found.x, atol=1e-5)


def test_newton_step_refuses_an_indefinite_hessian():
    with pytest.raises(np.linalg.LinAlgError, match="not positive definite"):
        newton_step([1.0, 1.0], [[1.0, 0.0], [0.0, -1.0]])


# ------------------------------------------------------------------ Lagrange multipliers


def test_lagrange_on_the_closest_point_of_a_line():
    # min x² + y² s.t. x + y = 1: (½, ½), and 2x + λ = 0 gives λ = -1
    x, lam = minimize_equality_qp(2 * np.eye(2), np.zeros(2), np.array([[1.0, 1.0]]), np.array([1.0]))
    np.testing.assert_allclose(x, [0.5, 0.5], rtol=1e-14)
    np.testing.assert_allclose(lam, [-1.0], rtol=1e-14)


def _random_qp(seed: int, d: int, k: int):
    rng = np.random.default_rng(seed)
    M = rng.normal(size=(d, d))
    return M @ M.T + 0.5 * np.eye(d), rng.normal(size=d), rng.normal(size=(k, d)), rng.normal(size=k)


@pytest.mark.parametrize(("seed", "d", "k"), [(0, 3, 1), (1, 5, 2), (2, 8, 3), (3, 4, 4)])
def test_lagrange_matches_slsqp_and_the_null_space_method(seed, d, k):
    Q, c, A, b = _random_qp(seed, d, k)
    x, lam = minimize_equality_qp(Q, c, A, b)
    # the null-space method: x = x_p + Z u, with A x_p = b and the columns of Z spanning ker A
    x_p = np.linalg.lstsq(A, b, rcond=None)[0]
    Z = scipy_linalg.null_space(A)
    u = np.linalg.solve(Z.T @ Q @ Z, -Z.T @ (Q @ x_p + c)) if Z.size else np.zeros(0)
    np.testing.assert_allclose(x, x_p + Z @ u, rtol=1e-9, atol=1e-10)
    # stationarity fixes λ: Q x + c + Aᵀ λ = 0
    np.testing.assert_allclose(lam, np.linalg.lstsq(A.T, -(Q @ x + c), rcond=None)[0], rtol=1e-8, atol=1e-10)
    slsqp = scipy_opt.minimize(
        lambda z: 0.5 * z @ Q @ z + c @ z,
        np.zeros(d),
        jac=lambda z: Q @ z + c,
        constraints=[{"type": "eq", "fun": lambda z: A @ z - b, "jac": lambda z: A}],
        method="SLSQP",
        options={"ftol": 1e-14, "maxiter": 500},
    )
    assert slsqp.success
    np.testing.assert_allclose(x, slsqp.x, atol=1e-6)


def test_multipliers_are_the_sensitivity_of_the_optimal_value():
    Q, c, A, b = _random_qp(5, 4, 2)

    def best(rhs):
        x, _ = minimize_equality_qp(Q, c, A, rhs)
        return 0.5 * x @ Q @ x + c @ x

    _, lam = minimize_equality_qp(Q, c, A, b)
    step = 1e-6
    slopes = [(best(b + step * e) - best(b - step * e)) / (2 * step) for e in np.eye(2)]
    np.testing.assert_allclose(slopes, -lam, rtol=1e-6, atol=1e-8)


def test_lagrange_rejects_bad_input():
    Q, c, A, b = _random_qp(0, 3, 1)
    with pytest.raises(np.linalg.LinAlgError, match="KKT matrix is singular"):
        minimize_equality_qp(Q, c, np.vstack([A, 2 * A]), np.concatenate([b, 2 * b]))
    with pytest.raises(np.linalg.LinAlgError, match="KKT matrix is singular"):
        minimize_equality_qp(np.zeros((3, 3)), c, A, b)
    with pytest.raises(ValueError, match="symmetric"):
        minimize_equality_qp(Q + np.triu(np.ones((3, 3)), 1), c, A, b)
    with pytest.raises(ValueError, match="shapes do not fit"):
        minimize_equality_qp(Q, c, A[:, :2], b)
    with pytest.raises(ValueError, match="4 equality constraints on 3 variables"):
        minimize_equality_qp(Q, c, np.ones((4, 3)), np.ones(4))
    with pytest.raises(ValueError, match="NaN or infinity"):
        minimize_equality_qp(Q, np.array([np.nan, 0.0, 0.0]), A, b)


# ------------------------------------------------------------------ bad input


def test_optimizers_reject_bad_input():
    with pytest.raises(ValueError, match="lr must be a positive"):
        gradient_descent(rosen, X0, rosen_der, lr=0.0)
    with pytest.raises(ValueError, match="line_search must be"):
        gradient_descent(rosen, X0, rosen_der, line_search="wolfe")
    with pytest.raises(ValueError, match="beta must lie in"):
        momentum(rosen, X0, rosen_der, beta=1.0)
    with pytest.raises(ValueError, match="beta2 must lie in"):
        adam(rosen, X0, rosen_der, betas=(0.9, 1.5))
    with pytest.raises(ValueError, match="x0 must be a non-empty 1-D"):
        newton(rosen, np.ones((2, 2)), rosen_der, rosen_hess)
    with pytest.raises(ValueError, match="x0 contains NaN"):
        adam(rosen, [np.nan, 1.0], rosen_der)
    with pytest.raises(ValueError, match="max_iter must be"):
        gradient_descent(rosen, X0, rosen_der, max_iter=-1)
    with pytest.raises(ValueError, match="tol must be"):
        gradient_descent(rosen, X0, rosen_der, tol=-1.0)
    with pytest.raises(ValueError, match="fun\\(x0\\) is not finite"):
        gradient_descent(lambda z: np.log(z[0]), [-1.0], lambda z: 1 / z)
    with pytest.raises(ValueError, match="jac must return"):
        gradient_descent(rosen, X0, lambda z: z[:1])
    with pytest.raises(ValueError, match="Hessian must have shape"):
        newton(rosen, X0, rosen_der, lambda z: np.eye(3))
    with pytest.raises(ValueError, match="not a descent direction"):
        backtracking(rosen, X0, rosen_der(X0), rosen_der(X0))
    with pytest.raises(ValueError, match="t counts the updates from 1"):
        adam_step(X0, X0, X0, X0, 0)
    with pytest.raises(ValueError, match="square matrix"):
        is_positive_semidefinite(np.ones((2, 3)))
