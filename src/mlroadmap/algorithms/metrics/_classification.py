"""Classification metrics."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.validation import check_consistent_length, column_or_1d


def accuracy_score(y_true: Any, y_pred: Any, *, normalize: bool = True, sample_weight: Any = None) -> float:
    r"""The (weighted) fraction of right predictions, :math:`\frac{1}{n}\sum_i [\hat y_i = y_i]`."""
    y_true, y_pred = column_or_1d(y_true), column_or_1d(y_pred)
    check_consistent_length(y_true, y_pred, sample_weight)
    correct = (y_true == y_pred).astype(np.float64)
    weights = np.ones_like(correct) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    total = float(np.dot(correct, weights))
    return total / float(weights.sum()) if normalize else total
