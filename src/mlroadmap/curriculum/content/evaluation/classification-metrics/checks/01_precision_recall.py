"""Check of exercise 01: precision_recall_f1 (one positive class, zero division gives 0.0)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    y_true = np.array([1, 1, 1, 0, 0, 0, 1, 0])
    y_pred = np.array([1, 0, 1, 1, 0, 0, 0, 0])
    cancer = load_breast_cancer()
    worst_radius = cancer.data[:, list(cancer.feature_names).index("worst radius")]
    flagged = np.where(worst_radius > 16.8, 0, 1)  # a one-feature rule: large tumours are malignant (0)
    rng = np.random.default_rng(3)
    truth = rng.integers(0, 3, size=60)
    guess = np.where(rng.random(60) < 0.7, truth, rng.integers(0, 3, size=60))
    return [
        Case("8 samples by hand: tp 2, fp 1, fn 2, expect (2/3, 1/2, 4/7)", (y_true, y_pred, 1)),
        Case("the same 8 samples with pos_label=0: tp 3, fp 2, fn 1", (y_true, y_pred, 0)),
        Case(
            "string labels, pos_label='spam'",
            (
                np.array(["spam", "ham", "spam", "ham", "ham", "spam", "ham"]),
                np.array(["spam", "spam", "ham", "ham", "spam", "spam", "ham"]),
                "spam",
            ),
        ),
        Case(
            "nothing predicted positive: precision 0 / 0", (np.array([1, 0, 1, 0]), np.zeros(4, dtype=int), 1)
        ),
        Case("no positive in y_true: recall 0 / 0", (np.zeros(5, dtype=int), np.array([0, 1, 0, 1, 0]), 1)),
        Case(
            "no positive anywhere: every value is 0 / 0", (np.zeros(4, dtype=int), np.zeros(4, dtype=int), 1)
        ),
        Case("a perfect prediction", (np.array([0, 1, 1, 0, 1]), np.array([0, 1, 1, 0, 1]), 1)),
        Case("three classes 0, 1, 2 with pos_label=2, seed 3", (truth, guess, 2)),
        Case(
            "breast cancer: 'worst radius > 16.8' flags malignant (label 0), pos_label=0",
            (cancer.target, flagged, 0),
        ),
    ]


def _counts(y_true, y_pred, pos_label):
    true_pos, pred_pos = y_true == pos_label, y_pred == pos_label
    return (
        int(np.sum(true_pos & pred_pos)),
        int(np.sum(~true_pos & pred_pos)),
        int(np.sum(true_pos & ~pred_pos)),
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def fp_fn_swapped(y_true, y_pred, pos_label=1):
    tp, fp, fn = _counts(y_true, y_pred, pos_label)
    return _ratio(tp, tp + fn), _ratio(tp, tp + fp), _ratio(2 * tp, 2 * tp + fp + fn)


def zero_division_nan(y_true, y_pred, pos_label=1):
    tp, fp, fn = _counts(y_true, y_pred, pos_label)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.array([tp, tp, 2 * tp], dtype=float) / np.array([tp + fp, tp + fn, 2 * tp + fp + fn])
    return tuple(float(v) for v in values)


def f1_arithmetic_mean(y_true, y_pred, pos_label=1):
    tp, fp, fn = _counts(y_true, y_pred, pos_label)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return precision, recall, (precision + recall) / 2


def label_one_always_positive(y_true, y_pred, pos_label=1):
    tp, fp, fn = _counts(y_true, y_pred, 1)
    return _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn)


CHECK = Check(
    function="precision_recall_f1",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            fp_fn_swapped,
            "You swapped false positives and false negatives: precision divides by everything you "
            "predicted positive (tp + fp), recall by everything that truly is positive (tp + fn).",
        ),
        Mutant(
            zero_division_nan,
            "You returned NaN for 0 / 0: when nothing is predicted positive or nothing is positive, "
            "scikit-learn's default (zero_division) reports 0.0.",
        ),
        Mutant(
            f1_arithmetic_mean,
            "You averaged precision and recall with the arithmetic mean: F1 is their harmonic mean, "
            "2 tp / (2 tp + fp + fn), which stays low when either one is low.",
        ),
        Mutant(
            label_one_always_positive,
            "You treated label 1 as the positive class whatever pos_label says: compare the labels "
            "with pos_label, which may be 0 or a string.",
        ),
    ],
)
