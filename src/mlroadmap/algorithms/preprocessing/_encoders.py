"""Categorical encoders: each category becomes an integer code (ordinal) or its own 0/1 column (one-hot).

Categories are learned per column in ``fit`` (sorted, missing values last) or given by
the user; ``transform`` finds each value's code by binary search over them, or, for a
column of Python objects (strings), by looking it up in a dictionary.

Object columns are the slow case: NumPy compares Python objects one by one through the
interpreter, so every vectorized pass over them (a missing-value test, a conversion to
fixed-width strings, a binary search) costs about as much as a plain Python loop. The
encoders therefore touch each object value once: ``fit`` collects the distinct values in
a ``set`` (one hashing pass) and sorts only those, and ``transform`` maps each value to
its code with one dictionary lookup, as scikit-learn does.
"""

from __future__ import annotations

import itertools
import numbers
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.preprocessing._categories import (
    categorical_columns,
    encode,
    missing_mask,
    sorted_categories,
    unknown_values,
)
from mlroadmap.algorithms.preprocessing._feature_names import feature_names_in
from mlroadmap.algorithms.validation import check_array, check_is_fitted


def _is_nan(value: Any) -> bool:
    return isinstance(value, numbers.Real) and bool(np.isnan(value))


class _CategoricalEncoder(TransformerMixin, BaseEstimator):
    """Shared by both encoders: learn ``categories_`` and map values to their codes."""

    def _fit_categories(self, X: Any, *, error_on_unknown: bool) -> list[np.ndarray]:
        columns = categorical_columns(self, X, reset=True)
        if not (isinstance(self.categories, str) and self.categories == "auto"):
            if isinstance(self.categories, str):
                raise ValueError(f"categories should be 'auto' or a list of arrays, got {self.categories!r}.")
            if len(self.categories) != len(columns):
                raise ValueError(
                    "Shape mismatch: if categories is an array, it has to be of shape (n_features,)."
                )
        self.categories_ = []
        for i, column in enumerate(columns):
            if isinstance(self.categories, str):
                self.categories_.append(sorted_categories(_distinct(column)))
                continue
            dtype = object if column.dtype.kind in "OU" else column.dtype
            categories = np.array(self.categories[i], dtype=dtype)
            if any(_is_nan(c) for c in categories[:-1].tolist()):
                raise ValueError(
                    "Nan should be the last element in user provided categories, "
                    f"see categories {categories} in column #{i}"
                )
            if categories.size != sorted_categories(categories).size:
                raise ValueError(f"In column {i}, the predefined categories contain duplicate elements.")
            if column.dtype.kind not in "OUS":
                present = categories[~missing_mask(categories)]
                if np.any(np.sort(present) != present):
                    raise ValueError("Unsorted categories are not supported for numerical categories")
            if error_on_unknown:
                # user categories may be in any order (strings): encode against their sorted copy
                codes = encode(column, sorted_categories(categories))
                if (codes < 0).any():
                    raise ValueError(
                        f"Found unknown categories {unknown_values(column, codes)} in column {i} during fit"
                    )
            self.categories_.append(categories)
        return columns

    def _codes(self, X: Any, *, error_on_unknown: bool) -> tuple[np.ndarray, np.ndarray]:
        """The code of every value, shape (n_samples, n_features), and where it is known."""
        columns = categorical_columns(self, X, reset=False)
        codes = np.empty((columns[0].shape[0], len(columns)), dtype=np.intp)
        for i, (column, categories) in enumerate(zip(columns, self.categories_, strict=True)):
            column_codes = _lookup_codes(column, categories) if column.dtype.kind == "O" else None
            if column_codes is None:
                order = _sort_order(categories)
                sorted_codes = encode(column, categories[order])
                column_codes = np.where(sorted_codes >= 0, order[np.maximum(sorted_codes, 0)], -1)
            if error_on_unknown and (column_codes < 0).any():
                raise ValueError(
                    f"Found unknown categories {unknown_values(column, column_codes)} "
                    f"in column {i} during transform"
                )
            codes[:, i] = column_codes
        return codes, codes >= 0

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.categorical = True
        tags.input_tags.string = True
        tags.input_tags.allow_nan = True
        return tags


def _distinct(column: np.ndarray) -> np.ndarray:
    """The distinct values of an object column (any order; NaNs may repeat), in one hashing pass.

    ``sorted_categories`` of these is that of the whole column, at the cost of a handful of
    values instead of every sample. Other columns are returned as they are.
    """
    if column.dtype.kind != "O":
        return column
    try:
        distinct = set(column.tolist())
        return np.fromiter(distinct, dtype=object, count=len(distinct))
    except TypeError:  # an unhashable value: let sorted_categories report it
        return column


