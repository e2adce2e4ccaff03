"""The k-fold cross-validated error of standardized ridge regression, without leakage.

Model selection needs an honest estimate of the error on new data. In each fold,
everything the model learns (the scaling statistics included) must come from the
training part only; the test part is touched only to be scored.

    X is an (n, d) float array, y a 1-D float array of length n, alpha > 0 the ridge
    penalty and n_splits = k, with 2 <= k <= n.

    Use the k-fold splits of the first exercise (consecutive blocks, the first n % k
    folds one sample larger). For each fold, with training rows T and test rows S:
        mu, sigma = the mean and the standard deviation (ddof=0) of each column of X[T],
                    with sigma = 1 for a constant column
        Z_T = (X[T] - mu) / sigma,  Z_S = (X[S] - mu) / sigma
        b = mean of y[T]                       (the intercept, not penalized)
        w = solve(Z_T.T @ Z_T + alpha * I, Z_T.T @ (y[T] - b))
        mse_f = mean of (Z_S @ w + b - y[S]) ** 2

    Return the 1-D float array (mse_0, ..., mse_{k-1}) of length k.

Edge cases that matter: mu and sigma come from the training rows only (scaling
with all of X leaks the test rows into the model); the test rows are never in the
training set; k = n is leave-one-out; the intercept is not penalized, and because
each column of Z_T has mean 0 it is simply the mean of y[T].
"""

import numpy as np


def cv_ridge_mse(X: np.ndarray, y: np.ndarray, alpha: float, n_splits: int) -> np.ndarray:
    n, d = X.shape
    sizes = np.full(n_splits, n // n_splits)
    sizes[: n % n_splits] += 1
    stops = np.cumsum(sizes)
    errors = []
    for start, stop in zip(stops - sizes, stops, strict=True):
        test = np.zeros(n, dtype=bool)
        test[start:stop] = True
        mu, sigma = X[~test].mean(axis=0), X[~test].std(axis=0)
        sigma[sigma == 0] = 1.0
        Z_train, Z_test = (X[~test] - mu) / sigma, (X[test] - mu) / sigma
        b = y[~test].mean()
        w = np.linalg.solve(Z_train.T @ Z_train + alpha * np.eye(d), Z_train.T @ (y[~test] - b))
        errors.append(np.mean((Z_test @ w + b - y[test]) ** 2))
    return np.array(errors)
