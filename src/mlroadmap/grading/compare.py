"""Compare a returned plain value with the expected one and say what differs.

Both values are *plain*: NumPy arrays loaded with ``allow_pickle=False``, Python
numbers, strings, None, lists and dicts of those, and tables (DataFrames, Series and
SQL results, see :mod:`mlroadmap.grading.table`). Nothing the learner's code defined
reaches this module, so a returned object with a lying ``__eq__`` cannot pass.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

import numpy as np

from mlroadmap.grading.spec import Rule
from mlroadmap.grading.table import Table

_KIND_NAMES = {
    "b": "bool",
    "i": "integer",
    "u": "integer",
    "f": "float",
    "c": "complex",
    "M": "datetime",
    "m": "timedelta",
}
_TABLE_KINDS = {"frame": "a DataFrame", "series": "a Series", "rows": "a result set"}


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
    if isinstance(value, dict):
        return f"a dict with keys {_keys(value)}"
    if isinstance(value, Table):
        what = _TABLE_KINDS[value.kind]
        return f"{what} with {value.n_rows} row(s) and column(s) {_keys(value.columns)}"
    return type(value).__name__


def _fmt(x: Any) -> str:
    if isinstance(x, np.datetime64):
        midnight = not np.isnat(x) and x == x.astype("datetime64[D]")
        return np.datetime_as_string(x, unit="D" if midnight else "s")
    if isinstance(x, np.timedelta64):
        return str(x)
    x = x.item() if isinstance(x, np.generic) else x
    if isinstance(x, float):
        return f"{x:.6g}"
    if isinstance(x, datetime.datetime):  # a date as a learner writes it: 2007-11-11
        return x.date().isoformat() if x.time() == datetime.time() else x.isoformat(sep=" ")
    if isinstance(x, datetime.date):
        return x.isoformat()
    return repr(x)


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
    if expected.dtype.kind in "Mm":  # dates and durations: exact
        if got.dtype.kind != expected.dtype.kind:
            return f"expected {_KIND_NAMES[expected.dtype.kind]} values, got an array of dtype {got.dtype}"
        differ = ~((expected == got) | (np.isnat(expected) & np.isnat(got)))
        if not differ.any():
            return None
        idx = tuple(np.argwhere(differ)[0])
        return (
            f"values differ at index {_index(idx)}: expected {_fmt(expected[idx])}, got {_fmt(got[idx])} "
            f"({int(differ.sum())} of {expected.size} value(s) differ)"
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


def _keys(keys: Any) -> str:
    shown = ", ".join(repr(k) for k in list(keys)[:8])
    return f"[{shown}{', …' if len(keys) > 8 else ''}]"


def _compare_dicts(expected: dict[Any, Any], got: Any, rule: Rule) -> str | None:
    if not isinstance(got, dict) or "unsupported" in got:
        return f"expected a dict with keys {_keys(expected)}, got {describe(got)}"
    if missing := [k for k in expected if k not in got]:
        return f"the key(s) {_keys(missing)} are missing"
    if extra := [k for k in got if k not in expected]:
        return f"unexpected key(s) {_keys(extra)}"
    for key, want in expected.items():
        if (problem := compare(want, got[key], rule)) is not None:
            return f"{key!r}: {problem}"
    return None


def _row_name(table: Table, row: int) -> str:
    label = table.index[row]
    if isinstance(label, list):
        return f"row {tuple(label)!r} (position {row})"
    if isinstance(label, np.integer | int) and label == row:
        return f"row {row}"
    return f"row {_fmt(label)} (position {row})"


def _as_column(values: Any) -> Any:
    """A list of numbers and None as a float array, so both spellings of a column compare."""
    if (
        isinstance(values, list)
        and values
        and all(v is None or (isinstance(v, int | float) and not isinstance(v, bool)) for v in values)
    ):
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    return values


def _first_difference(expected: Any, got: Any, rule: Rule) -> tuple[int, str, int] | None:
    """Where two columns of the same length first differ: (row, what, how many differ)."""
    expected, got = _as_column(expected), _as_column(got)
    if isinstance(expected, np.ndarray) and isinstance(got, np.ndarray):
        problem = _compare_arrays(expected, got, rule)
        if problem is None:
            return None
        if expected.dtype.kind in "Mm" and got.dtype.kind == expected.dtype.kind:
            differ = ~((expected == got) | (np.isnat(expected) & np.isnat(got)))
            row = int(np.argmax(differ))
            return row, f"expected {_fmt(expected[row])}, got {_fmt(got[row])}", int(differ.sum())
        if expected.dtype.kind in "Mm" or got.dtype.kind not in "biufc" or expected.dtype.kind not in "biufc":
            return 0, problem, len(expected)
        exp, act = expected.astype(float), got.astype(float)
        with np.errstate(invalid="ignore", over="ignore"):
            close = np.isclose(act, exp, rtol=rule.rtol, atol=rule.atol, equal_nan=True)
        row = int(np.argmin(close))
        return row, f"expected {_fmt(expected[row])}, got {_fmt(got[row])}", int((~close).sum())
    want, have = list(np.asarray(expected).tolist()), list(np.asarray(got, dtype=object).tolist())
    differ = [i for i, (a, b) in enumerate(zip(want, have, strict=True)) if not _same_label(a, b)]
    if not differ:
        return None
    row = differ[0]
    return row, f"expected {_fmt(want[row])}, got {_fmt(have[row])}", len(differ)


def _same_label(a: Any, b: Any) -> bool:
    """Equal labels: NaN equals NaN, and 3 equals 3.0, but True is not 1 and "3" is not 3."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (a, b))
    return (numbers or type(a) is type(b)) and a == b


