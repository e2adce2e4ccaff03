"""Training and test error of polynomial fits of increasing degree.

This is the experiment behind every picture of under- and overfitting: fit
polynomials of degree 0, 1, ..., max_degree to the *training* data only, then measure
each one's mean squared error on the training data and on the held-out test data.

    x_train, y_train are 1-D float arrays of the same length (the training samples);
    x_test, y_test are 1-D float arrays of the same length (the test samples);
    max_degree is an int >= 0, smaller than len(x_train) - 1.

    For each degree p = 0, 1, ..., max_degree:
        fit the least-squares polynomial of degree p to (x_train, y_train),
        for instance coef = np.polyfit(x_train, y_train, p);
        train_mse[p] = mean of (prediction on x_train - y_train) ** 2
        test_mse[p]  = mean of (prediction on x_test - y_test) ** 2
    (np.polyval(coef, x) gives the predictions.)

    Return the tuple (train_mse, test_mse): two float arrays of length max_degree + 1,
    where position p holds degree p.

Edge cases that matter: degree 0 is a constant (the mean of y_train) and must be
included; the test samples must never influence a fit; train and test sets may have
different sizes.
"""

import numpy as np


def polynomial_errors(
    x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, y_test: np.ndarray, max_degree: int
) -> tuple[np.ndarray, np.ndarray]:
    # TODO: for each degree, fit on the training data, then measure the mean
    # squared error on the training data and on the test data.
    raise NotImplementedError("polynomial_errors: replace this line with your code")
