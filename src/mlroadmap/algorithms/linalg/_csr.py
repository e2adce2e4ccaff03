r"""A compressed sparse row (CSR) matrix: the layout of scipy.sparse.csr_matrix.

A text corpus as bag-of-words, a user-item rating table or a graph's adjacency matrix is
mostly zeros; CSR stores only the nonzeros, row after row, in three arrays:

- ``data``: the nonzero values, row 0's first, then row 1's, ...;
- ``indices``: the column of each value, sorted within each row;
- ``indptr``: length n_rows + 1; row i's values are ``data[indptr[i]:indptr[i + 1]]``.

The product :math:`y = A x` is :math:`y_i = \sum_{k = p_i}^{p_{i+1} - 1} d_k\, x_{c_k}` with
p = indptr, c = indices, d = data: gather ``x[indices]``, multiply by ``data`` and add up
each row's segment. ``np.add.reduceat`` adds up segments in one call, but it pays a
function call per row and cannot express an empty row. Adding *jagged diagonals* is
faster: with the rows sorted longest first, diagonal j holds the j-th stored value of
every row that has one, and these rows form a prefix of the sorted order, so the sum is
``max(row length)`` vectorized steps ``y_sorted[:n_j] += data_j * x[indices_j]`` (the
"jagged diagonal storage" of iterative solvers), each on arrays small enough to stay in
the CPU cache. Each row's values are still added in stored order, as SciPy's loop adds
them.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np


def _shape(shape: Any) -> tuple[int, int]:
    try:
        m, n = (int(s) for s in shape)
    except (TypeError, ValueError):
        raise ValueError(f"shape must be a pair of ints (n_rows, n_cols), got {shape!r}.") from None
    if m < 0 or n < 0:
        raise ValueError(f"shape must not be negative, got {(m, n)}.")
    return m, n


def _numbers(values: Any, name: str) -> np.ndarray:
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{name} must be 1-D, got {array.ndim} dimension(s).")
    if array.size and array.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold real numbers, got dtype {array.dtype}.")
    if array.dtype.kind == "f" and not np.isfinite(array).all():
        raise ValueError(f"{name} contains NaN or infinity.")
    return array


def _integers(values: Any, name: str) -> np.ndarray:
    array = _numbers(values, name)
    if array.size and array.dtype.kind not in "iu" and not (array == np.round(array)).all():
        raise ValueError(f"{name} must hold whole numbers.")
    return array.astype(np.int64)


def _frozen(array: np.ndarray) -> np.ndarray:
    """A read-only copy: the matrix caches a plan for its products, so it must not change."""
    copy = np.array(array)
    copy.flags.writeable = False
    return copy


class CSRMatrix:
    """A sparse matrix in CSR form, checked against ``scipy.sparse.csr_matrix``.

    Build it from ``(data, indices, indptr)`` and a shape, from COO triplets with
    :meth:`from_coo` (duplicates are summed, columns sorted), or from a dense array with
    :meth:`from_dense`. ``A @ x`` multiplies a vector (n,) or a dense matrix (n, k);
    ``A.T`` is the transpose, again in CSR form; ``A.toarray()`` the dense matrix.

    Unlike SciPy's, the matrix is immutable: ``data``, ``indices`` and ``indptr`` are
    read-only copies, so the plan of the product, computed once, stays valid.
    """

    def __init__(self, data: Any, indices: Any, indptr: Any, shape: Any) -> None:
        m, n = _shape(shape)
        data, indices, indptr = (
            _numbers(data, "data"),
            _integers(indices, "indices"),
            _integers(indptr, "indptr"),
        )
        if len(indptr) != m + 1:
            raise ValueError(f"indptr must have n_rows + 1 = {m + 1} entries, got {len(indptr)}.")
        if len(data) != len(indices):
            raise ValueError(
                f"data and indices must have the same length, got {len(data)} and {len(indices)}."
            )
        if indptr[0] != 0 or indptr[-1] != len(data) or (np.diff(indptr) < 0).any():
            raise ValueError(
                f"indptr must start at 0, never decrease and end at nnz = {len(data)}; "
                f"got {indptr[0]} ... {indptr[-1]}."
            )
        if len(indices) and (indices.min() < 0 or indices.max() >= n):
            raise ValueError(f"indices must lie in [0, {n}) for {n} columns.")
        self.data, self.indices, self.indptr = (_frozen(a) for a in (data, indices, indptr))
        self.shape = (m, n)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_coo(cls, row: Any, col: Any, data: Any, shape: Any = None) -> CSRMatrix:
        """The matrix with ``A[row[k], col[k]] += data[k]``: duplicates are summed (explicit zeros
        are kept, as SciPy does), columns sorted within each row. The shape defaults to the
        smallest that holds every entry."""
        row, col, values = _integers(row, "row"), _integers(col, "col"), _numbers(data, "data")
        if not len(row) == len(col) == len(values):
            raise ValueError(
                f"row, col and data must have one length, got {len(row)}, {len(col)}, {len(values)}."
            )
        if (row < 0).any() or (col < 0).any():
            raise ValueError("row and col must not hold negative indices.")
        if shape is None:
            shape = (int(row.max()) + 1 if len(row) else 0, int(col.max()) + 1 if len(col) else 0)
        m, n = _shape(shape)
        if len(row) and (row.max() >= m or col.max() >= n):
            raise ValueError(f"an entry lies outside the shape {(m, n)}.")
        # by row, then by column: one integer key per position sorts 10x faster than lexsort
        order = np.argsort(row * n + col) if m * n < 2**62 else np.lexsort((col, row))
        row, col, values = row[order], col[order], values[order]
        new = np.ones(len(row), dtype=bool)  # True where a (row, col) pair starts
        new[1:] = (row[1:] != row[:-1]) | (col[1:] != col[:-1])
        starts = np.flatnonzero(new)
        summed = np.add.reduceat(values, starts) if len(starts) else values[:0]
        indptr = np.zeros(m + 1, dtype=np.int64)
        np.cumsum(np.bincount(row[starts], minlength=m), out=indptr[1:])
        return cls(summed, col[starts], indptr, (m, n))

    @classmethod
    def from_dense(cls, A: Any) -> CSRMatrix:
        """The nonzeros of a 2-D array."""
        array = np.asarray(A)
        if array.ndim != 2:
            raise ValueError(f"from_dense needs a 2-D array, got {array.ndim} dimension(s).")
        row, col = np.nonzero(array)
        return cls.from_coo(row, col, array[row, col], array.shape)

    # ------------------------------------------------------------------ properties
    @property
    def nnz(self) -> int:
        """The number of stored entries (explicit zeros included, as in SciPy)."""
        return len(self.data)

    @property
    def ndim(self) -> int:
        return 2

    @property
    def dtype(self) -> np.dtype:
        return self.data.dtype

    def __repr__(self) -> str:
        return f"<{self.shape[0]}x{self.shape[1]} CSRMatrix with {self.nnz} stored entries>"

    @cached_property
    def _row_of(self) -> np.ndarray:
        """The row of every stored entry."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    @cached_property
    def _jagged(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The plan of the product: rows longest first, and the stored entries diagonal by
        diagonal, where diagonal j holds the j-th entry of each of the first n_j rows."""
        counts = np.diff(self.indptr)
        order = np.argsort(-counts, kind="stable")  # the rows, longest first
        longest = int(counts.max()) if len(counts) else 0
        longer_than = len(counts) - np.cumsum(np.bincount(counts, minlength=longest + 1))[:longest]
        starts = self.indptr[order]
        positions = np.concatenate([starts[:n_j] + j for j, n_j in enumerate(longer_than)] or [[]])
        positions = positions.astype(np.int64)
        bounds = np.concatenate(([0], np.cumsum(longer_than)))
        return order, longer_than, bounds, self.indices[positions], self.data[positions]

    # ------------------------------------------------------------------ operations
    def toarray(self) -> np.ndarray:
        """The dense (n_rows, n_cols) array (duplicates, if built by hand, are summed)."""
        dense = np.zeros(self.shape, dtype=np.result_type(self.data.dtype, np.float64))
        np.add.at(dense, (self._row_of, self.indices), self.data)
        return dense

    def transpose(self) -> CSRMatrix:
        """A^T in CSR form: the entries sorted by column, then by row."""
        m, n = self.shape
        # by column, then by row: the rows of each new row stay ascending
        order = (
            np.argsort(self.indices * m + self._row_of)
            if m * n < 2**62
            else np.lexsort((self._row_of, self.indices))
        )
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.indices, minlength=n), out=indptr[1:])
        return CSRMatrix(self.data[order], self._row_of[order], indptr, (n, m))

    @property
    def T(self) -> CSRMatrix:  # the name every array library uses
        return self.transpose()

    def __matmul__(self, other: Any) -> np.ndarray:
        if isinstance(other, CSRMatrix):
            return NotImplemented
        x = np.asarray(other)
        if x.ndim not in (1, 2) or x.shape[0] != self.shape[1]:
            raise ValueError(
                f"cannot multiply a {self.shape[0]}x{self.shape[1]} matrix by an array of shape {x.shape}: "
                f"its first dimension must be {self.shape[1]}."
            )
        dtype = np.result_type(self.data, x, np.float64)
        x = x.astype(dtype, copy=False)
        if self.nnz == 0:
            return np.zeros((self.shape[0], *x.shape[1:]), dtype=dtype)
        order, longer_than, bounds, columns, values = self._jagged
        by_length = np.zeros((self.shape[0], *x.shape[1:]), dtype=dtype)  # y, rows longest first
        products = np.empty((int(longer_than[0]), *x.shape[1:]), dtype=dtype)  # one diagonal's
        for j, n_j in enumerate(longer_than.tolist()):  # diagonal j meets the n_j longest rows
            diagonal = slice(bounds[j], bounds[j + 1])
            part = products[:n_j]
            np.take(x, columns[diagonal], axis=0, out=part, mode="clip")  # x[c_k]; indices checked
            part *= values[diagonal] if x.ndim == 1 else values[diagonal, None]
            by_length[:n_j] += part
        out = np.empty_like(by_length)
        out[order] = by_length
        return out

    def dot(self, other: Any) -> np.ndarray:
        return self @ other
