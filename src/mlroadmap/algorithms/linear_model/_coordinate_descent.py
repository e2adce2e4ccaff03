r"""Cyclic coordinate descent for the elastic net, with the duality gap as stopping rule.

The problem, on centred data and scaled by n (the form the updates are simplest in):

.. math::

    P(w) = \tfrac12 \lVert y - Xw \rVert_2^2 + \lambda_1 \lVert w \rVert_1
           + \tfrac{\lambda_2}{2} \lVert w \rVert_2^2 .

Holding every coordinate but :math:`w_j` fixed, the minimizer is a soft-threshold:

.. math::

    z_j = x_j^\top (y - Xw) + \lVert x_j \rVert^2 w_j, \qquad
    w_j \leftarrow \frac{S(z_j, \lambda_1)}{\lVert x_j \rVert^2 + \lambda_2}, \qquad
    S(z, t) = \operatorname{sign}(z) \max(|z| - t, 0).

One sweep updates :math:`w_1, \dots, w_p` in turn; each update needs the previous
ones, so the sweep is a loop over features, while each update is a vector operation.
Two ways to get :math:`x_j^\top (y - Xw)` cheaply:

* residual updates: keep :math:`r = y - Xw`; an update costs O(n) (:func:`residual_sweep`);
* Gram (covariance) updates: with :math:`Q = X^\top X` and :math:`q = X^\top y`
  precomputed, keep :math:`Qw`; an update costs O(p) (:func:`gram_sweep`), the better
  choice when n_samples ≫ n_features.

Stopping: after a sweep whose largest change :math:`\max_j |\Delta w_j|` is at most
``tol`` times :math:`\max_j |w_j|`, compute the duality gap :math:`G = P(w) - D(\nu)`
(:func:`duality_gap`), an upper bound on :math:`P(w) - P(w^*)`, and stop when
:math:`G \le \mathrm{tol} \cdot \lVert y \rVert^2`. This is scikit-learn's rule; its
"gap-safe screening" of features (a speed-up that does not change the answer) is not
implemented here.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable

import numpy as np

from mlroadmap.algorithms.validation import ConvergenceWarning


def soft_threshold(z: float, threshold: float) -> float:
    """:math:`S(z, t) = \\operatorname{sign}(z) \\max(|z| - t, 0)`: shrink towards 0, clip at 0."""
    return math.copysign(max(abs(z) - threshold, 0.0), z)


def duality_gap(
    w: np.ndarray,
    l1: float,
    l2: float,
    *,
    residual_norm2: float,
    residual_dot_y: float,
    Xt_residual: np.ndarray,
    positive: bool,
) -> float:
    r"""The duality gap of the elastic net at ``w``, from the residual :math:`r = y - Xw`.

    The elastic net is a lasso on the augmented data :math:`\tilde X = [X; \sqrt{\lambda_2} I]`,
    :math:`\tilde y = [y; 0]`, whose residual is :math:`\tilde r = [r; -\sqrt{\lambda_2} w]`.
    The lasso's dual is :math:`D(\nu) = -\tfrac12 \lVert \nu \rVert^2 + \tilde y^\top \nu`
    subject to :math:`\lVert \tilde X^\top \nu \rVert_\infty \le \lambda_1`; the feasible
    point used is the residual scaled into the constraint, :math:`\nu = s \tilde r` with
    :math:`s = \min(1, \lambda_1 / \lVert X^\top r - \lambda_2 w \rVert_\infty)`.

    Without an L1 term (λ₁ = 0) that dual does not exist; for ridge (λ₂ > 0) the dual
    :math:`D(\nu) = -\tfrac12\lVert\nu\rVert^2 + y^\top\nu - \tfrac{1}{2\lambda_2}\lVert X^\top\nu\rVert^2`
    at :math:`\nu = r` is used, and for plain least squares the optimality residual
    :math:`\lVert X^\top r \rVert^2`.
    """
    w_norm2 = float(w @ w)
    if l1 == 0.0:
        Xtr_norm2 = float(Xt_residual @ Xt_residual)
        if l2 == 0.0:
            return Xtr_norm2
        return residual_norm2 + 0.5 * l2 * w_norm2 - residual_dot_y + Xtr_norm2 / (2.0 * l2)
    correlation = Xt_residual - l2 * w
    dual_norm = float(correlation.max() if positive else np.abs(correlation).max())
    scale = l1 / dual_norm if dual_norm > l1 else 1.0
    augmented_norm2 = residual_norm2 + l2 * w_norm2
    primal = 0.5 * augmented_norm2 + l1 * float(np.abs(w).sum())
    dual = -0.5 * scale**2 * augmented_norm2 + scale * residual_dot_y
    return primal - dual


def _update(z: float, norm2: float, l1: float, l2: float, positive: bool) -> float:
    """The new :math:`w_j` from :math:`z_j = x_j^\\top(r + x_j w_j)`."""
    if positive and z < 0.0:
        return 0.0
    return soft_threshold(z, l1) / (norm2 + l2)


def residual_sweep(
    w: np.ndarray,
    residual: np.ndarray,
    *,
    columns: list[np.ndarray],
    norms2: list[float],
    l1: float,
    l2: float,
    positive: bool,
    order: Iterable[int],
) -> tuple[float, float]:
    """One sweep keeping ``residual = y - X w`` up to date; returns (max |Δw_j|, max |w_j|)."""
    max_change = max_weight = 0.0
    for j in order:
        if norms2[j] == 0.0:
            continue
        old = float(w[j])
        new = _update(float(columns[j] @ residual) + old * norms2[j], norms2[j], l1, l2, positive)
        if new != old:
            residual -= (new - old) * columns[j]
            w[j] = new
        max_change = max(max_change, abs(new - old))
        max_weight = max(max_weight, abs(new))
    return max_change, max_weight


def gram_sweep(
    w: np.ndarray,
    gram_w: np.ndarray,
    *,
    gram_rows: list[np.ndarray],
    Xty: list[float],
    l1: float,
    l2: float,
    positive: bool,
    order: Iterable[int],
) -> tuple[float, float]:
    """One sweep keeping ``gram_w = XᵀX w`` up to date, so :math:`x_j^\\top r = (X^\\top y)_j - (Qw)_j`."""
    max_change = max_weight = 0.0
    for j in order:
        norm2 = float(gram_rows[j][j])
        if norm2 == 0.0:
            continue
        old = float(w[j])
        new = _update(Xty[j] - float(gram_w[j]) + old * norm2, norm2, l1, l2, positive)
        if new != old:
            gram_w += (new - old) * gram_rows[j]
            w[j] = new
        max_change = max(max_change, abs(new - old))
        max_weight = max(max_weight, abs(new))
    return max_change, max_weight


def enet_coordinate_descent(
    w: np.ndarray,
    l1: float,
    l2: float,
    X: np.ndarray,
    y: np.ndarray,
    *,
    max_iter: int,
    tol: float,
    use_gram: bool,
    positive: bool = False,
    random_order: Callable[[], Iterable[int]] | None = None,
) -> tuple[np.ndarray, float, float, int]:
    """Minimize :math:`P(w)` from the starting point ``w`` (updated in place).

    ``random_order`` draws the coordinates of one sweep (``selection="random"``);
    by default the sweep is cyclic. Returns ``(w, gap, gap_tolerance, n_iter)``; warns
    with a :class:`ConvergenceWarning` if the gap is still above tolerance after
    ``max_iter`` sweeps.
    """
    n_features = X.shape[1]
    y_norm2 = float(y @ y)
    gap_tolerance = tol * y_norm2
    cyclic = range(n_features)

    if use_gram:
        gram = X.T @ X
        Xty_array = X.T @ y
        Xty = Xty_array.tolist()
        gram_rows = list(gram)
        gram_w = gram @ w

        def sweep(order: Iterable[int]) -> tuple[float, float]:
            return gram_sweep(
                w, gram_w, gram_rows=gram_rows, Xty=Xty, l1=l1, l2=l2, positive=positive, order=order
            )

        def gap() -> float:
            w_Xty = float(w @ Xty_array)
            return duality_gap(
                w,
                l1,
                l2,
                residual_norm2=y_norm2 - 2.0 * w_Xty + float(w @ gram_w),
                residual_dot_y=y_norm2 - w_Xty,
                Xt_residual=Xty_array - gram_w,
                positive=positive,
            )
    else:
        X = np.asfortranarray(X)  # columns contiguous: each update reads one column
        columns = [X[:, j] for j in range(n_features)]
        norms2 = np.einsum("ij,ij->j", X, X).tolist()
        residual = y - X @ w

        def sweep(order: Iterable[int]) -> tuple[float, float]:
            return residual_sweep(
                w, residual, columns=columns, norms2=norms2, l1=l1, l2=l2, positive=positive, order=order
            )

        def gap() -> float:
            return duality_gap(
                w,
                l1,
                l2,
                residual_norm2=float(residual @ residual),
                residual_dot_y=float(residual @ y),
                Xt_residual=X.T @ residual,
                positive=positive,
            )

    current_gap = gap()
    if current_gap <= gap_tolerance:  # e.g. a warm start already at the optimum
        return w, current_gap, gap_tolerance, 0
    for n_iter in range(1, max_iter + 1):
        max_change, max_weight = sweep(random_order() if random_order is not None else cyclic)
        if max_weight == 0.0 or max_change <= tol * max_weight or n_iter == max_iter:
            current_gap = gap()
            if current_gap <= gap_tolerance:
                return w, current_gap, gap_tolerance, n_iter
    warnings.warn(
        f"Coordinate descent did not converge in max_iter={max_iter} sweeps: duality gap "
        f"{current_gap:.3e} > tolerance {gap_tolerance:.3e}. Increase max_iter, scale the "
        "features, or increase the regularization.",
        ConvergenceWarning,
        stacklevel=3,
    )
    return w, current_gap, gap_tolerance, max_iter
