"""Compress with k components, then map back: the PCA reconstruction.

Keeping k components is lossy compression. Each sample becomes k numbers, its scores
on the top k principal axes, and those scores map back to an approximation of the
sample. With the mean m (shape (d,)) and V_k the top k rows of Vt from the SVD of
the centred data X - m (shape (k, d)):

    scores          Z     = (X - m) @ V_k.T          shape (n, k)
    reconstruction  X_hat = Z @ V_k + m              shape (n, d)

X_hat is the closest approximation of X that lies in the k-dimensional plane through
the mean spanned by the top k axes. The signs of the axes do not matter here: a sign
flip of a row of V_k flips the matching score too.

    X has shape (n, d), n >= 2.
    k is an int with 1 <= k <= min(n, d).
    Return X_hat, shape (n, d).

Edge cases that matter: the columns may have means far from 0; with k = min(n, d)
the reconstruction is X itself (up to rounding).
"""

import numpy as np


def pca_reconstruct(X: np.ndarray, k: int) -> np.ndarray:
    mean = X.mean(axis=0)
    _, _, Vt = np.linalg.svd(X - mean, full_matrices=False)
    V_k = Vt[:k]
    return (X - mean) @ V_k.T @ V_k + mean
