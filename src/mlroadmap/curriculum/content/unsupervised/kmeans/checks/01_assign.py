"""Check of exercise 01: assign_labels (argmin of the squared distances, ties to the smaller index)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _class_means(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.array([X[y == c].mean(axis=0) for c in np.unique(y)])


def cases() -> list[Case]:
    iris, wine = load_iris(), load_wine()
    Z = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    rng = np.random.default_rng(11)
    blobs = np.concatenate([rng.normal(loc, 1.0, size=(40, 2)) for loc in ([0, 0], [6, 1], [2, 7])])
    ints = np.random.default_rng(12).integers(-10, 11, size=(30, 3))
    return [
        Case(
            "5 points on a line, centres 0 and 4: the middle point ties and goes to centre 0",
            (np.array([[0.0], [1.0], [2.0], [3.0], [4.0]]), np.array([[0.0], [4.0]])),
        ),
        Case(
            "by hand in 2-D: expect [0, 1, 1, 2]",
            (
                np.array([[0.0, 0.0], [4.0, 1.0], [5.0, 3.0], [1.0, 6.0]]),
                np.array([[0.0, 1.0], [5.0, 2.0], [0.0, 5.0]]),
            ),
        ),
        Case("one centre: every label is 0", (iris.data, iris.data.mean(axis=0, keepdims=True))),
        Case("iris against the three species means", (iris.data, _class_means(iris.data, iris.target))),
        Case(
            "wine standardized against 4 centres, one of them far away and empty",
            (Z, np.vstack([_class_means(Z, wine.target), np.full((1, 13), 50.0)])),
        ),
        Case("three blobs of 40 against 5 random centres, seed 11", (blobs, rng.uniform(-2, 8, size=(5, 2)))),
        Case(
            "integer points (int64), 30 × 3 against 4 integer centres, seed 12",
            (ints, ints[[0, 5, 9, 20]] + 1),
        ),
    ]


def farthest_centre(X, centres):
    return np.argmax(((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1), axis=1)


def manhattan_distance(X, centres):
    return np.argmin(np.abs(X[:, None, :] - centres[None, :, :]).sum(axis=-1), axis=1)


def dropped_centre_norm(X, centres):
    return np.argmin(-2.0 * X @ centres.T, axis=1)


CHECK = Check(
    function="assign_labels",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            farthest_centre,
            "You sent every sample to its farthest centre: the assignment step takes the "
            "argmin of the distances, not the argmax.",
        ),
        Mutant(
            dropped_centre_norm,
            "You expanded ||x - c||² but dropped ||c||²: only ||x||² is the same for every "
            "centre; argmin(||c||² - 2 x·c) is right, argmax(x·c) is not.",
        ),
        Mutant(
            manhattan_distance,
            "You measured the distance as the sum of absolute differences (Manhattan): k-means "
            "uses the Euclidean distance, the sum of squared differences.",
        ),
    ],
)
