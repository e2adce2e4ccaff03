"""The inertia: what k-means minimizes.

The inertia of a set of centres is the sum, over all samples, of the *squared*
Euclidean distance from the sample to its nearest centre:

    inertia = sum over i of  min over c of ||X[i] - centres[c]|| ** 2

It is scikit-learn's KMeans.inertia_, and the curve of the inertia against k is the
"elbow" plot.

    X       shape (n, d): the samples.
    centres shape (k, d): the centres.
    Return the inertia, a Python float >= 0.

Edge cases that matter: it is 0 when every sample is a centre; with k = 1 and the
centre at the mean, it is n times the total (population) variance of X.
"""

import numpy as np


def inertia(X: np.ndarray, centres: np.ndarray) -> float:
    distances = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1)  # (n, k)
    return float(distances.min(axis=1).sum())
