"""Check of exercise 04: roc_auc (trapezoids over the tie-grouped ROC curve)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    cancer = load_breast_cancer()
    names = list(cancer.feature_names)
    y = cancer.target
    texture = cancer.data[:, names.index("mean texture")]
    symmetry = cancer.data[:, names.index("mean symmetry")]
    rng = np.random.default_rng(5)
    labels = rng.integers(0, 2, size=60)
    noisy = np.round(labels + rng.normal(0, 1.0, size=60))  # integers: heavy ties
    order = rng.permutation(60)
    return [
        Case(
            "4 samples by hand, no ties: expect 0.75",
            (np.array([0, 1, 0, 1]), np.array([0.1, 0.35, 0.4, 0.8])),
        ),
        Case(
            "a positive tied with a negative first in the data: expect 0.875",
            (np.array([0, 1, 1, 0]), np.array([0.5, 0.5, 0.9, 0.1])),
        ),
        Case(
            "a positive tied with a negative, positive first in the data: expect 0.875",
            (np.array([1, 0, 1, 0]), np.array([0.5, 0.5, 0.9, 0.1])),
        ),
        Case("every score equal: expect 0.5", (np.array([1, 0, 1, 0, 0]), np.full(5, 2.0))),
        Case(
            "scores pointing the wrong way", (np.array([1, 1, 0, 0, 1]), np.array([0.1, 0.2, 0.9, 0.7, 0.3]))
        ),
        Case("60 integer scores (heavy ties), seed 5", (labels, noisy)),
        Case("the same 60 samples in another order, seed 5", (labels[order], noisy[order])),
        Case("breast cancer: 'mean texture', negated", (y, -texture)),
        Case("breast cancer: 'mean symmetry' rounded to 0.01, negated (ties)", (y, -np.round(symmetry, 2))),
    ]


def _trapezoid(fpr, tpr):
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))


def _curve(y_true, scores, group=True):
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1] if group else np.arange(len(s))
    tpr = np.r_[0, np.cumsum(y == 1)[last]] / np.sum(y == 1)
    fpr = np.r_[0, np.cumsum(y == 0)[last]] / np.sum(y == 0)
    return fpr, tpr


def ties_not_grouped(y_true, scores):
    return _trapezoid(*_curve(y_true, scores, group=False))


def rectangles(y_true, scores):
    fpr, tpr = _curve(y_true, scores)
    return float(np.sum(np.diff(fpr) * tpr[:-1]))


def sorted_ascending(y_true, scores):
    return _trapezoid(*_curve(y_true, -scores))


CHECK = Check(
    function="roc_auc",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            ties_not_grouped,
            "Your AUC depends on the order of tied samples: group equal scores into one point, so a "
            "tied positive-negative pair becomes a diagonal segment worth one half.",
        ),
        Mutant(
            rectangles,
            "You summed rectangles under the lower corner of each step: a tied positive and negative "
            "make a diagonal segment, and the trapezoid (tpr[i] + tpr[i+1]) / 2 gives it half credit.",
        ),
        Mutant(
            sorted_ascending,
            "You ranked the scores in increasing order, which gives 1 - AUC: a higher score must "
            "mean more positive, so sort in decreasing order.",
        ),
    ],
)
