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


def responsibilities(
    X: np.ndarray, weights: np.ndarray, means: np.ndarray, covariances: np.ndarray
) -> tuple[np.ndarray, float]:
    # TODO: an (n, K) array of log pi_k + log N(x_i | mu_k, Sigma_k), a stable logsumexp
    # over the components, then the responsibilities and the mean log-likelihood.
    raise NotImplementedError("responsibilities: replace this line with your code")
