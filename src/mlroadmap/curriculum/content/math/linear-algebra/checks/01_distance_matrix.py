"""Check of exercise 01: euclidean_distances (the ||x||² - 2 x·y + ||y||² expansion, clipped)."""

import numpy as np

from mlroadmap.algorithms.linalg import cdist
from mlroadmap.datasets import load_digits, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris = load_iris()
    flowers = iris.data
    digits = load_digits().data.astype(np.int64)

    def normal(seed: int, shape: tuple[int, int]) -> np.ndarray:
        return np.random.default_rng(seed).normal(size=shape)

    return [
        Case(
            "two points against one, by hand: expect [[5], [0]]",
            (np.array([[3.0, 4.0], [0.0, 0.0]]), np.array([[0.0, 0.0]])),
        ),
        Case(
            "iris against itself: 150 flowers, some measured identically (0 on the diagonal)",
            (flowers, flowers.copy()),
        ),
        Case("iris: 50 setosa against 50 versicolor", (flowers[iris.target == 0], flowers[iris.target == 1])),
        Case("digits: 40 images against 60, integer pixels 0..16", (digits[:40], digits[40:100])),
        Case("one point against 7, seed 5", (normal(5, (1, 4)), normal(6, (7, 4)))),
        Case(
            "one dimension (d = 1), 5 against 3",
            (np.array([[0.0], [1.0], [-2.0], [3.5], [10.0]]), np.array([[1.0], [-3.0], [4.0]])),
        ),
        Case("random 30×3 against 20×3, seed 1", (normal(1, (30, 3)), normal(11, (20, 3)))),
    ]


def reference(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    return cdist(X, Y, "euclidean")


def not_clipped(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    squared = (X**2).sum(axis=1)[:, None] - 2 * X @ Y.T + (Y**2).sum(axis=1)[None, :]
    with np.errstate(invalid="ignore"):
        return np.sqrt(squared)


def no_square_root(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    squared = (X**2).sum(axis=1)[:, None] - 2 * X @ Y.T + (Y**2).sum(axis=1)[None, :]
    return np.maximum(squared, 0.0).astype(float)


def cross_term_without_2(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    squared = (X**2).sum(axis=1)[:, None] - X @ Y.T + (Y**2).sum(axis=1)[None, :]
    return np.sqrt(np.maximum(squared, 0.0))


def difference_of_lengths(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    lengths_x, lengths_y = np.sqrt((X**2).sum(axis=1)), np.sqrt((Y**2).sum(axis=1))
    return np.abs(lengths_x[:, None] - lengths_y[None, :])


CHECK = Check(
    function="euclidean_distances",
    cases=cases,
    reference=reference,
    # The expansion loses digits where two points nearly coincide: about sqrt(1e-16 * ||x||²),
    # 1e-7 for these data, so an exact 0 may come back as 1e-7 and still be right.
    rule=Rule(rtol=1e-7, atol=1e-6),
    mutants=[
        Mutant(
            not_clipped,
            "You took the square root without clipping: for two identical points, "
            "||x||² - 2 x·y + ||y||² can round to -1e-14, and np.sqrt of it is NaN. "
            "Apply np.maximum(squared, 0.0) first.",
        ),
        Mutant(
            no_square_root,
            "You returned the squared distances: take np.sqrt of the (clipped) expansion.",
        ),
        Mutant(
            cross_term_without_2,
            "You wrote ||x||² - x·y + ||y||²: the cross term of ||x - y||² is 2 x·y, "
            "so multiply X @ Y.T by 2.",
        ),
        Mutant(
            difference_of_lengths,
            "You subtracted the lengths, | ||x|| - ||y|| |: that ignores directions (two different "
            "points on one circle would be 0 apart). Expand ||x - y||² instead.",
        ),
    ],
)
