r"""Descriptive statistics: the mean, the variance with its ``ddof``, and the standard error.

:math:`\bar{x} = \frac{1}{n} \sum_i x_i` and
:math:`s^2 = \frac{1}{n - \mathrm{ddof}} \sum_i (x_i - \bar{x})^2`.
``ddof=0`` is the population variance (the mean squared deviation, NumPy's default);
``ddof=1`` is the sample variance, unbiased for the variance of the population the
sample came from (pandas' and R's default). The standard error of the mean,
:math:`s / \sqrt{n}` with ``ddof=1``, is the standard deviation of :math:`\bar{x}` itself.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.stats._checks import count, output, sample


def _n(x: np.ndarray, axis: int | None) -> int:
    return x.size if axis is None else x.shape[axis]


def mean(x: Any, axis: int | None = None) -> Any:
    """The arithmetic mean (of every value, or along ``axis``)."""
    values = sample(x, axis=axis)
    return output(values.sum(axis=axis) / _n(values, axis))


def var(x: Any, ddof: int = 0, axis: int | None = None) -> Any:
    """The sum of squared deviations from the mean, divided by ``n - ddof`` (NumPy's ``np.var``)."""
    values = sample(x, axis=axis)
    n, ddof = _n(values, axis), count(ddof, "ddof")
    if ddof >= n:
        raise ValueError(f"ddof={ddof} needs more than {ddof} value(s), got {n}.")
    centred = values - values.sum(axis=axis, keepdims=True) / n  # two passes: no cancellation
    return output((centred**2).sum(axis=axis) / (n - ddof))


def std(x: Any, ddof: int = 0, axis: int | None = None) -> Any:
    """The square root of ``var(x, ddof)``."""
    return output(np.sqrt(var(x, ddof, axis)))


def sem(x: Any, axis: int | None = 0, ddof: int = 1) -> Any:
    r"""The standard error of the mean, :math:`s / \sqrt{n}` with :math:`s` = ``std(x, ddof)``.

    ``axis=0`` and ``ddof=1`` are scipy.stats.sem's defaults.
    """
    values = sample(x, axis=axis)
    return output(np.asarray(std(values, ddof, axis)) / np.sqrt(_n(values, axis)))
