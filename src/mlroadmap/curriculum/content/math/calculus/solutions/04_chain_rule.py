"""The chain rule by hand: the gradient of one sigmoid unit's squared error.

Backpropagation is the chain rule applied through every layer of a network. Here is
the smallest network there is: one input, one weight, one bias, a sigmoid.

    x and t have shape (n,): n inputs and their targets. w and b are numbers.
    The unit computes, for every sample i,

        z_i = w * x_i + b,    s_i = sigmoid(z_i) = 1 / (1 + exp(-z_i)),

    and the loss is the mean squared error  L = mean over i of (s_i - t_i)².
    Return the tuple (dL/dw, dL/db) of two floats.

Follow the chain from the loss back to the parameters, for each sample:

    d(s_i - t_i)² / ds_i = 2 (s_i - t_i)
    ds_i / dz_i          = s_i (1 - s_i)        (the sigmoid's derivative)
    dz_i / dw = x_i,      dz_i / db = 1

multiply along the chain, then take the mean over the samples (the derivative of a
mean is the mean of the derivatives).

Edge cases that matter: a saturated unit (|z| large, so s (1 - s) is almost 0 and
so is the gradient), one sample, s equal to t (a zero gradient).
"""

import numpy as np


def sigmoid_unit_gradient(x: np.ndarray, t: np.ndarray, w: float, b: float) -> tuple[float, float]:
    s = 1.0 / (1.0 + np.exp(-(w * x + b)))
    dz = 2 * (s - t) * s * (1 - s)  # dL_i/dz_i: outer derivative times the sigmoid's
    return float(np.mean(dz * x)), float(np.mean(dz))  # dz/dw = x, dz/db = 1
