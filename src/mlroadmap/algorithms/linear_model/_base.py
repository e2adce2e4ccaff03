"""What every linear model shares: centring the data, and predicting with ``X @ coef_ + intercept_``.

Centring is how an unpenalized intercept is fitted: with column means
:math:`\\bar x` and :math:`\\bar y`, the slopes solve the problem on
:math:`X - \\bar x` and :math:`y - \\bar y` (no intercept), and then
:math:`b = \\bar y - \\bar x^\\top w`. The penalty never touches :math:`b`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.validation import check_is_fitted, validate_data


def center_data(
    X: np.ndarray, y: np.ndarray, fit_intercept: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """``(X - x̄, y - ȳ, x̄, ȳ)``; without an intercept the offsets are zero and nothing is copied."""
    if not fit_intercept:
        return X, y, np.zeros(X.shape[1]), 0.0
    X_offset = X.mean(axis=0)
    y_offset = float(y.mean())
    return X - X_offset, y - y_offset, X_offset, y_offset


class LinearRegressorMixin:
    """``predict`` for a fitted linear regressor: :math:`\\hat y = X w + b`."""

    def predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return X @ self.coef_ + self.intercept_

    def _set_intercept(self, X_offset: np.ndarray, y_offset: float) -> None:
        self.intercept_ = float(y_offset - X_offset @ self.coef_)
