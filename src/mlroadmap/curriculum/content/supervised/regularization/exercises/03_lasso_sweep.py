"""One sweep of cyclic coordinate descent for the lasso.

The lasso's penalty alpha * ||w||_1 has no gradient at 0, so gradient descent does not
apply; but with every weight but one held fixed, the best value of that one weight
has a closed form. Updating the weights one after the other, over and over, is how
scikit-learn's Lasso and ElasticNet are fitted. This exercise is one pass over them.

    X has shape (n, d), y has shape (n,), w has shape (d,) (the current weights),
    alpha >= 0 is a float. There is no intercept. The objective, as in
    sklearn.linear_model.Lasso, is

        (1 / (2n)) * ||y - X @ w||²  +  alpha * sum over j of |w[j]|

    For j = 0, 1, ..., d - 1, in this order, replace w[j] by the minimiser over w[j]
    with the other weights at their *current* values (the ones already updated in
    this sweep included):

        r = y - X @ w + X[:, j] * w[j]          (the residual without feature j)
        rho = X[:, j] @ r
        w[j] = S(rho, n * alpha) / (X[:, j] @ X[:, j])

    where S(z, t) = sign(z) * max(|z| - t, 0) is soft-thresholding.
    Return the new weights, a float array of shape (d,).

Edge cases that matter: a column of zeros has no information: its weight becomes 0
(do not divide by 0); alpha = 0 is coordinate descent for least squares; a large
alpha sets every weight to exactly 0. Do not change w in place: update a copy.

A loop over the d features is expected; keeping the residual y - X @ w up to date
after each update makes the sweep cost O(n d) instead of recomputing X @ w each time.
"""

import numpy as np


def lasso_sweep(X: np.ndarray, y: np.ndarray, w: np.ndarray, alpha: float) -> np.ndarray:
    # TODO: loop over the features; for each, compute rho from the residual
    # without that feature, soft-threshold it, divide by the column's squared
    # norm, and keep the residual up to date.
    raise NotImplementedError("lasso_sweep: replace this line with your code")
