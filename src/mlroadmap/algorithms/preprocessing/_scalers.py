"""Feature scalers: each column mapped by an affine function learned in ``fit``."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.validation import check_is_fitted, validate_data


def safe_scale(scale: np.ndarray) -> np.ndarray:
    """Scales of (almost) zero become 1, so a constant column maps to a constant, not to inf."""
    scale = np.array(scale, dtype=np.float64)
    scale[scale < 10 * np.finfo(scale.dtype).eps] = 1.0
    return scale


class StandardScaler(TransformerMixin, BaseEstimator):
    r"""Standardize features: :math:`z = (x - \mu) / \sigma` per column.

    :math:`\sigma` is the population standard deviation (divides by n). A constant
    column gets scale 1. NaN values are ignored in ``fit`` and kept in ``transform``,
    as in scikit-learn.
    """

    def __init__(self, *, copy: bool = True, with_mean: bool = True, with_std: bool = True) -> None:
        self.copy = copy
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X: Any, y: Any = None) -> StandardScaler:
        X = validate_data(self, X, allow_nan=True)
        observed = ~np.isnan(X)
        self.n_samples_seen_ = observed.sum(axis=0) if not observed.all() else X.shape[0]
        with np.errstate(invalid="ignore"):  # an all-NaN column has no mean: NaN, as in sklearn
            self.mean_ = np.nanmean(X, axis=0) if self.with_mean or self.with_std else None
            self.var_ = np.nanvar(X, axis=0) if self.with_std else None
        self.scale_ = safe_scale(np.sqrt(self.var_)) if self.with_std else None
        return self

    def transform(self, X: Any, copy: bool | None = None) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, allow_nan=True, dtype=np.float64)
        if copy if copy is not None else self.copy:
            X = X.copy()
        if self.with_mean:
            X -= self.mean_
        if self.with_std:
            X /= self.scale_
        return X

    def inverse_transform(self, X: Any, copy: bool | None = None) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, allow_nan=True, dtype=np.float64)
        if copy if copy is not None else self.copy:
            X = X.copy()
        if self.with_std:
            X *= self.scale_
        if self.with_mean:
            X += self.mean_
        return X

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True
        return tags
