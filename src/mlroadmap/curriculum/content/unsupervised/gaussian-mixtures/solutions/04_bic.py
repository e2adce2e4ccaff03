"""The Bayesian information criterion (BIC) of a Gaussian mixture, for every covariance type.

How many components, and how flexible should each be? A richer mixture always fits the
training data better, so the log-likelihood alone cannot choose. The BIC charges for
every free parameter; the model with the *lowest* BIC wins:

    BIC = -2 * log L + p * log(n)

log L is the total log-likelihood, the sum over the n points of
log sum over k of pi_k N(x_i | mu_k, Sigma_k), and p counts the free parameters:

    weights      K - 1     (they sum to 1, so the last one is not free)
    means        K d
    covariances  "full"       K d (d + 1) / 2   (a symmetric matrix per component)
                 "tied"       d (d + 1) / 2     (one matrix shared by all components)
                 "diag"       K d               (a variance per feature and component)
                 "spherical"  K                 (one variance per component)

    X                shape (n, d).
    weights          shape (K,), means shape (K, d).
    covariances      as scikit-learn stores them for covariance_type:
                     "full" (K, d, d), "tied" (d, d), "diag" (K, d), "spherical" (K,).
    covariance_type  one of the four names above.
    Return the BIC, a float.

Turn each covariance type into K full (d, d) matrices first (np.diag, a multiple of
np.eye, or the tied matrix repeated), then compute log L stably in logs, with
log N(x | mu, Sigma) and logsumexp as in exercises 1 and 2.
"""

import numpy as np


def log_gaussian_density(X: np.ndarray, mean: np.ndarray, cov: np.ndarray) -> np.ndarray:
    L = np.linalg.cholesky(cov)
    z = np.linalg.solve(L, (X - mean).T)
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + 2.0 * np.log(np.diag(L)).sum() + (z**2).sum(axis=0))


def gmm_bic(
    X: np.ndarray, weights: np.ndarray, means: np.ndarray, covariances: np.ndarray, covariance_type: str
) -> float:
    (n, d), K = X.shape, len(weights)
    full = {
        "full": lambda c: c,
        "tied": lambda c: np.broadcast_to(c, (K, d, d)),
        "diag": lambda c: np.array([np.diag(v) for v in c]),
        "spherical": lambda c: c[:, None, None] * np.eye(d),
    }[covariance_type](covariances)
    log_rho = np.column_stack([log_gaussian_density(X, m, c) for m, c in zip(means, full, strict=True)])
    log_rho += np.log(weights)
    top = log_rho.max(axis=1, keepdims=True)
    log_likelihood = float((top + np.log(np.exp(log_rho - top).sum(axis=1, keepdims=True))).sum())
    cov_params = {"full": K * d * (d + 1) / 2, "tied": d * (d + 1) / 2, "diag": K * d, "spherical": K}
    n_params = (K - 1) + K * d + cov_params[covariance_type]
    return -2.0 * log_likelihood + n_params * np.log(n)
