"""The Lance-Williams update: distances from a newly merged cluster to all the others.

Agglomerative clustering starts with every point in its own cluster and merges the
closest pair, again and again. After merging clusters i and j, it needs the distance
from the new cluster (i + j) to every other cluster k. Recomputing it from the points
would be slow; the Lance-Williams formulas get it from the old distances alone:

    single     d(i+j, k) = min(d_ik, d_jk)
    complete   d(i+j, k) = max(d_ik, d_jk)
    average    d(i+j, k) = (n_i d_ik + n_j d_jk) / (n_i + n_j)
    ward       d(i+j, k) = sqrt(((n_i + n_k) d_ik^2 + (n_j + n_k) d_jk^2 - n_k d_ij^2)
                                / (n_i + n_j + n_k))

n_i, n_j and n_k are the numbers of points in the clusters. These are the formulas of
scipy.cluster.hierarchy.linkage, whose Ward distances are not squared.

    d_ik, d_jk  shape (m,): distances of clusters i and j to the m other clusters.
    d_ij        float: the distance between i and j.
    n_i, n_j    ints >= 1: the sizes of i and j.
    n_k         shape (m,), ints >= 1: the sizes of the other clusters.
    method      "single", "complete", "average" or "ward".
    Return shape (m,), floats: the distances from i + j to each other cluster.

No Python loops over the clusters: every formula is one array expression.
"""

import numpy as np


def lance_williams(
    d_ik: np.ndarray, d_jk: np.ndarray, d_ij: float, n_i: int, n_j: int, n_k: np.ndarray, method: str
) -> np.ndarray:
    if method == "single":
        return np.minimum(d_ik, d_jk).astype(float)
    if method == "complete":
        return np.maximum(d_ik, d_jk).astype(float)
    if method == "average":
        return (n_i * d_ik + n_j * d_jk) / (n_i + n_j)
    total = n_i + n_j + n_k  # ward, on squared distances
    return np.sqrt(((n_i + n_k) * d_ik**2 + (n_j + n_k) * d_jk**2 - n_k * d_ij**2) / total)
