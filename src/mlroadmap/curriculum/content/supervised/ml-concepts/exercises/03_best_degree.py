"""Choose a polynomial degree with a validation set.

The degree of a polynomial is a hyper-parameter: the fit cannot choose it, because a
higher degree always fits the training data at least as well. You choose it on data
the fit did not see, a validation set, and keep the test set for the final report.

    x_train, y_train are 1-D float arrays (the training samples);
    x_val, y_val are 1-D float arrays (the validation samples);
    degrees is a list of distinct ints >= 0, each smaller than len(x_train) - 1,
    in any order, for example [1, 2, 3, 5, 8].

    For each degree p in degrees, fit the least-squares polynomial of degree p to
    (x_train, y_train) (np.polyfit), and compute its validation error,
    the mean of (prediction on x_val - y_val) ** 2.

    Return the degree (an int taken from degrees) whose validation error is the
    smallest. On an exact tie, return the one that comes first in degrees.

Edge cases that matter: degrees need not start at 0 nor be sorted, so the position of
the smallest error is not the degree itself; a single degree in the list is returned.
"""

import numpy as np


def best_degree(
    x_train: np.ndarray, y_train: np.ndarray, x_val: np.ndarray, y_val: np.ndarray, degrees: list[int]
) -> int:
    # TODO: fit each degree on the training data, score it on the validation
    # data, and return the degree with the smallest error.
    raise NotImplementedError("best_degree: replace this line with your code")