def _lookup_codes(column: np.ndarray, categories: np.ndarray) -> np.ndarray | None:
    """The index of each value of an object column in ``categories`` (-1 if unknown), by dict.

    Equal values share a key (as ``==`` matches them: 1, 1.0 and True alike, but never 1
    and "1"), ``None`` is a key like any other, and NaN, which equals nothing, is matched
    apart. None when a value cannot be hashed: the caller falls back to binary search.
    """
    lookup: dict[Any, int] = {}
    nan_code = -1
    for index, category in enumerate(categories.tolist()):
        if _is_nan(category):
            nan_code = index
        else:
            lookup.setdefault(category, index)
    values = column.tolist()
    try:
        codes = np.fromiter(map(lookup.get, values, itertools.repeat(-1)), dtype=np.intp, count=len(values))
    except TypeError:
        return None
    if nan_code >= 0:
        for position in np.flatnonzero(codes < 0).tolist():
            if _is_nan(values[position]):
                codes[position] = nan_code
    return codes


def _sort_order(categories: np.ndarray) -> np.ndarray:
    """The permutation that sorts user-given (string) categories; the identity when already sorted."""
    if categories.dtype.kind != "O":
        return np.arange(categories.size)
    missing = missing_mask(categories)
    present = np.flatnonzero(~missing)
    order = present[np.argsort(categories[present], kind="stable")]
    return np.concatenate([order, np.flatnonzero(missing)])


