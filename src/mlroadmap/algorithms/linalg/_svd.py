r"""The singular value decomposition by one-sided Jacobi rotations (Hestenes' method).

Every matrix factors as :math:`A = U \Sigma V^T` with orthonormal :math:`U`, :math:`V` and
:math:`\sigma_1 \ge \sigma_2 \ge \dots \ge 0`. One-sided Jacobi finds :math:`V` by rotating
pairs of columns of :math:`G = A V` until all columns are mutually orthogonal: for columns
:math:`g_p, g_q` with :math:`\alpha = \lVert g_p \rVert^2`, :math:`\beta = \lVert g_q \rVert^2`
and :math:`\gamma = g_p \cdot g_q`, the rotation with :math:`t = \tan\theta` solving
:math:`t^2 + 2 \zeta t - 1 = 0`, :math:`\zeta = (\beta - \alpha) / (2 \gamma)`, makes the
pair orthogonal. Then :math:`\sigma_j = \lVert g_j \rVert` and :math:`u_j = g_j / \sigma_j`.

Unlike the eigenvalues of :math:`A^T A` (which square the condition number and lose every
singular value below :math:`\sqrt{\epsilon}\,\sigma_1`), Jacobi keeps even tiny singular
values accurate, which ``matrix_rank`` relies on. Disjoint pairs are rotated together
(a round-robin "tournament" schedule), so each round is a handful of array operations.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._qr import qr
from mlroadmap.algorithms.linalg._validation import LinAlgError, as_matrix

EPS = np.finfo(np.float64).eps
MAX_SWEEPS = 60


def round_robin(n: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """n - 1 (or n) rounds of disjoint pairs (p, q) that together meet every pair once."""
    players = list(range(n + n % 2))  # an odd n gets a dummy player n, who sits out
    half = len(players) // 2
    rounds = []
    for _ in range(len(players) - 1):
        pairs = [(p, q) for p, q in zip(players[:half], players[half:][::-1], strict=True) if max(p, q) < n]
        if pairs:
            p, q = np.array(pairs).T
            rounds.append((p, q))
        players = [players[0], players[-1], *players[1:-1]]  # the circle method: rotate all but one
    return rounds


def _orthogonalize_columns(G: np.ndarray, V: np.ndarray | None) -> None:
    """Rotate column pairs of G (and of V alongside) until every pair is orthogonal."""
    m, n = G.shape
    tol = EPS * max(m, 1)
    rounds = round_robin(n)
    for _ in range(MAX_SWEEPS):
        rotated = False
        for pairs_p, pairs_q in rounds:
            gp, gq = G[:, pairs_p], G[:, pairs_q]
            alpha = np.einsum("ij,ij->j", gp, gp)
            beta = np.einsum("ij,ij->j", gq, gq)
            gamma = np.einsum("ij,ij->j", gp, gq)
            active = np.abs(gamma) > tol * np.sqrt(alpha * beta)
            if not active.any():
                continue
            rotated = True
            p, q, gp, gq = pairs_p[active], pairs_q[active], gp[:, active], gq[:, active]
            zeta = (beta[active] - alpha[active]) / (2.0 * gamma[active])
            t = np.where(zeta >= 0, 1.0, -1.0) / (np.abs(zeta) + np.hypot(1.0, zeta))
            c = 1.0 / np.hypot(1.0, t)
            s = c * t
            G[:, p], G[:, q] = c * gp - s * gq, s * gp + c * gq
            if V is not None:
                vp, vq = V[:, p], V[:, q]
                V[:, p], V[:, q] = c * vp - s * vq, s * vp + c * vq
        if not rotated:
            return
    raise LinAlgError("SVD did not converge.")


def _complete(U: np.ndarray, columns: int) -> np.ndarray:
    """``U`` (orthonormal columns, some possibly 0) with its zero columns and extra columns up to
    ``columns`` filled by an orthonormal basis of the complement of the others."""
    m = U.shape[0]
    keep = np.flatnonzero(np.abs(U).sum(axis=0) > 0)
    if len(keep) == columns:
        return U
    basis = qr(U[:, keep], mode="complete")[0] if len(keep) else np.eye(m)
    extra = iter(basis[:, len(keep) :].T)
    out = np.zeros((m, columns))
    out[:, : U.shape[1]] = U
    for j in range(columns):
        if j >= U.shape[1] or not out[:, j].any():
            out[:, j] = next(extra)
    return out


def _svd_tall(A: np.ndarray, full_matrices: bool, compute_uv: bool) -> tuple[np.ndarray, ...]:
    """The SVD of an (m, n) matrix with m >= n."""
    m, n = A.shape
    if m > n:  # Jacobi on the small triangle R of A = Q R: U = Q U_R
        Q, R = qr(A)
        parts = _svd_tall(R, False, compute_uv)
        if not compute_uv:
            return parts
        U_R, S, Vt = parts
        U = Q @ U_R
        return (_complete(U, m) if full_matrices else U), S, Vt
    G = A.copy()
    V = np.eye(n) if compute_uv else None
    _orthogonalize_columns(G, V)
    S = np.linalg.norm(G, axis=0)
    order = np.argsort(-S, kind="stable")
    S = S[order]
    if not compute_uv:
        return (S,)
    assert V is not None
    G, V = G[:, order], V[:, order]
    U = np.divide(G, S, out=np.zeros_like(G), where=S > 0)
    return _complete(U, n), S, V.T


def svd(a: Any, full_matrices: bool = True, compute_uv: bool = True) -> tuple[np.ndarray, ...] | np.ndarray:
    """``U, S, Vh`` with ``a == U[:, :k] * S @ Vh[:k]``, like ``numpy.linalg.svd``.

    S (k = min(m, n) values) is descending. With ``full_matrices`` U is (m, m) and Vh is
    (n, n); otherwise (m, k) and (k, n). ``compute_uv=False`` returns S alone. Each pair of
    singular vectors is defined up to a common sign, so compare U * S @ Vh, or the vectors
    up to sign, with NumPy's.
    """
    A = as_matrix(a, "a")
    m, n = A.shape
    scale = np.abs(A).max()
    if scale == 0:
        scale = 1.0
    transposed = m < n
    parts = _svd_tall((A.T if transposed else A) / scale, full_matrices, compute_uv)
    if not compute_uv:
        return parts[0] * scale
    U, S, Vt = parts
    if transposed:  # A^T = U S V^T, so A = V S U^T
        U, Vt = Vt.T, U.T
    return U, S * scale, Vt
