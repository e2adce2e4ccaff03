"""OLS against statsmodels (to 1e-8 on real data), the beta-binomial update against numerical
integration of Bayes' theorem, Metropolis–Hastings against the analytic posterior (within
Monte Carlo error, and a KS test), and the bias–variance simulation against its closed form."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.stats as ss
import statsmodels.api as sm
from scipy.integrate import quad

from mlroadmap.algorithms import stats as ours
from mlroadmap.datasets import load_diabetes, load_penguins

ATTRIBUTES = ["params", "bse", "tvalues", "pvalues", "fittedvalues", "resid", "normalized_cov_params"]
SCALARS = ["rsquared", "rsquared_adj", "fvalue", "f_pvalue", "scale", "df_resid", "df_model", "nobs"]


def designs():
    diabetes = load_diabetes()
    penguins = load_penguins()
    columns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    P = np.column_stack([penguins[c] for c in columns])
    keep = ~np.isnan(P).any(axis=1)
    rng = np.random.default_rng(10)
    X = rng.normal(size=(60, 4))
    correlated = np.column_stack([X[:, 0], X[:, 0] + 1e-3 * rng.normal(size=60)])
    return [
        ("diabetes: 442 × 10", diabetes.data, diabetes.target),
        ("diabetes: bmi alone", diabetes.data[:, [2]], diabetes.target),
        ("penguins: body mass from three measurements", P[keep], penguins["body_mass_g"][keep]),
        ("random 60 × 4 with noise", X, 3.0 + X @ [1.0, -2.0, 0.0, 0.5] + rng.normal(size=60)),
        ("nearly collinear columns", correlated, correlated[:, 0] + rng.normal(size=60)),
        ("n = p + 1: one residual degree of freedom", X[:6], rng.normal(size=6)),
    ]


def compare(mine, theirs, rtol):
    """Relative to each value, and to the array's largest value for entries that are ~0 by design
    (the diabetes features are centred, so the intercept is uncorrelated with every slope)."""
    pairs = [(name, getattr(mine, name), getattr(theirs, name)) for name in ATTRIBUTES]
    pairs.append(("cov_params()", mine.cov_params(), theirs.cov_params()))
    for name, got, expected in pairs:
        floor = rtol * np.abs(expected).max()
        np.testing.assert_allclose(got, expected, rtol=rtol, atol=floor, err_msg=name)
    for name in SCALARS:
        assert getattr(mine, name) == pytest.approx(float(getattr(theirs, name)), rel=rtol), name


@pytest.mark.parametrize(("name", "X", "y"), designs(), ids=[d[0] for d in designs()])
def test_ols_matches_statsmodels(name, X, y):
    mine = ours.ols(X, y)
    theirs = sm.OLS(y, sm.add_constant(X, has_constant="add")).fit()
    rtol = 1e-5 if "collinear" in name else 1e-8  # condition number 1e3: statsmodels' pinv loses digits
    compare(mine, theirs, rtol)
    for alpha in (0.05, 0.1):
        np.testing.assert_allclose(mine.conf_int(alpha), theirs.conf_int(alpha), rtol=rtol)


def test_ols_without_intercept_matches_statsmodels_uncentred_r2():
    diabetes = load_diabetes()
    mine = ours.ols(diabetes.data, diabetes.target, add_intercept=False)
    theirs = sm.OLS(diabetes.target, diabetes.data).fit()
    compare(mine, theirs, 1e-8)
    # a column of ones given by the user counts as the constant, as statsmodels detects it
    X = sm.add_constant(diabetes.data)
    compare(ours.ols(X, diabetes.target, add_intercept=False), sm.OLS(diabetes.target, X).fit(), 1e-8)


def test_ols_on_a_line_by_hand():
    """y = 1 + 2x + e with e = (+1, -1, -1, +1): the slope's standard error is sqrt(σ² / Sxx)."""
    x = np.array([0.0, 1.0, 2.0, 3.0])
    y = 1 + 2 * x + np.array([1.0, -1.0, -1.0, 1.0])
    result = ours.ols(x[:, None], y)
    np.testing.assert_allclose(result.params, [1.0, 2.0], atol=1e-12)  # e is orthogonal to 1 and x
    sigma2 = 4.0 / (4 - 2)
    assert result.scale == pytest.approx(sigma2)
    assert result.bse[1] == pytest.approx(math.sqrt(sigma2 / 5.0))  # Sxx = Σ (x - 1.5)² = 5
    assert result.rsquared == pytest.approx(1 - 4.0 / (4 * 5.0 + 4.0))  # TSS = 2² · 5 + RSS


