"""Univariate imputation: each column's missing values replaced by one statistic of that column."""

from __future__ import annotations

import numbers
import warnings
from collections import Counter
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.preprocessing._feature_names import feature_names_in
from mlroadmap.algorithms.validation import check_is_fitted, validate_data

_STRATEGIES = ("mean", "median", "most_frequent", "constant")


def _is_nan(value: Any) -> bool:
    return isinstance(value, numbers.Real) and bool(np.isnan(value))


def missing_mask(X: np.ndarray, missing_values: Any) -> np.ndarray:
    """Where ``X`` holds the missing-value marker (NaN never equals itself, so it is tested apart)."""
    if _is_nan(missing_values):
        if X.dtype.kind == "f":
            return np.isnan(X)
        if X.dtype.kind == "O":
            return np.not_equal(X, X)
        return np.zeros(X.shape, dtype=bool)
    if X.dtype.kind == "O":
        return np.equal(X, missing_values)
    return missing_values == X


def most_frequent(values: np.ndarray) -> Any:
    """The mode of ``values``; among equally frequent values the smallest (as ``scipy.stats.mode``)."""
    if values.size == 0:
        return np.nan
    if values.dtype.kind == "O":  # Python objects (strings): hashing them beats sorting them
        counts = Counter(values.tolist())
        top = max(counts.values())
        return min(value for value, count in counts.items() if count == top)
    uniques, counts = np.unique(values, return_counts=True)
    return uniques[np.argmax(counts)]  # uniques are sorted and argmax returns the first maximum


class SimpleImputer(TransformerMixin, BaseEstimator):
    r"""Replace missing values column by column with one statistic learned in ``fit``.

    ``strategy``: ``"mean"`` :math:`\bar x`, ``"median"``, ``"most_frequent"`` (the mode, ties
    to the smallest value; works on strings) or ``"constant"`` (``fill_value``; 0 for numbers
    and ``"missing_value"`` for strings by default). The statistics ignore the missing entries.
    A column with no observed value has no statistic: it is dropped from the output with a
    warning, unless ``keep_empty_features=True``, which keeps it filled with 0 (or
    ``fill_value``).

    Not implemented: ``add_indicator`` (scikit-learn's ``MissingIndicator`` columns), a callable
    ``strategy``, sparse input.
    """

    def __init__(
        self,
        *,
        missing_values: Any = np.nan,
        strategy: str = "mean",
        fill_value: Any = None,
        copy: bool = True,
        keep_empty_features: bool = False,
    ) -> None:
        self.missing_values = missing_values
        self.strategy = strategy
        self.fill_value = fill_value
        self.copy = copy
        self.keep_empty_features = keep_empty_features

    def _validate_input(self, X: Any, *, in_fit: bool) -> np.ndarray:
        if self.strategy not in _STRATEGIES:
            raise ValueError(
                f"The 'strategy' parameter of SimpleImputer must be a str among {set(_STRATEGIES)} "
                f"or a callable. Got {self.strategy!r} instead."
            )
        if self.strategy in ("most_frequent", "constant"):
            has_strings = isinstance(X, list) and any(isinstance(v, str) for row in X for v in row)
            dtype = object if has_strings else None
        else:
            dtype = np.float64
        if not in_fit and self._fit_dtype.kind == "O":
            dtype = object
        try:
            X = validate_data(self, X, reset=in_fit, dtype=dtype, allow_nan=_is_nan(self.missing_values))
        except ValueError as error:
            if "could not convert" in str(error):
                raise ValueError(
                    f"Cannot use {self.strategy} strategy with non-numeric data:\n{error}"
                ) from None
            raise
        if X.dtype.kind in "iuf" and not isinstance(self.missing_values, numbers.Real):
            raise ValueError(
                "'X' and 'missing_values' types are expected to be both numerical. Got "
                f"X.dtype={X.dtype} and  type(missing_values)={type(self.missing_values)}."
            )
        if X.dtype.kind not in "iufO":
            raise ValueError(
                f"SimpleImputer does not support data with dtype {X.dtype}. Please provide either a "
                "numeric array (with a floating point or integer dtype) or categorical data represented "
                "either as an array with integer dtype or an array of string values with an object dtype."
            )
        if in_fit:
            self._fit_dtype = X.dtype
            if self.strategy == "constant" and self.fill_value is not None:
                fill_type = np.asarray(self.fill_value).dtype if not isinstance(self.fill_value, str) else str
                if not np.can_cast(fill_type, X.dtype, casting="same_kind"):
                    raise ValueError(
                        f"fill_value={self.fill_value!r} (of type {type(self.fill_value)!r}) cannot be cast "
                        f"to the input data that is {X.dtype!r}. Make sure that both dtypes are of the "
                        "same kind."
                    )
        return X

    def fit(self, X: Any, y: Any = None) -> SimpleImputer:
        X = self._validate_input(X, in_fit=True)
        missing = missing_mask(X, self.missing_values)
        empty = missing.all(axis=0)
        empty_value: Any = 0 if self.keep_empty_features else np.nan
        if self.strategy == "mean":
            with np.errstate(invalid="ignore", divide="ignore"):
                statistics = np.where(missing, 0.0, X).sum(axis=0) / (~missing).sum(axis=0)
        elif self.strategy == "median":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # all-missing column: no median
                statistics = np.nanmedian(np.where(missing, np.nan, X), axis=0)
        elif self.strategy == "most_frequent":
            statistics = np.empty(X.shape[1], dtype=object if X.dtype.kind == "O" else np.float64)
            for j in range(X.shape[1]):
                statistics[j] = most_frequent(X[~missing[:, j], j])
        else:
            if self.fill_value is not None:
                fill_value = self.fill_value
            else:
                fill_value = 0 if X.dtype.kind in "iuf" else "missing_value"
            statistics = np.full(X.shape[1], fill_value, dtype=object)
            empty_value = fill_value if self.keep_empty_features else np.nan
        statistics[empty] = empty_value
        self.statistics_ = statistics
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = self._validate_input(X, in_fit=False)
        X = X.copy() if self.copy or not X.flags.writeable else X
        if self.keep_empty_features:
            kept = np.arange(X.shape[1])
        else:
            invalid = missing_mask(self.statistics_, np.nan)
            kept = np.flatnonzero(~invalid)
            if invalid.any():
                skipped = np.flatnonzero(invalid)
                if hasattr(self, "feature_names_in_"):
                    skipped = self.feature_names_in_[skipped]
                warnings.warn(
                    f"Skipping features without any observed values: {skipped}. At least one non-missing "
                    f"value is needed for imputation with strategy='{self.strategy}'.",
                    UserWarning,
                    stacklevel=2,
                )
                X = X[:, kept]
        statistics = self.statistics_[kept].astype(self._fit_dtype)
        missing = missing_mask(X, self.missing_values)
        np.copyto(X, np.broadcast_to(statistics, X.shape), where=missing)
        return X

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self)
        names = feature_names_in(self, input_features)
        return names[~missing_mask(self.statistics_, np.nan)]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = _is_nan(self.missing_values)
        return tags
