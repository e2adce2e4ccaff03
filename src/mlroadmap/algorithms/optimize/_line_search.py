r"""Backtracking line search with the Armijo (sufficient decrease) condition.

From x, along a descent direction p (one with :math:`\nabla f(x)^\top p < 0`), try the
step t = t0 and shrink it, :math:`t \leftarrow \rho\, t`, until

.. math::

    f(x + t p) \le f(x) + c\, t\, \nabla f(x)^\top p .

The right side is the tangent line made flatter by the factor c (typically 1e-4): a
step must win at least a fraction c of the decrease the slope promises. Accepting any
decrease is not enough, since steps that win less and less can stall far from a minimum.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.optimize._checks import as_point, in_unit_interval, positive, value_at


def backtracking(
    fun: Callable[[np.ndarray], Any],
    x: Any,
    g: Any,
    direction: Any = None,
    *,
    fx: float | None = None,
    t0: float = 1.0,
    c: float = 1e-4,
    shrink: float = 0.5,
    max_steps: int = 60,
) -> tuple[float, float, int]:
    """(t, f(x + t p), evaluations): the first step t = t0 · shrink^k meeting the Armijo condition.

    ``g`` is the gradient at ``x``; ``direction`` p defaults to -g (gradient descent).
    ``fx`` = f(x) saves one evaluation when known. When no step among ``max_steps``
    shrinks passes, t is 0.0 and the value is f(x): no move.
    """
    x = as_point(x, "x")
    g = as_point(g, "g")
    p = -g if direction is None else as_point(direction, "direction")
    if g.shape != x.shape or p.shape != x.shape:
        raise ValueError("x, g and direction must have the same shape.")
    t = positive(t0, "t0")
    c = in_unit_interval(c, "c", open_left=True)
    shrink = in_unit_interval(shrink, "shrink", open_left=True)
    slope = float(g @ p)
    if slope >= 0:
        raise ValueError("direction is not a descent direction: the slope g @ direction must be negative.")
    nfev = 0
    if fx is None:
        fx, nfev = value_at(fun, x), 1
    for _ in range(max_steps):
        trial = value_at(fun, x + t * p)
        nfev += 1
        if trial <= fx + c * t * slope:  # NaN and inf fail this test too
            return t, trial, nfev
        t *= shrink
    return 0.0, float(fx), nfev
