"""Input checks shared by the linear-algebra routines: one clear sentence per problem."""

from __future__ import annotations

from typing import Any

import numpy as np

LinAlgError = np.linalg.LinAlgError  # a ValueError subclass, raised where NumPy raises it


def as_float_array(a: Any, name: str = "A", *, ndim: int | tuple[int, ...] | None = None) -> np.ndarray:
    """``a`` as a float64 array, refusing complex, non-numeric, empty and non-finite input."""
    array = np.asarray(a)
    if array.dtype.kind == "c":
        raise ValueError(f"{name} is complex; these routines handle real matrices only.")
    if array.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold numbers, got an array of dtype {array.dtype}.")
    wanted = (ndim,) if isinstance(ndim, int) else ndim
    if wanted is not None and array.ndim not in wanted:
        shapes = " or ".join(f"{d}-D" for d in wanted)
        raise ValueError(f"{name} must be {shapes}, got an array with {array.ndim} dimension(s).")
    if array.size == 0:
        raise ValueError(f"{name} is empty (shape {array.shape}).")
    array = array.astype(np.float64, copy=False)
    if not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinity.")
    return array


def as_matrix(a: Any, name: str = "A") -> np.ndarray:
    """A finite, non-empty 2-D float64 array."""
    return as_float_array(a, name, ndim=2)


def as_square(a: Any, name: str = "A") -> np.ndarray:
    """A finite, non-empty, square 2-D float64 array (non-square raises LinAlgError, as in NumPy)."""
    matrix = as_matrix(a, name)
    if matrix.shape[0] != matrix.shape[1]:
        raise LinAlgError(f"{name} must be square, got shape {matrix.shape}.")
    return matrix


def lower_symmetric(a: np.ndarray, uplo: str) -> np.ndarray:
    """The symmetric matrix that the lower (``"L"``) or upper (``"U"``) triangle of ``a`` defines.

    NumPy's ``eigh`` and ``cholesky`` read one triangle only and ignore the other; so do we.
    """
    if uplo not in ("L", "U"):
        raise ValueError(f"UPLO must be 'L' or 'U', got {uplo!r}.")
    triangle = np.tril(a) if uplo == "L" else np.triu(a)
    return triangle + np.tril(triangle, -1).T if uplo == "L" else triangle + np.triu(triangle, 1).T
