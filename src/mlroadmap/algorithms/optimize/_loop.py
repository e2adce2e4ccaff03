"""The loop every optimizer shares: stop tests, bookkeeping and the recorded path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.optimize._checks import as_point, gradient_at, iterations, tolerance, value_at
from mlroadmap.algorithms.optimize._result import OptimizeResult

Step = Callable[[np.ndarray, float, np.ndarray, int], tuple[np.ndarray, int] | None]


def run(
    fun: Callable[[np.ndarray], Any],
    x0: Any,
    jac: Callable[[np.ndarray], Any],
    step: Step,
    tol: float,
    max_iter: int,
) -> OptimizeResult:
    """The loop every method shares; ``step(x, fx, g, k)`` gives (x_new, evaluations) or None."""
    x = as_point(x0)
    tol, max_iter = tolerance(tol), iterations(max_iter)
    fx = value_at(fun, x)
    if not np.isfinite(fx):
        raise ValueError("fun(x0) is not finite: start where the objective is defined.")
    g = gradient_at(jac, x)
    path, values, nfev = [x], [fx], 1
    message, success = f"stopped after max_iter={max_iter} updates", False
    for k in range(max_iter + 1):
        if not np.isfinite(g).all():
            message = "the gradient is not finite: the run diverged"
            break
        if np.max(np.abs(g)) <= tol:
            message, success = "the gradient's largest entry is below tol", True
            break
        if k == max_iter:
            break
        moved = step(x, fx, g, k)
        if moved is None:
            message = "the line search found no step that decreases f enough"
            break
        x, used = moved
        fx = value_at(fun, x)
        nfev += used + 1
        path.append(x)
        values.append(fx)
        if not (np.isfinite(fx) and np.isfinite(x).all()):
            message = "f is no longer finite: the run diverged (is the learning rate too large?)"
            break
        g = gradient_at(jac, x)
    return OptimizeResult(
        x=x,
        fun=fx,
        jac=g,
        nit=len(path) - 1,
        nfev=nfev,
        success=success,
        message=message,
        path=np.array(path),
        values=np.array(values),
    )
