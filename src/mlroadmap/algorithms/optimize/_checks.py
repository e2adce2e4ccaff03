"""Input checks shared by the optimizers: one sentence per problem."""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import Any

import numpy as np


def as_point(x: Any, name: str = "x0") -> np.ndarray:
    """A starting point: a non-empty, finite 1-D float array (a copy)."""
    point = np.array(x, dtype=np.float64)
    if point.ndim != 1 or point.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array, got shape {point.shape}.")
    if not np.isfinite(point).all():
        raise ValueError(f"{name} contains NaN or infinity.")
    return point


def positive(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not (0 < value < np.inf):
        raise ValueError(f"{name} must be a positive finite number, got {value!r}.")
    return float(value)


def in_unit_interval(value: Any, name: str, *, open_left: bool = False) -> float:
    """A factor in [0, 1) (or (0, 1) with ``open_left``)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not (0 <= value < 1):
        raise ValueError(f"{name} must lie in [0, 1), got {value!r}.")
    if open_left and value == 0:
        raise ValueError(f"{name} must lie in (0, 1), got {value!r}.")
    return float(value)


def iterations(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 0:
        raise ValueError(f"max_iter must be a non-negative integer, got {value!r}.")
    return int(value)


def tolerance(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not (0 <= value < np.inf):
        raise ValueError(f"tol must be a non-negative finite number, got {value!r}.")
    return float(value)


def value_at(fun: Callable[[np.ndarray], Any], x: np.ndarray) -> float:
    """f(x) as a float; overflow is not an error here, the caller sees a non-finite value."""
    with np.errstate(over="ignore", invalid="ignore"):
        return float(fun(x))


def gradient_at(jac: Callable[[np.ndarray], Any], x: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore", invalid="ignore"):
        g = np.asarray(jac(x), dtype=np.float64)
    if g.shape != x.shape:
        raise ValueError(f"jac must return an array of shape {x.shape}, got shape {g.shape}.")
    return g
