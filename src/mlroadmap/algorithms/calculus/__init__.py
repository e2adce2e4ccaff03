"""Numerical calculus: finite-difference derivatives, gradients, Jacobians and Hessians,
and integration by the trapezoid rule, Simpson's rule and Monte Carlo.

The names and conventions follow SciPy (``scipy.differentiate`` for derivatives and
their vectorization, ``scipy.integrate.trapezoid``/``simpson`` for sampled integrals),
so what a learner writes here carries over to the real library.
"""

from mlroadmap.algorithms.calculus._differences import derivative
from mlroadmap.algorithms.calculus._monte_carlo import monte_carlo
from mlroadmap.algorithms.calculus._multivariate import gradient, hessian, jacobian
from mlroadmap.algorithms.calculus._quadrature import simpson, trapezoid

__all__ = ["derivative", "gradient", "hessian", "jacobian", "monte_carlo", "simpson", "trapezoid"]
