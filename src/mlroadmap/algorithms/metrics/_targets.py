"""What kind of target is this? Label bookkeeping shared by the classification metrics.

scikit-learn names a target by what its values look like (``type_of_target``):
two distinct values are ``"binary"``, more discrete values ``"multiclass"``,
non-integer floats ``"continuous"``, a 0/1 matrix ``"multilabel-indicator"``.
The metrics below accept binary and multiclass targets and refuse the rest with
scikit-learn's messages.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.validation import check_consistent_length, check_sample_weight, column_or_1d


class UndefinedMetricWarning(UserWarning):
    """A metric is ill-defined (e.g. a division by zero) and was given a conventional value."""


def _is_string_array(y: np.ndarray) -> bool:
    return y.dtype.kind in "US" or (
        y.dtype.kind == "O" and y.size > 0 and all(isinstance(v, str) for v in y.flat)
    )


def type_of_target(y: Any, input_name: str = "") -> str:
    """The kind of target: ``"binary"``, ``"multiclass"``, ``"continuous"``,
    ``"multilabel-indicator"``, ``"multiclass-multioutput"``, ``"continuous-multioutput"``
    or ``"unknown"``."""
    y = np.asarray(y)
    if y.ndim > 2 or (y.dtype.kind == "O" and not _is_string_array(y) and not _all_numbers(y)):
        return "unknown"
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.ravel()
    if y.ndim == 2 and y.shape[1] == 0:
        return "unknown"
    if y.ndim == 2 and y.dtype.kind in "biuf" and np.isin(y, (0, 1)).all():
        return "multilabel-indicator"
    suffix = "-multioutput" if y.ndim == 2 else ""
    if y.dtype.kind == "f":
        if not np.isfinite(y).all():
            name = f" {input_name}" if input_name else ""
            problem = "NaN" if np.isnan(y).any() else "infinity or a value too large for dtype('float64')"
            raise ValueError(f"Input{name} contains {problem}.")
        if np.any(y != y.astype(np.int64)):
            return "continuous" + suffix
    if suffix:
        return "multiclass" + suffix
    return "multiclass" if len(np.unique(y)) > 2 else "binary"


def _all_numbers(y: np.ndarray) -> bool:
    return all(isinstance(v, int | float | np.number | bool) for v in y.flat)


def unique_labels(*ys: np.ndarray) -> np.ndarray:
    """The sorted union of the labels in ``ys``; strings and numbers may not be mixed."""
    kinds = {_is_string_array(np.asarray(y)) for y in ys if len(y)}
    if len(kinds) > 1:
        raise ValueError(
            "Mix of label input types (string and number); "
            f"Got {' and '.join(str(np.unique(np.asarray(y))) for y in ys)}."
        )
    return np.unique(np.concatenate([np.unique(np.asarray(y)) for y in ys]))


def check_classification_pair(y_true: Any, y_pred: Any, sample_weight: Any = None) -> tuple:
    """``(y_type, labels, y_true, y_pred, sample_weight)`` for two label vectors of one task.

    ``y_type`` is ``"binary"`` or ``"multiclass"`` (two distinct labels over both vectors,
    or more); ``labels`` is the sorted union of the labels seen.
    """
    check_consistent_length(y_true, y_pred, sample_weight)
    type_true = type_of_target(y_true, input_name="y_true")
    type_pred = type_of_target(y_pred, input_name="y_pred")
    if len(y_true) < 1:
        raise ValueError(
            "Found empty input array (e.g., `y_true` or `y_pred`) while a minimum of 1 sample is required."
        )
    types = {type_true, type_pred}
    if types == {"binary", "multiclass"}:
        types = {"multiclass"}
    if len(types) > 1:
        raise ValueError(f"Classification metrics can't handle a mix of {type_true} and {type_pred} targets")
    (y_type,) = types
    if y_type not in ("binary", "multiclass"):
        raise ValueError(f"{y_type} is not supported")
    y_true = column_or_1d(y_true, warn=False)
    y_pred = column_or_1d(y_pred, warn=False)
    labels = unique_labels(y_true, y_pred)
    if y_type == "binary" and len(labels) > 2:
        y_type = "multiclass"
    return y_type, labels, y_true, y_pred, check_sample_weight(sample_weight, len(y_true), allow_none=True)


def encode(values: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """The position of each value in ``classes`` (any order); ``len(classes)`` for a value not in it."""
    order = np.argsort(classes, kind="stable")
    sorted_classes = classes[order]
    positions = np.searchsorted(sorted_classes, values)
    positions = np.minimum(positions, len(classes) - 1)
    found = sorted_classes[positions] == values
    return np.where(found, order[positions], len(classes))
