"""Validation the trees and ensembles need beyond ``mlroadmap.algorithms.validation``:
the hyper-parameters that may be a count or a fraction.

The messages are scikit-learn's, so a learner meets the same sentences in both libraries.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_float(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral)


def _invalid(name: str, owner: Any, allowed: str, value: Any) -> ValueError:
    return ValueError(
        f"The {name!r} parameter of {type(owner).__name__} must be {allowed}. Got {value!r} instead."
    )


def resolve_max_depth(value: Any, owner: Any) -> int | None:
    if value is None or (_is_int(value) and value >= 1):
        return value
    raise _invalid("max_depth", owner, "an int in the range [1, inf) or None", value)


def resolve_min_samples_split(value: Any, n_samples: int, owner: Any) -> int:
    """An int ≥ 2, or a fraction in (0, 1] of the samples (rounded up, at least 2)."""
    if _is_int(value) and value >= 2:
        return int(value)
    if _is_float(value) and 0.0 < value <= 1.0:
        return max(2, math.ceil(value * n_samples))
    raise _invalid(
        "min_samples_split", owner, "an int in the range [2, inf) or a float in the range (0.0, 1.0]", value
    )


def resolve_min_samples_leaf(value: Any, n_samples: int, owner: Any) -> int:
    """An int ≥ 1, or a fraction in (0, 1) of the samples (rounded up)."""
    if _is_int(value) and value >= 1:
        return int(value)
    if _is_float(value) and 0.0 < value < 1.0:
        return math.ceil(value * n_samples)
    raise _invalid(
        "min_samples_leaf", owner, "an int in the range [1, inf) or a float in the range (0.0, 1.0)", value
    )


def resolve_max_features(value: Any, n_features: int, owner: Any) -> int:
    """How many features to draw at each split: None (all), "sqrt", "log2", an int or a fraction."""
    if value is None:
        return n_features
    if value == "sqrt":
        return max(1, int(np.sqrt(n_features)))
    if value == "log2":
        return max(1, int(np.log2(n_features)))
    if _is_int(value) and 1 <= value <= n_features:
        return int(value)
    if _is_float(value) and 0.0 < value <= 1.0:
        return max(1, int(value * n_features))
    raise _invalid(
        "max_features",
        owner,
        f"None, 'sqrt', 'log2', an int in the range [1, {n_features}] or a float in the range (0.0, 1.0]",
        value,
    )


def resolve_choice(name: str, value: Any, choices: Any, owner: Any) -> Any:
    if isinstance(value, str) and value in choices:
        return value
    raise _invalid(name, owner, f"a str among {sorted(choices)}", value)
