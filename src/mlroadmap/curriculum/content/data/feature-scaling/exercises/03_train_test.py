"""Scale a test set with the statistics of the training set.

A scaler is part of the model: it learns a mean and a standard deviation per column
from the training data, and then applies those same numbers to any new data. Using
the test set's own statistics (or those of all the data together) lets information
about the test set leak into the model, and the test score stops being an honest
estimate of performance on new data.

    X_train has shape (n_train, d), X_test has shape (n_test, d). Return the
    standardized test set, of shape (n_test, d):

        Z[i, j] = (X_test[i, j] - mu_j) / sigma_j

    where mu_j and sigma_j are the mean and the population standard deviation
    (ddof=0) of column j of X_train.

Edge cases that matter:
- A constant training column has sigma_j = 0: use a scale of 1 for it.
- Neither input may be changed in place.

No Python loops over rows or columns.
"""

import numpy as np


def scale_test_set(X_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    # TODO: learn the statistics from X_train, then apply them to X_test.
    raise NotImplementedError("scale_test_set: replace this line with your code")
