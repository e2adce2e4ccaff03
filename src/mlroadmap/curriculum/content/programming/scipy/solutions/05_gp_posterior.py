"""scipy.linalg: a Gaussian process posterior with one Cholesky factorization.

A Gaussian process regression predicts a smooth curve through noisy data and says
how sure it is at every point: the surrogate model of Bayesian hyperparameter
search, and a classic model for sensor series such as the CO2 record. All of its
work is linear algebra on one symmetric positive definite matrix, and the stable
way to do it is a Cholesky factorization, reused for every solve.

    x_train (n,), y_train (n,): the observations; x_test (m,): where to predict.
    The kernel is the squared exponential, with length_scale and signal_sd:

        k(a, b) = signal_sd**2 * exp(-(a - b)**2 / (2 * length_scale**2))

    and each observation has Gaussian noise of standard deviation noise_sd. The prior
    mean is the constant mu = mean(y_train). With K = k(x_train, x_train) + noise_sd**2 * I
    (n × n) and K_s = k(x_test, x_train) (m × n):

        L      = the lower Cholesky factor of K (K = L L^T)
        alpha  = K^-1 (y_train - mu), from L (scipy.linalg.cho_solve((L, True), ...))
        mean   = mu + K_s @ alpha
        V      = L^-1 K_s^T, a triangular solve (scipy.linalg.solve_triangular(L, ..., lower=True))
        sd     = sqrt(signal_sd**2 - (column sums of V**2))

    Return the tuple (mean, sd), two float arrays of shape (m,): the posterior mean and
    standard deviation of the underlying curve f at x_test (the noise of a new
    observation is NOT added to sd). Never form K^-1 itself.

Edge cases that matter: a test point far from every observation (mean back to mu,
sd back to signal_sd); a test point on an observation (sd shrinks below noise_sd);
repeated x values in x_train (K stays invertible thanks to the noise).
"""

import numpy as np
from scipy import linalg


def gp_posterior(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_test: np.ndarray,
    length_scale: float,
    signal_sd: float,
    noise_sd: float,
) -> tuple[np.ndarray, np.ndarray]:
    def kernel(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return signal_sd**2 * np.exp(-((a[:, None] - b[None, :]) ** 2) / (2 * length_scale**2))

    mu = y_train.mean()
    K = kernel(x_train, x_train) + noise_sd**2 * np.eye(len(x_train))
    L = linalg.cholesky(K, lower=True)
    alpha = linalg.cho_solve((L, True), y_train - mu)
    K_s = kernel(x_test, x_train)
    V = linalg.solve_triangular(L, K_s.T, lower=True)
    variance = signal_sd**2 - (V**2).sum(axis=0)
    return mu + K_s @ alpha, np.sqrt(np.maximum(variance, 0.0))
