"""Check of exercise 01: kfold_splits (consecutive folds, the first n % k folds one larger)."""

from itertools import pairwise

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    return [
        Case("10 samples, 5 folds: every fold has 2", (10, 5)),
        Case("10 samples, 3 folds: sizes 4, 3, 3", (10, 3)),
        Case("11 samples, 4 folds: sizes 3, 3, 3, 2", (11, 4)),
        Case("7 samples, 7 folds: leave-one-out", (7, 7)),
        Case("2 samples, 2 folds", (2, 2)),
        Case("the size of iris: 150 samples, 4 folds", (150, 4)),
        Case("the size of diabetes: 442 samples, 10 folds", (442, 10)),
    ]


def _splits(n, edges):
    indices = np.arange(n)
    return [(np.concatenate([indices[:a], indices[b:]]), indices[a:b]) for a, b in pairwise(edges)]


def extras_last(n_samples, n_splits):
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[-1] += n_samples % n_splits
    return _splits(n_samples, np.r_[0, np.cumsum(sizes)])


def remainder_dropped(n_samples, n_splits):
    size = n_samples // n_splits
    used = np.arange(size * n_splits)
    return [
        (np.concatenate([used[: f * size], used[(f + 1) * size :]]), used[f * size : (f + 1) * size])
        for f in range(n_splits)
    ]


def test_in_train(n_samples, n_splits):
    sizes = np.full(n_splits, n_samples // n_splits)
    sizes[: n_samples % n_splits] += 1
    return [(np.arange(n_samples), test) for _, test in _splits(n_samples, np.r_[0, np.cumsum(sizes)])]


CHECK = Check(
    function="kfold_splits",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            extras_last,
            "You gave all the leftover samples to the last fold: scikit-learn gives one extra sample "
            "to each of the first n % k folds, so the sizes differ by at most one.",
        ),
        Mutant(
            remainder_dropped,
            "You made every fold n // k samples and dropped the remainder: those samples are never "
            "tested or trained on; give one extra sample to each of the first n % k folds.",
        ),
        Mutant(
            test_in_train,
            "Your training indices include the test fold: a model scored on samples it was trained on "
            "looks better than it is, so train on every index except the fold's.",
        ),
    ],
)
