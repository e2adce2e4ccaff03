"""Plain values across the trust boundary: JSON for the structure, ``.npy`` for arrays.

Both the grader and the sandboxed child use these functions. Plain values are None,
bools, numbers, strings, NumPy arrays, lists, dicts with scalar keys, and tables
(:class:`~mlroadmap.grading.table.Table`). A pandas DataFrame or Series becomes a
table and a matplotlib Figure or Axes a description (:mod:`mlroadmap.grading.plot`)
on the way out. Arrays are saved with ``allow_pickle=False`` and loaded the same way,
so no pickle ever crosses the boundary; anything else is replaced by a marker naming
its type.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from mlroadmap.grading import plot
from mlroadmap.grading.table import Table, from_pandas, is_pandas, to_pandas

_ARRAY = "__ndarray__"
_DICT = "__dict__"
_TABLE = "__table__"
_UNSUPPORTED = "unsupported"
_SCALARS = (bool, int, float, str)


def _walk(value: Any, on_array: Callable[[np.ndarray], Any], tagged: bool) -> Any:
    """``value`` rebuilt from plain parts; ``tagged`` gives the JSON form (dicts and tables tagged)."""

    def walk(v: Any) -> Any:
        return _walk(v, on_array, tagged)

    if value is None or type(value) in _SCALARS:
        return value
    if isinstance(value, np.generic) and value.dtype.kind in "biufU":
        return value.item()
    if isinstance(value, np.ndarray):
        arr = np.asarray(value)
        if arr.dtype.kind == "O" and arr.ndim == 1 and all(v is None or type(v) in _SCALARS for v in arr):
            return arr.tolist()  # a column of text with None for missing values: a list of labels
        if arr.dtype.kind not in "biufcUSMm":
            return {_UNSUPPORTED: f"an array of dtype {arr.dtype}"}
        return on_array(arr)
    if type(value) in (list, tuple):
        return [walk(x) for x in value]
    if type(value) is dict:
        if not all(k is None or type(k) in _SCALARS for k in value):
            return {_UNSUPPORTED: "a dict whose keys are not numbers or strings"}
        return (
            {_DICT: [[k, walk(v)] for k, v in value.items()]}
            if tagged
            else {k: walk(v) for k, v in value.items()}
        )
    if is_pandas(value):
        value = from_pandas(value)
    if isinstance(value, Table):
        parts = {
            "columns": list(value.columns),
            "index": walk(value.index),
            "data": [walk(c) for c in value.data],
            "kind": value.kind,
            "name": value.name,
            "index_names": None if value.index_names is None else list(value.index_names),
        }
        return {_TABLE: parts} if tagged else Table(**parts)
    if plot.is_plot(value):
        return walk(plot.describe(value))
    return {_UNSUPPORTED: f"an object of type {type(value).__name__}"}


def plain(value: Any) -> Any:
    """``value`` as the grader sees it after the round trip: tuples become lists,
    NumPy scalars Python numbers, DataFrames tables, figures descriptions, anything
    else an ``unsupported`` marker."""
    return _walk(value, lambda arr: arr.copy(), tagged=False)


def encode(value: Any, folder: Path, name: str) -> Any:
    """A JSON-able tree for ``value``; each array goes to ``folder/<name>_<k>.npy``."""
    counter = iter(range(1 << 30))

    def save(arr: np.ndarray) -> dict[str, str]:
        file = f"{name}_{next(counter)}.npy"
        np.save(folder / file, arr, allow_pickle=False)
        return {_ARRAY: file}

    return _walk(value, save, tagged=True)


def decode(tree: Any, folder: Path, max_bytes: int = 256 << 20) -> Any:
    """The value ``encode`` wrote. Arrays larger than ``max_bytes`` are refused."""

    def back(t: Any) -> Any:
        return decode(t, folder, max_bytes)

    if isinstance(tree, list):
        return [back(x) for x in tree]
    if isinstance(tree, dict):
        if _ARRAY in tree:
            path = folder / Path(str(tree[_ARRAY])).name
            if path.stat().st_size > max_bytes:
                return {_UNSUPPORTED: f"an array larger than {max_bytes >> 20} MB"}
            return np.load(path, allow_pickle=False)
        if _DICT in tree:
            return {k: back(v) for k, v in tree[_DICT]}
        if _TABLE in tree:
            parts = tree[_TABLE]
            return Table(
                list(parts["columns"]),
                back(parts["index"]),
                [back(c) for c in parts["data"]],
                str(parts["kind"]),
                parts["name"],
                parts["index_names"],
            )
        return {_UNSUPPORTED: str(tree.get(_UNSUPPORTED, "an unknown object"))}
    return tree


def revive(value: Any) -> Any:
    """A plain argument as the exercise function receives it: tables become DataFrames."""
    if isinstance(value, Table):
        return to_pandas(value)
    if isinstance(value, list):
        return [revive(v) for v in value]
    if isinstance(value, dict) and _UNSUPPORTED not in value:
        return {k: revive(v) for k, v in value.items()}
    return value
