"""Check of exercise 01: neighbourhood_counts (distance <= eps, the point itself included)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    line = np.array([[0.0], [1.0], [2.0], [4.0], [4.5], [10.0]])
    grid = np.array([[i, j] for i in range(5) for j in range(5)], dtype=float)
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(71)
    blobs = np.concatenate([rng.normal(0, 0.5, size=(40, 2)), rng.normal(4, 1.0, size=(40, 2))])
    return [
        Case("points 0, 1, 2, 4, 4.5, 10 with eps = 1: expect [2, 3, 2, 2, 2, 1]", (line, 1.0)),
        Case("a 5 × 5 integer grid, eps = 1 (neighbours at exactly eps)", (grid, 1.0)),
        Case("a 5 × 5 integer grid, eps = 2 (√2 is in, √5 is out)", (grid, 2.0)),
        Case(
            "(0, 0) and (1.5, 2) are exactly 2.5 apart, eps = 2.5",
            (np.array([[0.0, 0.0], [1.5, 2.0], [4.0, 2.0], [1.5, 2.0]]), 2.5),
        ),
        Case("a tiny eps: every count is 1", (grid, 0.01)),
        Case("iris, eps = 0.45 (duplicate flowers count separately)", (load_iris().data, 0.45)),
        Case("wine standardized, eps = 2.5", (Z, 2.5)),
        Case("two blobs of 40, eps = 0.7, seed 71", (blobs, 0.7)),
    ]


def _squared(X):
    return ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)


def itself_left_out(X, eps):
    return (_squared(X) <= eps**2).sum(axis=1) - 1


def strictly_closer(X, eps):
    return (_squared(X) < eps**2).sum(axis=1)


def eps_not_squared(X, eps):
    return (_squared(X) <= eps).sum(axis=1)


CHECK = Check(
    function="neighbourhood_counts",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            strictly_closer,
            "You counted the points strictly closer than eps: a point at distance exactly eps "
            "is in the neighbourhood (<=, as in scikit-learn).",
        ),
        Mutant(
            itself_left_out,
            "You left the point itself out of its neighbourhood: DBSCAN counts it, so every "
            "count is one more (and min_samples includes the point).",
        ),
        Mutant(
            eps_not_squared,
            "You compared squared distances with eps: compare them with eps ** 2, or take the "
            "square root first.",
        ),
    ],
)
