"""Fit an autoregressive model AR(p) by least squares on a lag matrix.

An AR(p) model predicts the next value from the p previous ones. Building the lag
matrix by hand is also how you turn any series into a supervised learning problem:
the same (features = past values, target = next value) table feeds a gradient
boosting model or a neural network.

    x is a 1-D float array of length n; p is an int with 1 <= p and 2p + 1 <= n.
    The model is

        x[t] = c + phi_1 * x[t-1] + phi_2 * x[t-2] + ... + phi_p * x[t-p] + noise

    For every t = p, ..., n - 1 (the times that have p values before them) make one row
    [1, x[t-1], x[t-2], ..., x[t-p]] (lag 1 first) of a matrix A of shape (n - p, p + 1),
    and the target x[t]. Return the least-squares solution of A @ theta ≈ x[p:]:

        theta = [c, phi_1, ..., phi_p]      a float array of length p + 1

    the order statsmodels' AutoReg(x, lags=p).fit().params uses.

Edge cases that matter: n = 2p + 1 gives a square system (an exact fit); p = 1 is a
regression of x[t] on x[t-1]; the row for t holds the most recent value first.
"""

import numpy as np


def fit_ar(x: np.ndarray, p: int) -> np.ndarray:
    # TODO: build the (n - p, p + 1) design matrix (a column of ones, then lags 1..p),
    # then solve the least-squares problem against x[p:].
    raise NotImplementedError("fit_ar: replace this line with your code")
