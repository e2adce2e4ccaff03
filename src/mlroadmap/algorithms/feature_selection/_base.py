"""What every feature selector shares: a boolean mask over the input columns."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.preprocessing._feature_names import feature_names_in
from mlroadmap.algorithms.validation import check_array, check_is_fitted, validate_data


class SelectorMixin:
    """``transform`` keeps the columns where ``_get_support_mask()`` is True."""

    def _get_support_mask(self) -> np.ndarray:
        raise NotImplementedError

    def get_support(self, indices: bool = False) -> np.ndarray:
        """The mask of kept features, or their indices with ``indices=True``."""
        mask = self._get_support_mask()
        return np.flatnonzero(mask) if indices else mask

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        allow_nan = self.__sklearn_tags__().input_tags.allow_nan
        X = validate_data(self, X, reset=False, dtype=None, allow_nan=allow_nan)
        mask = self._get_support_mask()
        if not mask.any():
            warnings.warn(
                "No features were selected: either the data is too noisy or the selection test too strict.",
                UserWarning,
                stacklevel=2,
            )
        return X[:, mask]

    def inverse_transform(self, X: Any) -> np.ndarray:
        """Put the kept columns back in place; removed columns are zeros."""
        check_is_fitted(self)
        X = check_array(X, dtype=None, allow_nan=True)
        mask = self._get_support_mask()
        if X.shape[1] != mask.sum():
            raise ValueError("X has a different shape than during fitting.")
        out = np.zeros((X.shape[0], mask.size), dtype=X.dtype)
        out[:, mask] = X
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self)
        return feature_names_in(self, input_features)[self._get_support_mask()]
