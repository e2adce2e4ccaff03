"""t-SNE's conditional probabilities p(j|i) for a given precision beta of each point.

t-SNE first turns the distances between the n high-dimensional points into
probabilities: point i picks point j as its neighbour with a probability that falls
off like a Gaussian centred on x_i. Each point has its own precision beta[i]
(beta = 1 / (2 sigma^2)): a large beta means a narrow Gaussian, few neighbours.

    distances_sq  shape (n, n), n >= 2: the *squared* Euclidean distances
                  D[i, j] = ||x_i - x_j||^2 (zero on the diagonal).
    beta          shape (n,), >= 0: the precision of each row.
    Return P of shape (n, n) where, for j != i,

        P[i, j] = exp(-beta[i] * D[i, j]) / sum over k != i of exp(-beta[i] * D[i, k])

    and P[i, i] = 0: a point is never its own neighbour. Every row sums to 1.

Edge cases that matter:
- Far-apart points: with beta[i] * D[i, k] above about 745, exp underflows to 0
  and the row becomes 0 / 0. Subtracting the row's smallest off-diagonal distance
  from every D[i, k] before exponentiating changes no probability (the factor
  cancels) and keeps the largest term at exp(0) = 1.
- beta[i] = 0 gives the uniform row 1 / (n - 1) off the diagonal.
- Do not change the inputs in place.

No Python loops: a boolean mask for the off-diagonal entries, np.where and
reductions with keepdims=True.
"""

import numpy as np


def conditional_probabilities(distances_sq: np.ndarray, beta: np.ndarray) -> np.ndarray:
    off = ~np.eye(len(distances_sq), dtype=bool)  # True off the diagonal
    nearest = np.where(off, distances_sq, np.inf).min(axis=1, keepdims=True)
    shifted = np.where(off, distances_sq - nearest, 0.0)  # each row's nearest neighbour now at 0
    E = np.where(off, np.exp(-beta[:, None] * shifted), 0.0)  # so the largest term is exp(0) = 1
    return E / E.sum(axis=1, keepdims=True)
