"""The statistics topic's solutions against scipy.stats and statsmodels.

Each solution file, and the check's reference from ``mlroadmap.algorithms.stats``, gives
the grader's expected values, so a wrong one would pass wrong learners and fail right
ones. Here both are compared with the real libraries on the check's own cases and on
extra seeded data, under the exercise's own ``Rule``: scipy's t interval and Welch test,
statsmodels' OLS and t interval, Bayes' theorem integrated numerically, and scipy's
bootstrap (within Monte Carlo error, since it draws its own resamples).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.stats as ss
import statsmodels.api as sm
from scipy.integrate import quad
from statsmodels.stats.weightstats import DescrStatsW

from conftest import topic_files
from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/math/statistics"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution and the check's reference both match ``oracle`` under the check's rule."""
    check = _check(file)
    for case in [*check.cases(), *extra]:
        expected = plain(oracle(*case.args))
        for implementation in (_solution(file), check.reference):
            problem = compare(expected, plain(_call(implementation, case)), check.rule)
            assert problem is None, f"{file}, case '{case.name}': {problem}"


def _body_mass(species: str) -> np.ndarray:
    penguins = load_penguins()
    mass = penguins["body_mass_g"][penguins["species"] == species]
    return mass[~np.isnan(mass)]


# ------------------------------------------------------------------------- exercise 1


def test_mean_confidence_interval_matches_scipy_and_statsmodels() -> None:
    """Each case's t_crit stands for the confidence 2 F(t_crit) - 1: scipy's and statsmodels' intervals."""

    def scipy_interval(x: np.ndarray, t_crit: float) -> tuple[float, float]:
        if np.ptp(x) == 0:  # scipy refuses scale 0 (NaN): the interval is the single point
            return float(x[0]), float(x[0])
        confidence = 2 * ss.t.cdf(t_crit, x.size - 1) - 1
        low, high = ss.t.interval(confidence, x.size - 1, loc=x.mean(), scale=ss.sem(x))
        assert (low, high) == pytest.approx(DescrStatsW(x).tconfint_mean(1 - confidence), rel=1e-9)
        return low, high

    rng = np.random.default_rng(101)
    extra = [
        Case(f"n = {n}, seed 101, {c:.0%}", (rng.normal(50, 10, n), float(ss.t.ppf(0.5 + c / 2, n - 1))))
        for n, c in [(2, 0.5), (3, 0.95), (30, 0.8), (1000, 0.999)]
    ]
    _agree("01_mean_confidence_interval.py", scipy_interval, extra)


def test_the_critical_values_in_the_cases_are_scipys() -> None:
    for case in _check("01_mean_confidence_interval.py").cases():
        x, t_crit = case.args
        confidence = 2 * ss.t.cdf(t_crit, x.size - 1) - 1
        # every case states 80%, 90%, 95% or 99% (the by-hand one rounds t to 3.182)
        assert min(abs(confidence - c) for c in (0.8, 0.9, 0.95, 0.99)) < 1e-4, case.name


# ------------------------------------------------------------------------- exercise 2


def posterior_by_integration(a: float, b: float, successes: int, trials: int) -> tuple[float, float, float]:
    """Bayes' theorem with the evidence integral done numerically; the posterior's first two moments
    then give its beta parameters back (method of moments), with no conjugacy assumed."""
    log_beta = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)

    def unnormalized(theta: float, power: int = 0) -> float:
        log_prior = (a - 1) * math.log(theta) + (b - 1) * math.log1p(-theta) - log_beta
        log_likelihood = successes * math.log(theta) + (trials - successes) * math.log1p(-theta)
        return theta**power * math.exp(log_prior + log_likelihood)

    options = {"epsabs": 0, "epsrel": 1e-13, "limit": 500}
    evidence = quad(unnormalized, 0, 1, **options)[0]
    mean = quad(unnormalized, 0, 1, args=(1,), **options)[0] / evidence
    second = quad(unnormalized, 0, 1, args=(2,), **options)[0] / evidence
    variance = second - mean**2
    total = mean * (1 - mean) / variance - 1  # a + b of a beta with this mean and variance
    return mean * total, (1 - mean) * total, mean


def test_beta_posterior_matches_bayes_theorem_integrated_numerically() -> None:
    check, solution = _check("02_beta_posterior.py"), _solution("02_beta_posterior.py")
    for case in check.cases():
        expected = posterior_by_integration(*case.args)
        for implementation in (solution, check.reference):
            got = implementation(*case.args)
            np.testing.assert_allclose(got, expected, rtol=1e-6, err_msg=case.name)  # quad's accuracy
        a_post, b_post, mean = got
        assert ss.beta(a_post, b_post).mean() == pytest.approx(mean, rel=1e-12)


