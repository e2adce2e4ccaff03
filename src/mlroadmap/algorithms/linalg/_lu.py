r"""LU factorization with partial pivoting, and what it gives for free: det, slogdet, solve.

Gaussian elimination turns :math:`A` into an upper-triangular :math:`U` by subtracting
multiples of one row from the rows below it; the multipliers form a unit lower-triangular
:math:`L`. *Partial pivoting* first swaps the row with the largest :math:`|a_{ik}|` into
the pivot position, so no multiplier exceeds 1 in size and a zero pivot never stops the
elimination while a usable row remains. The swaps form a permutation :math:`P`:

.. math:: A = P L U, \qquad \det A = \operatorname{sign}(P) \prod_k U_{kk}

where :math:`\operatorname{sign}(P) = (-1)^{\text{number of swaps}}`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._triangular import _right_hand_side, solve_triangular
from mlroadmap.algorithms.linalg._validation import LinAlgError, as_matrix, as_square


def lu_factor_inplace(LU: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Overwrite the float matrix ``LU`` with L (below the diagonal) and U (on and above it).

    Returns ``LU``, the row order ``perm`` with ``A[perm] == L @ U``, and the number of swaps.
    A column with no nonzero entry at or below the diagonal is left alone (its U_kk is 0),
    as LAPACK's getrf does, so singular matrices factor too.
    """
    m, n = LU.shape
    perm = np.arange(m)
    swaps = 0
    for k in range(min(m, n)):
        p = k + int(np.argmax(np.abs(LU[k:, k])))  # the first largest entry, as LAPACK picks
        if p != k:
            LU[[k, p]] = LU[[p, k]]
            perm[[k, p]] = perm[[p, k]]
            swaps += 1
        if LU[k, k] == 0.0:  # nothing to eliminate: the whole column below is 0 too
            continue
        LU[k + 1 :, k] /= LU[k, k]  # the multipliers, column k of L
        LU[k + 1 :, k + 1 :] -= np.outer(LU[k + 1 :, k], LU[k, k + 1 :])  # a rank-1 update
    return LU, perm, swaps


def lu(a: Any, permute_l: bool = False) -> tuple[np.ndarray, ...]:
    """``P, L, U`` with ``a == P @ L @ U``, like ``scipy.linalg.lu`` (``PL, U`` with ``permute_l``).

    For an (m, n) matrix with k = min(m, n): P is (m, m), L is (m, k) unit lower-triangular
    with every entry at most 1 in size, U is (k, n) upper-triangular.
    """
    A = as_matrix(a, "a")
    m, n = A.shape
    k = min(m, n)
    LU, perm, _ = lu_factor_inplace(A.copy())
    L = np.tril(LU[:, :k], -1) + np.eye(m, k)
    U = np.triu(LU[:k])
    P = np.eye(m)[perm].T  # A[perm] = L U, so A = P L U with P = I[perm]^T
    return (P @ L, U) if permute_l else (P, L, U)


def det(a: Any) -> float:
    """The determinant: the product of U's diagonal times (-1) to the number of row swaps.

    A singular matrix gives 0.0 (up to rounding, as in NumPy: a matrix that is singular only
    in exact arithmetic usually gives a tiny nonzero value).
    """
    LU, _, swaps = lu_factor_inplace(as_square(a, "a").copy())
    return float((-1.0) ** swaps * np.prod(np.diag(LU)))


def slogdet(a: Any) -> tuple[float, float]:
    """``(sign, log|det a|)`` like ``numpy.linalg.slogdet``: no overflow for large matrices.

    A singular matrix gives ``(0.0, -inf)``.
    """
    LU, _, swaps = lu_factor_inplace(as_square(a, "a").copy())
    pivots = np.diag(LU)
    if (pivots == 0).any():
        return 0.0, -np.inf
    sign = (-1.0) ** swaps * np.prod(np.sign(pivots))
    return float(sign), float(np.log(np.abs(pivots)).sum())


def solve(a: Any, b: Any) -> np.ndarray:
    """Solve ``a @ x = b`` by LU: ``L y = b[perm]`` forward, then ``U x = y`` backward.

    ``b`` has shape (n,) or (n, k). A zero pivot means ``a`` is singular: LinAlgError, as in
    NumPy. (A matrix singular only in exact arithmetic may have a tiny nonzero pivot instead;
    then, as with NumPy, the answer is huge and meaningless: check the condition number.)
    """
    A = as_square(a, "a")
    rhs = _right_hand_side(b, A.shape[0])
    LU, perm, _ = lu_factor_inplace(A.copy())
    if (np.diag(LU) == 0).any():
        raise LinAlgError("Singular matrix: a pivot of its LU factorization is 0.")
    y = solve_triangular(LU, rhs[perm], lower=True, unit_diagonal=True)
    return solve_triangular(LU, y, lower=False)