class OneHotEncoder(_CategoricalEncoder):
    r"""Encode each categorical column as one 0/1 indicator column per category.

    A value :math:`v` of feature :math:`j` becomes the row of the identity matrix that
    belongs to :math:`v` among ``categories_[j]``; the blocks of all features are
    concatenated. ``drop`` removes one column per feature (``"first"``, or only for
    two-category features with ``"if_binary"``, or the given category) to avoid perfectly
    collinear columns. An unknown category raises, or with ``handle_unknown="ignore"``
    becomes all zeros. ``sparse_output=True`` (the default, as scikit-learn) returns a SciPy
    CSR matrix, the sensible container for a matrix that is mostly zeros.

    Not implemented: ``min_frequency`` and ``max_categories`` (grouping rare categories).
    Without them scikit-learn never forms an infrequent group, so
    ``handle_unknown="infrequent_if_exist"`` behaves exactly like ``"ignore"``, here too.
    """

    def __init__(
        self,
        *,
        categories: str | list[Any] = "auto",
        drop: str | list[Any] | None = None,
        sparse_output: bool = True,
        dtype: Any = np.float64,
        handle_unknown: str = "error",
        feature_name_combiner: str | Callable[[str, Any], str] = "concat",
    ) -> None:
        self.categories = categories
        self.drop = drop
        self.sparse_output = sparse_output
        self.dtype = dtype
        self.handle_unknown = handle_unknown
        self.feature_name_combiner = feature_name_combiner

    def fit(self, X: Any, y: Any = None) -> OneHotEncoder:
        if self.handle_unknown not in ("error", "ignore", "infrequent_if_exist"):
            raise ValueError(
                "The 'handle_unknown' parameter of OneHotEncoder must be a str among "
                f"{{'error', 'ignore', 'infrequent_if_exist'}}. Got {self.handle_unknown!r} instead."
            )
        self._fit_categories(X, error_on_unknown=self.handle_unknown == "error")
        self.drop_idx_ = self._dropped_indices()
        return self

    def _dropped_indices(self) -> np.ndarray | None:
        """Per feature, the index of the category whose column is dropped, or None."""
        if self.drop is None:
            return None
        n_features = len(self.categories_)
        if isinstance(self.drop, str):
            if self.drop == "first":
                return np.zeros(n_features, dtype=object)
            if self.drop == "if_binary":
                return np.array([0 if c.size == 2 else None for c in self.categories_], dtype=object)
            raise ValueError(
                "The 'drop' parameter of OneHotEncoder must be a str among {'first', 'if_binary'}, "
                f"an array-like or None. Got {self.drop!r} instead."
            )
        drop = np.asarray(self.drop, dtype=object)
        if drop.ndim != 1 or drop.size != n_features:
            raise ValueError(
                f"`drop` should have length equal to the number of features ({n_features}), got {drop.size}"
            )
        indices = np.empty(n_features, dtype=object)
        for i, (value, categories) in enumerate(zip(drop.tolist(), self.categories_, strict=True)):
            if value is None:
                indices[i] = None
                continue
            matches = [
                j for j, c in enumerate(categories.tolist()) if c == value or (_is_nan(c) and _is_nan(value))
            ]
            if not matches:
                raise ValueError(
                    "The following categories were supposed to be dropped, but were not found in the "
                    f"training data.\nCategory: {value}, Feature: {i}"
                )
            indices[i] = matches[0]
        return indices

    def _n_columns(self) -> np.ndarray:
        sizes = np.array([c.size for c in self.categories_])
        if self.drop_idx_ is not None:
            sizes -= np.array([d is not None for d in self.drop_idx_])
        return sizes

    def transform(self, X: Any) -> Any:
        check_is_fitted(self)
        codes, known = self._codes(X, error_on_unknown=self.handle_unknown == "error")
        if not known.all() and self.drop_idx_ is not None:
            unknown_columns = np.flatnonzero(~known.all(axis=0)).tolist()
            warnings.warn(
                f"Found unknown categories in columns {unknown_columns} during transform. "
                "These unknown categories will be encoded as all zeros",
                UserWarning,
                stacklevel=2,
            )
        present = known
        if self.drop_idx_ is not None:
            dropped = np.array([-1 if d is None else d for d in self.drop_idx_])
            present = known & (codes != dropped)
            codes = codes - (codes > np.where(dropped < 0, np.iinfo(np.intp).max, dropped))
        offsets = np.concatenate([[0], np.cumsum(self._n_columns())[:-1]])
        n_samples, n_out = codes.shape[0], int(self._n_columns().sum())
        columns = (codes + offsets)[present]  # row-major: the column indices of the ones, row by row
        if self.sparse_output:
            from scipy import sparse

            indptr = np.concatenate([[0], np.cumsum(present.sum(axis=1))])
            data = np.ones(columns.size, dtype=self.dtype)
            return sparse.csr_matrix((data, columns, indptr), shape=(n_samples, n_out))
        out = np.zeros((n_samples, n_out), dtype=self.dtype)
        out[np.nonzero(present)[0], columns] = 1
        return out

    def inverse_transform(self, X: Any) -> np.ndarray:
        """The category of each block's 1 (``None`` for an all-zero block of an unknown value)."""
        check_is_fitted(self)
        if hasattr(X, "toarray"):
            X = X.toarray()
        X = check_array(X, dtype=np.float64)
        sizes = self._n_columns()
        if X.shape[1] != sizes.sum():
            raise ValueError(
                "Shape of the passed X data is not correct. "
                f"Expected {sizes.sum()} columns, got {X.shape[1]}."
            )
        dtype = np.result_type(*(c.dtype for c in self.categories_))
        out = np.empty((X.shape[0], len(sizes)), dtype=dtype if dtype.kind != "U" else object)
        start = 0
        for i, (size, categories) in enumerate(zip(sizes, self.categories_, strict=True)):
            block = X[:, start : start + size]
            start += size
            kept = np.arange(categories.size)
            drop = None if self.drop_idx_ is None else self.drop_idx_[i]
            if drop is not None:
                kept = np.delete(kept, drop)
            values = categories[kept[block.argmax(axis=1)]] if size else np.empty(X.shape[0], dtype)
            all_zero = ~block.any(axis=1)
            if all_zero.any():
                if drop is not None:
                    values[all_zero] = categories[drop]
                elif self.handle_unknown == "error":
                    raise ValueError(
                        f"Samples {np.flatnonzero(all_zero)} can not be inverted when drop=None and "
                        "handle_unknown='error' because they contain all zeros"
                    )
                else:
                    out = out.astype(object)
                    values = values.astype(object)
                    values[all_zero] = None
            out[:, i] = values
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """``<feature>_<category>`` for every output column, in output order."""
        check_is_fitted(self)
        features = feature_names_in(self, input_features)
        combine = self.feature_name_combiner
        if combine == "concat":

            def combine(feature: str, category: Any) -> str:
                return f"{feature}_{category}"

        names = []
        for i, (feature, categories) in enumerate(zip(features, self.categories_, strict=True)):
            drop = None if self.drop_idx_ is None else self.drop_idx_[i]
            names.extend(combine(feature, c) for j, c in enumerate(categories.tolist()) if j != drop)
        return np.asarray(names, dtype=object)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.transformer_tags.preserves_dtype = []
        return tags


