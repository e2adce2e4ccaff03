"""Squared input distances for t-SNE: all pairs (exact) or each point's k nearest neighbours.

t-SNE's Gaussians use squared distances. The Euclidean ones come straight from the
matrix-product expansion; any other metric's distances (or a precomputed matrix) are
squared, as in scikit-learn.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.metrics._cluster import pairwise_distances, row_blocks
from mlroadmap.algorithms.neighbors._distances import squared_euclidean_distances

KD_TREE_MAX_FEATURES = 15  # above this a k-d tree prunes little: brute force is faster
BLOCK_FLOATS = 1 << 18  # 2 MB of distances (and as much of argpartition's indices) per block


def squared_distances(X: np.ndarray, Y: np.ndarray, metric: Any, metric_params: dict | None) -> np.ndarray:
    """Squared distances between the rows of ``X`` and ``Y`` (``X`` itself if precomputed)."""
    if metric == "precomputed":
        return X**2
    if metric == "euclidean":
        return squared_euclidean_distances(X, Y)
    return pairwise_distances(X, Y, metric, **(metric_params or {})) ** 2


def all_squared_distances(X: np.ndarray, metric: Any, metric_params: dict | None) -> np.ndarray:
    """The ``(n, n)`` squared distances between all samples, with a zero diagonal."""
    distances = squared_distances(X, X, metric, metric_params)
    if metric != "precomputed":
        np.fill_diagonal(distances, 0.0)
    return distances


def nearest_neighbors(
    X: np.ndarray, n_neighbors: int, metric: Any, metric_params: dict | None, n_jobs: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """Squared distances to, and indices of, every sample's ``n_neighbors`` nearest others.

    Low-dimensional Euclidean data goes to SciPy's ``cKDTree`` (exact, :math:`O(n \\log n)`,
    ``n_jobs`` workers); otherwise blocks of rows of the distance matrix are computed and the
    k smallest of each row picked with ``argpartition`` (what scikit-learn's "auto" search
    does too in many dimensions).
    """
    n_samples = X.shape[0]
    if metric == "euclidean" and X.shape[1] <= KD_TREE_MAX_FEATURES:
        from scipy.spatial import cKDTree

        workers = 1 if n_jobs is None else n_jobs
        distances, found = cKDTree(X).query(X, k=n_neighbors + 1, workers=workers)
        is_self = found == np.arange(n_samples)[:, None]
        is_self[~is_self.any(axis=1), -1] = True  # duplicates pushed the sample itself out
        keep = ~is_self
        return distances[keep].reshape(n_samples, -1) ** 2, found[keep].reshape(n_samples, -1)
    sq_distances = np.empty((n_samples, n_neighbors))
    indices = np.empty((n_samples, n_neighbors), dtype=np.intp)
    for rows in row_blocks(n_samples, n_samples, BLOCK_FLOATS):
        block = squared_distances(X[rows], X, metric, metric_params)
        block[np.arange(block.shape[0]), np.arange(rows.start, rows.stop)] = np.inf  # not itself
        nearest = np.argpartition(block, n_neighbors - 1, axis=1)[:, :n_neighbors]
        sq_distances[rows] = np.take_along_axis(block, nearest, axis=1)
        indices[rows] = nearest
    return sq_distances, indices
