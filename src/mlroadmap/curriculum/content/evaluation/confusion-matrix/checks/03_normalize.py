"""Check of exercise 03: normalize_rows (each non-empty row divided by its sum)."""

import numpy as np

from mlroadmap.datasets import load_digits
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _digits_matrix():
    digits = load_digits()
    X = digits.data
    centroids = np.array([X[digits.target == c][:3].mean(axis=0) for c in range(10)])
    pred = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1).argmin(axis=1)
    return np.bincount(10 * digits.target + pred, minlength=100).reshape(10, 10)


def cases() -> list[Case]:
    rng = np.random.default_rng(6)
    return [
        Case("2×2 by hand: rows of 50 and 10", (np.array([[40, 10], [2, 8]]),)),
        Case("3 classes by hand", (np.array([[5, 1, 0], [2, 3, 1], [0, 4, 6]]),)),
        Case("class 0 never true: a row of zeros", (np.array([[0, 0, 0], [3, 6, 1], [2, 0, 7]]),)),
        Case("class 2 never predicted: a column of zeros", (np.array([[4, 1, 0], [2, 5, 0], [1, 3, 0]]),)),
        Case("one class only", (np.array([[7]]),)),
        Case("digits: nearest centroid from 3 samples per class", (_digits_matrix(),)),
        Case(
            "random 5×5 counts with very different row sizes, seed 6",
            (rng.integers(0, 5, size=(5, 5)) * np.array([[1], [10], [100], [3], [50]]),),
        ),
    ]


def by_columns(C):
    totals = C.sum(axis=0, keepdims=True)
    return np.divide(C, totals, out=np.zeros(C.shape), where=totals > 0)


def by_total(C):
    return C / max(C.sum(), 1)


def zero_rows_nan(C):
    with np.errstate(invalid="ignore", divide="ignore"):
        return C / C.sum(axis=1, keepdims=True)


def rows_without_keepdims(C):
    totals = C.sum(axis=1)  # shape (k,): lines up with the columns
    return np.divide(C, totals, out=np.zeros(C.shape), where=totals > 0)


CHECK = Check(
    function="normalize_rows",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            by_columns,
            "You normalized the columns (normalize='pred', each prediction's share): here every row, "
            "a true class, must sum to 1, so divide by the row sums.",
        ),
        Mutant(
            by_total,
            "You divided by the total count (normalize='all'): each row must sum to 1, so divide "
            "every row by its own sum.",
        ),
        Mutant(
            zero_rows_nan,
            "A class with no true sample gave a row of NaN: leave such a row at 0, as scikit-learn does.",
        ),
        Mutant(
            rows_without_keepdims,
            "You divided by the row sums as a (k,) array, which lines up with the columns: keep them "
            "as a column with keepdims=True (shape (k, 1)) so that row i is divided by its own sum.",
        ),
    ],
)
