"""One update of Adam, with its bias correction.

Adam (Kingma and Ba, 2015) is the default optimizer for training neural networks:
torch.optim.Adam(params, lr=1e-3). It keeps two moving averages per parameter, of
the gradient (the direction) and of its square (the scale), and divides one by the
root of the other, so every parameter moves by about lr, however large or small
its gradients are.

    x, g, m and v have shape (d,): the parameters, the gradient at x, and the two
    moving averages after step t - 1 (zeros before the first step). t >= 1 is the
    number of this step. lr > 0, 0 <= beta1 < 1, 0 <= beta2 < 1 and eps > 0 are
    the hyper-parameters (PyTorch's defaults: 1e-3, 0.9, 0.999, 1e-8).
    Return the tuple (x_new, m_new, v_new) of three arrays of shape (d,):

        m_new = beta1 * m + (1 - beta1) * g          the mean of the gradients
        v_new = beta2 * v + (1 - beta2) * g ** 2     the mean of their squares
        m_hat = m_new / (1 - beta1 ** t)             bias corrections: the averages
        v_hat = v_new / (1 - beta2 ** t)             started at 0, so they start low
        x_new = x - lr * m_hat / (np.sqrt(v_hat) + eps)

On the first step m_hat = g and v_hat = g², so every coordinate moves by almost
exactly lr against the sign of its gradient.

Edge cases that matter: the first step (t = 1, m = v = 0), tiny gradients (near
eps, where it matters that eps is added outside the square root), a late step
(t = 1000, where the corrections are almost 1). Do not change x, m or v in place.
"""

import numpy as np


def adam_step(
    x: np.ndarray,
    g: np.ndarray,
    m: np.ndarray,
    v: np.ndarray,
    t: int,
    lr: float,
    beta1: float,
    beta2: float,
    eps: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    m_new = beta1 * m + (1 - beta1) * g
    v_new = beta2 * v + (1 - beta2) * g**2
    m_hat = m_new / (1 - beta1**t)  # undo the pull towards the zeros they started from
    v_hat = v_new / (1 - beta2**t)
    return x - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new
