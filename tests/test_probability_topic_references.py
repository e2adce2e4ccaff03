"""The probability topic's solutions against scipy.stats and independent computations.

Each solution file (or the check's reference from ``mlroadmap.algorithms.stats``) gives the
grader's expected values, so a wrong one would pass wrong learners and fail right ones.
Here both are compared, on the check's own cases and on extra seeded data, with code that
shares none of theirs: scipy.stats' distributions, a joint-probability table, a simulated
population, and a per-row loop with the standard library. Comparisons use the exercise's
own ``Rule``.
"""

from __future__ import annotations

import math
import statistics
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.stats as ss

from conftest import topic_files
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/math/probability"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution and the check's reference both match ``oracle`` under the check's rule."""
    check = _check(file)
    implementations = [_solution(file)] + ([check.reference] if check.reference else [])
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args)
        for implementation in implementations:
            problem = compare(expected, _call(implementation, case), check.rule)
            assert problem is None, f"{file}, case '{case.name}': {problem}"


# ------------------------------------------------------------------------- exercise 1


def posterior_from_a_joint_table(prior: float, sensitivity: float, specificity: float) -> float:
    """The four cells of the 2×2 table of (disease, result), then the conditional P(D | +)."""
    table = np.array(
        [
            [prior * sensitivity, prior * (1 - sensitivity)],  # sick: positive, negative
            [(1 - prior) * (1 - specificity), (1 - prior) * specificity],  # healthy
        ]
    )
    assert table.sum() == pytest.approx(1.0)
    return float(table[0, 0] / table[:, 0].sum())


def test_bayes_diagnostic_matches_a_joint_probability_table() -> None:
    rng = np.random.default_rng(11)
    extra = [
        Case(
            f"random test {i}, seed 11", (float(rng.uniform(0.001, 0.5)), *map(float, rng.uniform(0.5, 1, 2)))
        )
        for i in range(20)
    ]
    _agree("01_bayes_diagnostic.py", posterior_from_a_joint_table, extra)


def test_bayes_diagnostic_matches_a_simulated_population() -> None:
    """Two million simulated patients: the fraction of positives who are sick, within 4 standard errors."""
    posterior_positive = _solution("01_bayes_diagnostic.py")
    rng = np.random.default_rng(5)
    for prior, sensitivity, specificity in [(0.01, 0.99, 0.95), (0.3, 0.7, 0.8)]:
        sick = rng.random(2_000_000) < prior
        positive = np.where(sick, rng.random(sick.size) < sensitivity, rng.random(sick.size) > specificity)
        observed = sick[positive].mean()
        p = posterior_positive(prior, sensitivity, specificity)
        assert abs(observed - p) < 4 * math.sqrt(p * (1 - p) / positive.sum())


# ------------------------------------------------------------------------- exercise 2


def test_binomial_pmf_matches_scipy() -> None:
    rng = np.random.default_rng(22)
    extra = [
        Case(f"n = {n}, p = {p:.3f}, every k, seed 22", (np.arange(n + 1), n, p))
        for n, p in [
            (1, 0.5),
            (7, float(rng.uniform())),
            (33, float(rng.uniform())),
            (150, 0.02),
            (100, 0.97),
        ]
    ]
    _agree("02_binomial_pmf.py", ss.binom.pmf, extra)


def test_binomial_pmf_sums_to_one_and_has_the_binomial_moments() -> None:
    binomial_pmf = _solution("02_binomial_pmf.py")
    for n, p in [(10, 0.3), (40, 0.75), (1, 0.1)]:
        k = np.arange(n + 1)
        pmf = binomial_pmf(k, n, p)
        assert pmf.sum() == pytest.approx(1.0, rel=1e-12)
        assert (k * pmf).sum() == pytest.approx(n * p, rel=1e-12)
        assert ((k - n * p) ** 2 * pmf).sum() == pytest.approx(n * p * (1 - p), rel=1e-10)


# ------------------------------------------------------------------------- exercise 3


def test_normal_pdf_matches_scipy() -> None:
    rng = np.random.default_rng(33)
    extra = [
        Case(f"mu = {mu:.2f}, sigma = {sigma:.3f}, seed 33", (rng.normal(mu, 4 * sigma, 200), mu, sigma))
        for mu, sigma in [(0.0, 1.0), (float(rng.normal(0, 10)), 0.01), (-1e3, 250.0), (5.0, 1e-6 + 3.0)]
    ]
    _agree("03_normal_pdf.py", lambda x, mu, sigma: ss.norm(mu, sigma).pdf(x), extra)


def test_normal_pdf_integrates_to_one() -> None:
    normal_pdf = _solution("03_normal_pdf.py")
    for mu, sigma in [(0.0, 1.0), (3.0, 0.1), (-50.0, 20.0)]:
        x = np.linspace(mu - 12 * sigma, mu + 12 * sigma, 20_001)
        assert np.trapezoid(normal_pdf(x, mu, sigma), x) == pytest.approx(1.0, rel=1e-9)


# ------------------------------------------------------------------------- exercise 4


def standardize_row_by_row(draws: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    n = draws.shape[1]
    return np.array([(statistics.fmean(row) - mu) / (sigma / math.sqrt(n)) for row in draws.tolist()])


def test_standardized_means_match_a_row_loop() -> None:
    rng = np.random.default_rng(44)
    extra = [
        Case(
            f"{m} experiments of {n} draws, seed 44",
            (rng.poisson(3.0, size=(m, n)).astype(float), 3.0, math.sqrt(3)),
        )
        for m, n in [(1, 1), (3, 200), (500, 2), (40, 40)]
    ]
    _agree("04_standardized_means.py", standardize_row_by_row, extra)


@pytest.mark.parametrize(
    ("name", "distribution"),
    [("exponential", ss.expon(scale=2.0)), ("gamma(0.5)", ss.gamma(0.5)), ("uniform", ss.uniform())],
)
def test_standardized_means_are_standard_normal_as_the_clt_says(name, distribution) -> None:
    """20,000 experiments of n = 200 draws each: the z values have mean 0 and variance 1 within
    4 standard errors (sqrt(1/m) and sqrt(2/m)), and the two tails beyond ±1.96 hold 5% of them
    within 4 binomial standard errors. (The skewness left at n = 200 moves each tail on its own
    by up to 0.005, but cancels between the two; the kurtosis moves their sum by < 0.001.)"""
    standardized_means = _solution("04_standardized_means.py")
    m = 20_000
    draws = np.asarray(distribution.rvs(size=(m, 200), random_state=7), dtype=float)
    z = standardized_means(draws, float(distribution.mean()), float(distribution.std()))
    assert abs(z.mean()) < 4 * math.sqrt(1 / m)
    assert abs(z.var() - 1) < 4 * math.sqrt(2 / m)
    outside = np.mean(np.abs(z) > 1.96)
    assert abs(outside - 0.05) < 4 * math.sqrt(0.05 * 0.95 / m)
