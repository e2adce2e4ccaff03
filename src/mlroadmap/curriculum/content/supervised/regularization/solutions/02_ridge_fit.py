"""Ridge regression in closed form, with an intercept that is not penalized.

Ridge adds the penalty alpha * ||w||² to least squares. It keeps the fit stable when
features are correlated or outnumber the samples, and it is scikit-learn's Ridge.
The penalty pulls the weights towards 0, but it must leave the intercept alone:
shifting every target by 100 should shift the intercept by 100 and change nothing else.

    X has shape (n, d), y has shape (n,), alpha >= 0 is a float.
    Minimise over w (shape (d,)) and b (a float), as sklearn.linear_model.Ridge does:

        sum over i of (y[i] - X[i] @ w - b) ** 2  +  alpha * sum over j of w[j] ** 2

    The intercept is handled by centring: with the column means x_mean = X.mean(axis=0),
    y_mean = y.mean(), Xc = X - x_mean and yc = y - y_mean,

        w = solve(Xc^T Xc + alpha * I, Xc^T yc)      (I is the d × d identity)
        b = y_mean - x_mean @ w

    Return the tuple (w, b): w a float array of shape (d,) and b a float.

Edge cases that matter: alpha = 0 is ordinary least squares (when Xc^T Xc is
invertible); with alpha > 0 it works even when d > n; a huge alpha gives w close to 0
and b close to the mean of y. Note that alpha is *not* multiplied or divided by n.
"""

import numpy as np


def ridge_fit(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean  # centred: the intercept drops out of the problem
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return w, float(y_mean - x_mean @ w)  # the intercept, recovered and not penalized
