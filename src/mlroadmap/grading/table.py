"""Tables across the trust boundary: a pandas DataFrame or Series, or an SQL result set.

A :class:`Table` is plain data (column labels, row labels, one array or list per
column), so it crosses the sandbox boundary like any other plain value and is
compared without running anything the learner defined. pandas is imported only
when a table has to become a DataFrame again, inside the code that needs one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

Label = str | int | float | bool | None
Column = np.ndarray | list[Any]

_NUMERIC = "biufMm"  # kinds that travel as .npy arrays: numbers, booleans, datetimes, durations


@dataclass(frozen=True, eq=False)
class Table:
    """Rows and columns as plain values.

    ``columns`` the column labels; ``index`` the row labels (an array, or a list of
    lists for a MultiIndex); ``data`` one column each: an array for numbers, booleans
    and datetimes, a list of labels (text, None for missing) otherwise. ``kind`` says
    what the learner returned: ``"frame"``, ``"series"`` or ``"rows"`` (an SQL result).
    """

    columns: list[Label]
    index: Column
    data: list[Column]
    kind: str = "frame"
    name: Label = None
    """A Series' name."""
    index_names: list[Label] | None = None

    @property
    def n_rows(self) -> int:
        return len(self.index)


def _label(value: Any) -> Label:
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, np.generic):
        return _label(value.item())
    text = str(value)
    return None if text in ("NaT", "<NA>", "nan") else text


def column_values(values: Any) -> Column:
    """One column as an array (numbers, booleans, datetimes) or a list of labels."""
    arr = np.asarray(values)
    if arr.dtype.kind in _NUMERIC:
        return arr.copy()
    numeric = [v for v in arr.tolist() if v is not None]
    if numeric and all(isinstance(v, int | float) and not isinstance(v, bool) for v in numeric):
        return np.array([np.nan if v is None else v for v in arr.tolist()], dtype=float)
    return [_label(v) for v in arr.tolist()]


def _pandas_column(series: Any) -> Column:
    dtype = series.dtype
    if getattr(dtype, "kind", "O") in _NUMERIC and not hasattr(dtype, "na_value"):
        return series.to_numpy().copy()
    if getattr(dtype, "kind", "O") in "biuf":  # nullable Int64/Float64/boolean: missing → NaN
        return series.to_numpy(dtype=float, na_value=np.nan)
    return [_label(v) for v in series.astype(object).tolist()]


def _pandas_index(index: Any) -> Column:
    if getattr(index, "nlevels", 1) > 1:
        return [[_label(v) for v in row] for row in index.tolist()]
    return _pandas_column(index.to_series())


def from_pandas(value: Any) -> Table:
    """A DataFrame or Series as a Table."""
    index, index_names = _pandas_index(value.index), [_label(n) for n in value.index.names]
    if type(value).__name__ == "Series":
        name = _label(value.name)
        return Table([name], index, [_pandas_column(value)], "series", name, index_names)
    columns = [_label(c) if not isinstance(c, tuple) else " / ".join(map(str, c)) for c in value.columns]
    data = [_pandas_column(value.iloc[:, j]) for j in range(value.shape[1])]
    return Table(columns, index, data, "frame", None, index_names)


def is_pandas(value: Any) -> bool:
    """True for a pandas DataFrame or Series (found without importing pandas)."""
    return type(value).__module__.startswith("pandas") and type(value).__name__ in ("DataFrame", "Series")


def to_pandas(table: Table) -> Any:
    """The DataFrame (or Series) a Table stands for, as the learner's function receives it."""
    import pandas as pd

    names = table.index_names
    if isinstance(table.index, list) and table.index and isinstance(table.index[0], list):
        index = pd.MultiIndex.from_tuples([tuple(row) for row in table.index], names=names)
    else:
        index = pd.Index(table.index, name=names[0] if names else None)
    if table.kind == "series":
        return pd.Series(table.data[0], index=index, name=table.columns[0])
    return pd.DataFrame(dict(zip(table.columns, table.data, strict=True)), index=index)


def rows(table: Table) -> list[tuple[Any, ...]]:
    """The rows of a table as tuples of Python values (NaN and NaT as None)."""
    columns = [
        [_label(v) if not isinstance(v, float) or not math.isnan(v) else None for v in np.asarray(c).tolist()]
        if isinstance(c, np.ndarray)
        else list(c)
        for c in table.data
    ]
    return list(zip(*columns, strict=True)) if columns else [() for _ in range(table.n_rows)]


def _sort_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple((v is None, type(v).__name__ if not isinstance(v, int | float) else "", v or 0) for v in row)


def unordered(table: Any) -> Any:
    """The same table with its rows in a canonical order and a plain 0..n-1 index.

    A ``view`` for result sets whose order the exercise does not ask for (SQL without
    ORDER BY, a groupby whose row order is not the point). Anything that is not a
    table is returned unchanged, so the comparison can say what was returned instead.
    """
    if not isinstance(table, Table):
        return table
    keys = [_sort_key(row) for row in rows(table)]
    order = sorted(range(table.n_rows), key=keys.__getitem__)
    data = [c[order] if isinstance(c, np.ndarray) else [c[i] for i in order] for c in table.data]
    return Table(list(table.columns), np.arange(table.n_rows), data, table.kind, table.name)  # index reset
