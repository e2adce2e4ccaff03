"""Hyper-parameter checks made in ``fit`` (never in ``__init__``), with scikit-learn's wording.

scikit-learn raises its ``InvalidParameterError``, a subclass of both ValueError and
TypeError; a ValueError is what a user catches, so that is what we raise.
"""

from __future__ import annotations

import numbers
from typing import Any


def check_interval(
    estimator: Any,
    name: str,
    *,
    low: float | None = None,
    high: float | None = None,
    closed: str = "left",
    integer: bool = False,
) -> None:
    """``getattr(estimator, name)`` is a real (or integer) number in the interval.

    ``closed`` is "left", "right", "both" or "neither", as in scikit-learn's ``Interval``.
    """
    value = getattr(estimator, name)
    kind = numbers.Integral if integer else numbers.Real
    ok = isinstance(value, kind) and not isinstance(value, bool)
    if ok and low is not None:
        ok = value >= low if closed in ("left", "both") else value > low
    if ok and high is not None:
        ok = value <= high if closed in ("right", "both") else value < high
    if not ok:
        left = "[" if closed in ("left", "both") else "("
        right = "]" if closed in ("right", "both") else ")"
        lo = "-inf" if low is None else low
        hi = "inf" if high is None else high
        what = "an int" if integer else "a float"
        raise ValueError(
            f"The {name!r} parameter of {type(estimator).__name__} must be {what} in the range "
            f"{left}{lo}, {hi}{right}. Got {value!r} instead."
        )


def check_option(estimator: Any, name: str, options: tuple[Any, ...]) -> None:
    """``getattr(estimator, name)`` is one of ``options``."""
    value = getattr(estimator, name)
    if not any(value is option or (type(value) is type(option) and value == option) for option in options):
        raise ValueError(
            f"The {name!r} parameter of {type(estimator).__name__} must be one of "
            f"{', '.join(repr(o) for o in options)}. Got {value!r} instead."
        )
