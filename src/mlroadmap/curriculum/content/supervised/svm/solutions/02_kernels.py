"""RBF and polynomial kernel matrices, vectorized.

A kernel SVM never computes features explicitly: it only needs the kernel value
k(a, b) for every pair of samples, the Gram matrix. This exercise builds it for the two
kernels SVC uses most, with scikit-learn's parameter names.

    A has shape (n, d), B has shape (m, d).
    kernel is "rbf" or "poly"; gamma > 0 and coef0 are floats, degree is an int >= 1.
    Return K of shape (n, m), where

        rbf:   K[i, j] = exp(-gamma * ||A[i] - B[j]||^2)
        poly:  K[i, j] = (gamma * A[i] . B[j] + coef0) ** degree

    ||.||^2 is the *squared* Euclidean distance; gamma multiplies it (a larger gamma
    means a narrower bump around each sample). degree and coef0 are used by "poly" only.

Edge cases that matter:
- K[i, i] = 1 for the RBF kernel when A is B.
- Integer inputs: return floats.

No Python loops: the squared distances come from broadcasting (or from
|a|^2 - 2 a.b + |b|^2, clipped at 0), the dot products from A @ B.T.
"""

import numpy as np


def kernel_matrix(
    A: np.ndarray, B: np.ndarray, kernel: str, gamma: float, degree: int, coef0: float
) -> np.ndarray:
    if kernel == "poly":
        return ((gamma * (A @ B.T) + coef0) ** degree).astype(float)
    squared = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1)
    return np.exp(-gamma * squared)
