r"""Convexity of a twice-differentiable function, read off its Hessian.

A twice-differentiable f is convex exactly when its Hessian is positive semidefinite
everywhere: :math:`v^\top \nabla^2 f(x)\, v \ge 0` for every x and v, i.e. every
eigenvalue is at least 0. For a quadratic the Hessian is the constant Q; for the
logistic loss it is :math:`\tfrac1n X^\top \mathrm{diag}(p(1 - p)) X + \alpha I`, a
weighted Gram matrix, so the loss is convex (strictly, once α > 0) and every local
minimum is the global one.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def is_positive_semidefinite(H: Any, tol: float | None = None) -> bool:
    """Whether the symmetric matrix ``H`` has no eigenvalue below -``tol``.

    The default tolerance, d · ε · max|eigenvalue|, forgives the rounding of a matrix
    that is semidefinite in exact arithmetic (a Gram matrix with dependent columns).
    """
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or H.size == 0:
        raise ValueError(f"H must be a non-empty square matrix, got shape {H.shape}.")
    if not np.isfinite(H).all():
        raise ValueError("H contains NaN or infinity.")
    if not np.allclose(H, H.T, rtol=1e-10, atol=1e-12 * max(1.0, float(np.abs(H).max()))):
        raise ValueError("H must be symmetric, as a Hessian is.")
    eigenvalues = np.linalg.eigvalsh(H)
    if tol is None:
        tol = H.shape[0] * np.finfo(np.float64).eps * max(1.0, float(np.abs(eigenvalues).max()))
    return bool(eigenvalues.min() >= -tol)