@pytest.mark.parametrize(
    ("X", "y", "phrase"),
    [
        (np.column_stack([np.arange(5.0), 2 * np.arange(5.0)]), np.arange(5.0) ** 2, "linearly dependent"),
        (np.arange(3.0)[:, None], np.array([1.0, 2.0, 2.5]), None),
        (np.arange(2.0)[:, None], np.array([1.0, 2.0]), "more than 2 observations"),
        (np.arange(4.0)[:, None], np.array([1.0, 2.0, np.nan, 3.0]), "NaN"),
        (np.arange(4.0)[:, None], np.array([1.0, 2.0, 3.0]), "one value per row"),
        (np.arange(4.0)[:, None], 2.0 * np.arange(4.0), "fits y exactly"),
        (np.ones((4, 2, 2)), np.arange(4.0), "must be 2-D"),
    ],
)
def test_ols_bad_input(X, y, phrase):
    if phrase is None:  # the one valid design in the list: 3 points, 2 coefficients
        assert ours.ols(X, y).df_resid == 1
        return
    with pytest.raises(ValueError, match=phrase):
        ours.ols(X, y)


# ------------------------------------------------------------------- beta-binomial


@pytest.mark.parametrize(
    ("a", "b", "k", "n"), [(1, 1, 7, 10), (2, 2, 0, 5), (0.5, 0.5, 30, 30), (20, 5, 3, 40)]
)
def test_beta_binomial_update_is_bayes_theorem_integrated_numerically(a, b, k, n):
    """posterior(θ) = prior(θ) · likelihood(θ) / ∫ prior · likelihood, computed with scipy's quad."""
    post_a, post_b = ours.beta_binomial_update(a, b, k, n)
    log_beta = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)

    def unnormalized(theta: float) -> float:  # Beta(a, b) prior density × binomial likelihood
        prior = math.exp((a - 1) * math.log(theta) + (b - 1) * math.log1p(-theta) - log_beta)
        return prior * math.comb(n, k) * theta**k * (1 - theta) ** (n - k)

    evidence = quad(unnormalized, 0, 1, points=[k / n], epsabs=0, epsrel=1e-12, limit=200)[0]
    for theta in (0.05, 0.3, 0.5, 0.77, 0.95):
        assert ss.beta(post_a, post_b).pdf(theta) == pytest.approx(unnormalized(theta) / evidence, rel=1e-7)


def test_beta_binomial_update_bad_input():
    with pytest.raises(ValueError, match="cannot exceed"):
        ours.beta_binomial_update(1, 1, 5, 3)
    with pytest.raises(ValueError, match="a must be positive"):
        ours.beta_binomial_update(0, 1, 1, 3)
    with pytest.raises(ValueError, match="whole number"):
        ours.beta_binomial_update(1, 1, 1.5, 3)


# -------------------------------------------------------------- Metropolis–Hastings


