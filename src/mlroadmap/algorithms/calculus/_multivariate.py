r"""Gradient, Jacobian and Hessian by central differences along each coordinate.

With :math:`e_i` the i-th unit vector and a step :math:`h_i` per coordinate,

.. math::

    \frac{\partial f}{\partial x_i}(x) \approx \frac{f(x + h_i e_i) - f(x - h_i e_i)}{2 h_i},

so the gradient costs 2d evaluations of f, made on the 2d points :math:`x \pm h_i e_i`.
The Jacobian of :math:`f: \mathbb{R}^d \to \mathbb{R}^m` is the same quotient applied to
every output, column i holding :math:`\partial f / \partial x_i`. The Hessian uses four
points per pair of coordinates:

.. math::

    H_{ij} \approx \frac{f(x + h_i e_i + h_j e_j) - f(x + h_i e_i - h_j e_j)
                   - f(x - h_i e_i + h_j e_j) + f(x - h_i e_i - h_j e_j)}{4 h_i h_j}.

``vectorized=True`` follows scipy.differentiate's convention: ``f`` accepts an array of
shape (d, k), the coordinates along axis 0 and k points along axis 1, and returns one
value (or one column of m values) per point. Then all points go to ``f`` in one call;
otherwise ``f`` is called once per point.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.calculus._checks import as_finite, steps


def _evaluate(f: Callable[[np.ndarray], Any], points: np.ndarray, vectorized: bool) -> np.ndarray:
    """``f`` at each column of ``points`` (d, k): an array of shape (k,) or (k, m)."""
    if vectorized:
        values = np.asarray(f(points), dtype=np.float64)
        if values.shape[-1:] != (points.shape[1],):
            raise ValueError(
                f"a vectorized f must return one value per column of its (d, {points.shape[1]}) input, "
                f"got shape {values.shape}."
            )
        return np.moveaxis(values, -1, 0)
    return np.array([np.asarray(f(points[:, k]), dtype=np.float64) for k in range(points.shape[1])])


def _point(x: Any) -> np.ndarray:
    return as_finite(x, "x", ndim=1)


def jacobian(
    f: Callable[[np.ndarray], Any], x: Any, h: Any = None, *, vectorized: bool = False
) -> np.ndarray:
    """The Jacobian of ``f`` at the point ``x`` (shape (d,)), by central differences.

    ``f`` maps a (d,) array to an array of shape (m,) (or to a number); the result has
    shape (m, d) (or (d,)). ``h`` is a positive step, a scalar or one per coordinate;
    by default ε^(1/3) · max(1, |x_i|).
    """
    x = _point(x)
    d = x.size
    step = steps(h, x, 1.0 / 3.0)
    offsets = np.diag(step)  # column i is h_i e_i
    points = np.concatenate([x[:, None] + offsets, x[:, None] - offsets], axis=1)  # (d, 2d)
    values = _evaluate(f, points, vectorized)  # (2d,) or (2d, m)
    slopes = (values[:d] - values[d:]) / (2.0 * step.reshape((d,) + (1,) * (values.ndim - 1)))
    return np.moveaxis(slopes, 0, -1)  # the coordinate last: (m, d)


def gradient(
    f: Callable[[np.ndarray], Any], x: Any, h: Any = None, *, vectorized: bool = False
) -> np.ndarray:
    """The gradient of a scalar function ``f`` at ``x`` (shape (d,)), by central differences.

    Returns shape (d,). ``h`` as in :func:`jacobian`.
    """
    grad = jacobian(f, x, h, vectorized=vectorized)
    if grad.ndim != 1:
        raise ValueError(f"f must return a single number for gradient(), got shape {grad.shape[:-1]}.")
    return grad


def hessian(f: Callable[[np.ndarray], Any], x: Any, h: Any = None, *, vectorized: bool = False) -> np.ndarray:
    """The Hessian of a scalar function ``f`` at ``x`` (shape (d,)): a symmetric (d, d) array.

    Each pair i ≤ j costs four evaluations of ``f`` (the four-point formula above; on the
    diagonal it becomes the second difference with step 2h). By default
    h_i = ε^(1/4) · max(1, |x_i|), which balances the O(h²) truncation against the
    O(ε / h²) rounding.
    """
    x = _point(x)
    d = x.size
    step = steps(h, x, 0.25)
    rows, cols = np.triu_indices(d)
    shift_i = np.zeros((d, rows.size))
    shift_j = np.zeros((d, rows.size))
    shift_i[rows, np.arange(rows.size)] = step[rows]
    shift_j[cols, np.arange(rows.size)] = step[cols]
    signs = [(1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0)]
    points = np.concatenate([x[:, None] + si * shift_i + sj * shift_j for si, sj in signs], axis=1)
    values = _evaluate(f, points, vectorized)
    if values.ndim != 1:
        raise ValueError(f"f must return a single number for hessian(), got shape {values.shape[1:]}.")
    pp, pm, mp, mm = values.reshape(4, rows.size)
    upper = (pp - pm - mp + mm) / (4.0 * step[rows] * step[cols])
    H = np.zeros((d, d))
    H[rows, cols] = upper
    H[cols, rows] = upper
    return H
