"""Add pairwise interaction features.

A linear model adds up the effects of its features; it cannot say "a long bill matters
more on a heavy bird" unless a feature carries that product. Interaction features are the
products of pairs of columns, x_i * x_j for i < j.

    X has shape (n, d). Return an array of shape (n, d + d * (d - 1) / 2): the original
    columns first, then the products of every pair of different columns in the order

        (0, 1), (0, 2), ..., (0, d-1), (1, 2), ..., (d-2, d-1)

    which is the order of scikit-learn's PolynomialFeatures(degree=2,
    interaction_only=True, include_bias=False).

Edge cases that matter:
- With a single column there is no pair: return X unchanged (as floats).
- No squares (x_i * x_i): those are not interactions.

np.triu_indices(d, k=1) lists the pairs in exactly this order.
"""

import numpy as np


def add_interactions(X: np.ndarray) -> np.ndarray:
    i, j = np.triu_indices(X.shape[1], k=1)
    return np.hstack([X, X[:, i] * X[:, j]]).astype(float)