def _compare_tables(expected: Table, got: Any, rule: Rule) -> str | None:
    what = _TABLE_KINDS[expected.kind]
    if not isinstance(got, Table):
        return f"expected {what}, got {describe(got)}"
    if got.kind != expected.kind:
        return f"expected {what}, got {_TABLE_KINDS[got.kind]}"
    if expected.kind != "series" and list(got.columns) != list(expected.columns):
        missing = [c for c in expected.columns if c not in got.columns]
        extra = [c for c in got.columns if c not in expected.columns]
        if missing:
            return f"the column(s) {_keys(missing)} are missing (you have {_keys(got.columns)})"
        if extra:
            return f"unexpected column(s) {_keys(extra)}: expected only {_keys(expected.columns)}"
        order = f"expected {_keys(expected.columns)}, got {_keys(got.columns)}"
        return f"the columns are in a different order: {order}"
    if got.n_rows != expected.n_rows:
        return f"expected {expected.n_rows} row(s), got {got.n_rows}"
    if expected.kind != "rows" and (found := _first_difference(expected.index, got.index, rule)):
        row, problem, count = found
        return f"the row labels differ at position {row}: {problem} ({count} label(s) differ)"
    for name, want, have in zip(expected.columns, expected.data, got.data, strict=True):
        if (found := _first_difference(want, have, rule)) is not None:
            row, problem, count = found
            where = "" if expected.kind == "series" else f"column {name!r}, "
            return (
                f"{where}{_row_name(expected, row)}: {problem} ({count} of {expected.n_rows} value(s) differ)"
            )
    return None


DEFAULT_RULE = Rule()


def compare(expected: Any, got: Any, rule: Rule = DEFAULT_RULE) -> str | None:
    """None when ``got`` matches ``expected`` under ``rule``, else what differs."""
    if got is None and expected is not None:
        return "your function returned None: did you forget `return`?"
    if isinstance(expected, np.ndarray):
        return _compare_arrays(expected, got, rule)
    if isinstance(expected, int | float) and not isinstance(expected, np.ndarray):
        return _compare_numbers(expected, got, rule)
    if isinstance(expected, Table):
        return _compare_tables(expected, got, rule)
    if isinstance(expected, dict):
        return _compare_dicts(expected, got, rule)
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
