r"""Norms (the size of a vector or a matrix) and the rank (how many columns are independent).

Vector p-norms: :math:`\lVert x \rVert_p = (\sum_i |x_i|^p)^{1/p}`, with
:math:`\lVert x \rVert_\infty = \max_i |x_i|`. Matrix norms: Frobenius
:math:`\sqrt{\sum_{ij} A_{ij}^2}`, the induced 1- and inf-norms (largest column and row sum
of :math:`|A_{ij}|`), the spectral norm :math:`\sigma_1` and the nuclear norm
:math:`\sum_i \sigma_i`. The rank is the number of singular values above a tolerance that
stands for rounding error.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._svd import svd
from mlroadmap.algorithms.linalg._validation import as_float_array

EPS = np.finfo(np.float64).eps
_inf = float("inf")


def _vector_norm(x: np.ndarray, ord: Any, axis: int | None, keepdims: bool) -> Any:
    a = np.abs(x)
    if ord is None or ord == 2:
        return np.sqrt((x * x).sum(axis=axis, keepdims=keepdims))
    if isinstance(ord, str):
        raise ValueError(f"Invalid norm order {ord!r} for vectors: use a number or inf.")
    if ord == _inf:
        return a.max(axis=axis, keepdims=keepdims)
    if ord == -_inf:
        return a.min(axis=axis, keepdims=keepdims)
    if ord == 0:  # not a norm: the number of nonzero entries
        return (x != 0).sum(axis=axis, keepdims=keepdims).astype(np.float64)
    if ord == 1:
        return a.sum(axis=axis, keepdims=keepdims)
    with np.errstate(divide="ignore"):  # negative p: a zero entry gives 1/0 = inf, then 1/inf = 0
        return (a**ord).sum(axis=axis, keepdims=keepdims) ** (1.0 / ord)


def _matrix_norm(A: np.ndarray, ord: Any) -> float:
    if ord in (None, "fro"):
        return float(np.sqrt((A * A).sum()))
    if ord == "nuc":
        return float(svd(A, compute_uv=False).sum())
    if ord in (1, -1):
        column_sums = np.abs(A).sum(axis=0)
        return float(column_sums.max() if ord == 1 else column_sums.min())
    if ord in (_inf, -_inf):
        row_sums = np.abs(A).sum(axis=1)
        return float(row_sums.max() if ord == _inf else row_sums.min())
    if ord in (2, -2):
        S = svd(A, compute_uv=False)
        return float(S[0] if ord == 2 else S[-1])
    raise ValueError(
        f"Invalid norm order {ord!r} for matrices: use None, 'fro', 'nuc', 1, -1, 2, -2, inf or -inf."
    )


def norm(x: Any, ord: Any = None, axis: int | None = None, keepdims: bool = False) -> Any:
    """The norm of a vector or a matrix, like ``numpy.linalg.norm``.

    With ``axis=None``: a 1-D ``x`` gets the vector norm ``ord``, a 2-D one the matrix norm
    ``ord`` (``None`` means 2 for vectors and Frobenius for matrices), and ``ord=None`` on any
    array is the 2-norm of all its values. With an int ``axis``: the vector norms along that
    axis, e.g. ``norm(X, axis=1)`` is the length of every row of X.
    """
    array = as_float_array(x, "x")
    if axis is not None:
        if not isinstance(axis, int | np.integer) or not -array.ndim <= axis < array.ndim:
            raise ValueError(f"axis must be None or an int between -{array.ndim} and {array.ndim - 1}.")
        return _vector_norm(array, ord, int(axis), keepdims)
    if ord is None:
        result = np.sqrt((array * array).sum())
    elif array.ndim == 1:
        result = _vector_norm(array, ord, None, False)
    elif array.ndim == 2:
        result = _matrix_norm(array, ord)
    else:
        raise ValueError(f"Improper number of dimensions to norm: a {array.ndim}-D array needs ord=None.")
    result = float(result)
    return np.full((1,) * array.ndim, result) if keepdims else result


def matrix_rank(A: Any, tol: float | None = None, *, rtol: float | None = None) -> int:
    """The number of singular values above ``tol``, like ``numpy.linalg.matrix_rank``.

    The default ``tol`` is ``S.max() * rtol`` with ``rtol = max(m, n) * eps``: singular values
    below it are what rounding the entries alone could produce. A 1-D input has rank 1
    unless it is all zeros.
    """
    array = as_float_array(A, "A", ndim=(1, 2))
    if array.ndim == 1:
        return int(array.any())
    S = svd(array, compute_uv=False)
    if tol is None:
        tol = S.max() * (max(array.shape) * EPS if rtol is None else rtol)
    return int((tol < S).sum())
