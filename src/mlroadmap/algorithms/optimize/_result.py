"""What an optimizer returns: the answer, how it got there, and the path for the figures."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class OptimizeResult:
    """The outcome of a run, named like scipy.optimize.OptimizeResult's fields.

    ``x``        the last iterate, shape (d,).
    ``fun``      f(x).
    ``jac``      the gradient at x.
    ``nit``      the number of updates made.
    ``nfev``     the number of evaluations of f (line searches add some).
    ``success``  True when the gradient's largest entry fell to ``tol`` or below.
    ``message``  why the run stopped, in words.
    ``path``     every iterate, shape (nit + 1, d): x0 first, x last.
    ``values``   f at every iterate, shape (nit + 1,).
    """

    x: np.ndarray
    fun: float
    jac: np.ndarray
    nit: int
    nfev: int
    success: bool
    message: str
    path: np.ndarray
    values: np.ndarray
