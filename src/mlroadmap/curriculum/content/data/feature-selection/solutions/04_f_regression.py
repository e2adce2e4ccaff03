"""Score each feature for regression with the F statistic of its correlation.

For regression, a feature's univariate score comes from its Pearson correlation r with
the target: the F statistic of a one-feature linear regression is

    F = r ** 2 / (1 - r ** 2) * (n - 2)

    X has shape (n, d), y has shape (n,). Return an array of shape (d,): F for every
    feature. (This is the first output of scikit-learn's f_regression with its default
    center=True.)

r_j = sum_i (x_ij - mean_j)(y_i - mean_y) / sqrt(sum_i (x_ij - mean_j)^2 * sum_i (y_i - mean_y)^2)

Compute all the correlations at once with a matrix product, no loops over features.
"""

import numpy as np


def f_regression_scores(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    r = (Xc.T @ yc) / np.sqrt((Xc**2).sum(axis=0) * (yc**2).sum())
    return r**2 / (1 - r**2) * (len(y) - 2)
