"""Check of exercise 03: update_centres (cluster means; an empty cluster keeps its centre)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _nearest(X: np.ndarray, centres: np.ndarray) -> np.ndarray:
    return np.argmin(((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1), axis=1)


def cases() -> list[Case]:
    iris, wine = load_iris(), load_wine()
    square = np.array([[0.0, 0.0], [2.0, 0.0], [10.0, 10.0], [12.0, 14.0]])
    iris_centres = np.vstack(
        [iris.data[[0, 50, 100]], np.full((1, 4), 20.0)]
    )  # the last one is never nearest
    rng = np.random.default_rng(31)
    X = rng.normal(size=(100, 3))
    centres = np.vstack([rng.normal(size=(4, 3)), [[9.0, 9.0, 9.0]]])
    ints = np.random.default_rng(32).integers(0, 10, size=(12, 2))
    return [
        Case(
            "4 points, labels [0, 0, 1, 1], by hand: expect [[1, 0], [11, 12]]",
            (square, np.array([0, 0, 1, 1]), np.array([[0.0, 1.0], [10.0, 11.0]])),
        ),
        Case(
            "the same points, cluster 2 empty: it keeps its centre (5, 5)",
            (square, np.array([0, 0, 1, 1]), np.array([[0.0, 1.0], [10.0, 11.0], [5.0, 5.0]])),
        ),
        Case(
            "a cluster of one sample moves onto it",
            (square, np.array([0, 0, 0, 1]), np.array([[1.0, 1.0], [0.0, 0.0]])),
        ),
        Case(
            "empty cluster 0 first, then two clusters",
            (square, np.array([1, 1, 2, 2]), np.array([[-3.0, 4.0], [0.0, 0.0], [1.0, 1.0]])),
        ),
        Case(
            "integer points (int64), 12 × 2, labels i mod 3",
            (ints, np.arange(12) % 3, np.array([[0.0, 0.0], [5.0, 5.0], [9.0, 9.0]])),
        ),
        Case("iris labelled by species", (iris.data, iris.target, iris.data[[0, 50, 100]])),
        Case(
            "iris, nearest of 4 centres, the 4th one empty",
            (iris.data, _nearest(iris.data, iris_centres), iris_centres),
        ),
        Case("wine raw labelled by cultivar", (wine.data, wine.target, wine.data[[0, 1, 2]])),
        Case("random 100 × 3, nearest of 5 centres, one empty, seed 31", (X, _nearest(X, centres), centres)),
    ]


def _sums_counts(X, labels, k):
    members = labels[None, :] == np.arange(k)[:, None]
    return members @ X, members.sum(axis=1)


def empty_gives_nan(X, labels, centres):
    sums, counts = _sums_counts(X, labels, len(centres))
    with np.errstate(divide="ignore", invalid="ignore"):
        return (sums / counts[:, None]).astype(float)


def empty_goes_to_origin(X, labels, centres):
    sums, counts = _sums_counts(X, labels, len(centres))
    return (sums / np.maximum(counts, 1)[:, None]).astype(float)


def median_not_mean(X, labels, centres):
    out = np.array(centres, dtype=float)
    for c in range(len(centres)):
        if (labels == c).any():
            out[c] = np.median(X[labels == c], axis=0)
    return out


CHECK = Check(
    function="update_centres",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            empty_gives_nan,
            "An empty cluster got the mean of no samples, 0 / 0 = NaN, and a NaN centre never "
            "wins a sample again: keep the old centre where a cluster has no sample.",
        ),
        Mutant(
            empty_goes_to_origin,
            "An empty cluster's centre jumped to the origin (a sum of 0 divided by a guarded "
            "count): keep the old centre where a cluster has no sample.",
        ),
        Mutant(
            median_not_mean,
            "You moved each centre to the median of its samples: that is k-medians. The point "
            "that minimizes the sum of squared distances is the mean.",
        ),
    ],
)
