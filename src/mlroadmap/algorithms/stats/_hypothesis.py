r"""Hypothesis tests: one- and two-sample t, Welch's t, and the chi-square tests.

Every test computes a statistic that measures how far the data are from the null
hypothesis, and its p-value: the probability, *if the null hypothesis were true*, of a
statistic at least that extreme. Names, arguments and defaults follow ``scipy.stats``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from mlroadmap.algorithms.stats._checks import alternative as check_alternative
from mlroadmap.algorithms.stats._checks import count, output, real, sample
from mlroadmap.algorithms.stats._sampling import chi2, t_tail


class TtestResult(NamedTuple):
    statistic: Any
    pvalue: Any
    df: Any


class ChisquareResult(NamedTuple):
    statistic: float
    pvalue: float


class Chi2ContingencyResult(NamedTuple):
    statistic: float
    pvalue: float
    dof: int
    expected_freq: np.ndarray


def _t_pvalue(statistic: np.ndarray, df: np.ndarray, alternative: str) -> np.ndarray:
    """P-values of t statistics: both tails, the lower tail or the upper tail."""
    tail = t_tail(statistic, df)  # P(T >= |t|), accurate far out in the tail
    if alternative == "less":  # P(T <= t)
        return np.where(statistic < 0, tail, 1.0 - tail)
    if alternative == "greater":  # P(T >= t)
        return np.where(statistic > 0, tail, 1.0 - tail)
    return np.minimum(2.0 * tail, 1.0)


def _nonzero(standard_error: np.ndarray) -> None:
    if (standard_error == 0).any():
        raise ValueError("the standard error is 0 (the samples are constant): the t statistic is undefined.")


def ttest_1samp(x: Any, popmean: float, axis: int = 0, alternative: str = "two-sided") -> TtestResult:
    r"""Is the mean of ``x`` equal to ``popmean``?

    :math:`t = (\bar{x} - \mu_0) / (s / \sqrt{n})` with :math:`s` the sample standard deviation
    (``ddof=1``), compared with Student's t with :math:`n - 1` degrees of freedom.
    """
    values = sample(x, axis=axis, min_size=2)
    popmean = real(popmean, "popmean")
    alternative = check_alternative(alternative)
    n = values.shape[axis]
    standard_error = np.sqrt(values.var(axis=axis, ddof=1) / n)
    _nonzero(standard_error)
    statistic = (values.mean(axis=axis) - popmean) / standard_error
    df = np.full_like(statistic, n - 1.0)
    return TtestResult(output(statistic), output(_t_pvalue(statistic, df, alternative)), output(df))


def ttest_ind(
    a: Any, b: Any, axis: int = 0, equal_var: bool = True, alternative: str = "two-sided"
) -> TtestResult:
    r"""Do the two samples ``a`` and ``b`` come from populations with the same mean?

    Student's test (``equal_var=True``) pools the two variances,
    :math:`s_p^2 = ((n_1 - 1) s_1^2 + (n_2 - 1) s_2^2) / (n_1 + n_2 - 2)`, and uses
    :math:`t = (\bar{a} - \bar{b}) / (s_p \sqrt{1/n_1 + 1/n_2})` with :math:`n_1 + n_2 - 2`
    degrees of freedom.

    Welch's test (``equal_var=False``) keeps them apart,
    :math:`t = (\bar{a} - \bar{b}) / \sqrt{s_1^2/n_1 + s_2^2/n_2}`, with the Welch–Satterthwaite
    degrees of freedom :math:`(v_1 + v_2)^2 / (v_1^2/(n_1 - 1) + v_2^2/(n_2 - 1))`, where
    :math:`v_i = s_i^2 / n_i`. Use it whenever the groups may differ in spread.
    """
    a = sample(a, "a", axis=axis, min_size=2)
    b = sample(b, "b", axis=axis, min_size=2)
    alternative = check_alternative(alternative)
    n1, n2 = a.shape[axis], b.shape[axis]
    var1, var2 = a.var(axis=axis, ddof=1), b.var(axis=axis, ddof=1)
    difference = a.mean(axis=axis) - b.mean(axis=axis)
    if equal_var:
        df = np.full_like(difference, n1 + n2 - 2.0)
        pooled = ((n1 - 1) * var1 + (n2 - 1) * var2) / df
        standard_error = np.sqrt(pooled * (1.0 / n1 + 1.0 / n2))
    else:
        v1, v2 = var1 / n1, var2 / n2
        standard_error = np.sqrt(v1 + v2)
        _nonzero(standard_error)
        df = (v1 + v2) ** 2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))
    _nonzero(standard_error)
    statistic = difference / standard_error
    return TtestResult(output(statistic), output(_t_pvalue(statistic, df, alternative)), output(df))


def chisquare(f_obs: Any, f_exp: Any = None, ddof: int = 0) -> ChisquareResult:
    r"""Do the observed counts fit the expected ones? Pearson's goodness-of-fit test.

    :math:`X^2 = \sum_i (O_i - E_i)^2 / E_i`, compared with chi-square with
    :math:`k - 1 - \mathrm{ddof}` degrees of freedom (``ddof`` counts the parameters estimated
    from the data). Without ``f_exp`` every category is expected equally often.
    """
    observed = sample(f_obs, "f_obs", min_size=1)
    if observed.ndim != 1:
        raise ValueError(f"f_obs must be 1-D, got an array of shape {observed.shape}.")
    if f_exp is None:
        expected = np.full_like(observed, observed.mean())
    else:
        expected = sample(f_exp, "f_exp")
        if expected.shape != observed.shape:
            raise ValueError(f"f_exp must have the shape of f_obs, {observed.shape}, got {expected.shape}.")
        if (expected <= 0).any():
            raise ValueError("every expected frequency must be positive.")
        if not np.isclose(observed.sum(), expected.sum(), rtol=1e-8, atol=0):
            raise ValueError("the observed and expected frequencies must have the same total.")
    df = observed.size - 1 - count(ddof, "ddof")
    if df < 1:
        raise ValueError(f"the test has {df} degrees of freedom: it needs more categories than 1 + ddof.")
    statistic = float((((observed - expected) ** 2) / expected).sum())
    return ChisquareResult(statistic, float(chi2(df).sf(statistic)))


def expected_freq(observed: np.ndarray) -> np.ndarray:
    """Counts expected under independence: row total × column total / grand total."""
    return np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()


def chi2_contingency(observed: Any, correction: bool = True) -> Chi2ContingencyResult:
    r"""Are the row and column variables of a contingency table independent?

    :math:`E_{ij} = r_i c_j / N` from the row totals :math:`r_i`, column totals :math:`c_j` and
    grand total :math:`N`, then :math:`X^2 = \sum_{ij} (O_{ij} - E_{ij})^2 / E_{ij}` with
    :math:`(r - 1)(c - 1)` degrees of freedom. With one degree of freedom (a 2×2 table) and
    ``correction=True`` (scipy's default), Yates' continuity correction first moves every
    count half a unit towards its expected value.
    """
    table = sample(observed, "observed")
    if table.ndim != 2:
        raise ValueError(f"observed must be a 2-D table, got an array of shape {table.shape}.")
    if (table < 0).any():
        raise ValueError("observed must hold counts, which are never negative.")
    expected = expected_freq(table)
    if (expected == 0).any():
        raise ValueError("a row or a column of observed sums to 0, so an expected frequency is 0.")
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    if dof == 0:  # a single row or column: nothing to test, as scipy reports it
        return Chi2ContingencyResult(0.0, 1.0, 0, expected)
    if dof == 1 and correction:
        gap = expected - table
        table = table + np.sign(gap) * np.minimum(0.5, np.abs(gap))  # Yates: half a unit closer
    statistic = float((((table - expected) ** 2) / expected).sum())
    return Chi2ContingencyResult(statistic, float(chi2(dof).sf(statistic)), dof, expected)
