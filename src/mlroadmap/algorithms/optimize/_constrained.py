r"""Equality-constrained quadratic programs by Lagrange multipliers (the KKT system).

Minimize :math:`f(x) = \tfrac12 x^\top Q x + c^\top x` subject to :math:`A x = b`.
With the Lagrangian :math:`\mathcal{L}(x, \lambda) = f(x) + \lambda^\top (A x - b)`,
a solution makes every partial derivative of :math:`\mathcal{L}` vanish:

.. math::

    Q x + c + A^\top \lambda = 0, \qquad A x = b,

which is one linear system, the KKT system:

.. math::

    \begin{bmatrix} Q & A^\top \\ A & 0 \end{bmatrix}
    \begin{bmatrix} x \\ \lambda \end{bmatrix} =
    \begin{bmatrix} -c \\ b \end{bmatrix}.

At the solution :math:`\nabla f = -A^\top \lambda`: the gradient is a combination of
the constraints' normals, and :math:`\lambda_i` says how fast the optimal value moves
when :math:`b_i` moves (:math:`\partial f^* / \partial b_i = -\lambda_i`).
"""

from __future__ import annotations

from typing import Any

import numpy as np


def _finite(value: Any, name: str, ndim: int) -> np.ndarray:
    array = np.asarray(value, dtype=np.float64)
    if array.ndim != ndim:
        raise ValueError(f"{name} must be a {ndim}-D array, got shape {array.shape}.")
    if not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinity.")
    return array


def minimize_equality_qp(Q: Any, c: Any, A: Any, b: Any) -> tuple[np.ndarray, np.ndarray]:
    """(x, λ): the minimiser of ½ xᵀQx + cᵀx subject to A x = b, and its Lagrange multipliers.

    ``Q`` is symmetric (d, d), ``c`` (d,), ``A`` (k, d) with k ≤ d, ``b`` (k,). The
    sign convention is 𝓛 = f + λᵀ(Ax - b). Raises ``numpy.linalg.LinAlgError`` when the
    KKT matrix is singular: dependent constraints, or a Q that is not positive definite
    on the directions the constraints leave free.
    """
    Q, c, A, b = _finite(Q, "Q", 2), _finite(c, "c", 1), _finite(A, "A", 2), _finite(b, "b", 1)
    d, k = c.size, b.size
    if Q.shape != (d, d) or A.shape != (k, d):
        raise ValueError(
            f"shapes do not fit: Q {Q.shape}, c {c.shape}, A {A.shape}, b {b.shape}; "
            "expected Q (d, d), c (d,), A (k, d), b (k,)."
        )
    if d == 0:
        raise ValueError("the problem has no variables: c is empty.")
    if k > d:
        raise ValueError(f"{k} equality constraints on {d} variables: at most d independent ones can hold.")
    if not np.allclose(Q, Q.T, rtol=1e-10, atol=1e-12 * max(1.0, float(np.abs(Q).max()))):
        raise ValueError("Q must be symmetric (only its symmetric part enters xᵀQx).")
    kkt = np.block([[Q, A.T], [A, np.zeros((k, k))]])
    rhs = np.concatenate([-c, b])
    try:
        solution = np.linalg.solve(kkt, rhs)
    except np.linalg.LinAlgError as error:
        raise np.linalg.LinAlgError(
            "the KKT matrix is singular: the constraints are dependent, or Q is not positive definite "
            "on the directions they leave free."
        ) from error
    if np.linalg.cond(kkt) > 1.0 / np.finfo(np.float64).eps:
        raise np.linalg.LinAlgError(
            "the KKT matrix is singular to working precision: the constraints are dependent, or Q is not "
            "positive definite on the directions they leave free."
        )
    return solution[:d], solution[d:]
