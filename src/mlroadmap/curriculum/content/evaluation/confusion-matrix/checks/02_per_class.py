"""Check of exercise 02: per_class_precision_recall (diagonal over column sums and row sums)."""

import numpy as np

from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _wine_matrix():
    wine = load_wine()
    X = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    centroids = np.array([X[wine.target == c][:5].mean(axis=0) for c in range(3)])
    pred = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1).argmin(axis=1)
    return np.bincount(3 * wine.target + pred, minlength=9).reshape(3, 3)


def cases() -> list[Case]:
    rng = np.random.default_rng(4)
    return [
        Case("3 classes by hand", (np.array([[5, 1, 0], [2, 3, 1], [0, 4, 6]]),)),
        Case("an asymmetric 2×2 matrix", (np.array([[40, 10], [2, 8]]),)),
        Case("class 2 never predicted: an empty column", (np.array([[4, 1, 0], [2, 5, 0], [1, 3, 0]]),)),
        Case("class 0 never true: an empty row", (np.array([[0, 0, 0], [3, 6, 1], [2, 0, 7]]),)),
        Case("one class only", (np.array([[12]]),)),
        Case("a diagonal matrix", (np.diag([3, 9, 1, 4]),)),
        Case("wine: nearest centroid from 5 samples per class", (_wine_matrix(),)),
        Case(
            "random 6×6 counts, seed 4",
            (rng.integers(0, 30, size=(6, 6)) + np.diag(rng.integers(20, 80, size=6)),),
        ),
    ]


def _safe(a, b):
    a = a.astype(float)
    return np.divide(a, b, out=np.zeros_like(a), where=b > 0)


def axes_swapped(C):
    tp = np.diag(C)
    return _safe(tp, C.sum(axis=1)), _safe(tp, C.sum(axis=0))


def zero_division_nan(C):
    tp = np.diag(C).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return tp / C.sum(axis=0), tp / C.sum(axis=1)


def divided_by_total(C):
    tp = np.diag(C)
    return _safe(tp, np.full(len(tp), C.sum())), _safe(tp, C.sum(axis=1))


CHECK = Check(
    function="per_class_precision_recall",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            axes_swapped,
            "You swapped the axes: precision divides the diagonal by the column sums (everything "
            "predicted as c), recall by the row sums (everything truly c).",
        ),
        Mutant(
            zero_division_nan,
            "You returned NaN for an empty row or column: scikit-learn reports 0.0 there (its "
            "zero_division default), so divide only where the sum is positive.",
        ),
        Mutant(
            divided_by_total,
            "Your precision divides the diagonal by the total number of samples: it must divide by "
            "the sum of column c, the samples predicted as c.",
        ),
    ],
)
