"""Check of exercise 01: standardize (column z-scores, ddof=0, constant column -> 0)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    by_hand = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]])
    constant = np.array([[1.0, 5.0, 2.0], [2.0, 5.0, 4.0], [3.0, 5.0, 9.0], [4.0, 5.0, 1.0]])
    scales = np.array([1e-3, 1.0, 1e3, 1e6, 10.0])
    return [
        Case("a 3×2 matrix you can check by hand", (by_hand,)),
        Case("a constant column (the middle one)", (constant,)),
        Case("two rows", (np.array([[0.0, 1.0, -4.0], [2.0, 5.0, 4.0]]),)),
        Case("one row: every column is constant", (np.array([[3.0, -1.0, 2.0]]),)),
        Case("one column", (np.random.default_rng(3).normal(10.0, 3.0, size=(8, 1)),)),
        Case(
            "integer matrix (dtype int64), seed 4", (np.random.default_rng(4).integers(0, 100, size=(6, 3)),)
        ),
        Case("random 40×3, seed 1", (np.random.default_rng(1).normal(size=(40, 3)),)),
        Case(
            "random 100×5 with very different column scales, seed 2",
            (np.random.default_rng(2).normal(5.0, 2.0, size=(100, 5)) * scales,),
        ),
        Case(
            "random 30×4 with a constant column of -2.5, seed 5",
            (np.column_stack([np.random.default_rng(5).normal(size=(30, 3)), np.full(30, -2.5)]),),
        ),
    ]


def _scale(sigma: np.ndarray) -> np.ndarray:
    return np.where(sigma == 0, 1.0, sigma)


def sample_std(X: np.ndarray) -> np.ndarray:
    n = X.shape[0]
    centred = X - X.mean(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        sigma = np.sqrt((centred**2).sum(axis=0) / (n - 1))
        return centred / _scale(sigma)


def over_rows(X: np.ndarray) -> np.ndarray:
    mu = X.mean(axis=1, keepdims=True)
    return (X - mu) / _scale(X.std(axis=1, keepdims=True))


def whole_matrix(X: np.ndarray) -> np.ndarray:
    return (X - X.mean()) / _scale(X.std())


def not_centred(X: np.ndarray) -> np.ndarray:
    return X / _scale(X.std(axis=0))


def no_zero_guard(X: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return (X - X.mean(axis=0)) / X.std(axis=0)


CHECK = Check(
    function="standardize",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            sample_std,
            "You divided by n - 1 (the sample standard deviation, ddof=1): "
            "standardizing uses the population standard deviation, which divides by n "
            "(ddof=0, NumPy's default).",
        ),
        Mutant(
            over_rows,
            "You standardized each row: the mean and standard deviation must "
            "come from each column (axis=0), one pair per feature.",
        ),
        Mutant(
            whole_matrix,
            "You used one mean and one standard deviation for the whole "
            "matrix: compute them per column with axis=0.",
        ),
        Mutant(
            not_centred, "You divided by the standard deviation but did not subtract the column mean first."
        ),
        Mutant(
            no_zero_guard,
            "A constant column has standard deviation 0, and 0 / 0 is NaN: "
            "divide by 1 where the standard deviation is 0 (np.where) so that column "
            "becomes 0.",
        ),
    ],
)
