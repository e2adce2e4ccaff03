"""Moving averages: trailing, centred, and the 2×m centred average for even periods."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.timeseries._checks import series, whole


def moving_average_weights(window: int, centered: bool = False) -> np.ndarray:
    """The filter behind :func:`moving_average`.

    ``window`` equal weights ``1 / window``; for a centred average with an even window,
    the 2×m filter of ``window + 1`` weights, ``[1/2, 1, ..., 1, 1/2] / window``.
    """
    window = whole(window, "window", minimum=1)
    if centered and window % 2 == 0:
        weights = np.ones(window + 1)
        weights[[0, -1]] = 0.5
        return weights / window
    return np.full(window, 1.0 / window)


def moving_average(x: Any, window: int, *, centered: bool = False) -> np.ndarray:
    r"""The moving average of a series, the same length as ``x`` with NaN where it is undefined.

    Trailing (``centered=False``): the mean of the last ``window`` values,
    :math:`m_t = \frac{1}{w} \sum_{j=0}^{w-1} x_{t-j}`, NaN for the first ``w - 1`` places
    (pandas' ``Series.rolling(w).mean()``; statsmodels' ``convolution_filter(x, filt, nsides=1)``).

    Centred with an odd window :math:`w = 2h + 1`:
    :math:`m_t = \frac{1}{w} \sum_{j=-h}^{h} x_{t+j}`, NaN for ``h`` places at each end.

    Centred with an even window :math:`w = 2h`: no window of even length has a middle
    value, so classical decomposition averages two neighbouring w-averages, which gives
    ``w + 1`` weights with halves at the ends (the "2×w moving average"):
    :math:`m_t = (\tfrac12 x_{t-h} + x_{t-h+1} + \dots + x_{t+h-1} + \tfrac12 x_{t+h}) / w`,
    NaN for ``h`` places at each end. For ``w = 12`` on monthly data, every calendar
    month gets the same total weight, so the seasonal pattern averages out exactly.
    """
    x = series(x)
    window = whole(window, "window", minimum=1, maximum=len(x))
    weights = moving_average_weights(window, centered)
    out = np.full(len(x), np.nan)
    if len(weights) > len(x):  # an even centred window as long as the series: no full window
        return out
    valid = np.convolve(x, weights, mode="valid")  # symmetric weights: no need to flip them
    start = len(weights) - 1 if not centered else (len(weights) - 1) // 2
    out[start : start + len(valid)] = valid
    return out
