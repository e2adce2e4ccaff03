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

Ties go to the first index (``argmax``); libsvm keeps the last, so
:class:`~mlroadmap.algorithms.svm.SVC` passes the samples in reverse order and both walk
the same path (the same ``n_iter_``).

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


def solve_dual(
    kernel_column: Callable[[int], np.ndarray],
    kernel_diagonal: np.ndarray,
    y: np.ndarray,
    *,
    C: float,
    tol: float,
    max_iter: int,
    cache_columns: bool = False,
) -> tuple[np.ndarray, float, int]:
    """Solve the dual for labels ``y`` in {-1, +1}; return ``(alpha, rho, n_iter)``.

    ``kernel_column(t)`` is the column :math:`K_{\\cdot t}`. One iteration moves
    :math:`\\alpha_i` by :math:`y_i s` and :math:`\\alpha_j` by :math:`-y_j s`, which keeps
    :math:`y^\\top\\alpha` fixed; the objective along that line is a parabola with slope
    :math:`-b_{ij}` and curvature :math:`a_{ij}`, so the step is :math:`s = b_{ij}/a_{ij}`,
    shortened to stay in the box. The gradient then changes by
    :math:`s\\, y \\odot (K_{\\cdot i} - K_{\\cdot j})`: one kernel column per multiplier.

    An iteration does O(n) arithmetic, so its cost is the number of NumPy calls (about a
    microsecond each), kept to seven, all on contiguous arrays (a reversed view would
    halve their speed):

    - the violations are kept twice, masked, side by side in one array: ``up_violation``
      is :math:`-y_t G_t` on :math:`I_\\text{up}` and :math:`-\\infty` elsewhere,
      ``low_violation`` the same on :math:`I_\\text{low}` with :math:`+\\infty`; so
      :math:`m`, :math:`M` and the candidates for :math:`j` need no ``where``, and with
      each kernel column also kept twice side by side, one subtraction updates both
      halves (the infinities stay as they are);
    - :math:`j` maximizes :math:`b_{it} / \\sqrt{a_{it}}`, which orders the candidates
      (:math:`b_{it} > 0`) as :math:`b_{it}^2 / a_{it}` does and is negative for the others;
    - with ``cache_columns`` (memory for them all), the doubled columns and the rows
      :math:`1/\\sqrt{a_{i\\cdot}}` are computed once and kept, as libsvm caches kernel columns.
    """
    n = y.shape[0]
    positive = y > 0
    # violation_t = -y_t G_t starts at y_t (alpha = 0, G = -1); at alpha = 0 a positive
    # point may only move up, a negative one only down.
    violation = np.concatenate((np.where(positive, 1.0, -np.inf), np.where(positive, np.inf, -1.0)))
    up_violation, low_violation = violation[:n], violation[n:]
    descent, change = np.empty(n), np.empty(2 * n)
    columns: dict[int, np.ndarray] = {}  # t -> [K_t, K_t]
    weights: dict[int, np.ndarray] = {}  # i -> 1 / sqrt(a_i.)
    subtract, multiply = np.subtract, np.multiply
    # Scalars are read from Python lists (a NumPy scalar costs more) and passed to NumPy
    # in a 0-d array (converting a Python float costs NumPy more than n subtractions).
    alpha, is_positive, diagonal = [0.0] * n, positive.tolist(), kernel_diagonal.tolist()
    in_up, in_low = positive.tolist(), (~positive).tolist()
    cell = np.empty(())

    def doubled_column(t: int) -> np.ndarray:
        column = columns.get(t)
        if column is None:
            K_t = kernel_column(t)
            column = np.concatenate((K_t, K_t))
            if cache_columns:
                columns[t] = column
        return column

    n_iter = 0
    while True:
        i = int(up_violation.argmax())
        m = float(up_violation[i])
        K_i = doubled_column(i)
        weight = weights.get(i)
        if weight is None:
            weight = _inverse_root_curvature(kernel_diagonal, i, K_i[:n])
            if cache_columns:
                weights[i] = weight
        cell[()] = m
        subtract(cell, low_violation, out=descent)  # b_it, -inf outside I_low
        multiply(descent, weight, out=descent)
        j = int(descent.argmax())
        b_ij = m - float(low_violation[j])
        # The gap m - M is at least b_ij, so M (one more pass) is needed only near the end.
        if b_ij < tol and m - float(low_violation.min()) < tol:
            break
        if max_iter != -1 and n_iter >= max_iter:
            warnings.warn(
                f"Solver terminated early (max_iter={max_iter}). Consider pre-processing your data "
                "with StandardScaler or MinMaxScaler.",
                ConvergenceWarning,
                stacklevel=3,
            )
            break
        K_j = doubled_column(j)
        a_ij = diagonal[i] + diagonal[j] - 2.0 * float(K_i[j])
        if a_ij <= 0:
            a_ij = TAU
        # y_i = +1 moves alpha_i up by the step, y_j = +1 moves alpha_j down (and vice versa).
        room_i = C - alpha[i] if is_positive[i] else alpha[i]
        room_j = alpha[j] if is_positive[j] else C - alpha[j]
        step = min(b_ij / a_ij, room_i, room_j)
        alpha[i] += step if is_positive[i] else -step
        alpha[j] -= step if is_positive[j] else -step
        if step == room_i:  # land exactly on the bound, so the point counts as bound
            alpha[i] = C if is_positive[i] else 0.0
        if step == room_j:
            alpha[j] = 0.0 if is_positive[j] else C
        subtract(K_i, K_j, out=change)
        cell[()] = step
        multiply(change, cell, out=change)
        subtract(violation, change, out=violation)  # -y * (the change of G), as y * y = 1
        for t in (i, j):  # the index sets change only where a multiplier reaches or leaves a bound
            moves_up = alpha[t] < C if is_positive[t] else alpha[t] > 0
            moves_down = alpha[t] > 0 if is_positive[t] else alpha[t] < C
            if moves_up != in_up[t] or moves_down != in_low[t]:
                value = up_violation[t] if in_up[t] else low_violation[t]
                up_violation[t] = value if moves_up else -np.inf
                low_violation[t] = value if moves_down else np.inf
                in_up[t], in_low[t] = moves_up, moves_down
        n_iter += 1
    alpha = np.array(alpha)
    gradient = -y * np.where(np.isfinite(up_violation), up_violation, low_violation)
    return alpha, _rho(alpha, gradient, y, C), n_iter


def _inverse_root_curvature(kernel_diagonal: np.ndarray, i: int, K_i: np.ndarray) -> np.ndarray:
    """:math:`1/\\sqrt{a_{it}}` for every t, with :math:`a_{it} = K_{ii} + K_{tt} - 2K_{it}`
    (``TAU`` where the pair has no curvature)."""
    curvature = kernel_diagonal[i] + kernel_diagonal - 2.0 * K_i
    return 1.0 / np.sqrt(np.where(curvature > 0, curvature, TAU))


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
