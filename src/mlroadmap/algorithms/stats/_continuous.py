r"""Continuous distributions of data: normal, exponential and beta, written from their pdfs.

Each density is computed as ``exp(logpdf)``, with the normalizing constant from
``gammaln`` where a Gamma function appears. The CDFs that have no elementary form use a
special function and say so: the normal's error function (``scipy.special.erfc``) and
the beta's regularized incomplete beta function (``betainc``). Sampling: Box–Muller for
the normal, the inverse CDF for the exponential, and a ratio of Gamma draws for the beta.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy.special import betainc, betaincinv, erfc, gammaln, ndtri, xlog1py, xlogy

from mlroadmap.algorithms.stats._base import Distribution, as_points, result
from mlroadmap.algorithms.stats._checks import positive, real


class Continuous(Distribution):
    """A continuous distribution: ``pdf`` from ``logpdf``, ``sf`` from ``cdf``, ``interval`` from ``ppf``."""

    def logpdf(self, x: Any) -> Any:
        points = as_points(x)
        with np.errstate(invalid="ignore", divide="ignore"):
            values = self._logpdf(points)
        return result(np.where(np.isnan(points), np.nan, values), x)

    def pdf(self, x: Any) -> Any:
        return result(np.exp(as_points(self.logpdf(x))), x)

    def cdf(self, x: Any) -> Any:
        points = as_points(x)
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            values = self._cdf(points)
        return result(np.where(np.isnan(points), np.nan, values), x)

    def sf(self, x: Any) -> Any:
        """P(X > x); subclasses compute it directly where 1 - cdf would lose the tail."""
        return result(1.0 - as_points(self.cdf(x)), x)

    def ppf(self, q: Any) -> Any:
        """The quantile function, the inverse of ``cdf``: NaN outside [0, 1]."""
        levels = as_points(q)
        inside = (levels >= 0) & (levels <= 1)
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            values = self._ppf(np.where(inside, levels, 0.5))
        return result(np.where(inside, values, np.nan), q)

    def interval(self, confidence: float) -> tuple[float, float]:
        """The central interval holding probability ``confidence``."""
        tail = (1.0 - confidence) / 2.0
        return float(self.ppf(tail)), float(self.ppf(1.0 - tail))


class norm(Continuous):
    r"""The normal distribution: mean ``loc`` = :math:`\mu`, standard deviation ``scale`` = :math:`\sigma`.

    :math:`f(x) = \frac{1}{\sigma \sqrt{2\pi}} e^{-(x - \mu)^2 / (2 \sigma^2)}`;
    :math:`F(x) = \frac{1}{2} \mathrm{erfc}(-z / \sqrt{2})` with :math:`z = (x - \mu) / \sigma`.
    ``scale`` is the standard deviation, not the variance, as in scipy.
    """

    def __init__(self, loc: float = 0.0, scale: float = 1.0) -> None:
        self.loc = real(loc, "loc")
        self.scale = positive(scale, "scale")

    def _z(self, x: np.ndarray) -> np.ndarray:
        return (x - self.loc) / self.scale

    def _logpdf(self, x: np.ndarray) -> np.ndarray:
        return -0.5 * self._z(x) ** 2 - math.log(self.scale) - 0.5 * math.log(2.0 * math.pi)

    def _cdf(self, x: np.ndarray) -> np.ndarray:
        return 0.5 * erfc(-self._z(x) / math.sqrt(2.0))

    def sf(self, x: Any) -> Any:
        return result(0.5 * erfc(self._z(as_points(x)) / math.sqrt(2.0)), x)

    def _ppf(self, q: np.ndarray) -> np.ndarray:
        return self.loc + self.scale * ndtri(q)

    def mean(self) -> float:
        return self.loc

    def var(self) -> float:
        return self.scale**2

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        # Box–Muller: two independent uniforms give a standard normal
        u1, u2 = 1.0 - generator.random(shape), generator.random(shape)  # u1 in (0, 1]
        return self.loc + self.scale * np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * math.pi * u2)


class expon(Continuous):
    r"""The exponential distribution: waiting times of events at rate :math:`\lambda`.

    ``scale`` = :math:`1 / \lambda` (scipy's convention, *not* the rate), ``loc`` shifts it:
    :math:`f(x) = \lambda e^{-\lambda (x - \mathrm{loc})}` and
    :math:`F(x) = 1 - e^{-\lambda (x - \mathrm{loc})}` for x >= loc. Mean ``loc + scale``,
    variance ``scale²``. A draw is :math:`F^{-1}(u) = \mathrm{loc} - \mathrm{scale} \ln(1 - u)`.
    """

    def __init__(self, loc: float = 0.0, scale: float = 1.0) -> None:
        self.loc = real(loc, "loc")
        self.scale = positive(scale, "scale")

    def _logpdf(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.loc) / self.scale
        return np.where(z >= 0, -z - math.log(self.scale), -np.inf)

    def _cdf(self, x: np.ndarray) -> np.ndarray:
        return -np.expm1(-np.maximum(x - self.loc, 0.0) / self.scale)

    def sf(self, x: Any) -> Any:
        return result(np.exp(-np.maximum(as_points(x) - self.loc, 0.0) / self.scale), x)

    def _ppf(self, q: np.ndarray) -> np.ndarray:
        return self.loc - self.scale * np.log1p(-q)

    def mean(self) -> float:
        return self.loc + self.scale

    def var(self) -> float:
        return self.scale**2

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        return self._ppf(generator.random(shape))


class beta(Continuous):
    r"""The beta distribution on [0, 1]: a belief about a probability.

    :math:`f(x) = x^{a - 1} (1 - x)^{b - 1} / B(a, b)` with
    :math:`\ln B(a, b) = \ln\Gamma(a) + \ln\Gamma(b) - \ln\Gamma(a + b)`. Mean
    :math:`a / (a + b)`, variance :math:`a b / ((a + b)^2 (a + b + 1))`. The CDF is the
    regularized incomplete beta function :math:`I_x(a, b)`. A draw is :math:`G_a / (G_a + G_b)`
    for independent Gamma(a) and Gamma(b) draws.
    """

    def __init__(self, a: float, b: float) -> None:
        self.a = positive(a, "a")
        self.b = positive(b, "b")

    def _logpdf(self, x: np.ndarray) -> np.ndarray:
        a, b = self.a, self.b
        log_beta = gammaln(a) + gammaln(b) - gammaln(a + b)
        inside = (x >= 0) & (x <= 1)
        xs = np.where(inside, x, 0.5)
        return np.where(inside, xlogy(a - 1.0, xs) + xlog1py(b - 1.0, -xs) - log_beta, -np.inf)

    def _lower_upper(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """P(X <= x) and P(X > x), each from the side where it is the small one."""
        xs = np.clip(x, 0.0, 1.0)
        lower = betainc(self.a, self.b, xs)
        upper = betainc(self.b, self.a, 1.0 - xs)  # I_{1-x}(b, a) = 1 - I_x(a, b)
        small_x = xs <= 0.5  # there 1 - x loses digits; near 1, x itself does
        return np.where(small_x, lower, 1.0 - upper), np.where(small_x, 1.0 - lower, upper)

    def _cdf(self, x: np.ndarray) -> np.ndarray:
        return self._lower_upper(x)[0]

    def sf(self, x: Any) -> Any:
        points = as_points(x)
        return result(np.where(np.isnan(points), np.nan, self._lower_upper(points)[1]), x)

    def _ppf(self, q: np.ndarray) -> np.ndarray:
        return betaincinv(self.a, self.b, q)

    def mean(self) -> float:
        return self.a / (self.a + self.b)

    def var(self) -> float:
        total = self.a + self.b
        return self.a * self.b / (total**2 * (total + 1.0))

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        ga, gb = generator.standard_gamma(self.a, shape), generator.standard_gamma(self.b, shape)
        return ga / (ga + gb)
