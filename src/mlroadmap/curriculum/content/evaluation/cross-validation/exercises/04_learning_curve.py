"""A learning curve: training and validation error as the training set grows.

Would more data help? Fit the model on the first m samples of each training fold
for growing m, and watch two errors: on the m samples it was fitted on, and on the
fold's test samples. If both meet at a high value, the model is too simple (more
data will not help); if a wide gap stays open, it overfits, and more data helps.

    X is an (n, d) float array, y a 1-D float array of length n, alpha > 0 a ridge
    penalty, train_sizes a 1-D int array of sizes m (each at least 2 and at most
    the smallest training fold), n_splits = k >= 2.

    Use the k-fold splits of the first exercise. For fold f, with training indices
    T (increasing) and test indices S, and for each size m in train_sizes:
        U = T[:m], the first m training indices
        fit ridge with an intercept on (X[U], y[U]), no scaling:
            x_bar = mean of the rows X[U], b_y = mean of y[U], Xc = X[U] - x_bar
            w = solve(Xc.T @ Xc + alpha * I, Xc.T @ (y[U] - b_y)),  b = b_y - x_bar @ w
        train_mse[j, f] = mean of (X[U] @ w + b - y[U]) ** 2   (j: the index of m)
        val_mse[j, f]   = mean of (X[S] @ w + b - y[S]) ** 2

    Return the tuple (train_mse, val_mse): two float arrays of shape
    (len(train_sizes), k), as scikit-learn's learning_curve returns them.

Edge cases that matter: the training error is measured on the m samples the model
saw, not on the whole training fold; the first m samples are taken from the
training fold, never from the whole data (which would put test samples in);
the intercept is not penalized.
"""

import numpy as np


def learning_curve_mse(
    X: np.ndarray, y: np.ndarray, alpha: float, train_sizes: np.ndarray, n_splits: int
) -> tuple[np.ndarray, np.ndarray]:
    # TODO: for each fold and each size m: fit ridge on the first m training indices, score both sets.
    raise NotImplementedError("learning_curve_mse: replace this line with your code")
