"""Feature scalers: each column mapped by an affine function learned in ``fit``."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.preprocessing._feature_names import OneToOneFeatureMixin
from mlroadmap.algorithms.validation import check_array, check_is_fitted, validate_data


def safe_scale(scale: np.ndarray) -> np.ndarray:
    """Scales of (almost) zero become 1, so a constant column maps to a constant, not to inf."""
    scale = np.array(scale, dtype=np.float64)
    scale[scale < 10 * np.finfo(scale.dtype).eps] = 1.0
    return scale


class StandardScaler(OneToOneFeatureMixin, TransformerMixin, BaseEstimator):
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


def _check_feature_range(feature_range: tuple[float, float]) -> tuple[float, float]:
    low, high = feature_range
    if low >= high:
        raise ValueError(
            f"Minimum of desired feature range must be smaller than maximum. Got {tuple(feature_range)!r}."
        )
    return low, high


class MinMaxScaler(OneToOneFeatureMixin, TransformerMixin, BaseEstimator):
    r"""Map each column linearly onto ``feature_range``:
    :math:`x' = a + (x - \min x)\,\frac{b - a}{\max x - \min x}`.

    Stored as one affine map ``x * scale_ + min_`` with ``scale_ = (b - a) / range`` and
    ``min_ = a - data_min_ * scale_``. A constant column (range 0) gets scale ``b - a``, so it
    maps to ``a + ...``, never to inf. NaN is ignored in ``fit`` and kept in ``transform``.
    ``clip=True`` clips transformed test data that falls outside the training range.
    """

    def __init__(self, feature_range: tuple[float, float] = (0, 1), *, copy: bool = True, clip: bool = False):
        self.feature_range = feature_range
        self.copy = copy
        self.clip = clip

    def fit(self, X: Any, y: Any = None) -> MinMaxScaler:
        low, high = _check_feature_range(self.feature_range)
        X = validate_data(self, X, allow_nan=True, dtype=np.float64)
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN column: NaN statistics, as sklearn
            self.data_min_ = np.nanmin(X, axis=0)
            self.data_max_ = np.nanmax(X, axis=0)
        self.data_range_ = self.data_max_ - self.data_min_
        self.scale_ = (high - low) / safe_scale(self.data_range_)
        self.min_ = low - self.data_min_ * self.scale_
        self.n_samples_seen_ = X.shape[0]
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, allow_nan=True, dtype=np.float64)
        X = X * self.scale_  # a new array: the input is never modified
        X += self.min_
        if self.clip:
            np.clip(X, *self.feature_range, out=X)
        return X

    def inverse_transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = check_array(X, allow_nan=True, dtype=np.float64)
        X = X - self.min_
        X /= self.scale_
        return X

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True
        return tags


class RobustScaler(OneToOneFeatureMixin, TransformerMixin, BaseEstimator):
    r"""Center on the median and divide by the interquartile range: :math:`(x - Q_2) / (Q_3 - Q_1)`.

    Outliers barely move the median and the quartiles, so they do not squash the
    other values as they do with the mean and standard deviation. Quantiles use NumPy's
    default linear interpolation (``np.nanpercentile``), as scikit-learn does; NaN is
    ignored in ``fit`` and kept in ``transform``. ``unit_variance=True`` divides the scale
    by the normal distribution's IQR, so normal data ends with variance 1 (that uses
    ``scipy.special.ndtri``, the standard normal quantile function).
    """

    def __init__(
        self,
        *,
        with_centering: bool = True,
        with_scaling: bool = True,
        quantile_range: tuple[float, float] = (25.0, 75.0),
        copy: bool = True,
        unit_variance: bool = False,
    ) -> None:
        self.with_centering = with_centering
        self.with_scaling = with_scaling
        self.quantile_range = quantile_range
        self.copy = copy
        self.unit_variance = unit_variance

    def fit(self, X: Any, y: Any = None) -> RobustScaler:
        X = validate_data(self, X, allow_nan=True, dtype=np.float64)
        q_low, q_high = self.quantile_range
        if not 0 <= q_low <= q_high <= 100:
            raise ValueError(f"Invalid quantile range: {self.quantile_range}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN column: NaN statistics, as sklearn
            self.center_ = np.nanmedian(X, axis=0) if self.with_centering else None
            if self.with_scaling:
                low, high = np.nanpercentile(X, [q_low, q_high], axis=0)
                self.scale_ = safe_scale(high - low)
                if self.unit_variance:
                    from scipy.special import ndtri

                    self.scale_ = self.scale_ / (ndtri(q_high / 100.0) - ndtri(q_low / 100.0))
            else:
                self.scale_ = None
        return self

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, allow_nan=True, dtype=np.float64)
        X = X.copy()
        if self.with_centering:
            X -= self.center_
        if self.with_scaling:
            X /= self.scale_
        return X

    def inverse_transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = check_array(X, allow_nan=True, dtype=np.float64).copy()
        if self.with_scaling:
            X *= self.scale_
        if self.with_centering:
            X += self.center_
        return X

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True
        return tags
