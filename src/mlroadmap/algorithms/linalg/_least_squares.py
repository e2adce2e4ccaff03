r"""Orthogonal projections and least squares.

The projection of :math:`b` onto the column space of :math:`A` is the closest point
:math:`A x` to :math:`b`; its residual :math:`b - A x` is orthogonal to every column, which
gives the normal equations :math:`A^T A x = A^T b`. With an orthonormal basis :math:`Q` of
the column space, the projection is simply :math:`Q Q^T b`.

Least squares solves the normal equations without forming :math:`A^T A` (which squares the
condition number): with :math:`A = Q R`, they reduce to the triangular system
:math:`R x = Q^T b`. When the columns of A are dependent, R is singular and x is not
unique; then the SVD gives the solution of smallest norm,
:math:`x = V_r \Sigma_r^{-1} U_r^T b`, the one NumPy returns too.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._qr import qr
from mlroadmap.algorithms.linalg._svd import svd
from mlroadmap.algorithms.linalg._triangular import _right_hand_side, solve_triangular
from mlroadmap.algorithms.linalg._validation import as_matrix

EPS = np.finfo(np.float64).eps


def _count_above(S: np.ndarray, shape: tuple[int, int], rcond: float | None) -> int:
    """The numerical rank: singular values above ``rcond * S.max()`` (default max(m, n) * eps)."""
    cut = (max(shape) * EPS if rcond is None else rcond) * S.max()
    return int((cut < S).sum())


def orth(A: Any, rcond: float | None = None) -> np.ndarray:
    """An orthonormal basis of the column space of ``A`` (left singular vectors), like
    ``scipy.linalg.orth``: shape (m, r) with r the numerical rank."""
    matrix = as_matrix(A)
    U, S, _ = svd(matrix, full_matrices=False)
    return U[:, : _count_above(S, matrix.shape, rcond)]


def null_space(A: Any, rcond: float | None = None) -> np.ndarray:
    """An orthonormal basis of the null space ``{x : A x = 0}``, like ``scipy.linalg.null_space``:
    shape (n, n - r). Each column holds the coefficients of a linear dependence among the
    columns of ``A``."""
    matrix = as_matrix(A)
    _, S, Vt = svd(matrix, full_matrices=True)
    return Vt[_count_above(S, matrix.shape, rcond) :].T


def project(A: Any, b: Any, rcond: float | None = None) -> np.ndarray:
    r"""The orthogonal projection of ``b`` ((m,) or (m, k)) onto the column space of ``A``:
    :math:`Q Q^T b` with Q = ``orth(A)``, so dependent columns are fine."""
    matrix = as_matrix(A)
    rhs = _right_hand_side(b, matrix.shape[0])
    Q = orth(matrix, rcond)
    return Q @ (Q.T @ rhs)


def lstsq(a: Any, b: Any, rcond: float | None = None) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """``x, residuals, rank, s`` minimizing ``||b - a @ x||``, like ``numpy.linalg.lstsq``.

    Full column rank (rank = n <= m): x from QR, ``R x = Q^T b``. Otherwise (dependent
    columns, or fewer equations than unknowns): the minimum-norm x from the SVD, ignoring
    singular values at or below ``rcond * s.max()`` (default ``max(m, n) * eps``), as NumPy
    does. ``residuals`` holds the sums of squared residuals per column of b (shape (k,), or
    (1,) for a 1-D b) when rank = n < m, and is empty otherwise, as in NumPy.
    """
    A = as_matrix(a, "a")
    rhs = _right_hand_side(b, A.shape[0])
    m, n = A.shape
    s = svd(A, compute_uv=False)
    rank = _count_above(s, A.shape, rcond)
    if rank == n:
        Q, R = qr(A)
        x = solve_triangular(R, Q.T @ rhs)
    else:
        U, S, Vt = svd(A, full_matrices=False)
        coefficients = U[:, :rank].T @ rhs
        coefficients /= S[:rank, None] if rhs.ndim == 2 else S[:rank]
        x = Vt[:rank].T @ coefficients
    if rank == n < m:
        r = rhs - A @ x
        residuals = np.atleast_1d((r * r).sum(axis=0))
    else:
        residuals = np.empty(0)
    return x, residuals, rank, s
