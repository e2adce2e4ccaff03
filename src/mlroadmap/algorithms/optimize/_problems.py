r"""Test problems: the Rosenbrock function and the L2-penalized logistic loss.

Rosenbrock's banana valley,
:math:`f(x) = \sum_{i} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2`, has its minimum 0 at
:math:`(1, \dots, 1)` at the bottom of a long, curved, flat valley: easy to find, slow
to follow. The names and behaviour match scipy.optimize.rosen, rosen_der and rosen_hess
(``rosen`` also takes points as the columns of a (d, k) array).

The logistic loss with labels :math:`y_i \in \{0, 1\}`, :math:`z = X w` and
:math:`p = \sigma(z)`:

.. math::

    L(w) = \frac1n \sum_i \big(\log(1 + e^{z_i}) - y_i z_i\big) + \frac\alpha2 \lVert w \rVert^2,
    \quad \nabla L = \tfrac1n X^\top (p - y) + \alpha w,
    \quad \nabla^2 L = \tfrac1n X^\top \mathrm{diag}(p (1 - p)) X + \alpha I.

It has no intercept of its own: add a column of ones to X for one (it is then penalized
like every other weight).
"""

from __future__ import annotations

from typing import Any

import numpy as np


def rosen(x: Any) -> Any:
    """The Rosenbrock function; columns of a (d, k) array are k points."""
    x = np.asarray(x, dtype=np.float64)
    return np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2, axis=0)


def rosen_der(x: Any) -> np.ndarray:
    """The gradient of :func:`rosen` at a 1-D point."""
    x = np.asarray(x, dtype=np.float64)
    inner = x[1:] - x[:-1] ** 2
    g = np.zeros_like(x)
    g[:-1] = -400.0 * x[:-1] * inner - 2.0 * (1.0 - x[:-1])
    g[1:] += 200.0 * inner
    return g


def rosen_hess(x: Any) -> np.ndarray:
    """The Hessian of :func:`rosen` at a 1-D point: tridiagonal."""
    x = np.asarray(x, dtype=np.float64)
    diagonal = np.zeros_like(x)
    diagonal[:-1] = 1200.0 * x[:-1] ** 2 - 400.0 * x[1:] + 2.0
    diagonal[1:] += 200.0
    off = -400.0 * x[:-1]
    return np.diag(diagonal) + np.diag(off, 1) + np.diag(off, -1)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.exp(-np.logaddexp(0.0, -z))  # 1 / (1 + e^-z) without overflow


def logistic_loss(w: Any, X: Any, y: Any, alpha: float = 0.0) -> float:
    """The mean log-loss of the weights ``w`` (d,) on ``X`` (n, d), ``y`` (n,) in {0, 1}, plus α/2 ‖w‖²."""
    w = np.asarray(w, dtype=np.float64)
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * alpha * (w @ w))


def logistic_gradient(w: Any, X: Any, y: Any, alpha: float = 0.0) -> np.ndarray:
    """The gradient of :func:`logistic_loss`: Xᵀ(p - y)/n + α w."""
    w = np.asarray(w, dtype=np.float64)
    return X.T @ (_sigmoid(X @ w) - y) / X.shape[0] + alpha * w


def logistic_hessian(w: Any, X: Any, y: Any, alpha: float = 0.0) -> np.ndarray:
    """The Hessian of :func:`logistic_loss`: Xᵀ diag(p(1 - p)) X / n + α I."""
    p = _sigmoid(X @ np.asarray(w, dtype=np.float64))
    H = (X.T * (p * (1.0 - p) / X.shape[0])) @ X
    H[np.diag_indices_from(H)] += alpha
    return H
