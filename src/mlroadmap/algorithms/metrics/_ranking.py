r"""Ranking metrics: how well a score orders the positive samples above the negative ones.

Sweeping a threshold :math:`t` down the scores, predicting "positive" when
:math:`s \ge t`, traces the ROC curve: the false positive rate
:math:`FPR(t) = FP(t) / N` against the true positive rate :math:`TPR(t) = TP(t) / P`.
One sort of the scores and two cumulative sums give every point at once.

The area under it (AUC) is the probability that a random positive scores above a random
negative (ties count one half): the Mann–Whitney statistic
:math:`U / (P N)`. Here it is computed by the trapezoid rule on the curve, which is the
same number.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.metrics._targets import UndefinedMetricWarning, type_of_target
from mlroadmap.algorithms.validation import (
    check_array,
    check_consistent_length,
    check_sample_weight,
    column_or_1d,
)


def auc(x: Any, y: Any) -> float:
    r"""Area under the curve through the points ``(x, y)`` by the trapezoid rule,
    :math:`\sum_k (x_{k+1} - x_k)(y_{k+1} + y_k) / 2`; ``x`` must be monotonic."""
    x, y = column_or_1d(x), column_or_1d(y)
    check_consistent_length(x, y)
    if x.shape[0] < 2:
        raise ValueError(
            f"At least 2 points are needed to compute area under curve, but x.shape = {x.shape[0]}"
        )
    dx = np.diff(x)
    direction = 1.0
    if np.any(dx < 0):
        if not np.all(dx <= 0):
            raise ValueError(f"x is neither increasing nor decreasing : {x}.")
        direction = -1.0
    return float(direction * np.sum(dx * (y[1:] + y[:-1]) / 2.0))


def _positive_label(pos_label: Any, y_true: np.ndarray) -> Any:
    """``pos_label``, or 1 when the labels are {0, 1} or {-1, 1} (or a subset of one)."""
    if pos_label is not None:
        return pos_label
    classes = np.unique(y_true)
    numeric = classes.dtype.kind in "biuf"
    if not numeric or not any(set(classes.tolist()) <= allowed for allowed in ({0, 1}, {-1, 1})):
        shown = ", ".join(repr(c) for c in classes.tolist())
        raise ValueError(
            f"y_true takes value in {{{shown}}} and pos_label is not specified: either make y_true take "
            "value in {0, 1} or {-1, 1} or pass pos_label explicitly."
        )
    return 1


def _counts_at_thresholds(y_true, y_score, pos_label, sample_weight):
    """False and true positive counts when predicting positive for ``score >= t``, for each
    distinct score ``t`` in decreasing order, and those thresholds."""
    check_consistent_length(y_true, y_score, sample_weight)
    y_type = type_of_target(y_true, input_name="y_true")
    if not (y_type == "binary" or (y_type == "multiclass" and pos_label is not None)):
        raise ValueError(f"{y_type} format is not supported")
    y_true = column_or_1d(y_true)
    y_score = check_array(y_score, ensure_2d=False, dtype=None, input_name="y_score")
    y_score = column_or_1d(y_score)
    pos_label = _positive_label(pos_label, y_true)
    is_positive = (y_true == pos_label).astype(np.float64)
    weights = check_sample_weight(sample_weight, len(y_true), allow_none=True)
    if weights is not None:
        nonzero = weights != 0
        is_positive, y_score, weights = is_positive[nonzero], y_score[nonzero], weights[nonzero]

    order = np.argsort(y_score, kind="stable")[::-1]  # decreasing scores
    y_score, is_positive = y_score[order], is_positive[order]
    # The last position of each run of equal scores: ties share one threshold.
    last_of_tie = np.r_[np.flatnonzero(np.diff(y_score)), len(y_score) - 1]
    if weights is None:
        true_positives = np.cumsum(is_positive)[last_of_tie]
        false_positives = 1 + last_of_tie - true_positives
    else:
        weights = weights[order]
        true_positives = np.cumsum(is_positive * weights)[last_of_tie]
        false_positives = np.cumsum((1 - is_positive) * weights)[last_of_tie]
    return false_positives, true_positives, y_score[last_of_tie]


def roc_curve(
    y_true: Any,
    y_score: Any,
    *,
    pos_label: Any = None,
    sample_weight: Any = None,
    drop_intermediate: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """False positive rates, true positive rates and the decreasing thresholds giving them.

    The curve starts at (0, 0) with threshold ``inf``. With ``drop_intermediate`` a point
    is dropped when it lies on the straight segment between its neighbours (both the FP and
    the TP counts have zero second difference there): it changes neither the plot nor the AUC.
    """
    false_positives, true_positives, thresholds = _counts_at_thresholds(
        y_true, y_score, pos_label, sample_weight
    )
    if drop_intermediate and len(false_positives) > 2:
        corner = np.logical_or(np.diff(false_positives, 2), np.diff(true_positives, 2))
        kept = np.r_[True, corner, True]
        false_positives, true_positives, thresholds = (
            false_positives[kept],
            true_positives[kept],
            thresholds[kept],
        )
    false_positives = np.r_[0.0, false_positives]
    true_positives = np.r_[0.0, true_positives]
    thresholds = np.r_[np.inf, thresholds.astype(np.float64)]

    if false_positives[-1] <= 0:
        warnings.warn(
            "No negative samples in y_true, false positive value should be meaningless",
            UndefinedMetricWarning,
            stacklevel=2,
        )
        fpr = np.full(false_positives.shape, np.nan)
    else:
        fpr = false_positives / false_positives[-1]
    if true_positives[-1] <= 0:
        warnings.warn(
            "No positive samples in y_true, true positive value should be meaningless",
            UndefinedMetricWarning,
            stacklevel=2,
        )
        tpr = np.full(true_positives.shape, np.nan)
    else:
        tpr = true_positives / true_positives[-1]
    return fpr, tpr, thresholds


def _binary_roc_auc(y_true, y_score, sample_weight=None, max_fpr=None) -> float:
    """AUC of one binary problem, ``y_true`` in {0, 1}; NaN (with a warning) if one class only."""
    if len(np.unique(y_true)) != 2:
        warnings.warn(
            "Only one class is present in y_true. ROC AUC score is not defined in that case.",
            UndefinedMetricWarning,
            stacklevel=3,
        )
        return np.nan
    fpr, tpr, _ = roc_curve(y_true, y_score, sample_weight=sample_weight)
    if max_fpr is None or max_fpr == 1:
        return auc(fpr, tpr)
    if max_fpr <= 0 or max_fpr > 1:
        raise ValueError(f"Expected max_fpr in range (0, 1], got: {max_fpr!r}")
    # Cut the curve at max_fpr (interpolating one point), then rescale by McClish's
    # correction so that chance gives 0.5 and a perfect ranking 1.
    stop = np.searchsorted(fpr, max_fpr, "right")
    tpr_at_cut = np.interp(max_fpr, fpr[stop - 1 : stop + 1], tpr[stop - 1 : stop + 1])
    partial = auc(np.r_[fpr[:stop], max_fpr], np.r_[tpr[:stop], tpr_at_cut])
    min_area, max_area = 0.5 * max_fpr**2, max_fpr
    return 0.5 * (1 + (partial - min_area) / (max_area - min_area))


def roc_auc_score(
    y_true: Any,
    y_score: Any,
    *,
    average: str | None = "macro",
    sample_weight: Any = None,
    max_fpr: float | None = None,
    multi_class: str = "raise",
    labels: Any = None,
) -> float | np.ndarray:
    """Area under the ROC curve.

    Binary ``y_true``: ``y_score`` is the score of the greater label. Multiclass
    ``y_true``: ``y_score`` holds one probability column per class (sorted labels) and
    ``multi_class`` must say how to reduce to binary problems: ``"ovr"`` (each class
    against the rest; ``average`` "macro", "weighted" by prevalence, "micro" on the pooled
    one-hot columns, or None) or ``"ovo"`` (each pair of classes, Hand & Till).
    """
    y_type = type_of_target(y_true, input_name="y_true")
    y_true = column_or_1d(y_true)
    y_score = check_array(y_score, ensure_2d=False, input_name="y_score")
    check_consistent_length(y_true, y_score, sample_weight)
    weights = check_sample_weight(sample_weight, len(y_true), allow_none=True)
    if y_type == "multiclass" or (y_type == "binary" and y_score.ndim == 2 and y_score.shape[1] > 2):
        if max_fpr is not None and max_fpr != 1.0:
            raise ValueError(
                "Partial AUC computation not available in multiclass setting, 'max_fpr' must be set to "
                f"`None`, received `max_fpr={max_fpr}` instead"
            )
        if multi_class == "raise":
            raise ValueError("multi_class must be in ('ovo', 'ovr')")
        return _multiclass_roc_auc(
            y_true, y_score, labels=labels, multi_class=multi_class, average=average, weights=weights
        )
    if y_type != "binary":
        raise ValueError(f"{y_type} format is not supported")
    classes = np.unique(y_true)
    is_positive = (
        (y_true == classes[-1]).astype(np.int64) if len(classes) == 2 else np.zeros(len(y_true), int)
    )
    return _binary_roc_auc(is_positive, y_score, weights, max_fpr)


def _multiclass_roc_auc(y_true, y_score, *, labels, multi_class, average, weights):
    if y_score.ndim != 2:
        raise ValueError(
            "`y_score` needs to be of shape `(n_samples, n_classes)`, since `y_true` contains multiple "
            f"classes. Got `y_score.shape={y_score.shape}`."
        )
    if not np.allclose(1, y_score.sum(axis=1)):
        raise ValueError(
            "Target scores need to be probabilities for multiclass roc_auc, i.e. they should sum up to 1.0 "
            "over classes"
        )
    options = ("micro", "macro", "weighted", None) if multi_class == "ovr" else ("macro", "weighted", None)
    if average not in options:
        raise ValueError(f"average must be one of {options} for multiclass problems")
    if multi_class not in ("ovo", "ovr"):
        raise ValueError(
            f"multi_class='{multi_class}' is not supported for multiclass ROC AUC, multi_class must be in "
            "('ovo', 'ovr')"
        )
    if labels is not None:
        labels = column_or_1d(labels)
        classes = np.unique(labels)
        if len(classes) != len(labels):
            raise ValueError("Parameter 'labels' must be unique")
        if not np.array_equal(classes, labels):
            raise ValueError("Parameter 'labels' must be ordered")
        if len(classes) != y_score.shape[1]:
            raise ValueError(
                f"Number of given labels, {len(classes)}, not equal to the number of columns in 'y_score', "
                f"{y_score.shape[1]}"
            )
        if len(np.setdiff1d(y_true, classes)):
            raise ValueError("'y_true' contains labels not in parameter 'labels'")
    else:
        classes = np.unique(y_true)
        if len(classes) != y_score.shape[1]:
            raise ValueError("Number of classes in y_true not equal to the number of columns in 'y_score'")
    one_hot = (y_true[:, None] == classes[None, :]).astype(np.int64)

    if multi_class == "ovo":
        if weights is not None:
            raise ValueError(
                "sample_weight is not supported for multiclass one-vs-one ROC AUC, 'sample_weight' must "
                "be None in this case."
            )
        if average is None:
            raise NotImplementedError("average=None is not implemented for multi_class='ovo'.")
        return _one_vs_one_auc(one_hot, y_score, average)

    if average == "micro":
        repeated = None if weights is None else np.repeat(weights, one_hot.shape[1])
        return _binary_roc_auc(one_hot.ravel(), y_score.ravel(), repeated)
    scores = np.array([_binary_roc_auc(one_hot[:, k], y_score[:, k], weights) for k in range(len(classes))])
    if average is None:
        return scores
    if average == "macro":
        return float(np.mean(scores))
    prevalence = one_hot.sum(axis=0) if weights is None else (one_hot * weights[:, None]).sum(axis=0)
    if np.isclose(prevalence.sum(), 0):
        return 0.0
    scores[prevalence == 0] = 0.0  # an absent class (NaN score) must not spoil the weighted mean
    return float(np.average(scores, weights=prevalence))


def _one_vs_one_auc(one_hot, y_score, average):
    r"""Hand & Till's multiclass AUC: the mean over class pairs ``(a, b)`` of
    :math:`(A(a|b) + A(b|a)) / 2`, each AUC computed on the samples of ``a`` and ``b`` only;
    ``"weighted"`` weights a pair by the share of samples in it."""
    present = np.flatnonzero(one_hot.any(axis=0))
    pair_scores, pair_shares = [], []
    for i, a in enumerate(present):
        for b in present[i + 1 :]:
            in_pair = (one_hot[:, a] | one_hot[:, b]).astype(bool)
            a_vs_b = _binary_roc_auc(one_hot[in_pair, a], y_score[in_pair, a])
            b_vs_a = _binary_roc_auc(one_hot[in_pair, b], y_score[in_pair, b])
            pair_scores.append((a_vs_b + b_vs_a) / 2)
            pair_shares.append(in_pair.mean())
    return float(np.average(pair_scores, weights=pair_shares if average == "weighted" else None))
