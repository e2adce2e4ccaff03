"""The gradient of the L2-penalized logistic loss, the quantity every solver follows.

Binary logistic regression predicts p = sigma(X @ w + b), the probability of class 1,
and is fitted by minimising the mean cross-entropy plus an L2 penalty on the weights.
Gradient descent, L-BFGS and Newton's method all need the gradient you write here.

    X has shape (n, d); y has shape (n,) with values 0 or 1 (floats);
    w has shape (d,) and b is a float (the current parameters); lam >= 0 is a float.
    The objective is

        J(w, b) = (1/n) * sum over i of [ -y[i] log p[i] - (1 - y[i]) log(1 - p[i]) ]
                  + (lam / 2) * ||w||²

    with p = sigma(X @ w + b), sigma(z) = 1 / (1 + exp(-z)). Its gradient is

        dJ/dw = (1/n) * X^T (p - y) + lam * w       (shape (d,))
        dJ/db = (1/n) * sum of (p - y)              (a float: b is not penalized)

    Return the tuple (dJ/dw, dJ/db).

Edge cases that matter: scores far from 0 (|z| of 50 or more) must not overflow, so
compute sigma stably; lam = 0 has no penalty; the intercept is never penalized.
"""

import numpy as np


def logistic_gradient(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float
) -> tuple[np.ndarray, float]:
    # TODO: compute the probabilities stably, then the two gradients; only
    # the weights get the penalty term.
    raise NotImplementedError("logistic_gradient: replace this line with your code")
