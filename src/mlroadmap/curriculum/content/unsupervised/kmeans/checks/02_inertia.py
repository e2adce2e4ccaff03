"""Check of exercise 02: inertia (sum of squared distances to the nearest centre)."""

import numpy as np

from mlroadmap.datasets import load_digits, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _class_means(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.array([X[y == c].mean(axis=0) for c in np.unique(y)])


def cases() -> list[Case]:
    iris, wine, digits = load_iris(), load_wine(), load_digits()
    rng = np.random.default_rng(21)
    points = rng.normal(size=(60, 2)) * np.array([3.0, 1.0])
    return [
        Case(
            "4 points, 2 centres, by hand: expect 2.0",
            (np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0]]), np.array([[0.0, 0.0], [5.0, 5.0]])),
        ),
        Case("every sample is a centre: expect 0.0", (points[:6], points[:6][::-1].copy())),
        Case(
            "iris, one centre at the mean: n times the total variance",
            (iris.data, iris.data.mean(axis=0)[None]),
        ),
        Case("iris against the three species means", (iris.data, _class_means(iris.data, iris.target))),
        Case("wine raw against rows 0, 60 and 130 as centres", (wine.data, wine.data[[0, 60, 130]])),
        Case("digits against the ten digit means", (digits.data, _class_means(digits.data, digits.target))),
        Case("random 60 × 2 against 4 random centres, seed 21", (points, rng.normal(size=(4, 2)) * 2.0)),
    ]


def _squared(X, centres):
    return ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1)


def distances_not_squared(X, centres):
    return float(np.sqrt(_squared(X, centres)).min(axis=1).sum())


def mean_not_sum(X, centres):
    return float(_squared(X, centres).min(axis=1).mean())


def all_centres(X, centres):
    return float(_squared(X, centres).sum())


CHECK = Check(
    function="inertia",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            distances_not_squared,
            "You added up the distances: the inertia adds up the *squared* distances, so leave "
            "out the square root.",
        ),
        Mutant(
            mean_not_sum,
            "You averaged over the samples: scikit-learn's inertia_ is the sum, so it grows with n.",
        ),
        Mutant(
            all_centres,
            "You added the squared distances to every centre: each sample counts only with its "
            "nearest centre (take the minimum over the centres first).",
        ),
    ],
)
