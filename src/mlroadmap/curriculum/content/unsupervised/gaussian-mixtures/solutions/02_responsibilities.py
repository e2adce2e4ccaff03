"""The E-step of EM for a Gaussian mixture: responsibilities and the log-likelihood.

A mixture of K Gaussians with weights pi_k, means mu_k and covariances Sigma_k gives
each point the density p(x) = sum over k of pi_k N(x | mu_k, Sigma_k). The E-step asks,
for every point, how much each component is responsible for it:

    log rho[i, k] = log pi_k + log N(x_i | mu_k, Sigma_k)
    log p(x_i)    = logsumexp over k of log rho[i, k]
    resp[i, k]    = exp(log rho[i, k] - log p(x_i))       (each row sums to 1)

and the mean log-likelihood, the quantity EM increases at every step (scikit-learn's
GaussianMixture.score), is the mean of log p(x_i) over the points.

    X            shape (n, d).
    weights      shape (K,): pi_k > 0, summing to 1.
    means        shape (K, d).
    covariances  shape (K, d, d): each symmetric positive definite.
    Return (resp, mean_log_likelihood): resp of shape (n, K), mean_log_likelihood a float.

Edge case that matters: a point far from every component has all its densities
underflow to 0 in linear space, and exp then divide gives 0 / 0. Stay in logs: a
stable logsumexp subtracts each row's maximum before exponentiating,
    logsumexp(a) = m + log(sum of exp(a - m)),  m = max(a).

Compute log N(x | mu_k, Sigma_k) as in exercise 1 (Cholesky); a loop over the K
components is fine, none over the points.
"""

import numpy as np


def log_gaussian_density(X: np.ndarray, mean: np.ndarray, cov: np.ndarray) -> np.ndarray:
    L = np.linalg.cholesky(cov)
    z = np.linalg.solve(L, (X - mean).T)
    return -0.5 * (X.shape[1] * np.log(2 * np.pi) + 2.0 * np.log(np.diag(L)).sum() + (z**2).sum(axis=0))


def responsibilities(
    X: np.ndarray, weights: np.ndarray, means: np.ndarray, covariances: np.ndarray
) -> tuple[np.ndarray, float]:
    log_rho = np.column_stack(
        [log_gaussian_density(X, m, c) for m, c in zip(means, covariances, strict=True)]
    )
    log_rho += np.log(weights)
    top = log_rho.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(log_rho - top).sum(axis=1, keepdims=True))  # logsumexp, shape (n, 1)
    return np.exp(log_rho - log_p), float(log_p.mean())
