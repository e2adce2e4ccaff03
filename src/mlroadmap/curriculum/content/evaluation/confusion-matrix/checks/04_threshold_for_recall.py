"""Check of exercise 04: threshold_for_recall (the highest score threshold with recall >= target)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_digits
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _cancer():
    """Malignant (target 0) as the positive class, scored by distance from the benign centroid."""
    cancer = load_breast_cancer()
    X = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)
    malignant = (cancer.target == 0).astype(int)
    w = X[malignant == 1].mean(axis=0) - X[malignant == 0].mean(axis=0)
    return malignant, np.round(X @ w, 2)


def _digit_eight():
    """'Is it an 8?': minus the squared distance to the mean 8 of the first 20 eights."""
    digits = load_digits()
    eight = (digits.target == 8).astype(int)
    center = digits.data[eight == 1][:20].mean(axis=0)
    return eight, -((digits.data - center) ** 2).sum(axis=1)


def cases() -> list[Case]:
    y_hand = np.array([1, 0, 1, 1, 0, 1, 0, 0, 1, 0])
    s_hand = np.array([0.9, 0.8, 0.75, 0.6, 0.55, 0.5, 0.4, 0.3, 0.2, 0.1])
    cancer_y, cancer_s = _cancer()
    eight_y, eight_s = _digit_eight()
    rng = np.random.default_rng(8)
    y_rand = rng.integers(0, 2, size=80)
    s_rand = np.round(y_rand + rng.normal(0, 1.0, size=80), 1)
    return [
        Case("10 samples by hand, target 0.6: 3 of 5 positives at t = 0.6", (y_hand, s_hand, 0.6)),
        Case("the same 10 samples, target 0.7: the 4th positive is at 0.5", (y_hand, s_hand, 0.7)),
        Case("the same 10 samples, target 1.0: down to 0.2", (y_hand, s_hand, 1.0)),
        Case(
            "a tie at 0.5 between a positive and a negative, target 0.5",
            (np.array([1, 0, 1, 0, 1, 0]), np.array([0.9, 0.5, 0.5, 0.3, 0.2, 0.1]), 0.5),
        ),
        Case("80 scores rounded to 0.1 (ties), target 0.9, seed 8", (y_rand, s_rand, 0.9)),
        Case("breast cancer, malignant positive, target 0.95", (cancer_y, cancer_s, 0.95)),
        Case("breast cancer, malignant positive, target 0.99", (cancer_y, cancer_s, 0.99)),
        Case("breast cancer, malignant positive, target 0.5", (cancer_y, cancer_s, 0.5)),
        Case("digits: is it an 8?, target 0.8", (eight_y, eight_s, 0.8)),
    ]


def _sweep(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]
    tp = np.cumsum(y == 1)[last]
    return s[last], tp / tp[-1], tp / (last + 1)


def strictly_greater(y_true, scores, target_recall):
    thresholds, _, _ = _sweep(y_true, scores)
    flagged = scores[None, :] > thresholds[:, None]
    tp = (flagged & (y_true[None, :] == 1)).sum(axis=1)
    ok = tp / np.sum(y_true == 1) >= target_recall
    i = int(np.argmax(ok)) if ok.any() else len(tp) - 1
    return float(thresholds[i]), float(tp[i] / max(int(flagged[i].sum()), 1))


def lowest_threshold(y_true, scores, target_recall):
    thresholds, recall, precision = _sweep(y_true, scores)
    i = np.flatnonzero(recall >= target_recall)[-1]
    return float(thresholds[i]), float(precision[i])


def closest_recall(y_true, scores, target_recall):
    thresholds, recall, precision = _sweep(y_true, scores)
    i = np.argmin(np.abs(recall - target_recall))
    return float(thresholds[i]), float(precision[i])


CHECK = Check(
    function="threshold_for_recall",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            strictly_greater,
            "You flagged the samples with score > t: the rule is score >= t, so the sample at the "
            "threshold itself is flagged and counts towards the recall.",
        ),
        Mutant(
            lowest_threshold,
            "You took the lowest threshold with enough recall, which flags almost everything: take "
            "the highest one, the first reached as t goes down, because it keeps the most precision.",
        ),
        Mutant(
            closest_recall,
            "You took the threshold whose recall is closest to the target, which may fall short of "
            "it: the recall must be at least target_recall.",
        ),
    ],
)
