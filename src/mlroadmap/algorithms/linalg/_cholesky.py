r"""The Cholesky factorization :math:`A = L L^T` of a symmetric positive definite matrix.

Comparing entries of :math:`A = L L^T` column by column gives the algorithm directly:
:math:`L_{jj} = \sqrt{A_{jj} - \sum_{k<j} L_{jk}^2}` and, below the diagonal,
:math:`L_{ij} = (A_{ij} - \sum_{k<j} L_{ik} L_{jk}) / L_{jj}`. The square root exists for
every j exactly when A is positive definite, which makes Cholesky the cheapest test of it.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._validation import LinAlgError, as_square, lower_symmetric


def cholesky(a: Any, /, *, upper: bool = False) -> np.ndarray:
    """The lower-triangular L with ``a == L @ L.T`` (or ``L.T`` with ``upper=True``), as NumPy.

    Only the lower triangle of ``a`` is read (the upper one with ``upper=True``), like NumPy,
    which assumes symmetry without checking it. A matrix that is not positive definite
    raises LinAlgError.
    """
    A = lower_symmetric(as_square(a, "a"), "U" if upper else "L")
    n = A.shape[0]
    L = np.zeros_like(A)
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if not pivot > 0.0:
            raise LinAlgError(
                f"Matrix is not positive definite: the pivot of column {j} is {pivot:.3g}, not > 0."
            )
        L[j, j] = math.sqrt(pivot)
        L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    return L.T if upper else L
