"""The M-step of EM for a Gaussian mixture: weights, means and covariances from soft counts.

Given the responsibilities of the E-step, every component is refitted as if each point
belonged to it with weight resp[i, k]:

    N_k      = sum over i of resp[i, k]                       (the soft count)
    pi_k     = N_k / n
    mu_k     = (sum over i of resp[i, k] x_i) / N_k
    Sigma_k  = (sum over i of resp[i, k] (x_i - mu_k)(x_i - mu_k)^T) / N_k + reg_covar * I

The small reg_covar on the diagonal (scikit-learn's default is 1e-6) keeps Sigma_k
invertible when a component collapses onto a few points or the features are collinear.

    X          shape (n, d).
    resp       shape (n, K): non-negative, each row sums to 1, every column sum N_k > 0.
    reg_covar  float >= 0.
    Return (weights, means, covariances) with shapes (K,), (K, d) and (K, d, d).

No Python loops over the points: N_k is a column sum, the means are one matrix product
resp.T @ X, and the covariances either a loop over the K components or one np.einsum.
"""

import numpy as np


def m_step(X: np.ndarray, resp: np.ndarray, reg_covar: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # TODO: the soft counts, then the weights, the means and the weighted covariances
    # (centred on each component's new mean), plus reg_covar on the diagonal.
    raise NotImplementedError("m_step: replace this line with your code")
