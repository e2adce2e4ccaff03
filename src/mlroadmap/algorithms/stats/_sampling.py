r"""The distributions of test statistics: Student's t, chi-square and F.

Their densities are written from the formulas; their CDFs are regularized incomplete
beta or gamma functions (``scipy.special.betainc``, ``gammainc``), and their quantiles the
inverses of those (``stdtrit``, ``gammaincinv``, ``betaincinv``). These special functions
are tools here: the statistics lesson teaches what the distributions are for.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy.special import betainc, betaincinv, gammainc, gammaincc, gammaincinv, gammaln, stdtrit, xlogy

from mlroadmap.algorithms.stats._base import as_points, result
from mlroadmap.algorithms.stats._checks import positive
from mlroadmap.algorithms.stats._continuous import Continuous


def t_tail(x: Any, df: Any) -> np.ndarray:
    r"""P(T >= |x|) for Student's t with ``df`` degrees of freedom, elementwise (both may be arrays).

    :math:`\frac{1}{2} I_w(\nu/2, 1/2)` with :math:`w = \nu / (\nu + x^2)`.
    """
    x, df = np.asarray(x, dtype=np.float64), np.asarray(df, dtype=np.float64)
    return 0.5 * betainc(df / 2, 0.5, df / (df + x**2))


class t(Continuous):
    r"""Student's t with ``df`` = :math:`\nu` degrees of freedom: the standardized mean of a normal sample.

    :math:`f(x) = \frac{\Gamma((\nu + 1)/2)}{\sqrt{\nu\pi}\,\Gamma(\nu/2)} (1 + x^2/\nu)^{-(\nu + 1)/2}`.
    With :math:`w = \nu / (\nu + x^2)`, the lower tail is :math:`P(T \le -|x|) = \frac{1}{2} I_w(\nu/2, 1/2)`.
    ``df`` may be fractional (Welch's test gives such values).
    """

    def __init__(self, df: float) -> None:
        self.df = positive(df, "df")

    def _logpdf(self, x: np.ndarray) -> np.ndarray:
        nu = self.df
        constant = gammaln((nu + 1) / 2) - gammaln(nu / 2) - 0.5 * math.log(nu * math.pi)
        return constant - (nu + 1) / 2 * np.log1p(x**2 / nu)

    def _cdf(self, x: np.ndarray) -> np.ndarray:
        tail = t_tail(x, self.df)
        return np.where(x < 0, tail, 1.0 - tail)

    def sf(self, x: Any) -> Any:
        points = as_points(x)
        tail = t_tail(points, self.df)
        return result(np.where(np.isnan(points), np.nan, np.where(points > 0, tail, 1.0 - tail)), x)

    def _ppf(self, q: np.ndarray) -> np.ndarray:
        return np.select([q == 0, q == 1], [-np.inf, np.inf], stdtrit(self.df, q))

    def mean(self) -> float:
        return 0.0 if self.df > 1 else math.nan

    def var(self) -> float:
        if self.df > 2:
            return self.df / (self.df - 2)
        return math.inf if self.df > 1 else math.nan

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        z = generator.standard_normal(shape)
        return z / np.sqrt(2.0 * generator.standard_gamma(self.df / 2, shape) / self.df)


class chi2(Continuous):
    r"""Chi-square with ``df`` = k degrees of freedom: a sum of k squared standard normals.

    :math:`f(x) = x^{k/2 - 1} e^{-x/2} / (2^{k/2} \Gamma(k/2))` for x >= 0; mean k, variance 2k.
    The CDF is the regularized lower incomplete gamma function :math:`P(k/2, x/2)`.
    """

    def __init__(self, df: float) -> None:
        self.df = positive(df, "df")

    def _logpdf(self, x: np.ndarray) -> np.ndarray:
        half = self.df / 2
        xs = np.maximum(x, 0.0)
        values = xlogy(half - 1.0, xs) - xs / 2 - half * math.log(2.0) - gammaln(half)
        return np.where(x >= 0, values, -np.inf)

    def _cdf(self, x: np.ndarray) -> np.ndarray:
        return gammainc(self.df / 2, np.maximum(x, 0.0) / 2)

    def sf(self, x: Any) -> Any:
        points = as_points(x)
        values = gammaincc(self.df / 2, np.maximum(points, 0.0) / 2)
        return result(np.where(np.isnan(points), np.nan, values), x)

    def _ppf(self, q: np.ndarray) -> np.ndarray:
        return 2.0 * gammaincinv(self.df / 2, q)

    def mean(self) -> float:
        return self.df

    def var(self) -> float:
        return 2.0 * self.df

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        return 2.0 * generator.standard_gamma(self.df / 2, shape)


class f(Continuous):
    r"""The F distribution with ``dfn`` = :math:`d_1` and ``dfd`` = :math:`d_2` degrees of freedom.

    The ratio :math:`(U_1 / d_1) / (U_2 / d_2)` of two independent chi-squares over their
    degrees of freedom: the distribution of a regression's F statistic. Its CDF is
    :math:`I_w(d_1/2, d_2/2)` with :math:`w = d_1 x / (d_1 x + d_2)`.
    """

    def __init__(self, dfn: float, dfd: float) -> None:
        self.dfn = positive(dfn, "dfn")
        self.dfd = positive(dfd, "dfd")

    def _logpdf(self, x: np.ndarray) -> np.ndarray:
        d1, d2 = self.dfn, self.dfd
        xs = np.maximum(x, 0.0)
        log_beta = gammaln(d1 / 2) + gammaln(d2 / 2) - gammaln((d1 + d2) / 2)
        values = (
            d1 / 2 * math.log(d1 / d2)
            + xlogy(d1 / 2 - 1.0, xs)
            - (d1 + d2) / 2 * np.log1p(d1 * xs / d2)
            - log_beta
        )
        return np.where(x >= 0, values, -np.inf)

    def _lower_upper(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """P(X <= x) and P(X > x), each from the side where it is the small one."""
        xs = np.maximum(x, 0.0)
        d1, d2 = self.dfn, self.dfd
        lower = betainc(d1 / 2, d2 / 2, d1 * xs / (d1 * xs + d2))
        upper = betainc(d2 / 2, d1 / 2, d2 / (d2 + d1 * xs))
        small_w = d1 * xs <= d2  # w <= 1/2: there 1 - w loses digits; above it, w does
        return np.where(small_w, lower, 1.0 - upper), np.where(small_w, 1.0 - lower, upper)

    def _cdf(self, x: np.ndarray) -> np.ndarray:
        return self._lower_upper(x)[0]

    def sf(self, x: Any) -> Any:
        points = as_points(x)
        return result(np.where(np.isnan(points), np.nan, self._lower_upper(points)[1]), x)

    def _ppf(self, q: np.ndarray) -> np.ndarray:
        d1, d2 = self.dfn, self.dfd
        w = betaincinv(d1 / 2, d2 / 2, np.minimum(q, 0.5))  # from the lower tail: x = d2 w / (d1 (1 - w))
        u = betaincinv(d2 / 2, d1 / 2, np.minimum(1.0 - q, 0.5))  # from the upper: x = d2 (1 - u) / (d1 u)
        return np.where(q <= 0.5, d2 * w / (d1 * (1.0 - w)), d2 * (1.0 - u) / (d1 * u))

    def mean(self) -> float:
        return self.dfd / (self.dfd - 2) if self.dfd > 2 else math.inf

    def var(self) -> float:
        d1, d2 = self.dfn, self.dfd
        if d2 <= 4:  # infinite (scipy's convention also where the mean itself is infinite)
            return math.inf
        return 2 * d2**2 * (d1 + d2 - 2) / (d1 * (d2 - 2) ** 2 * (d2 - 4))

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        u1 = 2.0 * generator.standard_gamma(self.dfn / 2, shape)
        u2 = 2.0 * generator.standard_gamma(self.dfd / 2, shape)
        return (u1 / self.dfn) / (u2 / self.dfd)
