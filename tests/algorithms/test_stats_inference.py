"""Descriptive statistics, Bayes' theorem, intervals, tests, resampling and power, against
numpy, scipy.stats and statsmodels: exact agreement (1e-12) where the method is the same,
agreement within a stated number of Monte Carlo standard errors where both sides simulate."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import scipy.stats as ss
from statsmodels.stats.power import TTestIndPower
from statsmodels.stats.weightstats import DescrStatsW

from mlroadmap.algorithms import stats as ours
from mlroadmap.datasets import load_penguins

RTOL = 1e-12


def body_mass(species: str) -> np.ndarray:
    penguins = load_penguins()
    mass = penguins["body_mass_g"][penguins["species"] == species]
    return mass[~np.isnan(mass)]


def samples():
    rng = np.random.default_rng(2024)
    return [
        ("normal, 30 values", rng.normal(5.0, 2.0, 30)),
        ("skewed, 200 values", rng.exponential(3.0, 200)),
        ("two values", np.array([1.0, 4.0])),
        ("large offset, tiny spread", 1e8 + rng.normal(0, 1e-3, 50)),
        ("Adelie body mass", body_mass("Adelie")),
    ]


# ------------------------------------------------------------------------ descriptive


@pytest.mark.parametrize(("name", "x"), samples(), ids=[s[0] for s in samples()])
def test_descriptive_statistics_match_numpy_and_scipy(name, x):
    assert ours.mean(x) == pytest.approx(np.mean(x), rel=RTOL)
    for ddof in (0, 1):
        assert ours.var(x, ddof=ddof) == pytest.approx(np.var(x, ddof=ddof), rel=1e-9)
        assert ours.std(x, ddof=ddof) == pytest.approx(np.std(x, ddof=ddof), rel=1e-9)
    assert ours.sem(x) == pytest.approx(ss.sem(x), rel=1e-9)
    assert ours.var(x, ddof=1) > ours.var(x, ddof=0)


def test_descriptive_statistics_along_an_axis():
    X = np.random.default_rng(5).normal(size=(40, 3)) * [1.0, 10.0, 0.1]
    np.testing.assert_allclose(ours.mean(X, axis=0), X.mean(axis=0), rtol=RTOL)
    np.testing.assert_allclose(ours.var(X, ddof=1, axis=0), X.var(axis=0, ddof=1), rtol=RTOL)
    np.testing.assert_allclose(ours.std(X, axis=1), X.std(axis=1), rtol=RTOL)
    np.testing.assert_allclose(ours.sem(X), ss.sem(X), rtol=RTOL)


def test_the_sample_variance_is_unbiased_and_the_population_one_is_not():
    """Over 200,000 samples of 5 from N(0, 4), E[s²] = 4 with ddof=1 and 4·4/5 = 3.2 with ddof=0."""
    draws = np.random.default_rng(8).normal(0.0, 2.0, size=(200_000, 5))
    sample_var, population_var = ours.var(draws, ddof=1, axis=1), ours.var(draws, ddof=0, axis=1)
    se = sample_var.std() / math.sqrt(draws.shape[0])  # standard error of the average
    assert abs(sample_var.mean() - 4.0) < 4 * se
    assert abs(population_var.mean() - 3.2) < 4 * se * 0.8


@pytest.mark.parametrize(
    ("call", "phrase"),
    [
        (lambda: ours.mean([]), "at least 1"),
        (lambda: ours.mean(3.0), "not a single number"),
        (lambda: ours.mean([1.0, np.nan]), "NaN or infinity"),
        (lambda: ours.var([1.0, np.inf]), "NaN or infinity"),
        (lambda: ours.var([2.0], ddof=1), "more than 1"),
        (lambda: ours.var([2.0, 3.0], ddof=-1), "at least 0"),
        (lambda: ours.sem([5.0]), "more than 1"),
    ],
)
def test_descriptive_bad_input(call, phrase):
    with pytest.raises(ValueError, match=phrase):
        call()


# ------------------------------------------------------------------------------ Bayes


def test_bayes_diagnostic_test_by_hand_and_by_odds():
    """1% prevalence, 99% sensitivity, 95% specificity: 0.0099 / (0.0099 + 0.0495) = 1/6."""
    posterior = ours.bayes([0.01, 0.99], [0.99, 0.05])
    assert posterior[0] == pytest.approx(1 / 6, rel=RTOL)
    assert posterior.sum() == pytest.approx(1.0, rel=RTOL)
    # odds form: posterior odds = prior odds × likelihood ratio
    assert posterior[0] / posterior[1] == pytest.approx((0.01 / 0.99) * (0.99 / 0.05), rel=RTOL)


def test_bayes_matches_counting_in_a_simulated_population():
    """Three dice, one of them loaded: which die rolled a six? Counted over 2 million rolls."""
    rng = np.random.default_rng(3)
    prior = np.array([0.5, 0.3, 0.2])
    six = np.array([1 / 6, 1 / 6, 0.5])  # P(six | die)
    die = rng.choice(3, size=2_000_000, p=prior)
    rolled_six = rng.random(die.size) < six[die]
    counted = np.bincount(die[rolled_six], minlength=3) / rolled_six.sum()
    posterior = ours.bayes(prior, six)
    se = np.sqrt(posterior * (1 - posterior) / rolled_six.sum())
    assert np.all(np.abs(counted - posterior) < 4 * se)


def test_bayes_with_densities_as_likelihoods_matches_scipy_normal_densities():
    x = 1.3  # is it from N(0, 1) or N(2, 0.5)?
    likelihood = np.array([ss.norm(0, 1).pdf(x), ss.norm(2, 0.5).pdf(x)])
    expected = 0.5 * likelihood / (0.5 * likelihood).sum()
    np.testing.assert_allclose(ours.bayes([0.5, 0.5], likelihood), expected, rtol=RTOL)


@pytest.mark.parametrize(
    ("prior", "likelihood", "phrase"),
    [
        ([0.5, 0.6], [0.1, 0.2], "sum to 1"),
        ([-0.5, 1.5], [0.1, 0.2], "non-negative"),
        ([0.5, 0.5], [0.1], "one value per hypothesis"),
        ([0.5, 0.5], [-0.1, 0.2], "must not be negative"),
        ([1.0, 0.0], [0.0, 0.7], "probability 0"),
        ([0.5, 0.5], [np.nan, 0.2], "NaN"),
    ],
)
def test_bayes_bad_input(prior, likelihood, phrase):
    with pytest.raises(ValueError, match=phrase):
        ours.bayes(prior, likelihood)


# ------------------------------------------------------------------------ intervals


@pytest.mark.parametrize(("name", "x"), samples(), ids=[s[0] for s in samples()])
@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.99])
def test_t_interval_matches_scipy_and_statsmodels(name, x, confidence):
    low, high = ours.t_confidence_interval(x, confidence)
    expected = ss.t.interval(confidence, x.size - 1, loc=x.mean(), scale=ss.sem(x))
    assert (low, high) == pytest.approx(expected, rel=1e-10)
    assert (low, high) == pytest.approx(DescrStatsW(x).tconfint_mean(1 - confidence), rel=1e-10)


def test_t_interval_covers_the_mean_at_its_nominal_rate():
    """10,000 samples of 8 from N(10, 3²): the 95% t intervals cover 10 in 95% of them, within
    4 standard errors of a proportion, 0.0087 (with 1.96 they would cover about 91%)."""
    rng = np.random.default_rng(12)
    draws = rng.normal(10.0, 3.0, size=(10_000, 8))
    covered = np.mean([lo <= 10.0 <= hi for lo, hi in map(ours.t_confidence_interval, draws)])
    assert abs(covered - 0.95) < 4 * math.sqrt(0.95 * 0.05 / 10_000)


def test_t_interval_bad_input():
    with pytest.raises(ValueError, match="at least 2"):
        ours.t_confidence_interval([3.0])
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        ours.t_confidence_interval([1.0, 2.0, 3.0], confidence=95)


# ------------------------------------------------------------------------------ t-tests


@pytest.mark.parametrize("alternative", ["two-sided", "less", "greater"])
@pytest.mark.parametrize(("name", "x"), samples(), ids=[s[0] for s in samples()])
def test_ttest_1samp_matches_scipy(name, x, alternative):
    for popmean in (x.mean() - x.std(), float(np.median(x)), x.mean() + 10 * x.std()):
        mine = ours.ttest_1samp(x, popmean, alternative=alternative)
        theirs = ss.ttest_1samp(x, popmean, alternative=alternative)
        assert mine.statistic == pytest.approx(theirs.statistic, rel=1e-9)
        assert mine.pvalue == pytest.approx(theirs.pvalue, rel=1e-9, abs=1e-300)
        assert mine.df == theirs.df


def two_sample_pairs():
    rng = np.random.default_rng(77)
    return [
        ("equal sizes and spreads", rng.normal(0, 1, 25), rng.normal(0.5, 1, 25)),
        ("unequal sizes and spreads", rng.normal(0, 1, 12), rng.normal(1, 4, 40)),
        ("two values each", np.array([1.0, 2.0]), np.array([3.0, 5.5])),
        ("a constant sample", np.full(6, 3.0), rng.normal(3, 1, 9)),
        ("far apart: a tiny p-value", rng.normal(0, 1, 50), rng.normal(4, 1, 50)),
        ("penguins: Adelie vs Chinstrap", body_mass("Adelie"), body_mass("Chinstrap")),
        ("penguins: Adelie vs Gentoo", body_mass("Adelie"), body_mass("Gentoo")),
    ]


@pytest.mark.filterwarnings("ignore:Precision loss:RuntimeWarning")  # scipy, on the constant sample
@pytest.mark.parametrize("alternative", ["two-sided", "less", "greater"])
@pytest.mark.parametrize("equal_var", [True, False])
@pytest.mark.parametrize(("name", "a", "b"), two_sample_pairs(), ids=[p[0] for p in two_sample_pairs()])
def test_ttest_ind_student_and_welch_match_scipy(name, a, b, equal_var, alternative):
    mine = ours.ttest_ind(a, b, equal_var=equal_var, alternative=alternative)
    theirs = ss.ttest_ind(a, b, equal_var=equal_var, alternative=alternative)
    assert mine.statistic == pytest.approx(theirs.statistic, rel=1e-9)
    assert mine.pvalue == pytest.approx(theirs.pvalue, rel=1e-8, abs=1e-300)
    assert mine.df == pytest.approx(theirs.df, rel=1e-12)


def test_ttests_along_an_axis_match_scipy():
    rng = np.random.default_rng(4)
    a, b = rng.normal(0, 1, (200, 15)), rng.normal(0.3, 2, (200, 9))
    for equal_var in (True, False):
        mine, theirs = (
            ours.ttest_ind(a, b, axis=1, equal_var=equal_var),
            ss.ttest_ind(a, b, axis=1, equal_var=equal_var),
        )
        np.testing.assert_allclose(mine.statistic, theirs.statistic, rtol=1e-9)
        np.testing.assert_allclose(mine.pvalue, theirs.pvalue, rtol=1e-8)
        np.testing.assert_allclose(mine.df, theirs.df, rtol=1e-12)
    mine, theirs = ours.ttest_1samp(a.T, 0.1), ss.ttest_1samp(a.T, 0.1)
    np.testing.assert_allclose(mine.pvalue, theirs.pvalue, rtol=1e-8)


@pytest.mark.parametrize(
    ("call", "phrase"),
    [
        (lambda: ours.ttest_1samp([1.0], 0.0), "at least 2"),
        (lambda: ours.ttest_1samp([2.0, 2.0, 2.0], 1.0), "standard error is 0"),
        (lambda: ours.ttest_1samp([1.0, 2.0], np.nan), "finite number"),
        (lambda: ours.ttest_ind([1.0, 2.0], [3.0]), "at least 2"),
        (lambda: ours.ttest_ind([1.0, 1.0], [3.0, 3.0], equal_var=False), "standard error is 0"),
        (lambda: ours.ttest_ind([1.0, np.nan], [3.0, 4.0]), "NaN"),
        (lambda: ours.ttest_ind([1.0, 2.0], [3.0, 4.0], alternative="bigger"), "alternative"),
    ],
)
def test_ttest_bad_input(call, phrase):
    with pytest.raises(ValueError, match=phrase):
        call()


# ------------------------------------------------------------------------- chi-square


def test_chisquare_matches_scipy():
    rolls = np.bincount(np.random.default_rng(6).integers(0, 6, 600), minlength=6)
    for f_obs, f_exp, ddof in [
        (rolls, None, 0),
        (rolls, None, 2),
        (np.array([16.0, 18, 16, 14, 12, 12]), np.array([16.0, 16, 16, 16, 16, 8]), 0),
        (np.array([43.0, 52, 54, 40]), np.array([48.0, 48, 48, 45]), 1),
    ]:
        mine, theirs = ours.chisquare(f_obs, f_exp, ddof), ss.chisquare(f_obs, f_exp, ddof)
        assert mine.statistic == pytest.approx(theirs.statistic, rel=RTOL)
        assert mine.pvalue == pytest.approx(theirs.pvalue, rel=1e-10)


def tables():
    penguins = load_penguins()
    species, island, sex = (penguins[c].astype(str) for c in ("species", "island", "sex"))
    known = sex != "None"  # a few penguins have no recorded sex

    def crosstab(rows, cols):
        r, c = np.unique(rows), np.unique(cols)
        return np.array([[np.sum((rows == i) & (cols == j)) for j in c] for i in r], dtype=float)

    return [
        ("2x2 by hand", np.array([[10.0, 20.0], [30.0, 15.0]])),
        ("2x2 with a small cell", np.array([[1.0, 9.0], [8.0, 3.0]])),
        ("2x2 with |O - E| < 0.5", np.array([[10.0, 10.0], [10.0, 11.0]])),
        ("3x4 random counts", np.random.default_rng(9).integers(1, 40, (3, 4)).astype(float)),
        ("penguins: species by island", crosstab(species, island)),
        ("penguins: species by sex", crosstab(species[known], sex[known])),
        ("one row", np.array([[3.0, 5.0, 9.0]])),
    ]


@pytest.mark.parametrize("correction", [True, False])
@pytest.mark.parametrize(("name", "table"), tables(), ids=[t[0] for t in tables()])
def test_chi2_contingency_matches_scipy_with_and_without_yates(name, table, correction):
    mine, theirs = ours.chi2_contingency(table, correction), ss.chi2_contingency(table, correction)
    assert mine.statistic == pytest.approx(theirs.statistic, rel=RTOL, abs=1e-300)
    assert mine.pvalue == pytest.approx(theirs.pvalue, rel=1e-10, abs=1e-300)
    assert mine.dof == theirs.dof
    np.testing.assert_allclose(mine.expected_freq, theirs.expected_freq, rtol=RTOL)


@pytest.mark.parametrize(
    ("call", "phrase"),
    [
        (lambda: ours.chisquare([10.0, 20.0], [10.0, 10.0]), "same total"),
        (lambda: ours.chisquare([10.0, 20.0], [0.0, 30.0]), "must be positive"),
        (lambda: ours.chisquare([10.0, 20.0, 5.0], ddof=2), "degrees of freedom"),
        (lambda: ours.chisquare([[1.0, 2.0]]), "1-D"),
        (lambda: ours.chi2_contingency([[1.0, 0.0], [2.0, 0.0]]), "sums to 0"),
        (lambda: ours.chi2_contingency([1.0, 2.0]), "2-D table"),
        (lambda: ours.chi2_contingency([[1.0, -2.0], [3.0, 4.0]]), "never negative"),
    ],
)
def test_chi_square_bad_input(call, phrase):
    with pytest.raises(ValueError, match=phrase):
        call()


# ---------------------------------------------------------------------- permutation test


def difference_of_means(x, y, axis=-1):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


@pytest.mark.parametrize("alternative", ["two-sided", "less", "greater"])
def test_exhaustive_permutation_test_equals_scipy_exactly(alternative):
    rng = np.random.default_rng(21)
    for x, y in [
        (rng.normal(0, 1, 6), rng.normal(1, 1, 5)),
        (np.array([1.0, 2.0, 2.0, 3.0]), np.array([2.0, 2.0, 4.0])),  # ties
        (np.array([5.0, 4.0]), np.array([1.0, 2.0, 3.0])),
    ]:
        mine = ours.permutation_test(x, y, n_resamples=10**6, alternative=alternative)
        theirs = ss.permutation_test(
            (x, y), difference_of_means, n_resamples=10**6, alternative=alternative, vectorized=True
        )
        assert mine.statistic == pytest.approx(theirs.statistic, rel=RTOL)
        assert mine.pvalue == pytest.approx(theirs.pvalue, rel=RTOL)
        assert mine.null_distribution.size == math.comb(x.size + y.size, x.size)
        np.testing.assert_allclose(
            np.sort(mine.null_distribution), np.sort(theirs.null_distribution), atol=1e-12
        )


def test_exhaustive_permutation_test_by_enumerating_relabellings():
    """An oracle with no shared code: every relabelling of 7 values into groups of 3 and 4."""
    x, y = np.array([12.0, 15.0, 11.0]), np.array([9.0, 10.0, 8.0, 12.0])
    pooled, observed = np.concatenate([x, y]), x.mean() - y.mean()
    diffs = []
    for group in itertools.combinations(range(7), 3):
        rest = [i for i in range(7) if i not in group]
        diffs.append(pooled[list(group)].mean() - pooled[rest].mean())
    greater = np.mean(np.array(diffs) >= observed - 1e-12)
    assert ours.permutation_test(x, y, n_resamples=35, alternative="greater").pvalue == pytest.approx(greater)


@pytest.mark.parametrize("alternative", ["two-sided", "greater"])
def test_random_permutation_test_agrees_with_scipy_within_monte_carlo_error(alternative):
    """Both draw 9,999 permutations; each p-value has standard error sqrt(p (1 - p) / 9999), so
    the difference of the two has sqrt(2) times that. We allow 4 of those, plus the (+1)/(B+1)."""
    a, b = body_mass("Adelie")[:40], body_mass("Chinstrap")[:30]
    mine = ours.permutation_test(a, b, alternative=alternative, random_state=0)
    theirs = ss.permutation_test((a, b), difference_of_means, alternative=alternative, vectorized=True, rng=1)
    p = theirs.pvalue
    assert 0.01 < p < 0.99, "the data should give a p-value where the Monte Carlo error is visible"
    se = math.sqrt(2 * p * (1 - p) / 9999) * (2 if alternative == "two-sided" else 1)
    assert abs(mine.pvalue - p) < 4 * se + 2 / 10000
    assert mine.null_distribution.shape == (9999,)
    # the permutation distribution is centred on 0 with the spread of the difference of means
    pooled_var = np.var(np.concatenate([a, b]), ddof=0)
    assert mine.null_distribution.std() == pytest.approx(math.sqrt(pooled_var * (1 / 40 + 1 / 30)), rel=0.05)


def test_random_permutation_p_value_is_never_zero_and_seeds_reproduce():
    x, y = np.arange(20.0), np.arange(20.0) + 100
    result = ours.permutation_test(x, y, n_resamples=999, random_state=5)
    assert result.pvalue == pytest.approx(2 / 1000)  # 2 × (0 + 1) / (999 + 1)
    again = ours.permutation_test(x, y, n_resamples=999, random_state=5)
    np.testing.assert_array_equal(result.null_distribution, again.null_distribution)


# --------------------------------------------------------------------------- bootstrap


@pytest.mark.parametrize(
    ("name", "statistic", "scipy_statistic"),
    [
        ("mean", None, np.mean),
        ("median", np.median, np.median),
        (
            "sample std",
            lambda v, axis: np.std(v, axis=axis, ddof=1),
            lambda v, axis: np.std(v, axis=axis, ddof=1),
        ),
    ],
)
def test_bootstrap_percentile_interval_agrees_with_scipy_within_monte_carlo_error(
    name, statistic, scipy_statistic
):
    """A bootstrap quantile estimated from B resamples has standard error sqrt(q (1 - q) / B) / density;
    with the bootstrap distribution about normal with standard deviation se, the density at the
    2.5% quantile is φ(1.96) / se. Two independent estimates differ by sqrt(2) times that: we allow 5."""
    data = body_mass("Gentoo")
    kwargs = {} if statistic is None else {"statistic": statistic}
    mine = ours.bootstrap(data, n_resamples=9999, random_state=3, **kwargs)
    theirs = ss.bootstrap((data,), scipy_statistic, n_resamples=9999, method="percentile", rng=4)
    se = theirs.standard_error
    quantile_se = math.sqrt(0.025 * 0.975 / 9999) / (ss.norm.pdf(1.96) / se)
    for got, expected in zip(mine.confidence_interval, theirs.confidence_interval, strict=True):
        assert abs(got - expected) < 5 * math.sqrt(2) * quantile_se
    assert mine.standard_error == pytest.approx(se, rel=0.05)  # se of a std over 9999 draws: ~0.7%
    observed = float(scipy_statistic(data, axis=-1))
    assert mine.confidence_interval.low < observed < mine.confidence_interval.high


def test_bootstrap_of_the_mean_matches_the_normal_theory_standard_error():
    """The bootstrap standard error of a mean is s·sqrt((n - 1)/n) / sqrt(n) (the plug-in sem)."""
    data = np.random.default_rng(31).normal(50, 10, 400)
    result = ours.bootstrap(data, n_resamples=20_000, random_state=1)
    plug_in = np.std(data) / math.sqrt(data.size)
    assert result.standard_error == pytest.approx(plug_in, rel=4 / math.sqrt(2 * 20_000))


def test_percentile_interval_is_numpy_percentile():
    values = np.random.default_rng(2).normal(size=1001)
    low, high = ours.percentile_interval(values, 0.9)
    assert (low, high) == pytest.approx(tuple(np.percentile(values, [5, 95])), rel=RTOL)


@pytest.mark.parametrize(
    ("call", "phrase"),
    [
        (lambda: ours.bootstrap([]), "at least 1"),
        (lambda: ours.bootstrap([1.0, 2.0], confidence_level=1.0), "strictly between"),
        (lambda: ours.bootstrap([1.0, 2.0], n_resamples=1), "at least 2"),
        (lambda: ours.bootstrap([1.0, 2.0], statistic=lambda v, axis: v), "reduce each resample"),
        (lambda: ours.permutation_test([1.0], [np.nan]), "NaN"),
        (lambda: ours.permutation_test([1.0], [2.0], n_resamples=0), "at least 1"),
        (lambda: ours.permutation_test([1.0], [2.0], random_state="x"), "random_state"),
    ],
)
def test_resampling_bad_input(call, phrase):
    with pytest.raises(ValueError, match=phrase):
        call()


# ------------------------------------------------------------------------------- power


@pytest.mark.parametrize(
    ("effect_size", "nobs1", "ratio", "alternative"),
    [
        (0.5, 30, 1.0, "two-sided"),
        (0.8, 20, 1.0, "two-sided"),
        (0.3, 50, 2.0, "two-sided"),
        (0.4, 25, 1.0, "greater"),
        (0.2, 15, 1.0, "two-sided"),
    ],
)
def test_power_by_simulation_agrees_with_statsmodels(effect_size, nobs1, ratio, alternative):
    """A proportion of 10,000 independent simulations: standard error sqrt(p (1 - p) / 10000). 4 of them."""
    sm_alternative = "larger" if alternative == "greater" else alternative
    expected = TTestIndPower().power(effect_size, nobs1, 0.05, ratio=ratio, alternative=sm_alternative)
    got = ours.power_by_simulation(effect_size, nobs1, ratio=ratio, alternative=alternative, random_state=11)
    assert abs(got - expected) < 4 * math.sqrt(expected * (1 - expected) / 10_000)


@pytest.mark.parametrize("alpha", [0.01, 0.05, 0.2])
def test_with_no_effect_the_rejection_rate_is_the_type_one_error_rate(alpha):
    got = ours.power_by_simulation(0.0, 12, alpha=alpha, n_simulations=20_000, random_state=2)
    assert abs(got - alpha) < 4 * math.sqrt(alpha * (1 - alpha) / 20_000)


def test_power_bad_input():
    with pytest.raises(ValueError, match="at least 2"):
        ours.power_by_simulation(0.5, 1)
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        ours.power_by_simulation(0.5, 10, alpha=0.0)
    with pytest.raises(ValueError, match="ratio must be positive"):
        ours.power_by_simulation(0.5, 10, ratio=-1.0)
