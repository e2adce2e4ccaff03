"""Check of exercise 01: confusion_matrix (rows true, columns predicted, labels from both arrays)."""

import numpy as np

from mlroadmap.datasets import load_digits, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _nearest_centroid(data, target, n_train_per_class):
    X = (data - data.mean(axis=0)) / np.where(data.std(axis=0) > 0, data.std(axis=0), 1.0)
    classes = np.unique(target)
    centroids = np.array([X[target == c][:n_train_per_class].mean(axis=0) for c in classes])
    return classes[((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1).argmin(axis=1)]


def cases() -> list[Case]:
    wine, digits = load_wine(), load_digits()
    rng = np.random.default_rng(2)
    truth = rng.integers(0, 5, size=200)
    guess = np.where(rng.random(200) < 0.5, truth, rng.integers(0, 5, size=200))
    return [
        Case(
            "7 samples by hand, 3 classes",
            (np.array([0, 0, 1, 1, 2, 2, 2]), np.array([0, 1, 1, 2, 2, 0, 2])),
        ),
        Case(
            "every prediction right: a diagonal matrix",
            (np.array([2, 0, 1, 1, 0]), np.array([2, 0, 1, 1, 0])),
        ),
        Case(
            "the same pair repeated: 6 times (true 1, predicted 0)",
            (np.ones(6, dtype=int), np.zeros(6, dtype=int)),
        ),
        Case(
            "class 9 only predicted, labels 3, 7 and 9",
            (np.array([3, 3, 7, 7, 7, 3]), np.array([3, 9, 7, 3, 9, 3])),
        ),
        Case(
            "string labels",
            (
                np.array(["ham", "spam", "spam", "ham", "spam"]),
                np.array(["spam", "spam", "ham", "ham", "spam"]),
            ),
        ),
        Case("one sample", (np.array([4]), np.array([4]))),
        Case("5 classes, 200 samples, half of them right, seed 2", (truth, guess)),
        Case(
            "wine: nearest centroid from 10 samples per class",
            (wine.target, _nearest_centroid(wine.data, wine.target, 10)),
        ),
        Case(
            "digits: nearest centroid from 5 samples per class",
            (digits.target, _nearest_centroid(digits.data, digits.target, 5)),
        ),
    ]


def _codes(y_true, y_pred):
    labels, codes = np.unique(np.concatenate([y_true, y_pred]), return_inverse=True)
    return len(labels), codes[: len(y_true)], codes[len(y_true) :]


def transposed(y_true, y_pred):
    k, t, p = _codes(y_true, y_pred)
    return np.bincount(k * p + t, minlength=k * k).reshape(k, k)


def buffered_increment(y_true, y_pred):
    k, t, p = _codes(y_true, y_pred)
    C = np.zeros((k, k), dtype=np.int64)
    C[t, p] += 1
    return C


def labels_of_y_true_only(y_true, y_pred):
    labels = np.unique(y_true)
    keep = np.isin(y_pred, labels)
    t, p = np.searchsorted(labels, y_true[keep]), np.searchsorted(labels, y_pred[keep])
    k = len(labels)
    return np.bincount(k * t + p, minlength=k * k).reshape(k, k)


CHECK = Check(
    function="confusion_matrix",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            transposed,
            "Your matrix is transposed: rows are the true classes and columns the predictions, so "
            "C[i, j] counts samples of true class i predicted as j.",
        ),
        Mutant(
            buffered_increment,
            "You wrote C[t, p] += 1 with index arrays, which counts a repeated (true, predicted) pair "
            "only once: count with np.bincount on k * t + p, or with np.add.at(C, (t, p), 1).",
        ),
        Mutant(
            labels_of_y_true_only,
            "You took the labels from y_true only: a label that appears only in the predictions needs "
            "its own row and column, or its samples vanish from the matrix.",
        ),
    ],
)
