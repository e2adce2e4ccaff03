"""Classical seasonal decomposition by moving averages (statsmodels' ``seasonal_decompose``)."""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from mlroadmap.algorithms.timeseries._checks import series, whole
from mlroadmap.algorithms.timeseries._moving_average import moving_average


class DecomposeResult(NamedTuple):
    """The parts of a decomposed series, each as long as the series."""

    observed: np.ndarray
    trend: np.ndarray
    """the centred moving average; NaN for ``period // 2`` places at each end"""
    seasonal: np.ndarray
    """one pattern of ``period`` values, repeated"""
    resid: np.ndarray
    """what is left; NaN where the trend is"""


def seasonal_decompose(x: Any, period: int, model: str = "additive") -> DecomposeResult:
    r"""Split a series into trend, seasonal pattern and residual.

    Additive, :math:`x_t = T_t + S_t + R_t`, or multiplicative, :math:`x_t = T_t S_t R_t`:

    1. Trend :math:`T` = the centred moving average over one period (the 2×m average
       when the period is even, see :func:`moving_average`).
    2. Detrend: :math:`d_t = x_t - T_t` (multiplicative: :math:`x_t / T_t`).
    3. Seasonal pattern: for each position :math:`i = 0, \dots, m - 1` in the cycle,
       the mean of :math:`d_i, d_{i+m}, d_{i+2m}, \dots`, ignoring the NaN ends; then
       centred so that the pattern sums to 0 (multiplicative: averages to 1).
    4. :math:`S` repeats the pattern; :math:`R_t = d_t - S_t` (multiplicative: :math:`d_t / S_t`).

    Position 0 of the pattern is the series' first observation, as in statsmodels.
    ``x`` needs at least two full periods and, for the multiplicative model, positive values.
    """
    if model in ("add", "mul"):
        model = {"add": "additive", "mul": "multiplicative"}[model]
    if model not in ("additive", "multiplicative"):
        raise ValueError(f"model must be 'additive' or 'multiplicative', got {model!r}.")
    x = series(x)
    period = whole(period, "period", minimum=2)
    if len(x) < 2 * period:
        raise ValueError(f"x must cover two full periods ({2 * period} values), got {len(x)}.")
    multiplicative = model == "multiplicative"
    if multiplicative and (x <= 0).any():
        raise ValueError("The multiplicative model needs positive values: x has zeros or negatives.")

    trend = moving_average(x, period, centered=True)
    detrended = x / trend if multiplicative else x - trend
    cycles = -(-len(x) // period)  # ceil: pad to whole cycles with NaN, one row per cycle
    by_cycle = np.full(cycles * period, np.nan)
    by_cycle[: len(x)] = detrended
    pattern = np.nanmean(by_cycle.reshape(cycles, period), axis=0)
    pattern = pattern / pattern.mean() if multiplicative else pattern - pattern.mean()
    seasonal = np.tile(pattern, cycles)[: len(x)]
    resid = detrended / seasonal if multiplicative else detrended - seasonal
    return DecomposeResult(x, trend, seasonal, resid)
