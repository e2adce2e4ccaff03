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


def gmm_bic(
    X: np.ndarray, weights: np.ndarray, means: np.ndarray, covariances: np.ndarray, covariance_type: str
) -> float:
    # TODO: full covariance matrices for every component, the total log-likelihood,
    # the number of free parameters, then -2 log L + p log n.
    raise NotImplementedError("gmm_bic: replace this line with your code")
