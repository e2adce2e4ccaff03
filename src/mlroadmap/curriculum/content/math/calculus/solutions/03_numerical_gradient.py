"""The gradient of a loss by central differences, one coordinate at a time.

When you write a new loss or layer, you check its hand-written gradient against a
numerical one before you trust it (a "gradient check"). The numerical gradient
treats the loss as a black box: nudge one weight up, nudge it down, see how the
loss moves.

    The loss is given below: loss(w, X, y), the mean log-loss of a logistic model
    with weights w of shape (d,) on data X of shape (n, d) and labels y in {0, 1}
    of shape (n,). You do not need to know why it has this form.
    Return g of shape (d,), the central-difference estimate of the gradient at w:

        g[i] = (loss(w + h e_i, X, y) - loss(w - h e_i, X, y)) / (2 h)

    where e_i is the i-th unit vector (a 1 at position i, 0 elsewhere) and h > 0
    is the step. Nudge one coordinate at a time: 2 d calls of loss in all.

Each g[i] is off from the exact partial derivative by about h² / 6 times a third
derivative, so the result is not the exact gradient when h is coarse, and the check
expects the finite-difference value for the h it gives you.

Edge cases that matter: a single weight (d = 1), a coarse step (h = 0.1), weights
far from 0 where the loss is steep. Do not change w in place: build w + h e_i as a
new array.
"""

import numpy as np


def loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """The mean log-loss of a logistic model (given: do not change it)."""
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def numerical_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray, h: float) -> np.ndarray:
    g = np.empty(len(w))
    for i in range(len(w)):
        e = np.zeros(len(w))
        e[i] = h  # nudge coordinate i only
        g[i] = (loss(w + e, X, y) - loss(w - e, X, y)) / (2 * h)
    return g
