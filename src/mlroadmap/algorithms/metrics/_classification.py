r"""Classification metrics, all read off the confusion matrix.

For one class ``k`` seen as "positive", a prediction is a true positive (TP), a false
positive (FP), a false negative (FN) or a true negative (TN), and

.. math::

    \text{precision} = \frac{TP}{TP + FP}, \qquad
    \text{recall} = \frac{TP}{TP + FN}, \qquad
    F_\beta = \frac{(1 + \beta^2)\,TP}{(1 + \beta^2)\,TP + \beta^2 FN + FP}.

With several classes the per-class scores are averaged: ``"macro"`` (plain mean over
classes), ``"weighted"`` (mean weighted by each class's support), ``"micro"`` (pool
the counts of all classes first), or ``None`` (return the per-class scores).
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.metrics._targets import (
    UndefinedMetricWarning,
    check_classification_pair,
    encode,
    unique_labels,
)
from mlroadmap.algorithms.validation import (
    check_array,
    check_consistent_length,
    check_sample_weight,
    column_or_1d,
)

AVERAGES = (None, "micro", "macro", "weighted")


def accuracy_score(y_true: Any, y_pred: Any, *, normalize: bool = True, sample_weight: Any = None) -> float:
    r"""The (weighted) fraction of right predictions, :math:`\frac{1}{n}\sum_i [\hat y_i = y_i]`."""
    _, _, y_true, y_pred, weights = check_classification_pair(y_true, y_pred, sample_weight)
    correct = (y_true == y_pred).astype(np.float64)
    if weights is None:
        return float(correct.mean()) if normalize else float(correct.sum())
    total = float(np.dot(correct, weights))
    return total / float(weights.sum()) if normalize else total


def _confusion_counts(y_true, y_pred, labels, sample_weight) -> np.ndarray:
    """Counts ``C[i, j]`` of samples of class ``labels[i]`` predicted as ``labels[j]``.

    Each pair is encoded as one integer ``i * n + j`` and counted with ``np.bincount``;
    samples whose true or predicted label is not in ``labels`` are left out.
    """
    n = len(labels)
    true_index, pred_index = encode(y_true, labels), encode(y_pred, labels)
    kept = (true_index < n) & (pred_index < n)
    weights = sample_weight
    if not kept.all():
        true_index, pred_index = true_index[kept], pred_index[kept]
        weights = None if weights is None else weights[kept]
    counts = np.bincount(true_index * n + pred_index, weights=weights, minlength=n * n)
    return counts.reshape(n, n)


def confusion_matrix(
    y_true: Any, y_pred: Any, *, labels: Any = None, sample_weight: Any = None, normalize: str | None = None
) -> np.ndarray:
    """``C[i, j]``: how many samples of class ``i`` were predicted as class ``j``.

    Rows are true classes, columns predicted ones, in the order of ``labels`` (the sorted
    labels seen, by default). ``normalize`` divides by the row sums (``"true"``: recall on
    the diagonal), the column sums (``"pred"``: precision on the diagonal) or the total
    (``"all"``); an empty row or column gives zeros.
    """
    if normalize not in ("true", "pred", "all", None):
        raise ValueError("normalize must be one of {'true', 'pred', 'all', None}")
    integer_weights = sample_weight is None or np.asarray(sample_weight).dtype.kind in "biu"
    _, present, y_true, y_pred, weights = check_classification_pair(y_true, y_pred, sample_weight)
    if labels is None:
        labels = present
    else:
        labels = np.asarray(labels)
        if labels.size == 0:
            raise ValueError("'labels' should contain at least one label.")
        if len(np.intersect1d(y_true, labels)) == 0:
            raise ValueError("At least one label specified must be in y_true")
    cm = _confusion_counts(y_true, y_pred, labels, weights)
    cm = cm.astype(np.int64) if integer_weights else cm
    if normalize is not None:
        totals = {
            "true": cm.sum(axis=1, keepdims=True),
            "pred": cm.sum(axis=0, keepdims=True),
            "all": cm.sum(),
        }
        with np.errstate(all="ignore"):
            cm = np.nan_to_num(cm / totals[normalize])
    if cm.shape == (1, 1):
        warnings.warn(
            "A single label was found in 'y_true' and 'y_pred'. For the confusion matrix to have the "
            "correct shape, use the 'labels' parameter to pass all known labels.",
            UserWarning,
            stacklevel=2,
        )
    return cm


def _zero_division_value(zero_division: Any) -> float:
    if isinstance(zero_division, str):
        if zero_division == "warn":
            return 0.0
        if zero_division == "nan":
            return np.nan
    elif isinstance(zero_division, int | float) and (zero_division in (0, 1) or math.isnan(zero_division)):
        return float(zero_division)
    raise ValueError(
        "The 'zero_division' parameter must be a float among {0.0, 1.0, nan} or a str among {'warn'}. "
        f"Got {zero_division!r} instead."
    )


def _divide(numerator, denominator, metric, modifier, *, warn_for, zero_division) -> np.ndarray:
    """``numerator / denominator`` with ``zero_division`` where the denominator is 0.

    With ``zero_division="warn"`` the value is 0 and an UndefinedMetricWarning names the
    metric (only for the metrics listed in ``warn_for``).
    """
    undefined = denominator == 0
    result = np.asarray(numerator, dtype=np.float64) / np.where(undefined, 1, denominator)
    if undefined.any():
        result[undefined] = _zero_division_value(zero_division)
        if zero_division == "warn" and metric in warn_for:
            where = "due to" if len(result) == 1 else "in labels with"
            warnings.warn(
                f"{metric.capitalize()} is ill-defined and being set to 0.0 {where} no {modifier} samples. "
                "Use `zero_division` parameter to control this behavior.",
                UndefinedMetricWarning,
                stacklevel=4,
            )
    return result


def _nan_average(scores: np.ndarray, weights: np.ndarray | None) -> float:
    """The (weighted) mean of the scores that are not NaN; NaN if all are."""
    defined = ~np.isnan(scores)
    if not defined.any():
        return np.nan
    if weights is None:
        return float(scores[defined].mean())
    weights = np.asarray(weights, dtype=np.float64)[defined]
    if weights.sum() == 0:  # every weight is zero: ignore the weights
        return float(scores[defined].mean())
    return float(np.average(scores[defined], weights=weights))


def _selected_labels(y_type, present, labels, average, pos_label):
    if average not in AVERAGES and average != "binary":
        raise ValueError(f"average has to be one of {(*AVERAGES, 'samples')}")
    if average == "binary":
        if y_type != "binary":
            raise ValueError(
                f"Target is {y_type} but average='binary'. Please choose another average setting, "
                "one of [None, 'micro', 'macro', 'weighted']."
            )
        if pos_label not in present.tolist() and len(present) >= 2:
            raise ValueError(f"pos_label={pos_label} is not a valid label. It should be one of {present}")
        return np.asarray([pos_label])
    if pos_label not in (None, 1):
        warnings.warn(
            f"Note that pos_label (set to {pos_label!r}) is ignored when average != 'binary' "
            f"(got {average!r}). You may use labels=[pos_label] to specify a single positive class.",
            UserWarning,
            stacklevel=3,
        )
    return None if labels is None else np.asarray(labels)


def precision_recall_fscore_support(
    y_true: Any,
    y_pred: Any,
    *,
    beta: float = 1.0,
    labels: Any = None,
    pos_label: Any = 1,
    average: str | None = None,
    warn_for: tuple = ("precision", "recall", "f-score"),
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> tuple:
    r"""Precision, recall, :math:`F_\beta` and support (the number of true samples) per class,
    or averaged as ``average`` says (then the support is ``None``).

    The counts come from the confusion matrix ``C``: :math:`TP_k = C_{kk}`, the predicted
    total of class ``k`` (:math:`TP + FP`) is column ``k``'s sum, its true total
    (:math:`TP + FN`, the support) row ``k``'s sum.
    """
    _zero_division_value(zero_division)
    if beta < 0:
        raise ValueError("beta should be >=0 in the F-beta score")
    y_type, present, y_true, y_pred, weights = check_classification_pair(y_true, y_pred, sample_weight)
    labels = _selected_labels(y_type, present, labels, average, pos_label)
    n_selected = len(present) if labels is None else len(labels)
    all_labels = present if labels is None else np.concatenate([labels, np.setdiff1d(present, labels)])
    # Per class: TP (the diagonal of the confusion matrix), FP and FN, by three bincounts.
    n = len(all_labels)
    true_index, pred_index = encode(y_true, all_labels), encode(y_pred, all_labels)
    right = true_index == pred_index
    true_positives = np.bincount(true_index[right], None if weights is None else weights[right], minlength=n)
    false_positives = np.bincount(pred_index, weights, minlength=n) - true_positives
    false_negatives = np.bincount(true_index, weights, minlength=n) - true_positives
    true_positives, false_positives, false_negatives = (
        a[:n_selected] for a in (true_positives, false_positives, false_negatives)
    )
    predicted = true_positives + false_positives
    support = true_positives + false_negatives
    if weights is None:
        true_positives, predicted, support = (
            a.astype(np.int64) for a in (true_positives, predicted, support)
        )
    if average == "micro":
        true_positives, predicted, support = (
            np.array([a.sum()]) for a in (true_positives, predicted, support)
        )

    precision = _divide(
        true_positives, predicted, "precision", "predicted", warn_for=warn_for, zero_division=zero_division
    )
    recall = _divide(
        true_positives, support, "recall", "true", warn_for=warn_for, zero_division=zero_division
    )
    if np.isposinf(beta):
        f_score = recall
    elif beta == 0:
        f_score = precision
    else:
        beta2 = beta**2
        f_score = _divide(
            (1 + beta2) * true_positives.astype(np.float64),
            beta2 * support.astype(np.float64) + predicted,
            "f-score",
            "true nor predicted",
            warn_for=warn_for,
            zero_division=zero_division,
        )
    if average is None:
        return precision, recall, f_score, support
    class_weights = support if average == "weighted" else None
    return (
        _nan_average(precision, class_weights),
        _nan_average(recall, class_weights),
        _nan_average(f_score, class_weights),
        None,
    )


def precision_score(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Any = None,
    pos_label: Any = 1,
    average: str | None = "binary",
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> float | np.ndarray:
    r"""Of the samples predicted positive, the fraction that are: :math:`TP / (TP + FP)`."""
    precision, _, _, _ = precision_recall_fscore_support(
        y_true,
        y_pred,
        labels=labels,
        pos_label=pos_label,
        average=average,
        warn_for=("precision",),
        sample_weight=sample_weight,
        zero_division=zero_division,
    )
    return precision


def recall_score(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Any = None,
    pos_label: Any = 1,
    average: str | None = "binary",
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> float | np.ndarray:
    r"""Of the positive samples, the fraction predicted positive: :math:`TP / (TP + FN)`."""
    _, recall, _, _ = precision_recall_fscore_support(
        y_true,
        y_pred,
        labels=labels,
        pos_label=pos_label,
        average=average,
        warn_for=("recall",),
        sample_weight=sample_weight,
        zero_division=zero_division,
    )
    return recall


def f1_score(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Any = None,
    pos_label: Any = 1,
    average: str | None = "binary",
    sample_weight: Any = None,
    zero_division: Any = "warn",
) -> float | np.ndarray:
    r"""The harmonic mean of precision and recall, :math:`F_1 = 2\,TP / (2\,TP + FP + FN)`."""
    _, _, f_score, _ = precision_recall_fscore_support(
        y_true,
        y_pred,
        beta=1.0,
        labels=labels,
        pos_label=pos_label,
        average=average,
        warn_for=("f-score",),
        sample_weight=sample_weight,
        zero_division=zero_division,
    )
    return f_score


def classification_report(
    y_true: Any,
    y_pred: Any,
    *,
    labels: Any = None,
    target_names: Any = None,
    sample_weight: Any = None,
    digits: int = 2,
    output_dict: bool = False,
    zero_division: Any = "warn",
) -> str | dict:
    """Precision, recall, F1 and support per class, then the accuracy and the macro and
    weighted averages, as a text table (scikit-learn's layout) or a dict.

    The "micro avg" row equals the accuracy when every label is reported, so it is shown
    as "accuracy"; with a subset of ``labels`` it is shown as "micro avg".
    """
    _, present, y_true, y_pred, _ = check_classification_pair(y_true, y_pred, sample_weight)
    labels_given = labels is not None
    labels = np.asarray(labels) if labels_given else present
    micro_is_accuracy = not labels_given or set(labels.tolist()) >= set(
        unique_labels(y_true, y_pred).tolist()
    )
    if target_names is not None and len(labels) != len(target_names):
        if labels_given:
            warnings.warn(
                f"labels size, {len(labels)}, does not match size of target_names, {len(target_names)}",
                stacklevel=2,
            )
        else:
            raise ValueError(
                f"Number of classes, {len(labels)}, does not match size of target_names, "
                f"{len(target_names)}. Try specifying the labels parameter"
            )
    if target_names is None:
        target_names = [str(label) for label in labels]

    def scores(average):
        return precision_recall_fscore_support(
            y_true,
            y_pred,
            labels=labels,
            average=average,
            sample_weight=sample_weight,
            zero_division=zero_division,
        )

    headers = ["precision", "recall", "f1-score", "support"]
    precision, recall, f1, support = scores(None)
    rows = list(zip(target_names, precision, recall, f1, support, strict=False))
    summary = []
    for average in ("micro", "macro", "weighted"):
        heading = "accuracy" if average == "micro" and micro_is_accuracy else f"{average} avg"
        summary.append((heading, *scores(average)[:3], np.sum(support)))

    if output_dict:
        report = {name: dict(zip(headers, map(float, values), strict=True)) for name, *values in rows}
        for heading, *values in summary:
            report[heading] = (
                float(values[0])
                if heading == "accuracy"
                else dict(zip(headers, map(float, values), strict=True))
            )
        return report

    width = max(*(len(name) for name in target_names), len("weighted avg"), digits)
    text = f"{'':>{width}s} " + "".join(f" {header:>9}" for header in headers) + "\n\n"
    row = "{:>{width}s} " + " {:>9.{digits}f}" * 3 + " {:>9}\n"
    for values in rows:
        text += row.format(*values, width=width, digits=digits)
    text += "\n"
    for heading, *values in summary:
        if heading == "accuracy":
            text += f"{heading:>{width}s} " + f" {'':>9}" * 2 + f" {values[2]:>9.{digits}f} {values[3]:>9}\n"
        else:
            text += row.format(heading, *values, width=width, digits=digits)
    return text


def log_loss(
    y_true: Any, y_proba: Any = None, *, normalize: bool = True, sample_weight: Any = None, labels: Any = None
) -> float:
    r"""Cross-entropy of the predicted probabilities, :math:`-\frac{1}{n}\sum_i \log p_{i, y_i}`.

    Probabilities are clipped to :math:`[\epsilon, 1 - \epsilon]` with :math:`\epsilon` the
    machine epsilon of their dtype, so a confident wrong answer costs a large finite loss.
    A 1-D ``y_proba`` is the probability of the greater of two labels. Columns follow the
    sorted labels (of ``labels`` if given, else of ``y_true``).
    """
    y_proba = check_array(y_proba, ensure_2d=False, dtype=None, input_name="y_proba")
    if y_proba.dtype not in (np.float32, np.float64):
        y_proba = y_proba.astype(np.float64)
    if y_proba.max() > 1:
        raise ValueError(f"y_prob contains values greater than 1: {y_proba.max()}")
    if y_proba.min() < 0:
        raise ValueError(f"y_prob contains values lower than 0: {y_proba.min()}")
    y_true = column_or_1d(y_true)
    check_consistent_length(y_proba, y_true, sample_weight)
    weights = check_sample_weight(sample_weight, len(y_true), allow_none=True)

    if labels is not None:
        classes = np.unique(labels)
        if not np.array_equal(classes, np.asarray(labels)):
            warnings.warn(
                f"Labels passed were {labels}. But this function assumes labels are ordered "
                f"lexicographically. Pass the ordered labels={classes.tolist()} and ensure that the "
                "columns of y_prob correspond to this ordering.",
                UserWarning,
                stacklevel=2,
            )
        undeclared = ~np.isin(y_true, classes)
        if undeclared.any():
            raise ValueError(
                f"y_true contains values {set(y_true[undeclared].tolist())} not belonging to the passed "
                f"labels {labels}."
            )
    else:
        classes = np.unique(y_true)
    if len(classes) == 1:
        if labels is None:
            raise ValueError(
                f"y_true contains only one label ({classes[0]}). Please provide the list of all expected "
                "class labels explicitly through the labels argument."
            )
        raise ValueError(f"The labels array needs to contain at least two labels, got {classes}.")

    if y_proba.ndim == 1:
        y_proba = y_proba[:, None]
    if y_proba.shape[1] == 1:
        y_proba = np.hstack([1 - y_proba, y_proba])
    eps = np.finfo(y_proba.dtype).eps
    if not np.allclose(y_proba.sum(axis=1), 1, rtol=np.sqrt(eps), atol=0):
        warnings.warn(
            "The y_prob values do not sum to one. Make sure to pass probabilities.", UserWarning, stacklevel=2
        )
    if len(classes) != y_proba.shape[1]:
        if labels is None:
            raise ValueError(
                f"y_true and y_prob contain different number of classes: {len(classes)} vs "
                f"{y_proba.shape[1]}. Please provide the true labels explicitly through the labels "
                f"argument. Classes found in y_true: {classes}"
            )
        raise ValueError(
            "The number of classes in labels is different from that in y_prob. "
            f"Classes found in labels: {classes}"
        )

    true_class = np.searchsorted(classes, y_true)
    p_true = np.clip(y_proba[np.arange(len(y_true)), true_class], eps, 1 - eps)
    losses = -np.log(p_true)
    if weights is None:
        return float(losses.mean() if normalize else losses.sum())
    return float(np.average(losses, weights=weights) if normalize else np.dot(losses, weights))
