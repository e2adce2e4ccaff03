r"""First-order methods: gradient descent, momentum and Adam, as update rules and as loops.

With the gradient :math:`g_t = \nabla f(x_t)` and the learning rate :math:`\eta`:

- gradient descent: :math:`x_{t+1} = x_t - \eta\, g_t` (η fixed, or found by backtracking);
- momentum (the heavy ball, in PyTorch's form): :math:`v_{t+1} = \beta v_t + g_t`,
  :math:`x_{t+1} = x_t - \eta\, v_{t+1}`;
- Adam (Kingma and Ba, 2015), with t counting from 1:
  :math:`m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t`,
  :math:`v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2`,
  :math:`\hat m_t = m_t / (1 - \beta_1^t)`, :math:`\hat v_t = v_t / (1 - \beta_2^t)`,
  :math:`x_t = x_{t-1} - \eta\, \hat m_t / (\sqrt{\hat v_t} + \epsilon)`.

Every loop stops when :math:`\max_i |g_i| \le` ``tol`` (success), after ``max_iter``
updates, or when f or x stops being finite (divergence).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.optimize._checks import as_point, in_unit_interval, positive
from mlroadmap.algorithms.optimize._line_search import backtracking
from mlroadmap.algorithms.optimize._loop import run
from mlroadmap.algorithms.optimize._result import OptimizeResult


def momentum_step(x: Any, v: Any, g: Any, lr: float, beta: float) -> tuple[np.ndarray, np.ndarray]:
    """One heavy-ball update, as torch.optim.SGD(momentum=beta) does it: (x_new, v_new)."""
    v_new = beta * np.asarray(v, dtype=np.float64) + np.asarray(g, dtype=np.float64)
    return np.asarray(x, dtype=np.float64) - lr * v_new, v_new


def adam_step(
    x: Any,
    g: Any,
    m: Any,
    v: Any,
    t: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One Adam update at step ``t`` (1 for the first): (x_new, m_new, v_new).

    ``m`` and ``v`` are the moving averages after step t - 1 (zeros before the first).
    The defaults are the paper's and PyTorch's.
    """
    if isinstance(t, bool) or int(t) != t or t < 1:
        raise ValueError(f"t counts the updates from 1, got {t!r}.")
    g = np.asarray(g, dtype=np.float64)
    m_new = beta1 * np.asarray(m, dtype=np.float64) + (1.0 - beta1) * g
    v_new = beta2 * np.asarray(v, dtype=np.float64) + (1.0 - beta2) * g**2
    m_hat = m_new / (1.0 - beta1**t)
    v_hat = v_new / (1.0 - beta2**t)
    return np.asarray(x, dtype=np.float64) - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new


def gradient_descent(
    fun: Callable[[np.ndarray], Any],
    x0: Any,
    jac: Callable[[np.ndarray], Any],
    *,
    lr: float = 1e-3,
    line_search: str | None = None,
    c: float = 1e-4,
    shrink: float = 0.5,
    tol: float = 1e-6,
    max_iter: int = 10_000,
) -> OptimizeResult:
    """Minimize ``fun`` by steps against the gradient ``jac``.

    ``line_search=None`` takes the fixed step ``lr``; ``"backtracking"`` starts every
    iteration at ``lr`` and shrinks by ``shrink`` until the Armijo condition with ``c``
    holds (see :func:`backtracking`).
    """
    lr = positive(lr, "lr")
    if line_search not in (None, "backtracking"):
        raise ValueError(f"line_search must be None or 'backtracking', got {line_search!r}.")
    if line_search is None:
        return run(fun, x0, jac, lambda x, fx, g, k: (x - lr * g, 0), tol, max_iter)
    c = in_unit_interval(c, "c", open_left=True)
    shrink = in_unit_interval(shrink, "shrink", open_left=True)

    def step(x: np.ndarray, fx: float, g: np.ndarray, k: int) -> tuple[np.ndarray, int] | None:
        t, _, used = backtracking(fun, x, g, fx=fx, t0=lr, c=c, shrink=shrink)
        return None if t == 0.0 else (x - t * g, used)

    return run(fun, x0, jac, step, tol, max_iter)


def momentum(
    fun: Callable[[np.ndarray], Any],
    x0: Any,
    jac: Callable[[np.ndarray], Any],
    *,
    lr: float = 1e-3,
    beta: float = 0.9,
    tol: float = 1e-6,
    max_iter: int = 10_000,
) -> OptimizeResult:
    """Gradient descent with heavy-ball momentum (see :func:`momentum_step`), v starting at 0."""
    lr, beta = positive(lr, "lr"), in_unit_interval(beta, "beta")
    velocity = np.zeros_like(as_point(x0))

    def step(x: np.ndarray, fx: float, g: np.ndarray, k: int) -> tuple[np.ndarray, int]:
        nonlocal velocity
        x_new, velocity = momentum_step(x, velocity, g, lr, beta)
        return x_new, 0

    return run(fun, x0, jac, step, tol, max_iter)


def adam(
    fun: Callable[[np.ndarray], Any],
    x0: Any,
    jac: Callable[[np.ndarray], Any],
    *,
    lr: float = 1e-3,
    betas: tuple[float, float] = (0.9, 0.999),
    eps: float = 1e-8,
    tol: float = 1e-6,
    max_iter: int = 10_000,
) -> OptimizeResult:
    """Adam (see :func:`adam_step`) from m = v = 0, with torch.optim.Adam's defaults."""
    lr, eps = positive(lr, "lr"), positive(eps, "eps")
    beta1, beta2 = (in_unit_interval(b, name) for b, name in zip(betas, ("beta1", "beta2"), strict=True))
    m = np.zeros_like(as_point(x0))
    v = np.zeros_like(m)

    def step(x: np.ndarray, fx: float, g: np.ndarray, k: int) -> tuple[np.ndarray, int]:
        nonlocal m, v
        x_new, m, v = adam_step(x, g, m, v, k + 1, lr, beta1, beta2, eps)
        return x_new, 0

    return run(fun, x0, jac, step, tol, max_iter)
