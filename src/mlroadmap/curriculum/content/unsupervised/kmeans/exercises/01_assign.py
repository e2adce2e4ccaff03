"""The assignment step of k-means: every sample goes to its nearest centre.

Each iteration of Lloyd's algorithm starts by giving every sample the label of the
centre closest to it in Euclidean distance:

    labels[i] = the c that minimizes ||X[i] - centres[c]|| ** 2

    X       shape (n, d): the samples.
    centres shape (k, d): the current centres, one per row.
    Return labels, shape (n,), integers in 0 .. k - 1.

Edge cases that matter: a sample exactly halfway between two centres goes to the
centre with the smaller index (np.argmin returns the first minimum); k may be 1; a
centre may have no sample at all.

No Python loops: build the (n, k) table of squared distances by broadcasting.
"""

import numpy as np


def assign_labels(X: np.ndarray, centres: np.ndarray) -> np.ndarray:
    # TODO: build the (n, k) table of squared distances and take the index of the
    # smallest one in each row.
    raise NotImplementedError("assign_labels: replace this line with your code")
