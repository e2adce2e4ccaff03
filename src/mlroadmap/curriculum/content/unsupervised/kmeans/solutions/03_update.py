"""The update step of k-means: move every centre to the mean of its samples.

After the assignment step, each centre moves to the mean of the samples labelled
with it, which is the point that minimizes their sum of squared distances:

    new_centres[c] = mean of X[i] over the i with labels[i] == c

A cluster can end up with no sample at all. Its mean would be 0 / 0, so here (as in
the reference implementation) an empty cluster keeps its old centre.

    X       shape (n, d): the samples.
    labels  shape (n,), integers in 0 .. k - 1: the cluster of each sample.
    centres shape (k, d): the current centres (only used for empty clusters).
    Return new_centres, shape (k, d), floats.

Edge cases that matter: empty clusters (keep the old centre, no NaN and no warning);
a cluster with a single sample (the centre moves onto it); X may hold integers.
"""

import numpy as np


def update_centres(X: np.ndarray, labels: np.ndarray, centres: np.ndarray) -> np.ndarray:
    k = len(centres)
    members = labels[None, :] == np.arange(k)[:, None]  # (k, n) one-hot
    counts = members.sum(axis=1)
    sums = members @ X  # (k, d): the sum of each cluster's samples
    means = sums / np.maximum(counts, 1)[:, None]
    return np.where(counts[:, None] > 0, means, centres).astype(float)
