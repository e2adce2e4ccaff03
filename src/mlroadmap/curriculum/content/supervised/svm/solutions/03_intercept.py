"""The intercept b of a trained SVM, from the KKT conditions.

SMO and libsvm solve the SVM's dual problem for the multipliers alpha_i, one per
training sample, with 0 <= alpha_i <= C. The decision function is

    f(x) = sum_j alpha_j y_j k(x_j, x) + b

and b must be recovered afterwards. The KKT conditions say that a *free* support
vector, one with 0 < alpha_i < C, lies exactly on the margin: y_i f(x_i) = 1, hence

    b = y_i - sum_j alpha_j y_j K[j, i].

A support vector with alpha_i = C may lie inside the margin or on the wrong side, so
it does not pin down b. libsvm averages the free support vectors' values, which
also evens out the solver's small errors.

    alpha has shape (n,): the multipliers of all n training samples (0 for non-support
        vectors, exactly C for bounded ones: the solver clips them to the box).
    y has shape (n,) with labels -1 or +1.  K has shape (n, n): K[i, j] = k(x_i, x_j).
    C is the box bound.
    Return b, a float: the mean of y_i - sum_j alpha_j y_j K[j, i] over the free support
    vectors, 0 < alpha_i < C. There is at least one.

No Python loops.
"""

import numpy as np


def svm_intercept(alpha: np.ndarray, y: np.ndarray, K: np.ndarray, C: float) -> float:
    free = (alpha > 0) & (alpha < C)
    f_without_b = (alpha * y) @ K  # sum_j alpha_j y_j K[j, i] for every i
    return float(np.mean(y[free] - f_without_b[free]))
