r"""Regression metrics: how far the predictions :math:`\hat y` are from the targets :math:`y`.

Each is computed per output column (with optional sample weights :math:`w_i`), then the
outputs are combined as ``multioutput`` says: ``"raw_values"`` (one score per output),
``"uniform_average"`` (their mean) or an array of weights.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.metrics._targets import UndefinedMetricWarning
from mlroadmap.algorithms.validation import check_array, check_consistent_length, check_sample_weight

MULTIOUTPUT = ("raw_values", "uniform_average", "variance_weighted")


def _check_regression_targets(y_true, y_pred, sample_weight, multioutput):
    """Both targets as float 2-D arrays ``(n_samples, n_outputs)``, validated together."""
    check_consistent_length(y_true, y_pred, sample_weight)
    y_true = check_array(y_true, ensure_2d=False, dtype=np.float64, input_name="y_true")
    y_pred = check_array(y_pred, ensure_2d=False, dtype=np.float64, input_name="y_pred")
    y_true = y_true.reshape(len(y_true), -1)
    y_pred = y_pred.reshape(len(y_pred), -1)
    if y_true.shape[1] != y_pred.shape[1]:
        raise ValueError(
            f"y_true and y_pred have different number of output ({y_true.shape[1]}!={y_pred.shape[1]})"
        )
    if isinstance(multioutput, str):
        if multioutput not in MULTIOUTPUT:
            raise ValueError(
                f"Allowed 'multioutput' string values are {MULTIOUTPUT}. "
                f"You provided multioutput={multioutput!r}"
            )
    elif multioutput is not None:
        multioutput = check_array(multioutput, ensure_2d=False)
        if y_true.shape[1] == 1:
            raise ValueError("Custom weights are useful only in multi-output cases.")
        if y_true.shape[1] != multioutput.shape[0]:
            raise ValueError(
                f"There must be equally many custom weights ({multioutput.shape[0]}) as outputs "
                f"({y_true.shape[1]})."
            )
    return y_true, y_pred, check_sample_weight(sample_weight, len(y_true), allow_none=True), multioutput


def _combine_outputs(per_output: np.ndarray, multioutput: Any) -> float | np.ndarray:
    if isinstance(multioutput, str):
        if multioutput == "raw_values":
            return per_output
        multioutput = None  # uniform average
    return float(np.average(per_output, weights=multioutput))


def mean_squared_error(
    y_true: Any, y_pred: Any, *, sample_weight: Any = None, multioutput: Any = "uniform_average"
) -> float | np.ndarray:
    r""":math:`\mathrm{MSE} = \sum_i w_i (y_i - \hat y_i)^2 / \sum_i w_i`."""
    y_true, y_pred, weights, multioutput = _check_regression_targets(
        y_true, y_pred, sample_weight, multioutput
    )
    errors = np.average((y_true - y_pred) ** 2, axis=0, weights=weights)
    return _combine_outputs(errors, multioutput)


def mean_absolute_error(
    y_true: Any, y_pred: Any, *, sample_weight: Any = None, multioutput: Any = "uniform_average"
) -> float | np.ndarray:
    r""":math:`\mathrm{MAE} = \sum_i w_i |y_i - \hat y_i| / \sum_i w_i`."""
    y_true, y_pred, weights, multioutput = _check_regression_targets(
        y_true, y_pred, sample_weight, multioutput
    )
    errors = np.average(np.abs(y_pred - y_true), axis=0, weights=weights)
    return _combine_outputs(errors, multioutput)


def r2_score(
    y_true: Any,
    y_pred: Any,
    *,
    sample_weight: Any = None,
    multioutput: Any = "uniform_average",
    force_finite: bool = True,
) -> float | np.ndarray:
    r"""The coefficient of determination
    :math:`R^2 = 1 - \sum_i w_i (y_i - \hat y_i)^2 / \sum_i w_i (y_i - \bar y)^2`.

    1 is a perfect fit and 0 the score of always predicting the mean; it can be negative.
    For a constant ``y_true`` the ratio is 0/0 or x/0: with ``force_finite`` the score is
    1.0 for a perfect prediction and 0.0 otherwise, as in scikit-learn. ``multioutput=
    "variance_weighted"`` weights each output by its total sum of squares.
    """
    y_true, y_pred, weights, multioutput = _check_regression_targets(
        y_true, y_pred, sample_weight, multioutput
    )
    if len(y_pred) < 2:
        warnings.warn(
            "R^2 score is not well-defined with less than two samples.", UndefinedMetricWarning, stacklevel=2
        )
        return float("nan")
    w = 1.0 if weights is None else weights[:, None]
    residual = np.sum(w * (y_true - y_pred) ** 2, axis=0)
    total = np.sum(w * (y_true - np.average(y_true, axis=0, weights=weights)) ** 2, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = 1 - residual / total
    if force_finite:
        scores = np.where(total != 0, scores, np.where(residual != 0, 0.0, 1.0))
        scores[(residual == 0) & (total != 0)] = 1.0
    if isinstance(multioutput, str) and multioutput == "variance_weighted":
        multioutput = total if (total != 0).any() else None
    return _combine_outputs(scores, multioutput)


def root_mean_squared_error(
    y_true: Any, y_pred: Any, *, sample_weight: Any = None, multioutput: Any = "uniform_average"
) -> float | np.ndarray:
    r""":math:`\mathrm{RMSE} = \sqrt{\mathrm{MSE}}`, per output, then combined."""
    y_true, y_pred, weights, multioutput = _check_regression_targets(
        y_true, y_pred, sample_weight, multioutput
    )
    errors = np.sqrt(np.average((y_true - y_pred) ** 2, axis=0, weights=weights))
    return _combine_outputs(errors, multioutput)
