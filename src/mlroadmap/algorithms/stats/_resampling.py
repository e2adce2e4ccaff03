r"""Resampling: the permutation test and the bootstrap percentile interval.

Both replace a formula by many recomputations of a statistic on reshuffled data.
**Permutation test**: if the group labels do not matter (the null hypothesis), every
reassignment of the pooled values to groups of the same sizes was equally likely, so the
observed difference of means is compared with the differences of all (or many random)
reassignments. **Bootstrap**: the sample stands in for the population; drawing n values
*with replacement* many times shows how much the statistic varies from sample to sample,
and the middle 95% of those values is the percentile interval.

Resamples are drawn as one index matrix per batch and the statistic is computed along
its rows, with no Python loop over resamples.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import combinations
from typing import Any, NamedTuple

import numpy as np

from mlroadmap.algorithms.stats._checks import alternative as check_alternative
from mlroadmap.algorithms.stats._checks import count, level, rng, sample_1d
from mlroadmap.algorithms.stats._intervals import ConfidenceInterval

_BATCH_VALUES = 1 << 20  # values per batch of resamples: about 8 MB of float64


class PermutationTestResult(NamedTuple):
    statistic: float
    pvalue: float
    null_distribution: np.ndarray


class BootstrapResult(NamedTuple):
    confidence_interval: ConfidenceInterval
    bootstrap_distribution: np.ndarray
    standard_error: float


def _batches(total: int, width: int) -> list[int]:
    per_batch = max(1, _BATCH_VALUES // max(width, 1))
    return [min(per_batch, total - start) for start in range(0, total, per_batch)]


def permutation_test(
    x: Any,
    y: Any,
    n_resamples: int = 9999,
    alternative: str = "two-sided",
    random_state: Any = None,
) -> PermutationTestResult:
    r"""A permutation test of :math:`\bar{x} - \bar{y}` (independent samples).

    When ``n_resamples`` is at least the number of distinct splits,
    :math:`\binom{n_x + n_y}{n_x}`, every split is enumerated (including the observed one)
    and the p-value is exact. Otherwise ``n_resamples`` random permutations are drawn and
    the p-value is :math:`(\#\{\text{as extreme}\} + 1) / (\text{n\_resamples} + 1)`: the
    observed split counts as one of the permutations, so the p-value is never 0.
    Two-sided p-values are twice the smaller one-sided one, at most 1. All of this is
    ``scipy.stats.permutation_test(..., permutation_type="independent")``'s convention.
    """
    x, y = sample_1d(x, "x"), sample_1d(y, "y")
    n_resamples = count(n_resamples, "n_resamples", minimum=1)
    alternative = check_alternative(alternative)
    generator = rng(random_state)
    pooled = np.concatenate([x, y])
    nx, n, total = x.size, x.size + y.size, pooled.sum()
    observed = x.mean() - y.mean()

    def statistic(sums_x: np.ndarray) -> np.ndarray:  # the sum of x fixes the sum of y
        return sums_x / nx - (total - sums_x) / (n - nx)

    exact = n_resamples >= math.comb(n, nx)
    if exact:
        chosen = np.array(list(combinations(range(n), nx)))  # every split, one row each
        null = statistic(pooled[chosen].sum(axis=1))
        adjustment = 0
    else:
        parts = []
        for size in _batches(n_resamples, n):
            order = generator.permuted(np.tile(np.arange(n), (size, 1)), axis=1)
            parts.append(statistic(pooled[order[:, :nx]].sum(axis=1)))
        null = np.concatenate(parts)
        adjustment = 1
    slack = abs(observed) * 100 * np.finfo(float).eps  # the same value summed in another order
    count_less = np.count_nonzero(null <= observed + slack)
    count_greater = np.count_nonzero(null >= observed - slack)
    less = (count_less + adjustment) / (null.size + adjustment)
    greater = (count_greater + adjustment) / (null.size + adjustment)
    pvalue = {"less": less, "greater": greater, "two-sided": 2.0 * min(less, greater)}[alternative]
    return PermutationTestResult(float(observed), float(min(pvalue, 1.0)), null)


def percentile_interval(distribution: Any, confidence_level: float = 0.95) -> ConfidenceInterval:
    r"""The middle ``confidence_level`` of a bootstrap distribution.

    The :math:`\alpha/2` and :math:`1 - \alpha/2` quantiles with :math:`\alpha` = 1 - ``confidence_level``,
    by linear interpolation between order statistics (``np.percentile``'s default).
    """
    values = sample_1d(distribution, "distribution")
    tail = (1.0 - level(confidence_level, "confidence_level")) / 2.0
    low, high = np.percentile(values, [100.0 * tail, 100.0 * (1.0 - tail)])
    return ConfidenceInterval(float(low), float(high))


def _mean(values: np.ndarray, axis: int) -> np.ndarray:
    return values.mean(axis=axis)


def bootstrap(
    data: Any,
    statistic: Callable[..., Any] = _mean,
    n_resamples: int = 9999,
    confidence_level: float = 0.95,
    random_state: Any = None,
) -> BootstrapResult:
    """The bootstrap percentile interval of ``statistic`` (by default the mean) of ``data``.

    ``statistic(resamples, axis=-1)`` must reduce the last axis of a 2-D array of resamples,
    as NumPy's reductions do (``np.median``, ``np.std`` with ``ddof``...). Each resample
    draws n indices uniformly with replacement. ``standard_error`` is the standard deviation
    of the bootstrap distribution (``ddof=1``). This is
    ``scipy.stats.bootstrap((data,), statistic, method="percentile")`` for one sample.
    """
    values = sample_1d(data, "data", min_size=1)
    n_resamples = count(n_resamples, "n_resamples", minimum=2)
    level(confidence_level, "confidence_level")
    generator, n, parts = rng(random_state), values.size, []
    for size in _batches(n_resamples, n):
        indices = generator.integers(0, n, size=(size, n))
        parts.append(np.asarray(statistic(values[indices], axis=-1), dtype=np.float64))
    distribution = np.concatenate(parts)
    if distribution.shape != (n_resamples,):
        raise ValueError("statistic must reduce each resample (the last axis) to one number.")
    return BootstrapResult(
        percentile_interval(distribution, confidence_level),
        distribution,
        float(distribution.std(ddof=1)),
    )
