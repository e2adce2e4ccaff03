"""Check of exercise 03: roc_curve (one point per distinct score, thresholds from +inf down)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _cancer_scores():
    """Benign (1) against malignant (0): a centroid-difference score on standardized features."""
    cancer = load_breast_cancer()
    X = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)
    y = cancer.target
    w = X[y == 1].mean(axis=0) - X[y == 0].mean(axis=0)
    return y, X @ w, cancer


def cases() -> list[Case]:
    y, score, cancer = _cancer_scores()
    texture = cancer.data[:, list(cancer.feature_names).index("mean texture")]
    rng = np.random.default_rng(11)
    labels = rng.integers(0, 2, size=40)
    noisy = np.round(labels + rng.normal(0, 0.8, size=40), 1)  # rounded: many ties
    return [
        Case(
            "5 samples by hand, a tie at 0.5 between two positives",
            (np.array([0, 1, 1, 0, 1]), np.array([0.1, 0.5, 0.5, 0.3, 0.9])),
        ),
        Case(
            "6 samples by hand, a positive and a negative tied at 0.4",
            (np.array([1, 0, 1, 0, 1, 0]), np.array([0.8, 0.4, 0.4, 0.2, 0.7, 0.6])),
        ),
        Case("no ties, perfect ranking", (np.array([0, 0, 0, 1, 1]), np.array([-2.0, -1.0, 0.5, 1.0, 3.0]))),
        Case("every score equal", (np.array([1, 0, 0, 1, 0]), np.full(5, 0.3))),
        Case(
            "integer-valued scores, 3 levels",
            (np.array([0, 1, 0, 1, 1, 0, 1, 0]), np.array([1.0, 3, 2, 3, 1, 2, 2, 1])),
        ),
        Case("40 noisy scores rounded to 0.1 (many ties), seed 11", (labels, noisy)),
        Case("breast cancer: benign against malignant, centroid score", (y, score)),
        Case("breast cancer: 'mean texture' alone, negated (ties)", (y, -texture)),
    ]


def _grouped(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]
    return s, y, last


def ties_not_grouped(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    tpr = np.r_[0, np.cumsum(y == 1)] / np.sum(y == 1)
    fpr = np.r_[0, np.cumsum(y == 0)] / np.sum(y == 0)
    return fpr, tpr, np.r_[np.inf, s]


def strictly_greater(y_true, scores):
    s, _, last = _grouped(y_true, scores)
    thresholds = np.r_[np.inf, s[last]]
    above = scores[None, :] > thresholds[:, None]
    tpr = (above & (y_true == 1)).sum(axis=1) / np.sum(y_true == 1)
    fpr = (above & (y_true == 0)).sum(axis=1) / np.sum(y_true == 0)
    return fpr, tpr, thresholds


def false_discovery_rate(y_true, scores):
    s, y, last = _grouped(y_true, scores)
    tps, fps = np.cumsum(y == 1)[last], np.cumsum(y == 0)[last]
    tpr = np.r_[0, tps] / tps[-1]
    fpr = np.r_[0, fps / (fps + tps)]
    return fpr, tpr, np.r_[np.inf, s[last]]


CHECK = Check(
    function="roc_curve",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            ties_not_grouped,
            "You made one point per sample: samples with equal scores cannot be separated by any "
            "threshold, so keep only the last position of each run of equal scores.",
        ),
        Mutant(
            strictly_greater,
            "You predicted positive when score > t: the rule is score >= t, so the sample whose "
            "score equals the threshold counts as flagged and the curve reaches (1, 1).",
        ),
        Mutant(
            false_discovery_rate,
            "Your false-positive rate divides by the samples flagged so far (that is the false "
            "discovery rate, 1 - precision): divide the false positives by N, the number of negatives.",
        ),
    ],
)
