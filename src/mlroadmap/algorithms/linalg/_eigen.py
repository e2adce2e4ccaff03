r"""Eigenvalues: power iteration for the dominant pair, the symmetric QR algorithm for all.

**Power iteration.** Multiplying by :math:`A` stretches each eigen-direction by its
eigenvalue, so after many steps :math:`A^k v_0` points along the eigenvector of the
largest :math:`|\lambda|`; the error shrinks like :math:`|\lambda_2 / \lambda_1|^k`.
Normalizing every step keeps the numbers finite, and the Rayleigh quotient
:math:`\lambda = v^T A v / v^T v` reads off the eigenvalue, sign included.

**The QR algorithm** (symmetric case). :math:`A_{k+1} = R_k Q_k` where
:math:`A_k - \mu_k I = Q_k R_k` is similar to :math:`A_k` and tends to a diagonal matrix.
The practical version first reduces A to tridiagonal form :math:`T = Q^T A Q` with n - 2
Householder reflections (every QR step then costs O(n), not O(n^3)), takes the shift
:math:`\mu_k` from the trailing 2 x 2 block (Wilkinson's shift, which converges cubically)
and performs each step implicitly, "chasing the bulge" with Givens rotations. An
off-diagonal entry that becomes negligible splits the problem in two (deflation).
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._qr import householder_vector
from mlroadmap.algorithms.linalg._validation import LinAlgError, as_float_array, as_square, lower_symmetric
from mlroadmap.algorithms.validation import ConvergenceWarning

EPS = np.finfo(np.float64).eps


def power_iteration(
    a: Any, v0: Any = None, *, tol: float = 1e-10, max_iter: int = 1000
) -> tuple[float, np.ndarray]:
    r"""The eigenvalue of largest magnitude of a square matrix and a unit eigenvector for it.

    Repeats :math:`w = A v`, :math:`v = w / \lVert w \rVert` and stops when the residual
    :math:`\lVert A v - \lambda v \rVert \le` ``tol`` :math:`|\lambda|`, with
    :math:`\lambda = v^T A v` (``v`` has norm 1). ``v0`` is the start vector (by default a
    fixed random one, so the result is reproducible). When two eigenvalues share the
    largest magnitude (3 and -3, or a complex pair) the iteration cannot settle: after
    ``max_iter`` steps a ConvergenceWarning says so.
    """
    A = as_square(a, "a")
    n = A.shape[0]
    if not tol >= 0:
        raise ValueError(f"tol must be >= 0, got {tol!r}.")
    if max_iter < 1:
        raise ValueError(f"max_iter must be at least 1, got {max_iter!r}.")
    v = np.random.default_rng(0).normal(size=n) if v0 is None else as_float_array(v0, "v0", ndim=1)
    if v.shape != (n,):
        raise ValueError(f"v0 must have shape ({n},) to multiply a {n}x{n} matrix, got {v.shape}.")
    norm = np.linalg.norm(v)
    if norm == 0:
        raise ValueError("v0 is the zero vector: it has no direction to iterate on.")
    v = v / norm
    w = A @ v
    for _ in range(max_iter):
        eigenvalue = float(v @ w)  # the Rayleigh quotient v^T A v (v^T v = 1)
        if np.linalg.norm(w - eigenvalue * v) <= tol * abs(eigenvalue):
            return eigenvalue, v
        norm = np.linalg.norm(w)
        if norm == 0:  # A v = 0: v is an eigenvector for 0, the largest eigenvalue in size
            return 0.0, v
        v = w / norm
        w = A @ v
    warnings.warn(
        f"power iteration did not converge in {max_iter} steps: the two largest eigenvalues may "
        "have the same magnitude, or be too close for this many steps.",
        ConvergenceWarning,
        stacklevel=2,
    )
    return float(v @ w), v


def tridiagonalize(A: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``d, e, Q`` with ``A == Q @ T @ Q.T`` for the symmetric tridiagonal T with diagonal d and
    off-diagonal e: n - 2 Householder reflections, each applied from both sides."""
    T = A.copy()
    n = T.shape[0]
    Q = np.eye(n)
    for k in range(n - 2):
        reflection = householder_vector(T[k + 1 :, k])
        if reflection is None:
            continue
        v, _ = reflection
        T[k + 1 :] -= 2.0 * np.outer(v, v @ T[k + 1 :])  # H T
        T[:, k + 1 :] -= 2.0 * np.outer(T[:, k + 1 :] @ v, v)  # (H T) H
        Q[:, k + 1 :] -= 2.0 * np.outer(Q[:, k + 1 :] @ v, v)  # Q H
    return np.diag(T).copy(), np.diag(T, 1).copy(), Q


