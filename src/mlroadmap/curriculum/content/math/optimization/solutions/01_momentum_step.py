"""One update of gradient descent with momentum (the heavy ball).

Plain gradient descent zigzags across a narrow valley and crawls along its floor.
Momentum keeps a velocity, a running sum of past gradients: the zigzags cancel out
and the steps along the valley add up. It is torch.optim.SGD(momentum=0.9), the
optimizer behind many image models.

    x, v and g have shape (d,): the parameters, the velocity from the previous step
    (zeros before the first step) and the gradient at x. lr > 0 is the learning
    rate and 0 <= beta < 1 the momentum.
    Return the tuple (x_new, v_new) of two arrays of shape (d,), where

        v_new = beta * v + g
        x_new = x - lr * v_new

    (PyTorch's form: the new velocity, which already holds this step's gradient,
    moves x.)

With beta = 0 this is a plain gradient step. With a constant gradient the velocity
grows towards g / (1 - beta), ten times g for beta = 0.9, which is why momentum
runs fast along a gentle slope.

Edge cases that matter: the first step (v = 0), beta = 0. Return new arrays:
do not change x or v in place.
"""

import numpy as np


def momentum_step(
    x: np.ndarray, v: np.ndarray, g: np.ndarray, lr: float, beta: float
) -> tuple[np.ndarray, np.ndarray]:
    v_new = beta * v + g  # the velocity carries the past gradients
    return x - lr * v_new, v_new
