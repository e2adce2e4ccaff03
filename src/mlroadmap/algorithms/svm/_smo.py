r"""Sequential minimal optimization for the dual of the soft-margin SVM.

The dual, for labels :math:`y_i \in \{-1, +1\}` and :math:`Q_{ij} = y_i y_j K(x_i, x_j)`:

.. math::

    \min_\alpha \tfrac12 \alpha^\top Q \alpha - \mathbf 1^\top \alpha
    \quad\text{s.t.}\quad y^\top \alpha = 0,\; 0 \le \alpha_i \le C.

SMO (Platt, 1998) improves two multipliers at a time, the smallest change that keeps
:math:`y^\top\alpha = 0`, and has a closed-form step. The pair is chosen as in libsvm
(Fan, Chen and Lin, 2005, "WSS 3"), with the gradient :math:`G = Q\alpha - \mathbf 1`:

- :math:`i` maximizes :math:`-y_t G_t` over :math:`I_\text{up}` (multipliers that may move
  in the direction of :math:`y_t`): the most violating point;
- :math:`j` maximizes the second-order gain :math:`b_{it}^2 / a_{it}` over the
  :math:`t \in I_\text{low}` with :math:`b_{it} = -y_i G_i + y_t G_t > 0`, where
  :math:`a_{it} = K_{ii} + K_{tt} - 2 K_{it}` is the curvature along the pair.

It stops when the maximal violation :math:`m(\alpha) - M(\alpha)`, the KKT gap, is below
``tol``. The intercept is :math:`-\rho`, :math:`\rho` being the mean of :math:`y_i G_i` over
the free multipliers (:math:`0 < \alpha_i < C`), whose points lie exactly on the margin;
only if none is free is :math:`\rho` the middle of its feasible interval, as in libsvm.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np

from mlroadmap.algorithms.validation import ConvergenceWarning

TAU = 1e-12  # the curvature used when a pair has none (duplicate points): libsvm's


def _last_argmax(values: np.ndarray) -> int:
    """Index of the maximum, the last one among ties (libsvm scans with ``>=``)."""
    return values.size - 1 - int(np.argmax(values[::-1]))


def solve_dual(
    kernel_column: Callable[[int], np.ndarray],
    kernel_diagonal: np.ndarray,
    y: np.ndarray,
    *,
    C: float,
    tol: float,
    max_iter: int,
) -> tuple[np.ndarray, float, int]:
    """Solve the dual for labels ``y`` in {-1, +1}; return ``(alpha, rho, n_iter)``.

    ``kernel_column(t)`` is the column :math:`K_{\\cdot t}`. One iteration moves
    :math:`\\alpha_i` by :math:`y_i s` and :math:`\\alpha_j` by :math:`-y_j s`, which keeps
    :math:`y^\\top\\alpha` fixed; the objective along that line is a parabola with slope
    :math:`-b_{ij}` and curvature :math:`a_{ij}`, so the step is :math:`s = b_{ij}/a_{ij}`,
    shortened to stay in the box. The gradient then changes by
    :math:`s\\, y \\odot (K_{\\cdot i} - K_{\\cdot j})`: one kernel column per multiplier.
    """
    n = y.shape[0]
    alpha = np.zeros(n)
    positive = y > 0
    # violation_t = -y_t G_t; it starts at y_t (alpha = 0, G = -1). Only alpha_i and alpha_j
    # change in an iteration, so the index sets are updated at those two entries only.
    violation = y.astype(np.float64)
    up, low = positive.copy(), ~positive
    n_iter = 0
    while True:
        i = _last_argmax(np.where(up, violation, -np.inf))
        m, M = violation[i], np.where(low, violation, np.inf).min()
        if m - M < tol:
            break
        if max_iter != -1 and n_iter >= max_iter:
            warnings.warn(
                f"Solver terminated early (max_iter={max_iter}). Consider pre-processing your data "
                "with StandardScaler or MinMaxScaler.",
                ConvergenceWarning,
                stacklevel=3,
            )
            break
        K_i = kernel_column(i)
        descent = m - violation  # b_it
        curvature = kernel_diagonal[i] + kernel_diagonal - 2.0 * K_i  # a_it
        curvature[curvature <= 0] = TAU
        gain = np.where(low & (descent > 0), descent * descent / curvature, -np.inf)
        j = _last_argmax(gain)
        K_j = kernel_column(j)
        room_i = C - alpha[i] if positive[i] else alpha[i]
        room_j = alpha[j] if positive[j] else C - alpha[j]
        step = min(descent[j] / curvature[j], room_i, room_j)
        alpha[i] += y[i] * step
        alpha[j] -= y[j] * step
        if step == room_i:  # land exactly on the bound, so the point counts as bound
            alpha[i] = C if positive[i] else 0.0
        if step == room_j:
            alpha[j] = 0.0 if positive[j] else C
        violation -= step * (K_i - K_j)  # -y * (the change of G), as y * y = 1
        for t in (i, j):
            up[t] = alpha[t] < C if positive[t] else alpha[t] > 0
            low[t] = alpha[t] > 0 if positive[t] else alpha[t] < C
        n_iter += 1
    gradient = -y * violation
    return alpha, _rho(alpha, gradient, y, C), n_iter


def _rho(alpha: np.ndarray, gradient: np.ndarray, y: np.ndarray, C: float) -> float:
    """The offset: the mean of :math:`y_i G_i` over free multipliers, else the middle of its bounds."""
    y_gradient = y * gradient
    free = (alpha > 0) & (alpha < C)
    if free.any():
        return float(y_gradient[free].mean())
    # With no free multiplier, KKT only bounds rho: above by the y*G of points that may
    # still move up, below by those that may move down.
    at_upper = alpha >= C
    below = np.where(at_upper, y < 0, y > 0)
    upper = y_gradient[below].min() if below.any() else np.inf
    lower = y_gradient[~below].max() if (~below).any() else -np.inf
    return float((upper + lower) / 2)
