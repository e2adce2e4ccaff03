"""Plain values across the trust boundary: JSON for the structure, ``.npy`` for arrays.

Both the grader and the sandboxed child use these two functions. Arrays are saved
with ``allow_pickle=False`` and loaded the same way, so no pickle ever crosses the
boundary; anything that is not a plain value is replaced by a marker naming its type.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

_ARRAY = "__ndarray__"
_UNSUPPORTED = "unsupported"


def _walk(value: Any, on_array: Callable[[np.ndarray], Any]) -> Any:
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, np.generic) and value.dtype.kind in "biufU":
        return value.item()
    if isinstance(value, np.ndarray):
        arr = np.asarray(value)
        if arr.dtype.kind not in "biufcUS":
            return {_UNSUPPORTED: f"an array of dtype {arr.dtype}"}
        return on_array(arr)
    if type(value) in (list, tuple):
        return [_walk(x, on_array) for x in value]
    return {_UNSUPPORTED: f"an object of type {type(value).__name__}"}


def plain(value: Any) -> Any:
    """``value`` as the grader sees it after the round trip: tuples become lists,
    NumPy scalars Python numbers, anything else an ``unsupported`` marker."""
    return _walk(value, lambda arr: arr.copy())


def encode(value: Any, folder: Path, name: str) -> Any:
    """A JSON-able tree for ``value``; each array goes to ``folder/<name>_<k>.npy``."""
    counter = iter(range(1 << 30))

    def save(arr: np.ndarray) -> dict[str, str]:
        file = f"{name}_{next(counter)}.npy"
        np.save(folder / file, arr, allow_pickle=False)
        return {_ARRAY: file}

    return _walk(value, save)


def decode(tree: Any, folder: Path, max_bytes: int = 256 << 20) -> Any:
    """The value ``encode`` wrote. Arrays larger than ``max_bytes`` are refused."""
    if isinstance(tree, list):
        return [decode(x, folder, max_bytes) for x in tree]
    if isinstance(tree, dict):
        if _ARRAY in tree:
            path = folder / Path(str(tree[_ARRAY])).name
            if path.stat().st_size > max_bytes:
                return {_UNSUPPORTED: f"an array larger than {max_bytes >> 20} MB"}
            return np.load(path, allow_pickle=False)
        return {_UNSUPPORTED: str(tree.get(_UNSUPPORTED, "an unknown object"))}
    return tree
