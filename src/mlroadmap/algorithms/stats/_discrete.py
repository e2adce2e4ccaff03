r"""Discrete distributions: Bernoulli, binomial and Poisson, written from their pmfs.

Each pmf is computed as ``exp(logpmf)``: the binomial coefficient and the factorial come
from ``gammaln`` (:math:`\ln k! = \ln\Gamma(k + 1)`), so large counts neither overflow
nor round to 0 too early. The binomial and Poisson CDFs use the regularized incomplete
beta and gamma functions (``scipy.special.betainc``, ``gammaincc``): these special
functions are tools here, not the thing taught; summing the pmf gives the same numbers.
Sampling inverts the CDF: a uniform draw ``u`` becomes the first ``k`` with
``cdf(k) >= u``, found with ``np.searchsorted`` in a table of the CDF around the mean.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy.special import betainc, gammainc, gammaincc, gammaln, xlog1py, xlogy

from mlroadmap.algorithms.stats._base import Distribution, as_points, result
from mlroadmap.algorithms.stats._checks import count, probability, real


def _is_whole(k: np.ndarray) -> np.ndarray:
    return np.isfinite(k) & (k == np.floor(k))


class _Discrete(Distribution):
    def logpmf(self, k: Any) -> Any:
        points = as_points(k)
        with np.errstate(invalid="ignore", divide="ignore"):
            values = np.where(self._support(points), self._logpmf(points), -np.inf)
        return result(np.where(np.isnan(points), np.nan, values), k)

    def pmf(self, k: Any) -> Any:
        return result(np.exp(as_points(self.logpmf(k))), k)

    def cdf(self, k: Any) -> Any:
        """P(X <= k); ``k`` need not be whole (the CDF is a step function)."""
        points = as_points(k)
        with np.errstate(invalid="ignore"):
            values = self._cdf(np.floor(points))
        return result(np.where(np.isnan(points), np.nan, values), k)

    def sf(self, k: Any) -> Any:
        """P(X > k) = 1 - cdf(k), computed directly so that small tails stay accurate."""
        points = as_points(k)
        with np.errstate(invalid="ignore"):
            values = self._sf(np.floor(points))
        return result(np.where(np.isnan(points), np.nan, values), k)

    def _sample_by_table(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        """Inverse-CDF sampling over mean ± 40 standard deviations (+ 40): beyond it lies far
        less than 1e-300 of the probability, and the table stays small even for huge means."""
        spread = 40.0 * math.sqrt(self.var()) + 40.0
        low = max(0, math.floor(self.mean() - spread))
        high = math.ceil(self.mean() + spread)
        if isinstance(self, binom):
            high = min(high, self.n)
        values = np.arange(low, high + 1.0)
        start = float(self.cdf(low - 1)) if low > 0 else 0.0
        table = start + np.cumsum(np.exp(self._logpmf(values)))
        table[-1] = np.inf  # the (negligible) rest of the upper tail goes to the last value
        return low + np.searchsorted(table, generator.random(shape), side="right").astype(np.int64)


class bernoulli(_Discrete):
    r"""One trial that succeeds (1) with probability ``p``: :math:`P(X = k) = p^k (1 - p)^{1 - k}`.

    Mean ``p``, variance ``p (1 - p)``; a draw is ``u < p`` for a uniform ``u``.
    """

    def __init__(self, p: float) -> None:
        self.p = probability(p, "p")

    def _support(self, k: np.ndarray) -> np.ndarray:
        return (k == 0) | (k == 1)

    def _logpmf(self, k: np.ndarray) -> np.ndarray:
        return xlogy(k, self.p) + xlog1py(1.0 - k, -self.p)

    def _cdf(self, k: np.ndarray) -> np.ndarray:
        return np.select([k < 0, k < 1], [0.0, 1.0 - self.p], 1.0)

    def _sf(self, k: np.ndarray) -> np.ndarray:
        return np.select([k < 0, k < 1], [1.0, self.p], 0.0)

    def mean(self) -> float:
        return self.p

    def var(self) -> float:
        return self.p * (1.0 - self.p)

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        return (generator.random(shape) < self.p).astype(np.int64)


class binom(_Discrete):
    r"""The number of successes in ``n`` independent trials with success probability ``p``.

    :math:`P(X = k) = \binom{n}{k} p^k (1 - p)^{n - k}` for k = 0, ..., n; mean ``n p``,
    variance ``n p (1 - p)``. The CDF is :math:`I_{1 - p}(n - k, k + 1)`, the regularized
    incomplete beta function.
    """

    def __init__(self, n: int, p: float) -> None:
        self.n = count(n, "n")
        self.p = probability(p, "p")

    def _support(self, k: np.ndarray) -> np.ndarray:
        return _is_whole(k) & (k >= 0) & (k <= self.n)

    def _logpmf(self, k: np.ndarray) -> np.ndarray:
        n, k = self.n, np.clip(k, 0, self.n)
        log_choose = gammaln(n + 1.0) - gammaln(k + 1.0) - gammaln(n - k + 1.0)
        return log_choose + xlogy(k, self.p) + xlog1py(n - k, -self.p)

    def _cdf(self, k: np.ndarray) -> np.ndarray:
        inside = np.clip(k, 0, max(self.n - 1, 0))
        body = betainc(np.maximum(self.n - inside, 1e-300), inside + 1.0, 1.0 - self.p)
        return np.select([k < 0, k >= self.n], [0.0, 1.0], body)

    def _sf(self, k: np.ndarray) -> np.ndarray:
        inside = np.clip(k, 0, max(self.n - 1, 0))
        body = betainc(inside + 1.0, np.maximum(self.n - inside, 1e-300), self.p)  # I_p(k + 1, n - k)
        return np.select([k < 0, k >= self.n], [1.0, 0.0], body)

    def mean(self) -> float:
        return self.n * self.p

    def var(self) -> float:
        return self.n * self.p * (1.0 - self.p)

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        return self._sample_by_table(generator, shape)


class poisson(_Discrete):
    r"""Counts of rare events at rate ``mu``: :math:`P(X = k) = \mu^k e^{-\mu} / k!`, k = 0, 1, ...

    Mean and variance are both ``mu``. The CDF is :math:`Q(k + 1, \mu)`, the regularized
    upper incomplete gamma function.
    """

    def __init__(self, mu: float) -> None:
        self.mu = real(mu, "mu")
        if self.mu < 0:
            raise ValueError(f"mu must not be negative, got {mu!r}.")

    def _support(self, k: np.ndarray) -> np.ndarray:
        return _is_whole(k) & (k >= 0)

    def _logpmf(self, k: np.ndarray) -> np.ndarray:
        k = np.maximum(k, 0)
        return xlogy(k, self.mu) - self.mu - gammaln(k + 1.0)

    def _cdf(self, k: np.ndarray) -> np.ndarray:
        body = gammaincc(np.maximum(k, 0) + 1.0, self.mu)
        return np.where(k < 0, 0.0, body)

    def _sf(self, k: np.ndarray) -> np.ndarray:
        return np.where(k < 0, 1.0, gammainc(np.maximum(k, 0) + 1.0, self.mu))

    def mean(self) -> float:
        return self.mu

    def var(self) -> float:
        return self.mu

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        return self._sample_by_table(generator, shape)
