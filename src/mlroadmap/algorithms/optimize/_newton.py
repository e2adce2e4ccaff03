r"""Newton's method: solve for the step instead of following the gradient.

Near x, f looks like the quadratic
:math:`f(x + p) \approx f(x) + g^\top p + \tfrac12 p^\top H p`, with g the gradient and
H the Hessian. Its minimiser solves the Newton system :math:`H p = -g` (solve it, never
form :math:`H^{-1}`). When H is positive definite p is a descent direction and, close to
a minimum, the step t = 1 converges quadratically (the number of correct digits doubles).

Far from the minimum two safeguards keep the method honest:

1. If H is not positive definite (the Cholesky factorization fails), solve with
   :math:`H + \tau I` instead, doubling τ until it is (Nocedal and Wright,
   Algorithm 3.3). The step then bends towards the gradient's direction.
2. A backtracking line search from t = 1 (the damped Newton method), so that no step
   increases f.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from scipy.linalg import cho_factor, cho_solve

from mlroadmap.algorithms.optimize._checks import as_point, in_unit_interval
from mlroadmap.algorithms.optimize._line_search import backtracking
from mlroadmap.algorithms.optimize._loop import run
from mlroadmap.algorithms.optimize._result import OptimizeResult


def _square(H: Any, d: int) -> np.ndarray:
    H = np.asarray(H, dtype=np.float64)
    if H.shape != (d, d):
        raise ValueError(f"the Hessian must have shape ({d}, {d}), got shape {H.shape}.")
    if not np.isfinite(H).all():
        raise ValueError("the Hessian contains NaN or infinity.")
    return H


def newton_step(g: Any, H: Any) -> np.ndarray:
    """The Newton step p solving H p = -g for a positive definite Hessian H.

    Raises ``numpy.linalg.LinAlgError`` when H is not positive definite (then p need
    not point downhill, and for a singular H it does not exist).
    """
    g = as_point(g, "g")
    H = _square(H, g.size)
    try:
        factor = cho_factor(H)
    except np.linalg.LinAlgError as error:
        raise np.linalg.LinAlgError(
            "the Hessian is not positive definite: the Newton step is not a descent direction."
        ) from error
    return cho_solve(factor, -g)


def _modified_step(g: np.ndarray, H: np.ndarray) -> np.ndarray:
    """Solve (H + τI) p = -g: τ = 0 when H is positive definite, else the first τ of a doubling
    sequence that makes H + τI positive definite (Nocedal and Wright, Algorithm 3.3)."""
    smallest = float(np.min(np.diag(H)))
    tau = 0.0 if smallest > 0 else 1e-3 - smallest
    scale = max(1.0, float(np.max(np.abs(H))))
    while True:
        try:
            return cho_solve(cho_factor(H + tau * np.eye(H.shape[0])), -g)
        except np.linalg.LinAlgError:
            tau = max(2.0 * tau, 1e-3 * scale)


def newton(
    fun: Callable[[np.ndarray], Any],
    x0: Any,
    jac: Callable[[np.ndarray], Any],
    hess: Callable[[np.ndarray], Any],
    *,
    c: float = 1e-4,
    shrink: float = 0.5,
    tol: float = 1e-8,
    max_iter: int = 200,
) -> OptimizeResult:
    """Damped Newton with a modified Cholesky Hessian and Armijo backtracking from t = 1."""
    c = in_unit_interval(c, "c", open_left=True)
    shrink = in_unit_interval(shrink, "shrink", open_left=True)

    def step(x: np.ndarray, fx: float, g: np.ndarray, k: int) -> tuple[np.ndarray, int] | None:
        p = _modified_step(g, _square(hess(x), x.size))
        t, _, used = backtracking(fun, x, g, p, fx=fx, t0=1.0, c=c, shrink=shrink)
        return None if t == 0.0 else (x + t * p, used)

    return run(fun, x0, jac, step, tol, max_iter)
