r"""Integrals of sampled values: the trapezoid rule and Simpson's rule.

Both take samples :math:`y_k = f(x_k)` and replace f between samples by a simple curve.
The trapezoid rule joins neighbours by straight lines:

.. math::

    \int f \approx \sum_k \frac{x_{k+1} - x_k}{2} (y_k + y_{k+1}),

with an error :math:`O(h^2)` for spacing h. Simpson's rule fits a parabola through each
pair of intervals; on an even grid that gives the weights 1, 4, 2, 4, …, 2, 4, 1 times
:math:`h / 3`, with an error :math:`O(h^4)`. For spacings :math:`h_0, h_1` the parabola's
integral is

.. math::

    \frac{h_0 + h_1}{6} \Big[\big(2 - \tfrac{h_1}{h_0}\big) y_0
    + \frac{(h_0 + h_1)^2}{h_0 h_1} y_1 + \big(2 - \tfrac{h_0}{h_1}\big) y_2\Big].

An even number of samples leaves one interval over. As scipy.integrate.simpson does
since SciPy 1.11, Simpson's rule covers the first N - 1 samples and the last interval
gets the integral of the parabola through the last three samples (Cartwright's
correction), so the result keeps its O(h⁴) accuracy.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.calculus._checks import as_finite


def _samples(y: Any, x: Any, dx: float, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """``y`` with the integration axis last, and the spacings (broadcastable against ``y``'s intervals)."""
    y = as_finite(y, "y")
    if y.ndim == 0:
        raise ValueError("y must be an array of samples, got a single number.")
    y = np.moveaxis(y, axis, -1)
    n = y.shape[-1]
    if x is None:
        if not (np.isfinite(dx) and dx != 0):
            raise ValueError(f"dx must be a finite non-zero spacing, got {dx!r}.")
        return y, np.full(max(n - 1, 0), float(dx))
    x = as_finite(x, "x")
    if x.ndim == 1:
        if x.size != n:
            raise ValueError(f"x has {x.size} values but y has {n} along the integration axis.")
    else:
        x = np.moveaxis(x, axis, -1)
        if x.shape != y.shape:
            raise ValueError(f"x must be 1-D or have y's shape {y.shape}, got shape {x.shape}.")
    return y, np.diff(x, axis=-1)


def trapezoid(y: Any, x: Any = None, dx: float = 1.0, axis: int = -1) -> float | np.ndarray:
    """The trapezoid rule along ``axis``, with scipy.integrate.trapezoid's conventions.

    ``x`` gives the sample points (1-D, or ``y``'s shape); without it the samples are
    ``dx`` apart. One sample gives 0. Returns a float for 1-D ``y``, else an array.
    """
    y, h = _samples(y, x, dx, axis)
    return _trapezoid(y, h)


def simpson(y: Any, x: Any = None, *, dx: float = 1.0, axis: int = -1) -> float | np.ndarray:
    """Composite Simpson's rule along ``axis``, with scipy.integrate.simpson's conventions.

    Works on uneven spacing. An odd number of samples is covered by parabolas exactly;
    an even number gets Cartwright's correction on the last interval; two samples fall
    back to the trapezoid rule and one sample gives 0. Repeated points (a zero spacing)
    are refused.
    """
    y, h = _samples(y, x, dx, axis)
    n = y.shape[-1]
    if n < 3:
        return _trapezoid(y, h)
    if (h == 0).any():
        raise ValueError("x has repeated points: Simpson's rule needs non-zero spacings.")
    odd = n if n % 2 == 1 else n - 1  # samples covered by whole parabolas
    h0, h1 = h[..., 0 : odd - 1 : 2], h[..., 1 : odd - 1 : 2]
    y0, y1, y2 = y[..., 0 : odd - 2 : 2], y[..., 1 : odd - 1 : 2], y[..., 2:odd:2]
    width = h0 + h1
    total = (width / 6.0 * ((2.0 - h1 / h0) * y0 + width**2 / (h0 * h1) * y1 + (2.0 - h0 / h1) * y2)).sum(
        axis=-1
    )
    if n % 2 == 0:  # the last interval: the parabola through the last three samples
        a, b = h[..., -2], h[..., -1]
        total = total + (
            (2.0 * b**2 + 3.0 * a * b) / (6.0 * (a + b)) * y[..., -1]
            + (b**2 + 3.0 * a * b) / (6.0 * a) * y[..., -2]
            - b**3 / (6.0 * a * (a + b)) * y[..., -3]
        )
    return float(total) if np.ndim(total) == 0 else total


def _trapezoid(y: np.ndarray, h: np.ndarray) -> float | np.ndarray:
    total = (h * (y[..., 1:] + y[..., :-1]) / 2.0).sum(axis=-1)
    return float(total) if np.ndim(total) == 0 else total
