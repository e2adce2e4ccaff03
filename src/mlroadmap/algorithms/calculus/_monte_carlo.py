r"""Monte Carlo integration over an interval or a box, with its standard error.

Draw n points :math:`u_k` uniformly in the box :math:`[a, b]` of volume V. Then

.. math::

    \int_{[a, b]} f \approx \hat I = \frac{V}{n} \sum_k f(u_k), \qquad
    \mathrm{SE}(\hat I) = V \frac{s}{\sqrt{n}},

with s the sample standard deviation (ddof = 1) of the values :math:`f(u_k)`. The error
shrinks like :math:`1/\sqrt{n}` whatever the dimension, which is why sampling wins over
grids (whose cost grows like :math:`n^d`) in high dimensions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.calculus._checks import as_finite


def monte_carlo(
    f: Callable[[np.ndarray], Any], a: Any, b: Any, n: int = 10_000, rng: Any = None
) -> tuple[float, float]:
    """(estimate, standard error) of the integral of ``f`` over ``[a, b]``.

    Scalar ``a`` and ``b``: ``f`` receives an array of n points of shape (n,). Arrays
    ``a`` and ``b`` of length d (a box): ``f`` receives shape (d, n), the coordinates
    along axis 0 as in scipy.differentiate. ``f`` returns n values. ``rng`` is a NumPy
    Generator, a seed or None.
    """
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 2:
        raise ValueError(f"n must be an integer of at least 2 (for a standard error), got {n!r}.")
    lower, upper = as_finite(a, "a"), as_finite(b, "b")
    if lower.shape != upper.shape or lower.ndim > 1:
        raise ValueError(
            "a and b must be two numbers or two 1-D arrays of the same length, "
            f"got shapes {lower.shape} and {upper.shape}."
        )
    if not (lower < upper).all():
        raise ValueError("every lower limit a must be below its upper limit b.")
    generator = np.random.default_rng(rng)
    width = upper - lower
    if lower.ndim == 0:
        points = lower + width * generator.random(int(n))
    else:
        points = lower[:, None] + width[:, None] * generator.random((lower.size, int(n)))
    values = np.asarray(f(points), dtype=np.float64)
    if values.shape != (n,):
        raise ValueError(f"f must return one value per point, shape ({n},), got shape {values.shape}.")
    volume = float(np.prod(width))
    return volume * float(values.mean()), volume * float(values.std(ddof=1)) / float(np.sqrt(n))
