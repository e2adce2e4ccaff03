r"""Pairwise distance matrices between the rows of two data matrices, without Python loops
over the pairs: ``cdist`` and ``pdist`` with SciPy's names and metrics.

Squared Euclidean distances expand into one matrix product,
:math:`\lVert x - y \rVert^2 = \lVert x \rVert^2 - 2\, x \cdot y + \lVert y \rVert^2`, the
fastest thing a CPU does. Its catch is cancellation: for two nearby points far from the
origin, three large numbers almost cancel and rounding can even leave a negative result,
whose square root is NaN. Three guards: both sets are first shifted by the same vector
(their mean; distances do not change) so the norms are small, negatives are clipped to 0,
and the few entries that are tiny compared with the norms are recomputed directly from
:math:`x - y`. Cosine distances are one product of row-normalized matrices; city-block
(L1) distances have no product form and are computed over blocks of pairs, so the
temporary arrays stay small.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._validation import as_float_array

METRICS = ("euclidean", "sqeuclidean", "cityblock", "cosine")
REFINE = 1e-4  # recompute squared distances below this fraction of ||x||^2 + ||y||^2
BLOCK = 1 << 17  # entries of the city-block temporary: 1 MB, about what the CPU cache holds


def _row_norms_squared(X: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", X, X)


def _centred(XA: np.ndarray, XB: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Both sets shifted by their common mean: no distance changes, every norm gets smaller."""
    shift = (XA.sum(axis=0) + XB.sum(axis=0)) / (len(XA) + len(XB))
    return XA - shift, XB - shift


def _clip_and_refine(D: np.ndarray, size_a: np.ndarray, size_b: np.ndarray, exact) -> np.ndarray:
    """Clip ``D`` at 0 and recompute with ``exact(i, j)`` the entries at or below ``REFINE``
    times the sizes of their two points, where cancellation may have eaten the digits.
    Usually even the smallest entry is far above that, and one pass over D settles it."""
    if D.min() > REFINE * (size_a.max() + size_b.max()):
        return D
    np.maximum(D, 0.0, out=D)
    i, j = np.nonzero(REFINE * (size_a[:, None] + size_b) >= D)
    if i.size:
        D[i, j] = exact(i, j)
    return D


def _sqeuclidean(XA: np.ndarray, XB: np.ndarray) -> np.ndarray:
    A, B = _centred(XA, XB)
    na, nb = _row_norms_squared(A), _row_norms_squared(B)
    D = (-2.0 * A) @ B.T  # -2 x·y for every pair
    D += na[:, None]
    D += nb
    return _clip_and_refine(D, na, nb, lambda i, j: _row_norms_squared(A[i] - B[j]))


def _cosine(XA: np.ndarray, XB: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):  # a zero row gives NaN, as in SciPy
        A = XA / np.sqrt(_row_norms_squared(XA))[:, None]
        B = XB / np.sqrt(_row_norms_squared(XB))[:, None]
    D = A @ B.T
    np.subtract(1.0, D, out=D)
    return np.clip(D, 0.0, 2.0, out=D)


def _cityblock(XA: np.ndarray, XB: np.ndarray) -> np.ndarray:
    r"""Sum over features of :math:`|a_k - b_k| = a_k + b_k - 2 \min(a_k, b_k)`.

    The minima of a block of pairs are one ufunc call on a (rows of A, rows of B, d)
    temporary, and their sums over the features one matrix-vector product: two passes over
    the temporary instead of three for subtract, abs and sum. The same guards as for the
    Euclidean distance keep it accurate: a common shift, clipping, and direct recomputation
    of the entries that are tiny compared with the sizes of the points.
    """
    A, B = _centred(XA, XB)
    n, m, d = len(A), len(B), A.shape[1]
    ones, minus_two = np.ones(d), np.full(d, -2.0)
    D = np.empty((n, m))
    cols = min(m, max(1, BLOCK // d))
    rows = max(1, BLOCK // (cols * d))
    low = np.empty((rows, cols, d))
    for j in range(0, m, cols):
        Bj = B[j : j + cols]
        for i in range(0, n, rows):
            Ai, block = A[i : i + rows], low[: min(rows, n - i), : len(Bj)]
            np.minimum(Ai[:, None, :], Bj[None, :, :], out=block)
            if len(Bj) == m:  # whole rows of D: the product writes straight into them
                np.matmul(block.reshape(-1, d), minus_two, out=D[i : i + len(Ai)].reshape(-1))
            else:
                D[i : i + len(Ai), j : j + len(Bj)] = (block.reshape(-1, d) @ minus_two).reshape(
                    block.shape[:2]
                )
    D += (A @ ones)[:, None]  # a + b - 2 min(a, b), summed over the features
    D += B @ ones
    size_a, size_b = np.abs(A) @ ones, np.abs(B) @ ones
    return _clip_and_refine(D, size_a, size_b, lambda i, j: np.abs(A[i] - B[j]) @ ones)


def _check(X: Any, name: str) -> np.ndarray:
    return as_float_array(X, name, ndim=2)


def cdist(XA: Any, XB: Any, metric: str = "euclidean") -> np.ndarray:
    """The (n, m) distances between the rows of XA (n, d) and XB (m, d), like SciPy's ``cdist``.

    ``metric`` is ``"euclidean"``, ``"sqeuclidean"`` (no square root), ``"cityblock"`` (L1)
    or ``"cosine"`` (1 - cosine similarity; a row of zeros gives NaN, as in SciPy).
    """
    if metric not in METRICS:
        raise ValueError(f"Unknown metric {metric!r}: use one of {', '.join(METRICS)}.")
    A, B = _check(XA, "XA"), _check(XB, "XB")
    if A.shape[1] != B.shape[1]:
        raise ValueError(
            f"XA and XB must have the same number of columns, got {A.shape[1]} and {B.shape[1]}."
        )
    if metric == "cityblock":
        return _cityblock(A, B)
    if metric == "cosine":
        return _cosine(A, B)
    D = _sqeuclidean(A, B)
    return np.sqrt(D, out=D) if metric == "euclidean" else D


def pdist(X: Any, metric: str = "euclidean") -> np.ndarray:
    """The condensed distances between the rows of X (n, d), like SciPy's ``pdist``: the
    n (n - 1) / 2 values above the diagonal of ``cdist(X, X)``, row by row."""
    A = _check(X, "X")
    i, j = np.triu_indices(len(A), k=1)
    return cdist(A, A, metric)[i, j]
