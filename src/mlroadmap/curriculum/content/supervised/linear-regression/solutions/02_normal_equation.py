"""Least-squares linear regression with an intercept, by the normal equations.

Ordinary least squares has a closed form: the coefficients that minimise the squared
error solve one small linear system. It is what LinearRegression computes, and the
first thing to reach for when there are far more samples than features.

    X has shape (n, d): n samples, d features; y has shape (n,).
    Add a column of ones in front of X to get A of shape (n, d + 1), so that the first
    coefficient is the intercept. Return theta of shape (d + 1,) solving

        (A^T A) theta = A^T y

    theta[0] is the intercept b and theta[1:] the weights w, with predictions
    A @ theta = b + X @ w. This theta minimises sum over i of (b + X[i] @ w - y[i]) ** 2.

Use np.linalg.solve (np.linalg.inv also works, but solving is cheaper and more
accurate). You may assume that A has full column rank (n >= d + 1 and no column is a
combination of the others); a rank-deficient X needs a pseudo-inverse instead.

Edge cases that matter: d = 1 (one feature); n = d + 1 (the fit goes exactly through
every point); X may hold integers.
"""

import numpy as np


def normal_equation(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    A = np.column_stack([np.ones(X.shape[0]), X])  # the intercept column first
    return np.linalg.solve(A.T @ A, A.T @ y)
