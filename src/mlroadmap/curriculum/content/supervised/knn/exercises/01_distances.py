"""Euclidean and Manhattan distances between every query and every training point.

k-nearest neighbours has no training step: to predict for a query point it measures
the distance to every training point. This exercise computes that whole table at once.

    A has shape (n, d): n query points.   B has shape (m, d): m training points.
    metric is "euclidean" or "manhattan".
    Return D of shape (n, m), where

        euclidean:  D[i, j] = sqrt( sum_k (A[i, k] - B[j, k]) ** 2 )
        manhattan:  D[i, j] = sum_k |A[i, k] - B[j, k]|

Compute from the differences A[i, k] - B[j, k] (broadcasting to shape (n, m, d)), not
from the expansion |a|^2 - 2 a.b + |b|^2: then a point's distance to itself is exactly
0, and equal distances come out exactly equal.

Edge cases that matter:
- A and B may hold integers; return floats.
- n or m may be 1, and d may be 1.

No Python loops.
"""

import numpy as np


def pairwise_distances(A: np.ndarray, B: np.ndarray, metric: str) -> np.ndarray:
    # TODO: form the (n, m, d) array of differences by broadcasting, then reduce it
    # over the last axis in the way the metric asks.
    raise NotImplementedError("pairwise_distances: replace this line with your code")
