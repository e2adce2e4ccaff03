"""Our distributions against scipy.stats: densities, CDFs, quantiles and moments to 1e-12
(relative), samples by goodness-of-fit tests against scipy's CDFs, and the same errors for
impossible parameters."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats as ss

from mlroadmap.algorithms import stats as ours

RTOL = 1e-12
DENSITY_RTOL = 1e-10  # ln k! as a difference of log-gammas loses about log10(k) digits for large counts
ATOL = 1e-300  # a density of 1e-310 and 0 are the same thing

DISCRETE = [
    (ours.bernoulli(0.3), ss.bernoulli(0.3)),
    (ours.bernoulli(0.0), ss.bernoulli(0.0)),
    (ours.bernoulli(1.0), ss.bernoulli(1.0)),
    (ours.binom(20, 0.3), ss.binom(20, 0.3)),
    (ours.binom(1, 0.5), ss.binom(1, 0.5)),
    (ours.binom(0, 0.4), ss.binom(0, 0.4)),
    (ours.binom(15, 0.0), ss.binom(15, 0.0)),
    (ours.binom(15, 1.0), ss.binom(15, 1.0)),
    (ours.binom(1000, 0.01), ss.binom(1000, 0.01)),
    (ours.poisson(4.2), ss.poisson(4.2)),
    (ours.poisson(0.05), ss.poisson(0.05)),
    (ours.poisson(0.0), ss.poisson(0.0)),
    (ours.poisson(350.0), ss.poisson(350.0)),
]
CONTINUOUS = [
    (ours.norm(), ss.norm()),
    (ours.norm(-3.0, 0.25), ss.norm(-3.0, 0.25)),
    (ours.norm(1e4, 50.0), ss.norm(1e4, 50.0)),
    (ours.expon(), ss.expon()),
    (ours.expon(2.0, 0.5), ss.expon(2.0, 0.5)),
    (ours.beta(2.5, 0.7), ss.beta(2.5, 0.7)),
    (ours.beta(1.0, 1.0), ss.beta(1.0, 1.0)),
    (ours.beta(0.5, 0.5), ss.beta(0.5, 0.5)),
    (ours.beta(30.0, 12.0), ss.beta(30.0, 12.0)),
    (ours.t(1.0), ss.t(1.0)),
    (ours.t(3.7), ss.t(3.7)),
    (ours.t(250.0), ss.t(250.0)),
    (ours.chi2(1.0), ss.chi2(1.0)),
    (ours.chi2(2.0), ss.chi2(2.0)),
    (ours.chi2(17.5), ss.chi2(17.5)),
    (ours.f(3.0, 7.0), ss.f(3.0, 7.0)),
    (ours.f(1.0, 1.0), ss.f(1.0, 1.0)),
    (ours.f(12.0, 40.0), ss.f(12.0, 40.0)),
]


def same(mine, theirs, rtol=RTOL):
    mine, theirs = np.asarray(mine, dtype=float), np.asarray(theirs, dtype=float)
    assert mine.shape == theirs.shape
    np.testing.assert_allclose(mine, theirs, rtol=rtol, atol=ATOL, equal_nan=True)


def ident(pair):
    return repr(pair[0])


def grid(theirs) -> np.ndarray:
    """Points across the whole support and beyond it, in both tails."""
    low, high = theirs.ppf(1e-9), theirs.isf(1e-9)
    span = (high - low) or 1.0
    return np.concatenate([np.linspace(low - 0.2 * span, high + 0.2 * span, 401), [low, high]])


@pytest.mark.parametrize("pair", DISCRETE, ids=ident)
def test_discrete_pmf_cdf_sf_and_moments(pair):
    mine, theirs = pair
    k = np.arange(-3.0, theirs.isf(1e-12) + 4)
    same(mine.pmf(k), theirs.pmf(k), rtol=DENSITY_RTOL)
    same(mine.logpmf(k), theirs.logpmf(k), rtol=DENSITY_RTOL)
    same(mine.pmf(k + 0.5), theirs.pmf(k + 0.5))  # not a whole number: probability 0
    same(mine.cdf(k), theirs.cdf(k))
    same(mine.cdf(k + 0.5), theirs.cdf(k + 0.5))  # a step function between the integers
    same(mine.sf(k), theirs.sf(k), rtol=1e-9)  # 1 - cdf: relative error grows in the far tail
    assert mine.pmf(k).sum() == pytest.approx(1.0, abs=1e-12)
    for moment in ("mean", "var", "std"):
        assert getattr(mine, moment)() == pytest.approx(
            float(getattr(theirs, moment)()), rel=RTOL, abs=1e-300
        )


@pytest.mark.parametrize("pair", CONTINUOUS, ids=ident)
def test_continuous_pdf_cdf_sf_ppf_and_moments(pair):
    mine, theirs = pair
    x = grid(theirs)
    same(mine.pdf(x), theirs.pdf(x), rtol=DENSITY_RTOL)
    positive = mine.pdf(x) > 0
    np.testing.assert_allclose(mine.logpdf(x[positive]), theirs.logpdf(x[positive]), rtol=RTOL, atol=1e-13)
    # scipy's accurate value of each tail is the one where that tail is small: its cdf
    # near 1 (F) and its sf near 1 (beta) can be off by 1e-9 (see the closed forms below)
    cdf, sf = theirs.cdf(x), theirs.sf(x)
    lower = cdf <= 0.5
    same(mine.cdf(x[lower]), cdf[lower])
    same(mine.sf(x[~lower]), sf[~lower], rtol=1e-10)
    np.testing.assert_allclose(mine.cdf(x[~lower]), 1.0 - sf[~lower], rtol=0, atol=1e-13)
    np.testing.assert_allclose(mine.sf(x[lower]), 1.0 - cdf[lower], rtol=0, atol=1e-13)
    q = np.array([0.0, 1e-12, 1e-6, 0.025, 0.1, 0.5, 0.9, 0.975, 1 - 1e-6, 1.0])
    same(mine.ppf(q), theirs.ppf(q), rtol=1e-10)
    assert np.isnan(mine.ppf(np.array([-0.1, 1.5]))).all()
    assert mine.interval(0.9) == pytest.approx(theirs.interval(0.9), rel=1e-10)
    for moment in ("mean", "var", "std"):
        expected = float(getattr(theirs, moment)())
        got = getattr(mine, moment)()
        if isinstance(mine, ours.t) and mine.df <= 1 and moment == "mean":
            # The Cauchy distribution (t with 1 df) has no mean: we say NaN, scipy says inf.
            assert np.isnan(got) and expected == np.inf
            continue
        assert got == pytest.approx(expected, rel=RTOL) or (np.isnan(got) and np.isnan(expected))


def test_tails_against_closed_forms():
    """Three distributions with elementary CDFs, far out where 1 - x or x / (x + 1) rounds."""
    x = np.array([1e-30, 1e-18, 1e-9, 1e-3, 0.3, 0.5, 0.9, 1 - 1e-9])
    arcsine = ours.beta(0.5, 0.5)  # F(x) = (2/π) arcsin(√x), 1 - F(x) = (2/π) arccos(√x)
    low = x <= 0.5  # the closed forms are exact only where they do not round 1 - x or √x near 1
    same(arcsine.cdf(x[low]), 2 / np.pi * np.arcsin(np.sqrt(x[low])), rtol=1e-13)
    tail = np.where(low, np.arccos(np.sqrt(x)), np.arcsin(np.sqrt(1 - x)))
    same(arcsine.sf(x), 2 / np.pi * tail, rtol=1e-13)
    q = np.array([1e-12, 0.3, 0.5])
    same(arcsine.ppf(q), np.sin(np.pi * q / 2) ** 2, rtol=1e-12)
    y = np.array([1e-20, 1e-6, 0.5, 1.0, 3.0, 1e6, 1e15, 4e16, 1e20])
    f11 = ours.f(1.0, 1.0)  # F(y) = (2/π) arctan(√y), 1 - F(y) = (2/π) arctan(1/√y)
    same(f11.cdf(y), 2 / np.pi * np.arctan(np.sqrt(y)), rtol=1e-13)
    same(f11.sf(y), 2 / np.pi * np.arctan(1 / np.sqrt(y)), rtol=1e-13)
    q = np.array([1e-12, 0.25, 0.5, 0.9, 1 - 1e-9])
    same(f11.ppf(q), np.tan(np.pi * q / 2) ** 2, rtol=1e-6)  # tan near π/2 amplifies q's rounding
    z = np.array([1e-3, 1.0, 2.0, 40.0, 1e9, 1e12])
    cauchy = ours.t(1.0)  # P(T > z) = P(T < -z) = arctan(1/z)/π for z > 0
    same(cauchy.sf(z), np.arctan(1 / z) / np.pi, rtol=1e-12)
    same(cauchy.cdf(-z), np.arctan(1 / z) / np.pi, rtol=1e-12)


def test_scalars_in_scalars_out_and_nan_propagates():
    assert isinstance(ours.norm().pdf(0.0), float)
    assert ours.norm().pdf(0.0) == pytest.approx(1 / np.sqrt(2 * np.pi), rel=1e-15)
    assert isinstance(ours.binom(5, 0.5).pmf(2), float)
    assert ours.binom(5, 0.5).pmf(2) == pytest.approx(10 / 32, rel=1e-14)
    assert ours.poisson(2.0).pmf(np.array([[0, 1], [2, 3]])).shape == (2, 2)
    for distribution in (ours.norm(), ours.beta(2, 3), ours.t(4)):
        assert np.isnan(distribution.pdf(np.nan)) and np.isnan(distribution.cdf(np.nan))
    assert np.isnan(ours.binom(5, 0.5).pmf(np.nan)) and np.isnan(ours.poisson(1).cdf(np.nan))


def test_the_exponential_scale_is_one_over_the_rate():
    rate = 4.0
    mine = ours.expon(scale=1 / rate)
    assert mine.mean() == pytest.approx(0.25)
    assert mine.pdf(0.0) == pytest.approx(rate)  # the density at 0 is the rate
    same(mine.cdf(np.array([0.5, 1.0])), 1 - np.exp(-rate * np.array([0.5, 1.0])))


# ----------------------------------------------------------------------------- sampling

N_DRAWS = 20_000
P_FLOOR = 1e-4  # fixed seeds make each test deterministic; a wrong sampler gives p ~ 0


@pytest.mark.parametrize(
    "pair",
    [p for p in CONTINUOUS if not (isinstance(p[0], ours.t) and p[0].df == 1.0)] + [CONTINUOUS[9]],
    ids=ident,
)
def test_continuous_samples_follow_the_distribution(pair):
    mine, theirs = pair
    draws = mine.rvs(N_DRAWS, random_state=7)
    assert draws.shape == (N_DRAWS,)
    assert ss.kstest(draws, theirs.cdf).pvalue > P_FLOOR


@pytest.mark.parametrize("pair", [p for p in DISCRETE if p[1].var() > 0], ids=ident)
def test_discrete_samples_follow_the_distribution(pair):
    mine, theirs = pair
    draws = mine.rvs(N_DRAWS, random_state=11)
    assert draws.dtype.kind == "i"
    values = np.unique(draws)
    assert np.all(theirs.pmf(values) > 0), "a draw outside the support"
    # Pearson's test on the categories expected at least 5 times, the rest pooled
    support = np.arange(theirs.ppf(1e-12), theirs.isf(1e-12) + 1)
    expected = N_DRAWS * theirs.pmf(support)
    observed = np.array([np.count_nonzero(draws == k) for k in support], dtype=float)
    big = expected >= 5
    observed = np.append(observed[big], N_DRAWS - observed[big].sum())
    expected = np.append(expected[big], N_DRAWS - expected[big].sum())
    keep = expected > 0
    assert (
        ss.chisquare(observed[keep], expected[keep] * observed.sum() / expected[keep].sum()).pvalue > P_FLOOR
    )
    # the sample mean within 4 standard errors of the true mean
    assert abs(draws.mean() - theirs.mean()) < 4 * theirs.std() / np.sqrt(N_DRAWS)


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [(ours.poisson(1e9), ss.poisson(1e9)), (ours.binom(10**8, 0.3), ss.binom(10**8, 0.3))],
    ids=["poisson(1e9)", "binom(1e8, 0.3)"],
)
def test_huge_counts_sample_without_a_huge_table(mine, theirs):
    """The sample mean within 4 standard errors, the sample variance within 4 of its standard errors
    (for a near-normal variable, sd(s²) = σ² sqrt(2 / (N - 1))), and the quartiles match scipy's."""
    draws = mine.rvs(N_DRAWS, random_state=5)
    assert abs(draws.mean() - theirs.mean()) < 4 * theirs.std() / np.sqrt(N_DRAWS)
    assert abs(draws.var(ddof=1) / theirs.var() - 1) < 4 * np.sqrt(2 / (N_DRAWS - 1))
    quartiles = np.percentile(draws, [25, 50, 75])
    np.testing.assert_allclose(quartiles, theirs.ppf([0.25, 0.5, 0.75]), atol=0.05 * theirs.std())


