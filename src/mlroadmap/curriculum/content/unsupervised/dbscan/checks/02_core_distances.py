"""Check of exercise 02: core_distances (distance to the min_samples-th nearest point, itself first)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    line = np.array([[0.0], [1.0], [3.0], [7.0]])
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(72)
    blobs = np.concatenate(
        [rng.normal(0, 0.5, size=(40, 2)), rng.normal(4, 1.0, size=(40, 2)), rng.uniform(-3, 8, (10, 2))]
    )
    return [
        Case("points 0, 1, 3, 7, min_samples = 2: expect [1, 1, 2, 4]", (line, 2)),
        Case("points 0, 1, 3, 7, min_samples = 3: expect [3, 2, 3, 6]", (line, 3)),
        Case("min_samples = 1: every point is core at eps = 0", (line, 1)),
        Case("min_samples = n: the distance to the farthest point", (line, 4)),
        Case(
            "duplicates: three copies of (1, 1), min_samples = 3",
            (np.array([[1.0, 1.0], [1.0, 1.0], [0.0, 0.0], [1.0, 1.0], [4.0, 5.0]]), 3),
        ),
        Case("iris, min_samples = 5", (load_iris().data, 5)),
        Case("wine standardized, min_samples = 10", (Z, 10)),
        Case("two blobs and 10 scattered points, min_samples = 4, seed 72", (blobs, 4)),
    ]


def _sorted(X):
    return np.sort(np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)), axis=1)


def itself_left_out(X, min_samples):
    # the min_samples-th *other* point; clipped only so that the detector never raises
    return np.take(_sorted(X)[:, 1:], min_samples - 1, axis=1, mode="clip")


def one_too_near(X, min_samples):
    return _sorted(X)[:, max(min_samples - 2, 0)]


def squared_distances(X, min_samples):
    return _sorted(X)[:, min_samples - 1] ** 2


CHECK = Check(
    function="core_distances",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            itself_left_out,
            "You took the min_samples-th point after the point itself: min_samples counts the "
            "point, so the core distance is column min_samples - 1 of the sorted row, itself at 0.",
        ),
        Mutant(
            one_too_near,
            "You took the (min_samples - 1)-th nearest point counting the point itself: in a "
            "sorted row the point is column 0, so the min_samples-th is column min_samples - 1.",
        ),
        Mutant(
            squared_distances,
            "You returned squared distances: eps is a distance, so compare it with the distances "
            "themselves (take the square root).",
        ),
    ],
)
