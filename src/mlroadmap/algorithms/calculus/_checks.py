"""Input checks shared by the calculus functions: one sentence per problem."""

from __future__ import annotations

from typing import Any

import numpy as np

EPS = float(np.finfo(np.float64).eps)


def as_finite(values: Any, name: str, *, ndim: int | None = None, allow_empty: bool = False) -> np.ndarray:
    """``values`` as a float64 array, refusing NaN, inf, the wrong number of axes and emptiness."""
    array = np.asarray(values, dtype=np.float64)
    if ndim is not None and array.ndim != ndim:
        raise ValueError(f"{name} must be a {ndim}-D array, got an array of shape {array.shape}.")
    if array.size == 0 and not allow_empty:
        raise ValueError(f"{name} is empty: it needs at least one value.")
    if not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinity.")
    return array


def steps(h: Any, x: np.ndarray, power: float) -> np.ndarray:
    """The step for each coordinate of ``x``: ``h`` if given, else ε^power · max(1, |x|).

    The step is then rounded so that ``x + h`` and ``x`` differ by exactly ``h`` in floating
    point, which removes one source of error from the difference quotient.
    """
    if h is None:
        step = EPS**power * np.maximum(1.0, np.abs(x))
    else:
        step = np.broadcast_to(np.asarray(h, dtype=np.float64), x.shape)
        if not (np.isfinite(step).all() and (step > 0).all()):
            raise ValueError(f"the step h must be positive and finite, got {h!r}.")
    exact = (x + step) - x
    return np.where(exact > 0, exact, step)
