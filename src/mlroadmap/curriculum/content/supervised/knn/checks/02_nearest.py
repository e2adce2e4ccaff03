"""Check of exercise 02: k_nearest (leave-one-out neighbours, stable tie order)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris, wine = load_iris().data, load_wine().data
    rng = np.random.default_rng(9)
    grid = rng.integers(0, 5, size=(100, 2)).astype(float)  # many equal distances
    return [
        Case("1-D points [0, 1, 3, 7], k = 2", (np.array([[0.0], [1.0], [3.0], [7.0]]), 2)),
        Case("ties: 1 and -1 are both at distance 1 from 0", (np.array([[0.0], [1.0], [-1.0], [2.0]]), 2)),
        Case(
            "a duplicated point is a neighbour at distance 0",
            (np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 0.0], [1.0, 0.0]]), 1),
        ),
        Case("k = n - 1: every other point", (np.array([[0.0, 1.0], [2.0, 2.0], [5.0, 0.0]]), 2)),
        Case("100 points on a 5×5 integer grid (many ties), k = 6, seed 9", (grid, 6)),
        Case("iris in millimetres, k = 5 (duplicated flowers, equal distances)", (np.round(iris * 10), 5)),
        Case("wine standardized, k = 3", ((wine - wine.mean(axis=0)) / wine.std(axis=0), 3)),
        Case("random 50×4, k = 1, seed 9", (rng.normal(size=(50, 4)), 1)),
    ]


def _squared(X: np.ndarray) -> np.ndarray:
    return ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)


def including_itself(X: np.ndarray, k: int) -> np.ndarray:
    return np.argsort(_squared(X), axis=1, kind="stable")[:, :k]


def farthest_first(X: np.ndarray, k: int) -> np.ndarray:
    D = _squared(X)
    np.fill_diagonal(D, -np.inf)
    return np.argsort(-D, axis=1, kind="stable")[:, :k]


def index_order(X: np.ndarray, k: int) -> np.ndarray:
    D = _squared(X)
    np.fill_diagonal(D, np.inf)
    return np.sort(np.argsort(D, axis=1, kind="stable")[:, :k], axis=1)


def unstable_ties(X: np.ndarray, k: int) -> np.ndarray:
    D = _squared(X)
    np.fill_diagonal(D, np.inf)
    return np.argsort(D, axis=1)[:, :k]


CHECK = Check(
    function="k_nearest",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            including_itself,
            "Each point came out as its own nearest neighbour (distance 0): exclude index i "
            "itself, for example by setting the diagonal of the distance matrix to np.inf.",
        ),
        Mutant(
            farthest_first,
            "You took the points with the largest distances: sort the distances in ascending "
            "order, nearest first.",
        ),
        Mutant(
            index_order,
            "You found the right k neighbours but returned them in index order: list them "
            "nearest first. np.argpartition, np.nonzero and masks do not order by distance, "
            "np.argsort does.",
        ),
        Mutant(
            unstable_ties,
            "Equal distances came out in an arbitrary order: np.argsort's default sort is not "
            "stable. Pass kind='stable' so that ties go to the smaller index.",
        ),
    ],
)
