"""Brute-force neighbour search: every distance, block by block, then the k smallest."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.neighbors._distances import (
    reduced_minkowski_distances,
    root,
    squared_euclidean_distances,
)

BLOCK_FLOATS = 1 << 21  # 16 MB of float64 per block of distances: stays near the caches


def smallest_k(distances: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the ``k`` smallest values of each row, ordered by (value, index).

    ``argpartition`` finds them in linear time but may pick any of several values tied
    with the k-th; the rare rows where a tied value was left out are redone with a stable
    sort, so that the lower index always wins, as in a stable sort of the whole row.
    """
    rows = np.arange(distances.shape[0])[:, None]
    if k < distances.shape[1]:
        chosen = np.argpartition(distances, k - 1, axis=1)[:, :k]
        kth = distances[rows, chosen].max(axis=1, keepdims=True)
        ambiguous = (distances == kth).sum(axis=1) > (distances[rows, chosen] == kth).sum(axis=1)
        if ambiguous.any():
            chosen[ambiguous] = np.argsort(distances[ambiguous], axis=1, kind="stable")[:, :k]
    else:
        chosen = np.broadcast_to(np.arange(distances.shape[1]), distances.shape).copy()
    order = np.lexsort((chosen, distances[rows, chosen]), axis=1)
    return np.take_along_axis(chosen, order, axis=1)


def brute_kneighbors(X_fit: np.ndarray, X: np.ndarray, k: int, p: float) -> tuple[np.ndarray, np.ndarray]:
    """Distances and indices of the ``k`` nearest rows of ``X_fit`` for every row of ``X``.

    The Euclidean case ranks by the matrix-product expansion, then recomputes the k
    distances it keeps as sums of squared differences: the expansion loses digits to
    cancellation (a point's distance to itself comes out near ``1e-8 * |x|`` instead of 0).
    Other exponents accumulate :math:`|x_k - y_k|^p`, in blocks small enough for their
    ``(n_features, block, n_fit)`` temporary.
    """
    n_fit, n_features = X_fit.shape
    per_row = n_fit if p == 2.0 else n_fit * n_features
    block = max(1, BLOCK_FLOATS // per_row)
    distances = np.empty((X.shape[0], k))
    indices = np.empty((X.shape[0], k), dtype=np.intp)
    for start in range(0, X.shape[0], block):
        rows = slice(start, start + block)
        if p == 2.0:
            reduced = squared_euclidean_distances(X[rows], X_fit)
        else:
            reduced = reduced_minkowski_distances(X[rows], X_fit, p)
        chosen = smallest_k(reduced, k)
        if p == 2.0:
            exact = np.square(X[rows].T[:, :, None] - X_fit.T[:, chosen]).sum(axis=0)
            order = np.lexsort((chosen, exact), axis=1)
            indices[rows] = np.take_along_axis(chosen, order, axis=1)
            distances[rows] = np.take_along_axis(exact, order, axis=1)
        else:
            indices[rows] = chosen
            distances[rows] = np.take_along_axis(reduced, chosen, axis=1)
    return root(distances, p), indices
