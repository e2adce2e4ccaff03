"""The log-density of a multivariate normal distribution, for many points at once.

A Gaussian mixture scores every point under every component, so this function runs
thousands of times while a mixture is fitted. Work in logs (densities in 13 dimensions
are tiny numbers) and never invert the covariance matrix: factor it instead.

    log N(x | mu, Sigma) = -1/2 * ( d log(2 pi) + log det Sigma
                                    + (x - mu)^T Sigma^{-1} (x - mu) )

With the Cholesky factor Sigma = L L^T (L lower triangular, np.linalg.cholesky):

    log det Sigma = 2 * sum of log(diag(L))
    (x - mu)^T Sigma^{-1} (x - mu) = ||z||^2   where L z = x - mu

    X      shape (n, d): the points.
    mean   shape (d,).
    cov    shape (d, d): symmetric positive definite.
    Return shape (n,): log N(x_i | mean, cov) for every row x_i of X.

Solve L z = (X - mean).T for all points at once with np.linalg.solve (or
scipy.linalg.solve_triangular if you prefer). No Python loops over the points.
"""

import numpy as np


def log_gaussian_density(X: np.ndarray, mean: np.ndarray, cov: np.ndarray) -> np.ndarray:
    L = np.linalg.cholesky(cov)
    z = np.linalg.solve(L, (X - mean).T)  # shape (d, n): one column per point
    log_det = 2.0 * np.log(np.diag(L)).sum()
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + log_det + (z**2).sum(axis=0))
