"""Regression metrics."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.validation import check_consistent_length


def r2_score(y_true: Any, y_pred: Any, *, sample_weight: Any = None) -> float:
    r"""The coefficient of determination :math:`R^2 = 1 - \sum (y - \hat y)^2 / \sum (y - \bar y)^2`.

    A constant ``y_true`` gives 1.0 for a perfect prediction and 0.0 otherwise, as in scikit-learn.
    """
    y_true = np.asarray(y_true, dtype=np.float64)
    y_pred = np.asarray(y_pred, dtype=np.float64)
    check_consistent_length(y_true, y_pred, sample_weight)
    if y_true.ndim == 1:
        y_true, y_pred = y_true[:, None], y_pred.reshape(-1, 1)
    w = np.ones(len(y_true)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    w = w[:, None]
    residual = (w * (y_true - y_pred) ** 2).sum(axis=0)
    mean = (w * y_true).sum(axis=0) / w.sum()
    total = (w * (y_true - mean) ** 2).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(total > 0, 1 - residual / total, np.where(residual > 0, 0.0, 1.0))
    return float(scores.mean())
