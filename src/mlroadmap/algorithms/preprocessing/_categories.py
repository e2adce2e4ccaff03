"""Categorical input: columns that keep their own type, their sorted categories, and codes.

The numeric ``check_array`` would turn strings into an error, so encoders read their
input here: a DataFrame column by column (a float column stays float, a string column
stays object), an array as it is. Missing values (``None`` or NaN) are categories too,
placed after every other value: ``None`` first, then NaN, as scikit-learn does.
"""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from mlroadmap.algorithms.validation import validate_data


def categorical_columns(estimator: Any, X: Any, *, reset: bool) -> list[np.ndarray]:
    """Validate ``X`` (2-D, not empty, no inf; NaN allowed) and return its columns."""
    is_frame = hasattr(X, "iloc") and getattr(X, "ndim", 0) == 2
    if not is_frame and not hasattr(X, "dtype"):
        probe = np.asarray(X)
        if probe.dtype.kind == "U":  # a list of strings: compare Python strings, as a DataFrame would
            X = np.asarray(X, dtype=object)
    array = validate_data(estimator, X, reset=reset, dtype=None, allow_nan=True)
    if not is_frame:
        return [array[:, j] for j in range(array.shape[1])]
    columns = [np.asarray(X.iloc[:, j]) for j in range(X.shape[1])]
    for column in columns:
        if column.dtype.kind == "f" and np.isinf(column).any():
            raise ValueError(f"Input X contains infinity or a value too large for {column.dtype!r}.")
    return columns


def missing_mask(values: np.ndarray) -> np.ndarray:
    """True where a value is missing: NaN in a float column, NaN or None in an object column."""
    if values.dtype.kind == "f":
        return np.isnan(values)
    if values.dtype.kind == "O":
        return np.not_equal(values, values) | np.equal(values, None)
    return np.zeros(values.shape, dtype=bool)


def _type_names(values: Any) -> list[str]:
    return sorted({"str" if isinstance(v, str) else type(v).__name__ for v in values})


def sorted_categories(column: np.ndarray) -> np.ndarray:
    """The distinct values of ``column``, sorted, missing values last (None, then NaN)."""
    if column.dtype.kind != "O":
        return np.unique(column)  # NumPy sorts NaN last and keeps a single NaN
    missing = missing_mask(column)
    present = set(column[~missing].tolist())
    kinds = {isinstance(v, str) for v in present}
    if len(kinds) > 1 or (kinds == {False} and not all(isinstance(v, numbers.Number) for v in present)):
        raise TypeError(
            "Encoders require their input argument must be uniformly strings or numbers. "
            f"Got {_type_names(present)}"
        )
    categories: list[Any] = sorted(present)
    if missing.any():
        trailing = column[missing]
        if np.equal(trailing, None).any():
            categories.append(None)
        if np.not_equal(trailing, trailing).any():
            categories.append(np.nan)
    return np.array(categories, dtype=object)


def encode(column: np.ndarray, categories: np.ndarray) -> np.ndarray:
    """The index of each value in ``categories`` (sorted, missing last), or -1 if unknown.

    A binary search (``np.searchsorted``) on the sorted categories, vectorized over the samples.
    """
    codes = np.full(column.shape[0], -1, dtype=np.intp)
    value_missing = missing_mask(column)
    category_missing = missing_mask(categories) if categories.dtype.kind in "fO" else np.zeros(0, bool)
    n_present = categories.shape[0] - int(category_missing.sum())
    present = categories[:n_present]
    values = column[~value_missing]
    if n_present and values.size:
        try:
            if present.dtype.kind == "O" and isinstance(present[0], str):
                # fixed-width strings compare in C, Python str objects do not: search those, then
                # confirm on the original objects (a number 1 must not match the string "1")
                position = np.searchsorted(present.astype(str), values.astype(str))
            else:
                position = np.searchsorted(present, values)
            found = present[np.minimum(position, n_present - 1)] == values
        except TypeError:  # e.g. a number among string categories: unknown, not comparable
            lookup = {category: i for i, category in enumerate(present.tolist())}
            position = np.array([lookup.get(v, -1) for v in values.tolist()], dtype=np.intp)
            found = position >= 0
        found = np.asarray(found, dtype=bool)
        codes[np.flatnonzero(~value_missing)[found]] = position[found]
    if value_missing.any():
        is_none = np.equal(column, None) if column.dtype.kind == "O" else np.zeros(column.shape, dtype=bool)
        for offset, missing_category in enumerate(categories[n_present:].tolist()):
            codes[is_none if missing_category is None else value_missing & ~is_none] = n_present + offset
    return codes


def unknown_values(column: np.ndarray, codes: np.ndarray) -> list[Any]:
    """The distinct values that got code -1, for the error message."""
    unknown = column[codes < 0]
    if unknown.dtype.kind == "O":
        return sorted(
            set(unknown.tolist()), key=lambda v: (v is None or (isinstance(v, float) and np.isnan(v)), str(v))
        )
    return np.unique(unknown).tolist()
