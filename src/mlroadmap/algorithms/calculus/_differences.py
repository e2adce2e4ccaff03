r"""Finite differences of a function of one variable: forward, backward and central.

.. math::

    D_+ f(x) = \frac{f(x + h) - f(x)}{h}, \qquad
    D_- f(x) = \frac{f(x) - f(x - h)}{h}, \qquad
    D_0 f(x) = \frac{f(x + h) - f(x - h)}{2h}.

By Taylor's theorem the one-sided quotients are off by :math:`\tfrac{h}{2} f''(x)`, the
central one by :math:`\tfrac{h^2}{6} f'''(x)`. Rounding adds about
:math:`\varepsilon |f(x)| / h` to both, so shrinking h helps only down to a point: the
total error is smallest near :math:`h \approx \varepsilon^{1/2}` (one-sided) and
:math:`h \approx \varepsilon^{1/3}` (central), with :math:`\varepsilon \approx 2.2 \cdot 10^{-16}`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.calculus._checks import as_finite, steps

_POWERS = {"central": 1.0 / 3.0, "forward": 0.5, "backward": 0.5}


def derivative(
    f: Callable[[np.ndarray], Any], x: Any, h: Any = None, method: str = "central"
) -> float | np.ndarray:
    """The derivative of ``f`` at every point of ``x`` by a finite difference.

    ``f`` is applied elementwise to arrays of ``x``'s shape (as ``np.sin`` is). ``h`` is
    a positive step (a scalar or one per point); by default it is the step that balances
    truncation and rounding, ε^(1/3) · max(1, |x|) for ``"central"`` and
    ε^(1/2) · max(1, |x|) for ``"forward"`` and ``"backward"``. Returns a float for a
    scalar ``x``, else an array of ``x``'s shape.
    """
    if method not in _POWERS:
        raise ValueError(f"method must be 'central', 'forward' or 'backward', got {method!r}.")
    points = as_finite(x, "x")
    step = steps(h, points, _POWERS[method])
    if method == "central":
        slope = (np.asarray(f(points + step)) - np.asarray(f(points - step))) / (2.0 * step)
    elif method == "forward":
        slope = (np.asarray(f(points + step)) - np.asarray(f(points))) / step
    else:
        slope = (np.asarray(f(points)) - np.asarray(f(points - step))) / step
    return float(slope) if slope.ndim == 0 else slope
