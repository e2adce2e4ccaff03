"""Exponential smoothing with fixed parameters: simple (level only) and Holt's linear trend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlroadmap.algorithms.timeseries._checks import finite, fraction, series, whole


@dataclass(frozen=True)
class SmoothingResult:
    """What a smoothing pass leaves: statsmodels' ``HoltWintersResults`` names.

    ``fittedvalues[t]`` is the one-step-ahead forecast of ``x[t]``, made before
    ``x[t]`` was seen; ``level[t]`` (and ``trend[t]``) are the states after it.
    """

    fittedvalues: np.ndarray
    level: np.ndarray
    trend: np.ndarray | None = None

    def forecast(self, steps: int) -> np.ndarray:
        r"""The next ``steps`` values: :math:`\hat x_{n+h} = \ell_{n-1} + h\, b_{n-1}`
        (flat at the last level when there is no trend)."""
        steps = whole(steps, "steps", minimum=1)
        h = np.arange(1, steps + 1)
        slope = 0.0 if self.trend is None else self.trend[-1]
        return self.level[-1] + h * slope


def simple_exp_smoothing(x: Any, alpha: float, initial_level: float | None = None) -> SmoothingResult:
    r"""Simple exponential smoothing with a fixed smoothing level ``alpha``.

    :math:`\ell_t = \alpha x_t + (1 - \alpha) \ell_{t-1}`: the new level moves a
    fraction :math:`\alpha` of the way from the old level towards the new observation.
    The forecast of :math:`x_t` is the level before it, :math:`\hat x_t = \ell_{t-1}`,
    and every forecast beyond the data is the last level.

    :math:`\ell_{-1}` is ``initial_level``, by default the first observation. This is
    statsmodels' ``SimpleExpSmoothing(x, initialization_method="known",
    initial_level=...).fit(smoothing_level=alpha, optimized=False)``.

    The recurrence runs as a plain loop over time: each level needs the one before.
    (Unrolled, :math:`\ell_t = \alpha \sum_{j=0}^{t} (1-\alpha)^j x_{t-j} + (1-\alpha)^{t+1} \ell_{-1}`,
    which ``scipy.signal.lfilter([alpha], [1, alpha - 1], x)`` computes as a linear filter.)
    """
    x = series(x)
    alpha = fraction(alpha, "alpha")
    level = x[0] if initial_level is None else finite(initial_level, "initial_level")
    fitted, levels = np.empty(len(x)), np.empty(len(x))
    for t, value in enumerate(x):
        fitted[t] = level
        level = alpha * value + (1.0 - alpha) * level
        levels[t] = level
    return SmoothingResult(fitted, levels)


def holt(
    x: Any,
    alpha: float,
    beta: float,
    initial_level: float | None = None,
    initial_trend: float | None = None,
) -> SmoothingResult:
    r"""Holt's linear trend method with fixed ``alpha`` (level) and ``beta`` (trend).

    :math:`\hat x_t = \ell_{t-1} + b_{t-1}`,
    :math:`\ell_t = \alpha x_t + (1 - \alpha)(\ell_{t-1} + b_{t-1})`,
    :math:`b_t = \beta (\ell_t - \ell_{t-1}) + (1 - \beta) b_{t-1}`:
    the level is smoothed towards each observation, the trend towards each change of
    level. The forecast h steps past the end is :math:`\ell_{n-1} + h\, b_{n-1}`.

    By default :math:`\ell_{-1} = x_0` and :math:`b_{-1} = x_1 - x_0`. This is
    statsmodels' ``Holt(x, initialization_method="known", initial_level=...,
    initial_trend=...).fit(smoothing_level=alpha, smoothing_trend=beta, optimized=False)``.
    """
    x = series(x, min_size=2)
    alpha, beta = fraction(alpha, "alpha"), fraction(beta, "beta")
    level = x[0] if initial_level is None else finite(initial_level, "initial_level")
    slope = x[1] - x[0] if initial_trend is None else finite(initial_trend, "initial_trend")
    fitted, levels, slopes = np.empty(len(x)), np.empty(len(x)), np.empty(len(x))
    for t, value in enumerate(x):
        fitted[t] = level + slope
        new_level = alpha * value + (1.0 - alpha) * (level + slope)
        slope = beta * (new_level - level) + (1.0 - beta) * slope
        level = new_level
        levels[t], slopes[t] = level, slope
    return SmoothingResult(fitted, levels, slopes)
