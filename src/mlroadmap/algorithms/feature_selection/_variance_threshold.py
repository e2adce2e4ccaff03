"""Unsupervised selection: drop the features whose variance is too low to carry information."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.feature_selection._base import SelectorMixin
from mlroadmap.algorithms.validation import check_is_fitted, validate_data


class VarianceThreshold(SelectorMixin, TransformerMixin, BaseEstimator):
    r"""Keep the features whose variance :math:`\frac1n\sum (x_i - \bar x)^2` exceeds ``threshold``.

    The default threshold 0 removes constant columns. Because rounding can leave a tiny
    non-zero variance on a constant column, the variance is replaced by the peak-to-peak
    range :math:`\max x - \min x` when that is smaller (it is exactly 0 for a constant
    column), as scikit-learn does. NaN values are ignored.
    """

    def __init__(self, threshold: float = 0.0) -> None:
        self.threshold = threshold

    def fit(self, X: Any, y: Any = None) -> VarianceThreshold:
        X = validate_data(self, X, dtype=np.float64, allow_nan=True)
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # an all-NaN column: NaN
            variances = np.nanvar(X, axis=0)
            if self.threshold == 0:
                peak_to_peak = np.nanmax(X, axis=0) - np.nanmin(X, axis=0)
                variances = np.nanmin([variances, peak_to_peak], axis=0)
        self.variances_ = variances
        if np.all(~np.isfinite(variances) | (variances <= self.threshold)):
            message = f"No feature in X meets the variance threshold {self.threshold:.5f}"
            if X.shape[0] == 1:
                message += " (X contains only one sample)"
            raise ValueError(message)
        return self

    def _get_support_mask(self) -> np.ndarray:
        check_is_fitted(self)
        return self.variances_ > self.threshold

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True
        return tags