def _wilkinson_shift(a: float, b: float, c: float) -> float:
    """The eigenvalue of [[a, b], [b, c]] closer to c."""
    delta = (a - c) / 2.0
    return c - b * b / (delta + math.copysign(math.hypot(delta, b), delta))


def _qr_step(d: list[float], e: list[float], Zt: np.ndarray | None, lo: int, hi: int) -> None:
    """One implicit shifted QR step on the block lo..hi of the tridiagonal (d, e), in place.

    The first Givens rotation is the one that QR of T - mu I would start with; it creates a
    "bulge" below the subdiagonal, and each next rotation pushes it one row down until it
    falls off the end. The rotations are also applied to the rows of ``Zt`` (eigenvectors^T).
    """
    mu = _wilkinson_shift(d[hi - 1], e[hi - 1], d[hi])
    x, z = d[lo] - mu, e[lo]
    for k in range(lo, hi):
        r = math.hypot(x, z)
        c, s = (1.0, 0.0) if r == 0.0 else (x / r, z / r)
        if k > lo:
            e[k - 1] = r  # the rotation moved the bulge into this entry
        dk, dk1, ek = d[k], d[k + 1], e[k]
        d[k] = c * c * dk + 2.0 * c * s * ek + s * s * dk1
        d[k + 1] = s * s * dk - 2.0 * c * s * ek + c * c * dk1
        e[k] = c * s * (dk1 - dk) + (c * c - s * s) * ek
        if k + 1 < hi:
            x, z = e[k], s * e[k + 1]  # the new bulge sits at (k + 2, k)
            e[k + 1] *= c
        if Zt is not None:
            row_k = Zt[k].copy()
            Zt[k] = c * row_k + s * Zt[k + 1]
            Zt[k + 1] = c * Zt[k + 1] - s * row_k


def _negligible(e: float, a: float, b: float) -> bool:
    return abs(e) <= EPS * (abs(a) + abs(b))


def _symmetric_qr(d: list[float], e: list[float], Zt: np.ndarray | None, max_steps: int) -> None:
    """Diagonalize the tridiagonal (d, e) in place by shifted QR steps with deflation."""
    n = len(d)
    hi, steps = n - 1, 0
    while hi > 0:
        if _negligible(e[hi - 1], d[hi - 1], d[hi]):
            e[hi - 1] = 0.0
            hi -= 1  # d[hi] has converged: deflate
            continue
        lo = hi - 1
        while lo > 0 and not _negligible(e[lo - 1], d[lo - 1], d[lo]):
            lo -= 1  # the unreduced block ending at hi is lo..hi
        if lo > 0:
            e[lo - 1] = 0.0
        if steps == max_steps:
            raise LinAlgError("Eigenvalues did not converge.")
        _qr_step(d, e, Zt, lo, hi)
        steps += 1


def _eigh(a: Any, uplo: str, vectors: bool) -> tuple[np.ndarray, np.ndarray | None]:
    A = lower_symmetric(as_square(a, "a"), uplo)
    n = A.shape[0]
    scale = np.abs(A).max()
    if scale == 0:  # the zero matrix: every vector is an eigenvector for 0
        return np.zeros(n), np.eye(n) if vectors else None
    d, e, Q = tridiagonalize(A / scale)  # scaled to avoid overflow in the squares
    Zt = Q.T.copy() if vectors else None  # rows are eigenvectors: contiguous to rotate
    d_list, e_list = d.tolist(), e.tolist()
    _symmetric_qr(d_list, e_list, Zt, max_steps=30 * n)
    eigenvalues = np.array(d_list) * scale
    order = np.argsort(eigenvalues, kind="stable")
    return eigenvalues[order], (Zt[order].T if Zt is not None else None)


def eigh(a: Any, UPLO: str = "L") -> tuple[np.ndarray, np.ndarray]:  # UPLO: NumPy's name
    """``w, v`` of a symmetric matrix like ``numpy.linalg.eigh``: eigenvalues ascending and
    orthonormal eigenvectors as the columns of v, so ``a @ v == v * w``.

    Only the lower (``UPLO="L"``) or upper (``"U"``) triangle is read. Each eigenvector is
    defined up to its sign (and, for a repeated eigenvalue, up to a rotation within its
    eigenspace), so compare ``a @ v`` with ``v * w``, not v with NumPy's v.
    """
    w, v = _eigh(a, UPLO, vectors=True)
    assert v is not None
    return w, v


def eigvalsh(a: Any, UPLO: str = "L") -> np.ndarray:
    """The eigenvalues of a symmetric matrix, ascending, like ``numpy.linalg.eigvalsh``."""
    return _eigh(a, UPLO, vectors=False)[0]
