"""The derivative of sampled values by finite differences.

Sensors, simulations and training logs give you a function only through its values
on a grid: positions every 0.1 s (and you want the speed), or a validation loss
every epoch (and you want its slope, to stop training when it flattens).

    y has shape (n,) with n >= 2: the samples y[i] = f(x0 + i * h) of a function f
    on an even grid with spacing h > 0.
    Return d of shape (n,), an estimate of the derivative f'(x0 + i * h):

        inside (0 < i < n - 1), the central difference   (y[i + 1] - y[i - 1]) / (2 h)
        at the first point,     the forward difference   (y[1] - y[0]) / h
        at the last point,      the backward difference  (y[n - 1] - y[n - 2]) / h

The central difference uses a neighbour on each side, so its error is O(h²); the
ends have only one neighbour and fall back to a one-sided difference, with an error
of O(h). This is what np.gradient(y, h) returns: write it yourself with slices,
without np.gradient and without a Python loop.

Edge cases that matter: n = 2 (no inside point: both ends get the same one-sided
slope), a straight line (every estimate is exact), a spacing h far from 1.
"""

import numpy as np


def central_difference(y: np.ndarray, h: float) -> np.ndarray:
    # TODO: central differences inside, one-sided differences at the two ends.
    raise NotImplementedError("central_difference: replace this line with your code")
