"""Standardize every column of a data matrix (z-scores).

Linear models with regularisation, k-nearest neighbours, PCA and neural networks all
work better when the features are on the same scale. The usual fix is the z-score:
subtract each column's mean, then divide by its standard deviation.

    X has shape (n, d): n samples (rows), d features (columns).
    Return Z with the same shape (n, d), where

        Z[i, j] = (X[i, j] - mu[j]) / sigma[j]

    mu[j] is the mean of column j and sigma[j] its *population* standard deviation,
    the one that divides by n (ddof=0), as scikit-learn's StandardScaler does.

Edge cases that matter:
- A constant column has sigma = 0. Its standardized values must be 0, not NaN.
- X may hold integers; return floats.
- Do not change X in place: return a new array.

No Python loops over rows or columns: use reductions with `axis=` and broadcasting.
"""

import numpy as np


def standardize(X: np.ndarray) -> np.ndarray:
    # TODO: compute the mean and standard deviation of every column, then
    # combine them with X in one array expression.
    raise NotImplementedError("standardize: replace this line with your code")
