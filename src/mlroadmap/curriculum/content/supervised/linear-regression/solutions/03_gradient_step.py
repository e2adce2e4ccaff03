"""One step of batch gradient descent on the mean squared error.

When the normal equations are too expensive (millions of features, or a model with
no closed form) you minimise the loss by gradient descent: move the parameters a
small step against the gradient, and repeat. This exercise is one such step.

    X has shape (n, d); y has shape (n,); w has shape (d,) and b is a float (the
    current weights and intercept); lr > 0 is the learning rate.
    The loss is the mean squared error

        L(w, b) = (1/n) * sum over i of (X[i] @ w + b - y[i]) ** 2

    With the residuals r = X @ w + b - y, its gradient is

        dL/dw = (2/n) * X^T r        (shape (d,))
        dL/db = (2/n) * sum of r     (a float)

    Return the tuple (w_new, b_new) = (w - lr * dL/dw, b - lr * dL/db), with w_new
    an array of shape (d,) and b_new a float.

Edge cases that matter: at the least-squares solution the gradient is 0 and nothing
moves; d = 1; the intercept has its own gradient and must be updated too. Do not
change w in place: return a new array.
"""

import numpy as np


def gradient_step(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lr: float
) -> tuple[np.ndarray, float]:
    n = X.shape[0]
    r = X @ w + b - y  # residuals, shape (n,)
    grad_w = (2.0 / n) * (X.T @ r)  # shape (d,)
    grad_b = (2.0 / n) * r.sum()
    return w - lr * grad_w, float(b - lr * grad_b)
