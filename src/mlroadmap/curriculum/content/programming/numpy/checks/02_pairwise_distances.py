"""Check of exercise 02: pairwise_sq_distances (broadcasting, (n, m) squared distances)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    def normal(seed: int, shape: tuple[int, int]) -> np.ndarray:
        return np.random.default_rng(seed).normal(size=shape)

    same = normal(3, (5, 3))
    rng_int = np.random.default_rng(4)
    return [
        Case(
            "two points against one, by hand: expect [[25], [13]]",
            (np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[3.0, 4.0]])),
        ),
        Case("the same 5 points twice: the diagonal is 0", (same, same.copy())),
        Case(
            "integer points (dtype int64), 4 against 6, seed 4",
            (rng_int.integers(-5, 6, size=(4, 3)), rng_int.integers(-5, 6, size=(6, 3))),
        ),
        Case("one point in A against 7 in B, seed 5", (normal(5, (1, 4)), normal(6, (7, 4)))),
        Case(
            "one dimension (d = 1), 6 against 4",
            (
                np.array([[0.0], [1.0], [-2.0], [3.5], [10.0], [-7.0]]),
                np.array([[1.0], [0.5], [-3.0], [4.0]]),
            ),
        ),
        Case("random 30×3 against 20×3, seed 1", (normal(1, (30, 3)), normal(11, (20, 3)))),
        Case("random 50×8 against 10×8, spread 5, seed 2", (5 * normal(2, (50, 8)), 5 * normal(12, (10, 8)))),
    ]


def distances_not_squared(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    return np.sqrt(((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1))


def cross_term_without_2(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    return (A**2).sum(axis=1)[:, None] - A @ B.T + (B**2).sum(axis=1)[None, :]


def cross_term_added(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    return (A**2).sum(axis=1)[:, None] + 2 * A @ B.T + (B**2).sum(axis=1)[None, :]


def summed_then_squared(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    return (A[:, None, :] - B[None, :, :]).sum(axis=-1) ** 2


CHECK = Check(
    function="pairwise_sq_distances",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-8),
    mutants=[
        Mutant(
            distances_not_squared,
            "You returned the distances themselves: the task asks for "
            "the squared distances, so leave out the square root.",
        ),
        Mutant(
            summed_then_squared,
            "You summed the coordinate differences and then squared the "
            "sum: square each difference first, then sum over the last axis.",
        ),
        Mutant(
            cross_term_without_2,
            "You wrote ||a||² - a·b + ||b||²: the cross term of "
            "||a - b||² is 2 a·b, so multiply A @ B.T by 2.",
        ),
        Mutant(
            cross_term_added,
            "You added the cross term: "
            "||a - b||² = ||a||² - 2 a·b + ||b||², with a minus sign "
            "(what you computed is ||a + b||²).",
        ),
    ],
)
