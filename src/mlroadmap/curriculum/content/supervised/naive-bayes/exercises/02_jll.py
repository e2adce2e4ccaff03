"""The joint log-likelihood of Gaussian naive Bayes: log P(c) + log p(x | c) per class.

Naive Bayes assumes the features are independent given the class, so the density of
a sample factorises over the features, and its logarithm becomes a sum. Work in logs:
a product of 64 small densities underflows to 0, while a sum of their logarithms does
not.

    X has shape (n, d).  priors (K,), theta (K, d) and var (K, d) come from exercise 1.
    Return J of shape (n, K):

        J[i, k] = log(priors[k])
                  - 0.5 * sum_j log(2 * pi * var[k, j])
                  - 0.5 * sum_j (X[i, j] - theta[k, j]) ** 2 / var[k, j]

    var holds variances (sigma squared), not standard deviations.

The predicted class of sample i is the k with the largest J[i, k].

No Python loops: X[:, None, :] - theta[None, :, :] has shape (n, K, d).
"""

import numpy as np


def joint_log_likelihood(X: np.ndarray, priors: np.ndarray, theta: np.ndarray, var: np.ndarray) -> np.ndarray:
    # TODO: the log prior (K,), the normalising term (K,) and the quadratic term (n, K),
    # added together by broadcasting.
    raise NotImplementedError("joint_log_likelihood: replace this line with your code")
