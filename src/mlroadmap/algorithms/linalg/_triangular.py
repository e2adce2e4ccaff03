r"""Triangular systems: forward and back substitution, the last step of every direct solver.

For an upper-triangular :math:`U`, row :math:`i` of :math:`U x = b` reads
:math:`U_{ii} x_i + \sum_{j > i} U_{ij} x_j = b_i`, so once :math:`x_{i+1}, \dots, x_{n-1}`
are known, :math:`x_i = (b_i - \sum_{j > i} U_{ij} x_j) / U_{ii}`. A lower-triangular
system is solved the same way from the top row down.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._validation import LinAlgError, as_float_array, as_square


def _right_hand_side(b: Any, n: int) -> np.ndarray:
    rhs = as_float_array(b, "b", ndim=(1, 2))
    if rhs.shape[0] != n:
        raise ValueError(f"b has {rhs.shape[0]} row(s) but the matrix has {n}: they must match.")
    return rhs.copy()


def solve_triangular(a: Any, b: Any, lower: bool = False, unit_diagonal: bool = False) -> np.ndarray:
    """Solve ``a @ x = b`` for a triangular ``a`` (only its triangle is read), like scipy.linalg's.

    ``b`` has shape (n,) or (n, k); the loop runs over the n rows, each row one dot product
    for all k right-hand sides at once. A zero on the diagonal raises LinAlgError.
    """
    T = as_square(a, "a")
    x = _right_hand_side(b, T.shape[0])
    n = T.shape[0]
    diagonal = np.ones(n) if unit_diagonal else np.diag(T)
    if (zero := np.flatnonzero(diagonal == 0)).size:
        raise LinAlgError(f"singular matrix: the diagonal entry {zero[0]} is 0.")
    rows = range(n) if lower else range(n - 1, -1, -1)
    for i in rows:
        known = slice(0, i) if lower else slice(i + 1, n)
        x[i] = (x[i] - T[i, known] @ x[known]) / diagonal[i]
    return x
