r"""Pairwise distances between the rows of two matrices: the one routine shared by the
brute-force search, the KD-tree and the RBF kernel of :mod:`mlroadmap.algorithms.svm`.

The Minkowski family is :math:`d_p(x, y) = \left(\sum_k |x_k - y_k|^p\right)^{1/p}`:
``p=1`` is the Manhattan distance, ``p=2`` the Euclidean one. Ranking neighbours does not
need the final root, so the searches work on the *reduced* distance
:math:`\sum_k |x_k - y_k|^p` (monotone in :math:`d_p`) and take the root only of the
:math:`k` distances they return.
"""

from __future__ import annotations

import numpy as np

METRIC_P = {"euclidean": 2.0, "manhattan": 1.0, "cityblock": 1.0, "l1": 1.0, "l2": 2.0}


def minkowski_p(metric: str, p: float) -> float:
    """The exponent ``p`` that a metric name stands for (``"minkowski"`` uses ``p`` itself)."""
    return float(p) if metric == "minkowski" else METRIC_P[metric]


def squared_euclidean_distances(
    X: np.ndarray, Y: np.ndarray, y_norms: np.ndarray | None = None, clip: bool = True
) -> np.ndarray:
    r"""All :math:`\|x - y\|^2` through one matrix product: :math:`\|x\|^2 - 2\,x \cdot y + \|y\|^2`.

    The expansion turns ``n_X * n_Y * n_features`` subtractions into a single GEMM, the
    fastest thing a CPU does; cancellation can leave tiny negative values, clipped to 0.
    The terms are added in the same order as scikit-learn's brute-force search (the norms
    are added in place: ``a + b`` and ``b + a`` round alike). A caller that passes ``Y`` in
    many calls can compute its squared norms ``y_norms`` once; one that only ranks can skip
    the clipping pass (``clip=False``), as scikit-learn's search does.
    """
    if y_norms is None:
        y_norms = np.einsum("ij,ij->i", Y, Y)
    distances = (-2.0 * X) @ Y.T
    distances += np.einsum("ij,ij->i", X, X)[:, None]
    distances += y_norms[None, :]
    return np.maximum(distances, 0.0, out=distances) if clip else distances


def reduced_minkowski_distances(X: np.ndarray, Y: np.ndarray, p: float) -> np.ndarray:
    r"""All :math:`\sum_k |x_k - y_k|^p`, shape ``(n_X, n_Y)``, summed feature by feature.

    The differences are laid out as ``(n_features, n_X, n_Y)`` and reduced over the first
    axis, which NumPy adds in order: the same rounding as a plain loop over features, so
    exact ties stay exact. Callers bound the memory by passing blocks of ``X``.
    """
    gaps = np.abs(X.T[:, :, None] - Y.T[:, None, :])
    if p != 1.0:
        gaps = gaps * gaps if p == 2.0 else gaps**p
    return gaps.sum(axis=0)


def root(reduced: np.ndarray, p: float) -> np.ndarray:
    """The distance from the reduced distance: the p-th root."""
    if p == 1.0:
        return reduced
    if p == 2.0:
        return np.sqrt(reduced)
    return reduced ** (1.0 / p)
