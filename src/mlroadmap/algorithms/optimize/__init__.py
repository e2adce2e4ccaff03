"""Optimization from scratch: gradient descent (fixed step or backtracking), momentum,
Adam, damped Newton, convexity, and equality-constrained quadratic programs through
Lagrange multipliers, plus the Rosenbrock and logistic-loss test problems.

Every method returns an :class:`OptimizeResult` named like scipy.optimize's (``x``,
``fun``, ``jac``, ``nit``, ``nfev``, ``success``, ``message``) that also keeps the path
of iterates, for the lesson's figures.
"""

from mlroadmap.algorithms.optimize._constrained import minimize_equality_qp
from mlroadmap.algorithms.optimize._convexity import is_positive_semidefinite
from mlroadmap.algorithms.optimize._first_order import (
    adam,
    adam_step,
    gradient_descent,
    momentum,
    momentum_step,
)
from mlroadmap.algorithms.optimize._line_search import backtracking
from mlroadmap.algorithms.optimize._newton import newton, newton_step
from mlroadmap.algorithms.optimize._problems import (
    logistic_gradient,
    logistic_hessian,
    logistic_loss,
    rosen,
    rosen_der,
    rosen_hess,
)
from mlroadmap.algorithms.optimize._result import OptimizeResult

__all__ = [
    "OptimizeResult",
    "adam",
    "adam_step",
    "backtracking",
    "gradient_descent",
    "is_positive_semidefinite",
    "logistic_gradient",
    "logistic_hessian",
    "logistic_loss",
    "minimize_equality_qp",
    "momentum",
    "momentum_step",
    "newton",
    "newton_step",
    "rosen",
    "rosen_der",
    "rosen_hess",
]
