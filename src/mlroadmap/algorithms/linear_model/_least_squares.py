"""Ordinary least squares: :math:`\\min_w \\lVert y - Xw \\rVert_2^2`."""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.linalg

from mlroadmap.algorithms.base import BaseEstimator, RegressorMixin
from mlroadmap.algorithms.linear_model._base import LinearRegressorMixin, center_data
from mlroadmap.algorithms.linear_model._params import check_interval
from mlroadmap.algorithms.validation import validate_data


class LinearRegression(LinearRegressorMixin, RegressorMixin, BaseEstimator):
    r"""Least squares, solved through the singular value decomposition.

    With the intercept fitted by centring, the slopes are the minimum-norm solution
    :math:`w = X^{+} y = V \Sigma^{+} U^\top y` of the centred problem. The SVD
    (``scipy.linalg.lstsq``, LAPACK's ``gelsd``) rather than the normal equations
    :math:`(X^\top X)^{-1} X^\top y` keeps it exact when :math:`X^\top X` is singular:
    collinear columns, or more features than samples. Singular values below
    ``tol · s_max`` count as zero (they set ``rank_``); scikit-learn's default cut-off
    is the same 1e-6.

    Fitted attributes: ``coef_`` (n_features,), ``intercept_`` (float), ``rank_``,
    ``singular_`` (of the centred X), ``n_features_in_``.
    """

    def __init__(self, *, fit_intercept: bool = True, tol: float = 1e-6) -> None:
        self.fit_intercept = fit_intercept
        self.tol = tol

    def fit(self, X: Any, y: Any) -> LinearRegression:
        X, y = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        y = y.astype(np.float64, copy=False)
        Xc, yc, X_offset, y_offset = center_data(X, y, self.fit_intercept)
        check_interval(self, "tol", low=0.0)
        self.coef_, _, self.rank_, self.singular_ = scipy.linalg.lstsq(
            Xc, yc, cond=self.tol, lapack_driver="gelsd", check_finite=False
        )
        self._set_intercept(X_offset, y_offset)
        return self
