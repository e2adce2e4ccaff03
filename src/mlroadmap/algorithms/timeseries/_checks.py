"""Input checks shared by the time-series functions: one clear sentence per problem."""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np


def series(x: Any, name: str = "x", *, min_size: int = 1) -> np.ndarray:
    """``x`` as a finite 1-D float array with at least ``min_size`` values."""
    try:
        array = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a 1-D array of numbers.") from None
    if array.ndim != 1:
        raise ValueError(f"{name} must be a 1-D series, got an array of shape {array.shape}.")
    if array.size < min_size:
        raise ValueError(f"{name} needs at least {min_size} value(s), got {array.size}.")
    if not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinity: fill or drop the missing values first.")
    return array


def whole(value: Any, name: str, *, minimum: int, maximum: int | None = None) -> int:
    """A whole number in ``[minimum, maximum]`` (a float such as 12.0 is accepted)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value != int(value):
        raise ValueError(f"{name} must be a whole number, got {value!r}.")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value!r}.")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum} here, got {value!r}.")
    return int(value)


def fraction(value: Any, name: str) -> float:
    """A smoothing parameter: a number in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a number in [0, 1], got {value!r}.")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must lie in [0, 1], got {value!r}.")
    return float(value)


def finite(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}.")
    return float(value)