def batch_means_se(chain: np.ndarray, batches: int = 50) -> float:
    """The standard error of a correlated chain's mean: the spread of 50 batch means / sqrt(50)."""
    means = chain[: len(chain) // batches * batches].reshape(batches, -1).mean(axis=1)
    return float(means.std(ddof=1) / math.sqrt(batches))


def coin_posterior_log_density(a, b, k, n):
    def log_density(theta: float) -> float:
        if not 0.0 < theta < 1.0:
            return -math.inf
        return (a + k - 1) * math.log(theta) + (b + n - k - 1) * math.log1p(-theta)  # unnormalized

    return log_density


@pytest.mark.parametrize(("a", "b", "k", "n"), [(2, 2, 7, 20), (1, 1, 48, 50), (5, 1, 2, 30)])
def test_metropolis_hastings_reproduces_the_analytic_beta_posterior(a, b, k, n):
    posterior = ss.beta(a + k, b + n - k)
    result = ours.metropolis_hastings(
        coin_posterior_log_density(a, b, k, n),
        x0=0.5,
        n_samples=60_000,
        step_size=2.4 * posterior.std(),  # a random walk's usual scale: 2.4 standard deviations
        burn_in=1_000,
        random_state=17,
    )
    chain = result.samples
    assert chain.shape == (60_000,) and 0.2 < result.acceptance_rate < 0.8
    # mean and variance within 4 batch-means standard errors (the draws are correlated)
    assert abs(chain.mean() - posterior.mean()) < 4 * batch_means_se(chain)
    squared = (chain - posterior.mean()) ** 2
    assert abs(squared.mean() - posterior.var()) < 4 * batch_means_se(squared)
    # thinned to every 30th draw, where the autocorrelation has died out, a KS test against the posterior
    thinned = chain[::30]
    lag1 = np.corrcoef(thinned[:-1], thinned[1:])[0, 1]
    assert abs(lag1) < 0.1
    assert ss.kstest(thinned, posterior.cdf).pvalue > 1e-3


def test_metropolis_hastings_on_a_correlated_two_dimensional_normal():
    cov = np.array([[1.0, 0.8], [0.8, 2.0]])
    precision = np.linalg.inv(cov)
    result = ours.metropolis_hastings(
        lambda v: -0.5 * v @ precision @ v,
        x0=[3.0, -3.0],
        n_samples=80_000,
        step_size=1.0,
        random_state=2,
        burn_in=2_000,
    )
    chain = result.samples
    assert chain.shape == (80_000, 2)
    for j in range(2):
        assert abs(chain[:, j].mean()) < 4 * batch_means_se(chain[:, j])
    np.testing.assert_allclose(np.cov(chain.T), cov, atol=0.1)  # the chain's covariance, roughly


def test_metropolis_hastings_seeds_reproduce_and_bad_input():
    log_density = coin_posterior_log_density(1, 1, 3, 10)
    first = ours.metropolis_hastings(log_density, 0.5, 500, 0.2, random_state=4)
    np.testing.assert_array_equal(
        first.samples, ours.metropolis_hastings(log_density, 0.5, 500, 0.2, random_state=4).samples
    )
    with pytest.raises(ValueError, match="inside the support"):
        ours.metropolis_hastings(log_density, 1.5, 100)
    with pytest.raises(ValueError, match="step_size must be positive"):
        ours.metropolis_hastings(log_density, 0.5, 100, step_size=0.0)
    with pytest.raises(ValueError, match="at least 1"):
        ours.metropolis_hastings(log_density, 0.5, 0)
    with pytest.raises(ValueError, match="finite number"):
        ours.metropolis_hastings(log_density, np.nan, 10)


# ------------------------------------------------------------------- bias–variance


def exact_bias_variance(degree, f, x_train, x_test, noise_std):
    """For least squares the prediction is linear in y: ŷ = H y with H = V_test (VᵀV)⁻¹ Vᵀ. So
    E[ŷ] = H f(x_train) and Var[ŷ_i] = σ² ‖H_i‖², with no simulation at all."""
    V, V_test = np.vander(x_train, degree + 1), np.vander(x_test, degree + 1)
    H = V_test @ np.linalg.pinv(V)
    bias = H @ f(x_train) - f(x_test)
    variance = noise_std**2 * (H**2).sum(axis=1)
    return bias, variance


@pytest.mark.parametrize("degree", [0, 1, 3, 6])
def test_bias_variance_simulation_matches_the_closed_form(degree):
    x_train, x_test = np.linspace(0, 1, 25), np.linspace(0.05, 0.95, 40)
    f, sigma, D = (lambda x: np.sin(2 * np.pi * x)), 0.3, 2_000
    result = ours.bias_variance(
        ours.polynomial_fit_predict(degree), f, x_train, x_test, sigma, D, random_state=9
    )
    bias, variance = exact_bias_variance(degree, f, x_train, x_test, sigma)
    v, b2 = variance.mean(), (bias**2).mean()
    # variance with ddof=0 over D fits: E = v (D - 1)/D, standard error at most sqrt(2/D) v
    # (at most: the test points are correlated)
    assert abs(result.variance - v * (D - 1) / D) < 4 * math.sqrt(2 / D) * v
    # squared bias of the average fit: E = b² + v/D, standard error at most 2 sqrt(b² v / D) + v/D
    assert abs(result.bias2 - (b2 + v / D)) < 4 * (2 * math.sqrt(b2 * v / D) + v / D)
    assert result.noise == pytest.approx(sigma**2)
    # the decomposition: bias² + variance + noise = expected test MSE. Per test point the gap is
    # (ε² - σ²) - 2 (ŷ - f) ε, of variance 2σ⁴ + 4σ² E(ŷ - f)²; averaged over 40 points and D sets
    gap_sd = math.sqrt((2 * sigma**4 + 4 * sigma**2 * (result.bias2 + result.variance)) / (40 * D))
    assert abs(result.expected_mse - (result.bias2 + result.variance + result.noise)) < 4 * gap_sd
    assert result.predictions.shape == (D, 40)


def test_bias_falls_and_variance_rises_with_the_degree():
    x_train, x_test = np.linspace(0, 1, 20), np.linspace(0.05, 0.95, 30)
    runs = [
        ours.bias_variance(
            ours.polynomial_fit_predict(d), np.cos, x_train * 4, x_test * 4, 0.5, 300, random_state=0
        )
        for d in (1, 3, 8)
    ]
    assert runs[0].bias2 > runs[1].bias2 and runs[0].variance < runs[1].variance < runs[2].variance


def test_bias_variance_bad_input():
    fit = ours.polynomial_fit_predict(1)
    with pytest.raises(ValueError, match="must not be negative"):
        ours.bias_variance(fit, np.sin, np.arange(5.0), np.arange(3.0), -1.0)
    with pytest.raises(ValueError, match="at least 2"):
        ours.bias_variance(fit, np.sin, np.arange(5.0), np.arange(3.0), 1.0, n_datasets=1)
    with pytest.raises(ValueError, match="NaN"):
        ours.bias_variance(fit, np.sin, np.array([1.0, np.nan]), np.arange(3.0), 1.0)
