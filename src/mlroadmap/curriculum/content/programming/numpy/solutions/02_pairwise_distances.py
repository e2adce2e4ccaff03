"""Squared Euclidean distances between two sets of points, with broadcasting.

k-nearest neighbours, k-means and RBF kernels all start from the same table: the
distance between every point of one set and every point of another.

    A has shape (n, d): n points in d dimensions, one per row.
    B has shape (m, d): m points in the same d dimensions.
    Return D with shape (n, m), where

        D[i, j] = sum over k of (A[i, k] - B[j, k]) ** 2

    the *squared* distance (no square root) between row i of A and row j of B.

Edge cases that matter: n and m may differ (the result is (n, m), not (m, n)); n, m
or d may be 1; when A and B hold the same points, the diagonal of D is 0; the
points may be integers.

No Python loops: give A and B new axes so that broadcasting pairs every row of A
with every row of B.
"""

import numpy as np


def pairwise_sq_distances(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    diff = A[:, None, :] - B[None, :, :]  # (n, 1, d) - (1, m, d) -> (n, m, d)
    return (diff**2).sum(axis=-1)  # sum over the d coordinates -> (n, m)