# ------------------------------------------------------------------------- exercise 3


def test_welch_t_matches_scipy() -> None:
    def scipy_welch(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
        result = ss.ttest_ind(a, b, equal_var=False)
        return float(result.statistic), float(result.df)

    rng = np.random.default_rng(303)
    extra = [
        Case(f"n1 = {n1}, n2 = {n2}, seed 303", (rng.normal(0, s1, n1), rng.normal(1, s2, n2)))
        for n1, n2, s1, s2 in [(2, 2, 1, 1), (3, 100, 5, 0.1), (100, 3, 5, 0.1), (40, 40, 1, 1)]
    ]
    extra.append(Case("penguins: Chinstrap vs Gentoo", (_body_mass("Chinstrap"), _body_mass("Gentoo"))))
    _agree("03_welch_t.py", scipy_welch, extra)


def test_welch_df_lies_between_its_bounds() -> None:
    welch_t = _solution("03_welch_t.py")
    for case in _check("03_welch_t.py").cases():
        a, b = case.args
        _, df = welch_t(a, b)
        assert min(a.size, b.size) - 1 - 1e-9 <= df <= a.size + b.size - 2 + 1e-9, case.name


# ------------------------------------------------------------------------- exercise 4


def bootstrap_by_loop(x: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    means = [float(np.mean([x[i] for i in row])) for row in indices]
    alpha = 1 - confidence
    return tuple(float(q) for q in np.quantile(means, [alpha / 2, 1 - alpha / 2]))


def test_bootstrap_interval_matches_a_loop_over_resamples() -> None:
    rng = np.random.default_rng(404)
    extra = [
        Case(f"n = {n}, B = {B}, seed 404", (rng.gamma(2.0, 3.0, n), rng.integers(0, n, (B, n)), c))
        for n, B, c in [(3, 7, 0.6), (50, 500, 0.95), (200, 100, 0.9)]
    ]
    _agree("04_bootstrap_interval.py", bootstrap_by_loop, extra)


@pytest.mark.parametrize("species", ["Gentoo", "Chinstrap"])
def test_bootstrap_interval_agrees_with_scipy_bootstrap_within_monte_carlo_error(species: str) -> None:
    """Both draw 9,999 resamples of their own. A 2.5% quantile estimated from B draws has standard
    error sqrt(q (1 - q) / B) / density, and the density of a roughly normal bootstrap distribution
    at that quantile is φ(1.96) / se. Two independent estimates: sqrt(2) times that; we allow 5."""
    bootstrap_interval = _solution("04_bootstrap_interval.py")
    x = _body_mass(species)
    indices = np.random.default_rng(0).integers(0, x.size, size=(9999, x.size))
    mine = bootstrap_interval(x, indices, 0.95)
    theirs = ss.bootstrap((x,), np.mean, n_resamples=9999, method="percentile", rng=1)
    quantile_se = math.sqrt(0.025 * 0.975 / 9999) * theirs.standard_error / ss.norm.pdf(1.96)
    for got, expected in zip(mine, theirs.confidence_interval, strict=True):
        assert abs(got - expected) < 5 * math.sqrt(2) * quantile_se


# ------------------------------------------------------------------------- exercise 5


def statsmodels_ols(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    fit = sm.OLS(y, sm.add_constant(X, has_constant="add")).fit()
    return np.asarray(fit.params), np.asarray(fit.bse)


def test_ols_standard_errors_match_statsmodels() -> None:
    rng = np.random.default_rng(505)
    diabetes = load_diabetes()
    extra = [
        Case(f"random {n}×{d}, seed 505", (X, X @ rng.normal(size=d) + 4 + rng.normal(size=n)))
        for n, d in [(3, 1), (25, 6), (1000, 2)]
        for X in [rng.normal(size=(n, d)) * rng.uniform(0.1, 100, d)]
    ]
    extra.append(Case("diabetes: the first 60 patients", (diabetes.data[:60], diabetes.target[:60])))
    _agree("05_ols_standard_errors.py", statsmodels_ols, extra)


def test_the_normal_equations_pass_the_check_too() -> None:
    """A learner solving (AᵀA) β = Aᵀy directly (less accurate than lstsq) must still pass rtol 1e-7."""
    check = _check("05_ols_standard_errors.py")

    def normal_equations(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        A = np.column_stack([np.ones(len(X)), X])
        inverse = np.linalg.inv(A.T @ A)
        beta = inverse @ A.T @ y
        e = y - A @ beta
        return beta, np.sqrt(e @ e / (A.shape[0] - A.shape[1]) * np.diag(inverse))

    for case in check.cases():
        problem = compare(
            plain(check.reference(*case.args)), plain(_call(normal_equations, case)), check.rule
        )
        assert problem is None, case.name