class OrdinalEncoder(_CategoricalEncoder):
    """Encode each categorical column as integer codes ``0 .. n_categories - 1`` (in float by default).

    The code is the category's position in ``categories_[j]`` (sorted unless given).
    A missing value (NaN/None) is encoded as ``encoded_missing_value`` (NaN by default),
    not as a code. An unknown category raises, or with
    ``handle_unknown="use_encoded_value"`` becomes ``unknown_value``.

    Not implemented: ``min_frequency`` and ``max_categories`` (grouping rare categories).
    """

    def __init__(
        self,
        *,
        categories: str | list[Any] = "auto",
        dtype: Any = np.float64,
        handle_unknown: str = "error",
        unknown_value: float | None = None,
        encoded_missing_value: float = np.nan,
    ) -> None:
        self.categories = categories
        self.dtype = dtype
        self.handle_unknown = handle_unknown
        self.unknown_value = unknown_value
        self.encoded_missing_value = encoded_missing_value

    def fit(self, X: Any, y: Any = None) -> OrdinalEncoder:
        if self.handle_unknown not in ("error", "use_encoded_value"):
            raise ValueError(
                "The 'handle_unknown' parameter of OrdinalEncoder must be a str among "
                f"{{'error', 'use_encoded_value'}}. Got {self.handle_unknown!r} instead."
            )
        if self.handle_unknown == "use_encoded_value":
            if _is_nan(self.unknown_value):
                if np.dtype(self.dtype).kind != "f":
                    raise ValueError(
                        "When unknown_value is np.nan, the dtype parameter should be a float dtype. "
                        f"Got {self.dtype}."
                    )
            elif not isinstance(self.unknown_value, numbers.Integral):
                raise TypeError(
                    "unknown_value should be an integer or np.nan when handle_unknown is "
                    f"'use_encoded_value', got {self.unknown_value}."
                )
        elif self.unknown_value is not None:
            raise TypeError(
                "unknown_value should only be set when handle_unknown is 'use_encoded_value', "
                f"got {self.unknown_value}."
            )
        self._fit_categories(X, error_on_unknown=self.handle_unknown == "error")
        has_missing = [bool(c.size) and missing_mask(c[-1:])[0] for c in self.categories_]
        if self.handle_unknown == "use_encoded_value":
            for categories, missing in zip(self.categories_, has_missing, strict=True):
                if 0 <= self.unknown_value < categories.size - missing:
                    raise ValueError(
                        f"The used value for unknown_value {self.unknown_value} is one of the values "
                        "already used for encoding the seen categories."
                    )
        if any(has_missing) and np.dtype(self.dtype).kind != "f" and _is_nan(self.encoded_missing_value):
            raise ValueError(
                f"There are missing values in features {list(np.flatnonzero(has_missing))}. For "
                f"OrdinalEncoder to encode missing values with dtype: {self.dtype}, set "
                "encoded_missing_value to a non-nan value, or set dtype to a float"
            )
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        codes, known = self._codes(X, error_on_unknown=self.handle_unknown == "error")
        out = codes.astype(self.dtype)
        for i, categories in enumerate(self.categories_):
            n_missing = int(missing_mask(categories).sum()) if categories.dtype.kind in "fO" else 0
            if n_missing:  # a missing value is not a category here: it gets encoded_missing_value
                out[codes[:, i] >= categories.size - n_missing, i] = self.encoded_missing_value
        if not known.all():
            out[~known] = self.unknown_value
        return out

    def inverse_transform(self, X: Any) -> np.ndarray:
        """Codes back to categories; ``unknown_value`` becomes ``None``, ``encoded_missing_value`` NaN."""
        check_is_fitted(self)
        X = check_array(X, dtype=np.float64, allow_nan=True)
        if X.shape[1] != len(self.categories_):
            raise ValueError(
                f"Shape of the passed X data is not correct. Expected {len(self.categories_)} "
                f"columns, got {X.shape[1]}."
            )
        out = np.empty(X.shape, dtype=object)
        for i, categories in enumerate(self.categories_):
            codes = X[:, i]
            missing = (
                np.isnan(codes)
                if _is_nan(self.encoded_missing_value)
                else codes == self.encoded_missing_value
            )
            unknown = (
                (np.isnan(codes) if _is_nan(self.unknown_value) else codes == self.unknown_value)
                if self.handle_unknown == "use_encoded_value"
                else np.zeros(codes.shape, dtype=bool)
            )
            valid = ~missing & ~unknown
            out[valid, i] = categories[codes[valid].astype(np.intp)]
            out[missing, i] = np.nan
            out[unknown & ~missing, i] = None
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The input names: one code column per input column."""
        check_is_fitted(self)
        return feature_names_in(self, input_features)
