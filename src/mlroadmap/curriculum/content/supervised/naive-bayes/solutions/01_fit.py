"""Fit Gaussian naive Bayes: class priors, per-class means and smoothed variances.

Gaussian naive Bayes models each feature, within each class, as an independent normal
distribution. Fitting it only takes counting and averaging, which is why it trains in
one pass over the data.

    X has shape (n, d), y has shape (n,) with integer labels; var_smoothing >= 0.
    The classes are the sorted distinct labels, c = np.unique(y), K of them.
    Return a tuple (priors, theta, var):

        priors  shape (K,):    priors[k] = n_k / n, the fraction of samples of class k
        theta   shape (K, d):  theta[k, j] = the mean of feature j over class k
        var     shape (K, d):  var[k, j] = the variance of feature j over class k
                               (dividing by n_k, ddof=0) + epsilon

    with epsilon = var_smoothing * (the largest variance of any feature over *all*
    samples, ddof=0), as scikit-learn's GaussianNB does. The same epsilon is added to
    every entry.

Edge cases that matter:
- A feature that is constant within a class has variance 0 there: epsilon keeps the
  density finite.
- A class may have a single sample.

A loop over the K classes is fine; no loop over samples or features.
"""

import numpy as np


def fit_gaussian_nb(
    X: np.ndarray, y: np.ndarray, var_smoothing: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    classes = np.unique(y)
    epsilon = var_smoothing * X.var(axis=0).max()
    priors = np.array([np.mean(y == c) for c in classes])
    theta = np.array([X[y == c].mean(axis=0) for c in classes])
    var = np.array([X[y == c].var(axis=0) for c in classes]) + epsilon
    return priors, theta, var