def test_degenerate_distributions_sample_their_one_value():
    assert set(ours.bernoulli(0.0).rvs(100, random_state=0)) == {0}
    assert set(ours.bernoulli(1.0).rvs(100, random_state=0)) == {1}
    assert set(ours.binom(7, 1.0).rvs(100, random_state=0)) == {7}
    assert set(ours.binom(0, 0.5).rvs(100, random_state=0)) == {0}
    assert set(ours.poisson(0.0).rvs(100, random_state=0)) == {0}


def test_seeds_reproduce_and_sizes_shape():
    for distribution in (ours.norm(), ours.binom(9, 0.2), ours.beta(2, 2), ours.chi2(3)):
        np.testing.assert_array_equal(
            distribution.rvs(50, random_state=3), distribution.rvs(50, random_state=3)
        )
        assert distribution.rvs((4, 5), random_state=np.random.default_rng(1)).shape == (4, 5)
        assert np.ndim(distribution.rvs(random_state=0)) == 0
    assert not np.array_equal(ours.norm().rvs(20, random_state=1), ours.norm().rvs(20, random_state=2))


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("make", "phrase"),
    [
        (lambda: ours.bernoulli(1.2), "probability in [0, 1]"),
        (lambda: ours.bernoulli(np.nan), "finite number"),
        (lambda: ours.binom(-1, 0.5), "at least 0"),
        (lambda: ours.binom(2.5, 0.5), "whole number"),
        (lambda: ours.binom(10, -0.1), "probability in [0, 1]"),
        (lambda: ours.poisson(-1.0), "must not be negative"),
        (lambda: ours.norm(0.0, 0.0), "scale must be positive"),
        (lambda: ours.norm(np.inf, 1.0), "finite number"),
        (lambda: ours.expon(scale=-2.0), "scale must be positive"),
        (lambda: ours.beta(0.0, 1.0), "a must be positive"),
        (lambda: ours.t(0.0), "df must be positive"),
        (lambda: ours.chi2(-3.0), "df must be positive"),
        (lambda: ours.f(2.0, 0.0), "dfd must be positive"),
        (lambda: ours.norm().rvs(-1), "size must not be negative"),
        (lambda: ours.norm().rvs(3, random_state="seed"), "random_state"),
    ],
)
def test_impossible_parameters_are_refused(make, phrase):
    with pytest.raises(ValueError, match=phrase.replace("[", r"\[").replace("]", r"\]")):
        make()
