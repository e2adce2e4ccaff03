"""Compare a returned plain value with the expected one and say what differs.

Both values are *plain*: NumPy arrays loaded with ``allow_pickle=False``, Python
numbers, strings, None, and lists of those. Nothing the learner's code defined
reaches this module, so a returned object with a lying ``__eq__`` cannot pass.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from mlroadmap.grading.spec import Rule

_KIND_NAMES = {"b": "bool", "i": "integer", "u": "integer", "f": "float", "c": "complex"}


def describe(value: Any) -> str:
    """A short phrase for a value's type and shape, as a learner would say it."""
    if value is None:
        return "None"
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} and dtype {value.dtype}"
    if isinstance(value, bool):
        return "a bool"
    if isinstance(value, int):
        return "an int"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a str"
    if isinstance(value, list):
        return f"a sequence of {len(value)} values"
    if isinstance(value, dict) and "unsupported" in value:
        return str(value["unsupported"])
    return type(value).__name__


def _fmt(x: Any) -> str:
    if isinstance(x, float | np.floating):
        return f"{float(x):.6g}"
    return repr(x.item() if isinstance(x, np.generic) else x)


def _index(idx: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(int(i)) for i in idx) + "]"


def _as_number_array(value: Any) -> np.ndarray | None:
    """A list of numbers as an array; anything else gives None."""
    try:
        arr = np.asarray(value)
    except (ValueError, TypeError):
        return None
    return arr if arr.dtype.kind in "biufc" else None


def _compare_arrays(expected: np.ndarray, got: Any, rule: Rule) -> str | None:
    if not isinstance(got, np.ndarray):
        if isinstance(got, list) and (converted := _as_number_array(got)) is not None:
            got = converted
        else:
            return f"expected an array of shape {expected.shape}, got {describe(got)}"
    if got.shape != expected.shape:
        hint = " (transposed?)" if got.shape == expected.shape[::-1] and got.ndim == 2 else ""
        return f"expected shape {expected.shape}, got shape {got.shape}{hint}"
    if expected.dtype.kind in "US":  # text: exact equality, element by element
        if got.dtype.kind not in "US":
            return f"expected text, got an array of dtype {got.dtype}"
        differ = expected != got
        if not differ.any():
            return None
        idx = tuple(np.argwhere(differ)[0])
        return (
            f"values differ at index {_index(idx)}: expected {expected[idx].item()!r}, "
            f"got {got[idx].item()!r} ({int(differ.sum())} of {expected.size} value(s) differ)"
        )
    if got.dtype.kind not in "biufc":
        return f"expected numbers, got an array of dtype {got.dtype}"
    if rule.dtype_kind and _KIND_NAMES.get(got.dtype.kind) != _KIND_NAMES.get(expected.dtype.kind):
        return (
            f"expected a {_KIND_NAMES.get(expected.dtype.kind, expected.dtype)} array, got dtype {got.dtype}"
        )
    if expected.size == 0:
        return None
    exp = expected.astype(np.complex128 if expected.dtype.kind == "c" else np.float64)
    act = got.astype(np.complex128 if got.dtype.kind == "c" else np.float64)
    exp_nan, act_nan = np.isnan(exp), np.isnan(act)
    stray_nan = act_nan & ~exp_nan
    if stray_nan.any():
        idx = tuple(np.argwhere(stray_nan)[0])
        return (
            f"got NaN at index {_index(idx)} where {_fmt(expected[idx])} was expected "
            f"({int(stray_nan.sum())} NaN value(s) in all)"
        )
    with np.errstate(invalid="ignore", over="ignore"):
        close = np.isclose(act, exp, rtol=rule.rtol, atol=rule.atol, equal_nan=True)
    if close.all():
        return None
    idx = tuple(np.argwhere(~close)[0])
    where = f" at index {_index(idx)}" if expected.ndim else ""
    return (
        f"values differ{where}: expected {_fmt(expected[idx])}, got {_fmt(got[idx])} "
        f"({int((~close).sum())} of {expected.size} value(s) differ)"
    )


def _compare_numbers(expected: float, got: Any, rule: Rule) -> str | None:
    if isinstance(got, np.ndarray) and got.shape == ():
        got = got.item()
    if isinstance(got, bool) != isinstance(expected, bool) and rule.dtype_kind:
        return f"expected {describe(expected)}, got {describe(got)}"
    if not isinstance(got, int | float) or isinstance(got, np.ndarray):
        return f"expected a single number, got {describe(got)}"
    if rule.dtype_kind and isinstance(expected, int) and isinstance(got, float):
        return f"expected an int, got the float {_fmt(got)}"
    if math.isnan(got) and not math.isnan(expected):
        return f"got NaN where {_fmt(expected)} was expected"
    if got == expected or (math.isnan(expected) and math.isnan(got)):  # also inf == inf
        return None
    if not (math.isinf(expected) or math.isinf(got)) and abs(got - expected) <= rule.atol + rule.rtol * abs(
        expected
    ):
        return None
    return f"expected {_fmt(expected)}, got {_fmt(got)}"


DEFAULT_RULE = Rule()


def compare(expected: Any, got: Any, rule: Rule = DEFAULT_RULE) -> str | None:
    """None when ``got`` matches ``expected`` under ``rule``, else what differs."""
    if got is None and expected is not None:
        return "your function returned None: did you forget `return`?"
    if isinstance(expected, np.ndarray):
        return _compare_arrays(expected, got, rule)
    if isinstance(expected, int | float) and not isinstance(expected, np.ndarray):
        return _compare_numbers(expected, got, rule)
    if isinstance(expected, list):
        if not isinstance(got, list):
            return f"expected {describe(expected)}, got {describe(got)}"
        if len(got) != len(expected):
            return f"expected {len(expected)} values, got {len(got)}"
        for position, (e, g) in enumerate(zip(expected, got, strict=True)):
            if (problem := compare(e, g, rule)) is not None:
                return f"value {position}: {problem}"
        return None
    if type(expected) is not type(got):
        return f"expected {_fmt(expected)}, got {describe(got)}"
    if expected != got:
        return f"expected {_fmt(expected)}, got {_fmt(got)}"
    return None
