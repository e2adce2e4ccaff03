"""Numerical calculus against analytic results, scipy.differentiate and scipy.integrate."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.differentiate as scipy_diff
import scipy.integrate as scipy_int
import scipy.optimize as scipy_opt

from mlroadmap.algorithms.calculus import (
    derivative,
    gradient,
    hessian,
    jacobian,
    monte_carlo,
    simpson,
    trapezoid,
)
from mlroadmap.datasets import load_breast_cancer

EPS = np.finfo(np.float64).eps

# f, f', f'' on a domain where they are smooth
FUNCTIONS = {
    "sin": (np.sin, np.cos, lambda x: -np.sin(x), (-3.0, 3.0)),
    "exp": (np.exp, np.exp, np.exp, (-2.0, 2.0)),
    "log": (np.log, lambda x: 1.0 / x, lambda x: -1.0 / x**2, (0.5, 5.0)),
    "sigmoid": (
        lambda x: 1.0 / (1.0 + np.exp(-x)),
        lambda x: np.exp(-x) / (1.0 + np.exp(-x)) ** 2,
        None,
        (-4.0, 4.0),
    ),
}


# ------------------------------------------------------------------ derivative


@pytest.mark.parametrize("name", FUNCTIONS)
def test_central_derivative_matches_the_analytic_one(name):
    f, df, _, (lo, hi) = FUNCTIONS[name]
    x = np.linspace(lo, hi, 41)
    np.testing.assert_allclose(derivative(f, x), df(x), rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(derivative(f, x, method="forward"), df(x), rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(derivative(f, x, method="backward"), df(x), rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_central_derivative_matches_scipy_differentiate(name):
    f, _, _, (lo, hi) = FUNCTIONS[name]
    x = np.random.default_rng(7).uniform(lo, hi, size=25)
    theirs = scipy_diff.derivative(f, x)
    assert theirs.success.all()
    np.testing.assert_allclose(derivative(f, x), theirs.df, rtol=1e-9, atol=1e-10)


def test_scalar_in_scalar_out_and_large_arguments():
    value = derivative(np.log, 2.0)
    assert isinstance(value, float)
    assert value == pytest.approx(0.5, rel=1e-10)
    # the default step grows with |x|: a fixed 1e-5 would be lost in x = 1e8's rounding
    np.testing.assert_allclose(derivative(np.log, np.array([1e8, 1e12])), [1e-8, 1e-12], rtol=1e-8)


def test_one_sided_errors_are_half_h_times_the_second_derivative():
    x, h = np.linspace(-1.0, 1.0, 9), 1e-4
    forward = derivative(np.exp, x, h, method="forward") - np.exp(x)
    backward = derivative(np.exp, x, h, method="backward") - np.exp(x)
    np.testing.assert_allclose(forward, h / 2 * np.exp(x), rtol=1e-3)
    np.testing.assert_allclose(backward, -h / 2 * np.exp(x), rtol=1e-3)


def test_truncation_orders_are_one_and_two():
    x = np.array([0.3, 0.7, 1.1])
    errors = {
        method: [np.abs(derivative(np.sin, x, h, method) - np.cos(x)) for h in (1e-2, 5e-3)]
        for method in ("forward", "central")
    }
    np.testing.assert_allclose(errors["forward"][0] / errors["forward"][1], 2.0, rtol=0.02)
    np.testing.assert_allclose(errors["central"][0] / errors["central"][1], 4.0, rtol=0.02)


def _best_step(method: str) -> float:
    """The h with the smallest mean error over 400 points of exp on [0.5, 1.5]."""
    x = np.linspace(0.5, 1.5, 400)
    hs = np.logspace(-13, -1, 97)
    errors = [np.mean(np.abs(derivative(np.exp, x, h, method) - np.exp(x))) for h in hs]
    return float(hs[int(np.argmin(errors))])


def test_best_central_step_is_near_the_cube_root_of_epsilon():
    # truncation h²/6 |f'''| against rounding ε|f|/h: the sum is smallest near ε^(1/3) ≈ 6e-6
    assert EPS ** (1 / 3) / 10 < _best_step("central") < EPS ** (1 / 3) * 10


def test_best_forward_step_is_near_the_square_root_of_epsilon():
    assert EPS**0.5 / 10 < _best_step("forward") < EPS**0.5 * 10


def test_derivative_rejects_bad_input():
    with pytest.raises(ValueError, match="method must be"):
        derivative(np.sin, 1.0, method="centred")
    with pytest.raises(ValueError, match="step h must be positive"):
        derivative(np.sin, 1.0, h=0.0)
    with pytest.raises(ValueError, match="step h must be positive"):
        derivative(np.sin, 1.0, h=np.nan)
    with pytest.raises(ValueError, match="NaN or infinity"):
        derivative(np.sin, np.array([1.0, np.inf]))
    with pytest.raises(ValueError, match="empty"):
        derivative(np.sin, np.array([]))


# ------------------------------------------------------- gradient, Jacobian, Hessian


def _breast_cancer() -> tuple[np.ndarray, np.ndarray]:
    data = load_breast_cancer()
    X = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    return X[:, :6], data.target.astype(float)


def test_gradient_of_rosenbrock_matches_scipy_rosen_der():
    rng = np.random.default_rng(3)
    for d in (2, 5):
        for _ in range(5):
            x = rng.uniform(-2.0, 2.0, size=d)
            np.testing.assert_allclose(
                gradient(scipy_opt.rosen, x), scipy_opt.rosen_der(x), rtol=1e-7, atol=1e-6
            )


def test_gradient_of_the_logistic_loss_matches_its_formula():
    X, y = _breast_cancer()

    def loss(w):
        z = X @ w
        return np.mean(np.logaddexp(0.0, z) - y * z)

    w = np.random.default_rng(5).normal(scale=0.5, size=X.shape[1])
    exact = X.T @ (1.0 / (1.0 + np.exp(-(X @ w))) - y) / len(y)
    np.testing.assert_allclose(gradient(loss, w), exact, rtol=1e-7, atol=1e-10)


def test_vectorized_and_looped_evaluations_agree_exactly():
    x = np.array([-1.2, 1.0, 0.5, 2.0])
    assert np.array_equal(gradient(scipy_opt.rosen, x, vectorized=True), gradient(scipy_opt.rosen, x))
    assert np.array_equal(hessian(scipy_opt.rosen, x, vectorized=True), hessian(scipy_opt.rosen, x))


def test_vectorized_evaluation_calls_f_once():
    calls = []

    def f(points):
        calls.append(points.shape)
        return scipy_opt.rosen(points)

    gradient(f, np.ones(3), vectorized=True)
    hessian(f, np.ones(3), vectorized=True)
    assert calls == [(3, 6), (3, 24)]  # 2d points, then 4 per pair i <= j


def _vector_map(x):
    """R³ → R²: (x0² x1, sin(x1) + x0 x2)."""
    return np.array([x[0] ** 2 * x[1], np.sin(x[1]) + x[0] * x[2]])


def test_jacobian_matches_analytic_and_scipy_differentiate():
    x = np.array([1.3, -0.4, 2.1])
    exact = np.array([[2 * x[0] * x[1], x[0] ** 2, 0.0], [x[2], np.cos(x[1]), x[0]]])
    ours = jacobian(_vector_map, x)
    assert ours.shape == (2, 3)
    np.testing.assert_allclose(ours, exact, rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(ours, scipy_diff.jacobian(_vector_map, x).df, rtol=1e-9, atol=1e-10)
    np.testing.assert_allclose(jacobian(_vector_map, x, vectorized=True), ours, rtol=0, atol=0)


def test_jacobian_of_a_scalar_function_is_its_gradient():
    x = np.array([0.5, 1.5])
    assert jacobian(scipy_opt.rosen, x).shape == (2,)
    np.testing.assert_allclose(jacobian(scipy_opt.rosen, x), gradient(scipy_opt.rosen, x))


def test_chain_rule_jacobians_multiply():
    # h = g ∘ f with f = _vector_map (R³ → R²) and g(u) = (u0 u1, exp(u0 - u1), u1²)
    def g(u):
        return np.array([u[0] * u[1], np.exp(u[0] - u[1]), u[1] ** 2])

    x = np.array([0.4, 0.9, -0.3])
    composed = jacobian(lambda v: g(_vector_map(v)), x)
    product = jacobian(g, _vector_map(x)) @ jacobian(_vector_map, x)
    np.testing.assert_allclose(composed, product, rtol=1e-7, atol=1e-8)


def test_hessian_of_rosenbrock_matches_scipy_rosen_hess_and_differentiate():
    rng = np.random.default_rng(11)
    for d in (2, 4):
        x = rng.uniform(-1.5, 1.5, size=d)
        ours = hessian(scipy_opt.rosen, x)
        np.testing.assert_allclose(ours, scipy_opt.rosen_hess(x), rtol=1e-5, atol=1e-4)
        theirs = scipy_diff.hessian(scipy_opt.rosen, x).ddf
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-4)
        assert np.array_equal(ours, ours.T)


def test_hessian_of_a_quadratic_is_its_matrix():
    rng = np.random.default_rng(2)
    M = rng.normal(size=(5, 5))
    Q = M @ M.T
    x = rng.normal(size=5)
    np.testing.assert_allclose(hessian(lambda v: 0.5 * v @ Q @ v, x), Q, rtol=1e-6, atol=1e-6)


def test_one_coordinate():
    np.testing.assert_allclose(gradient(lambda v: np.sin(v[0]), [0.3]), [np.cos(0.3)], rtol=1e-9)
    np.testing.assert_allclose(hessian(lambda v: np.sin(v[0]), [0.3]), [[-np.sin(0.3)]], rtol=1e-6)


def test_multivariate_rejects_bad_input():
    with pytest.raises(ValueError, match="1-D"):
        gradient(scipy_opt.rosen, np.ones((2, 2)))
    with pytest.raises(ValueError, match="1-D"):
        gradient(scipy_opt.rosen, 1.0)
    with pytest.raises(ValueError, match="empty"):
        gradient(scipy_opt.rosen, np.array([]))
    with pytest.raises(ValueError, match="NaN or infinity"):
        hessian(scipy_opt.rosen, np.array([1.0, np.nan]))
    with pytest.raises(ValueError, match="single number"):
        gradient(_vector_map, np.ones(3))
    with pytest.raises(ValueError, match="one value per column"):
        gradient(lambda p: p.sum(), np.ones(3), vectorized=True)
    with pytest.raises(ValueError, match="step h must be positive"):
        jacobian(_vector_map, np.ones(3), h=[1e-5, -1e-5, 1e-5])


# ------------------------------------------------------------------ integration


def _grids():
    rng = np.random.default_rng(4)
    for n in (1, 2, 3, 4, 5, 6, 11, 12, 50, 51):
        yield n, np.sort(rng.uniform(0.0, 3.0, n)), None
        yield n, None, 0.37


@pytest.mark.parametrize(("n", "x", "dx"), list(_grids()))
def test_trapezoid_and_simpson_match_scipy(n, x, dx):
    y = np.exp(-((np.arange(n) * 0.37 if x is None else x) ** 2)) + 0.1 * np.arange(n)
    kwargs = {"x": x} if x is not None else {"dx": dx}
    assert trapezoid(y, **kwargs) == pytest.approx(scipy_int.trapezoid(y, **kwargs), rel=1e-13, abs=1e-15)
    assert simpson(y, **kwargs) == pytest.approx(scipy_int.simpson(y, **kwargs), rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_integrals_along_an_axis_match_scipy(axis):
    rng = np.random.default_rng(8)
    Y = rng.normal(size=(6, 7, 4))
    x = np.sort(rng.uniform(size=Y.shape[axis]))
    for ours, theirs in ((trapezoid, scipy_int.trapezoid), (simpson, scipy_int.simpson)):
        np.testing.assert_allclose(ours(Y, x, axis=axis), theirs(Y, x=x, axis=axis), rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(ours(Y, dx=0.2, axis=axis), theirs(Y, dx=0.2, axis=axis), rtol=1e-12)
    X = np.sort(rng.uniform(size=Y.shape), axis=axis)  # x with y's shape
    np.testing.assert_allclose(simpson(Y, X, axis=axis), scipy_int.simpson(Y, x=X, axis=axis), rtol=1e-10)


def test_simpson_is_exact_for_cubics_and_trapezoid_for_lines():
    # ∫₋₁² (2t³ - t² + 3t - 1) dt = (16 - 1)/2 - (8 + 1)/3 + 3(4 - 1)/2 - 3 = 6
    t = np.linspace(-1.0, 2.0, 9)
    assert simpson(2 * t**3 - t**2 + 3 * t - 1, dx=3 / 8) == pytest.approx(6.0, rel=1e-13)
    # uneven spacing: exact for quadratics (a parabola through every pair of intervals),
    # with an odd and with an even number of samples
    x = np.sort(np.random.default_rng(9).uniform(-1.0, 2.0, 9))
    x[0], x[-1] = -1.0, 2.0
    assert simpson(x**2, x) == pytest.approx(3.0, rel=1e-12)
    longer = np.append(x, 2.5)
    assert simpson(longer**2, longer) == pytest.approx((2.5**3 + 1) / 3, rel=1e-12)
    assert trapezoid(4 * x - 1, x) == pytest.approx(2 * (4 - 1) - 3.0, rel=1e-13)


def test_convergence_orders_two_and_four():
    exact = 1.0 - np.cos(2.0)  # ∫₀² sin
    errors = {"trapezoid": [], "simpson": []}
    for n in (17, 33, 65):
        x = np.linspace(0.0, 2.0, n)
        errors["trapezoid"].append(abs(trapezoid(np.sin(x), x) - exact))
        errors["simpson"].append(abs(simpson(np.sin(x), x) - exact))
    trap, simp = np.array(errors["trapezoid"]), np.array(errors["simpson"])
    np.testing.assert_allclose(trap[:-1] / trap[1:], 4.0, rtol=0.02)
    np.testing.assert_allclose(simp[:-1] / simp[1:], 16.0, rtol=0.05)


def test_simpson_on_a_fine_grid_matches_quad():
    def f(t):
        return np.exp(-(t**2)) * np.cos(3 * t)

    exact, _ = scipy_int.quad(f, -2.0, 3.0)
    x = np.linspace(-2.0, 3.0, 401)
    assert simpson(f(x), x) == pytest.approx(exact, abs=1e-9)
    assert simpson(f(x[:-1]), x[:-1]) == pytest.approx(scipy_int.quad(f, -2.0, x[-2])[0], abs=1e-9)


def test_integration_rejects_bad_input():
    with pytest.raises(ValueError, match="empty"):
        trapezoid(np.array([]))
    with pytest.raises(ValueError, match="single number"):
        simpson(3.0)
    with pytest.raises(ValueError, match="NaN or infinity"):
        simpson(np.array([1.0, np.nan, 2.0]))
    with pytest.raises(ValueError, match="x has 2 values"):
        trapezoid(np.ones(3), np.array([0.0, 1.0]))
    with pytest.raises(ValueError, match="repeated points"):
        simpson(np.ones(3), np.array([0.0, 1.0, 1.0]))
    with pytest.raises(ValueError, match="dx must be"):
        simpson(np.ones(3), dx=0.0)


# ------------------------------------------------------------------ Monte Carlo


@pytest.mark.parametrize(
    ("f", "a", "b"),
    [(np.sin, 0.0, np.pi), (lambda t: np.exp(-(t**2)), -1.0, 2.0), (np.sqrt, 0.0, 4.0)],
)
def test_monte_carlo_is_within_four_standard_errors_of_quad(f, a, b):
    exact, _ = scipy_int.quad(f, a, b)
    for seed in range(5):
        estimate, se = monte_carlo(f, a, b, n=20_000, rng=seed)
        assert abs(estimate - exact) < 4 * se


def test_monte_carlo_standard_error_is_sigma_over_root_n():
    # f(u) = u on [0, 1]: variance 1/12, so SE = sqrt(1/12 / n)
    _, se = monte_carlo(lambda u: u, 0.0, 1.0, n=40_000, rng=1)
    assert se == pytest.approx(np.sqrt(1 / 12 / 40_000), rel=0.02)


def test_monte_carlo_volume_of_the_unit_ball_in_a_box():
    estimate, se = monte_carlo(
        lambda p: (np.sum(p**2, axis=0) <= 1.0).astype(float), [-1.0] * 3, [1.0] * 3, n=50_000, rng=3
    )
    assert abs(estimate - 4 * np.pi / 3) < 4 * se
    assert se < 0.02


def test_monte_carlo_box_matches_scipy_nquad():
    def f(p):
        return np.exp(-p[0]) * np.cos(p[1])

    exact, _ = scipy_int.nquad(lambda u, v: np.exp(-u) * np.cos(v), [[0.0, 1.0], [0.0, 2.0]])
    estimate, se = monte_carlo(f, [0.0, 0.0], [1.0, 2.0], n=50_000, rng=np.random.default_rng(6))
    assert abs(estimate - exact) < 4 * se


def test_monte_carlo_is_reproducible_with_a_seed():
    assert monte_carlo(np.sin, 0.0, 1.0, 1000, rng=5) == monte_carlo(np.sin, 0.0, 1.0, 1000, rng=5)


def test_monte_carlo_rejects_bad_input():
    with pytest.raises(ValueError, match="n must be"):
        monte_carlo(np.sin, 0.0, 1.0, n=1)
    with pytest.raises(ValueError, match="below its upper limit"):
        monte_carlo(np.sin, 1.0, 0.0)
    with pytest.raises(ValueError, match="same length"):
        monte_carlo(np.sin, [0.0, 0.0], [1.0])
    with pytest.raises(ValueError, match="NaN or infinity"):
        monte_carlo(np.sin, 0.0, np.inf)
    with pytest.raises(ValueError, match="one value per point"):
        monte_carlo(lambda u: u.sum(), 0.0, 1.0, n=10)
