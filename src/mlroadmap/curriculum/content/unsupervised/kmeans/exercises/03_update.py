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
    # TODO: sum and count the samples of each cluster, divide, and keep the old centre
    # where the count is 0.
    raise NotImplementedError("update_centres: replace this line with your code")
