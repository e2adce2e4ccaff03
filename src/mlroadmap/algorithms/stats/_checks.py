"""Input checks shared by the statistics functions: one clear sentence per problem."""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np


def sample(x: Any, name: str = "x", *, min_size: int = 1, axis: int | None = None) -> np.ndarray:
    """``x`` as a finite float array with at least ``min_size`` values (along ``axis`` if given)."""
    array = np.asarray(x, dtype=np.float64)
    if array.ndim == 0:
        raise ValueError(f"{name} must be an array of values, not a single number.")
    size = array.size if axis is None else array.shape[axis]
    if size < min_size:
        raise ValueError(f"{name} needs at least {min_size} value(s), got {size}.")
    if not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinity.")
    return array


def sample_1d(x: Any, name: str = "x", *, min_size: int = 1) -> np.ndarray:
    array = sample(x, name, min_size=min_size)
    if array.ndim != 1:
        raise ValueError(f"{name} must be 1-D, got an array of shape {array.shape}.")
    return array


def real(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}.")
    return float(value)


def positive(value: Any, name: str) -> float:
    value = real(value, name)
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value!r}.")
    return value


def probability(value: Any, name: str = "p") -> float:
    value = real(value, name)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be a probability in [0, 1], got {value!r}.")
    return value


def level(value: Any, name: str) -> float:
    """A confidence level or a significance level: strictly between 0 and 1."""
    value = real(value, name)
    if not 0.0 < value < 1.0:
        raise ValueError(f"{name} must lie strictly between 0 and 1, got {value!r}.")
    return value


def count(value: Any, name: str, *, minimum: int = 0) -> int:
    """A whole number >= ``minimum`` (a float such as 10.0 is accepted)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value != int(value):
        raise ValueError(f"{name} must be a whole number, got {value!r}.")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value!r}.")
    return int(value)


def alternative(value: str) -> str:
    if value not in ("two-sided", "less", "greater"):
        raise ValueError(f"alternative must be 'two-sided', 'less' or 'greater', got {value!r}.")
    return value


def rng(random_state: Any) -> np.random.Generator:
    """A Generator from None, an int seed or an existing Generator (NumPy's ``default_rng``)."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or isinstance(random_state, numbers.Integral | np.random.SeedSequence):
        return np.random.default_rng(random_state)
    raise ValueError(f"random_state must be None, an int or a numpy.random.Generator, got {random_state!r}.")


def output(value: np.ndarray) -> np.ndarray | float:
    """A 0-d result as a Python float, like scipy's scalar results."""
    value = np.asarray(value)
    return float(value) if value.ndim == 0 else value
