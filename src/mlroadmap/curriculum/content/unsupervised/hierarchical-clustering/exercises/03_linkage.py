"""Agglomerative clustering from scratch: build scipy's linkage matrix.

Start with n clusters of one point each. Repeat n - 1 times: find the two closest
clusters, merge them, and update the distances from the merged cluster to every other
cluster with the Lance-Williams formula of exercise 1:

    single     min(d_ik, d_jk)
    complete   max(d_ik, d_jk)
    average    (n_i d_ik + n_j d_jk) / (n_i + n_j)
    ward       sqrt(((n_i + n_k) d_ik^2 + (n_j + n_k) d_jk^2 - n_k d_ij^2) / (n_i + n_j + n_k))

    X       shape (n, d), n >= 1: the points; the starting distances are Euclidean.
    method  "single", "complete", "average" or "ward".
    Return Z of shape (n - 1, 4), floats, one row per merge in the order of the merges,
    as scipy.cluster.hierarchy.linkage(X, method) gives it:

        Z[s] = [id_a, id_b, distance, size]   with id_a < id_b

    Ids 0 to n - 1 are the points; the cluster made at step s gets the id n + s.
    distance is the distance between the two merged clusters and size the number of
    points in the new cluster.

The test data have no ties, so the order of the merges is unique. The plain O(n^3)
algorithm is fine: keep an (n, n) distance matrix with np.inf on the diagonal and in
the rows and columns of clusters that no longer exist, and for each of its rows the
current cluster id and size. np.argmin on the matrix finds the closest pair.
"""

import numpy as np


def linkage(X: np.ndarray, method: str) -> np.ndarray:
    # TODO: n - 1 times: find the closest pair, record the merge, update one row and
    # column with the Lance-Williams formula and retire the other.
    raise NotImplementedError("linkage: replace this line with your code")
