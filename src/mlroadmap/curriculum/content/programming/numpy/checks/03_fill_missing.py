"""Check of exercise 03: fill_missing (NaN -> mean of the observed values of its column)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule

nan = np.nan


def _with_holes(seed: int, shape: tuple[int, int], fraction: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    X = rng.normal(3.0, 2.0, size=shape)
    X[rng.random(shape) < fraction] = nan
    return X


def cases() -> list[Case]:
    by_hand = np.array([[1.0, nan, 3.0], [nan, 4.0, 6.0], [3.0, 8.0, nan], [5.0, nan, 9.0]])
    empty_column = _with_holes(3, (6, 3), 0.2)
    empty_column[:, 2] = nan
    return [
        Case("a 4×3 matrix by hand: column means 3, 6 and 6", (by_hand,)),
        Case("no missing values", (np.random.default_rng(4).normal(size=(5, 3)),)),
        Case("a column with only NaNs (the last one)", (empty_column,)),
        Case("every value missing", (np.full((3, 2), nan),)),
        Case("one row, with a NaN", (np.array([[1.0, nan, -2.0]]),)),
        Case("one column", (np.array([[2.0], [nan], [-1.0], [nan], [5.0]]),)),
        Case(
            "negative values, one NaN in each column",
            (np.array([[-1.0, nan, -3.0], [-5.0, 2.0, nan], [nan, -4.0, 0.5]]),),
        ),
        Case("random 50×4 with 20% missing, seed 1", (_with_holes(1, (50, 4), 0.2),)),
        Case("random 200×6 with 50% missing, seed 2", (_with_holes(2, (200, 6), 0.5),)),
    ]


def _fill(X: np.ndarray, values: np.ndarray | float) -> np.ndarray:
    return np.where(np.isnan(X), values, X)


def _observed_means(X: np.ndarray, axis: int | None) -> np.ndarray:
    missing = np.isnan(X)
    counts = (~missing).sum(axis=axis, keepdims=True)
    sums = np.where(missing, 0.0, X).sum(axis=axis, keepdims=True)
    return sums / np.maximum(counts, 1)


def zeros(X: np.ndarray) -> np.ndarray:
    return _fill(X, 0.0)


def missing_counted_as_zero(X: np.ndarray) -> np.ndarray:
    return _fill(X, np.where(np.isnan(X), 0.0, X).mean(axis=0))


def global_mean(X: np.ndarray) -> np.ndarray:
    return _fill(X, _observed_means(X, None))


def row_mean(X: np.ndarray) -> np.ndarray:
    return _fill(X, _observed_means(X, 1))


def empty_column_left_nan(X: np.ndarray) -> np.ndarray:
    missing = np.isnan(X)
    with np.errstate(divide="ignore", invalid="ignore"):
        means = np.where(missing, 0.0, X).sum(axis=0) / (~missing).sum(axis=0)
    return _fill(X, means)


CHECK = Check(
    function="fill_missing",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            zeros, "You replaced the NaNs with 0: use the mean of the observed values of the same column."
        ),
        Mutant(
            missing_counted_as_zero,
            "Your column means counted the missing entries as zeros "
            "(you divided by n): average only the observed values, dividing by how many "
            "there are.",
        ),
        Mutant(
            global_mean,
            "You filled with the mean of every observed value in the matrix: each "
            "column (feature) needs its own mean, axis=0.",
        ),
        Mutant(
            row_mean,
            "You filled with the mean of the row: a missing feature is imputed "
            "from the same column, axis=0, not from the other features of that sample.",
        ),
        Mutant(
            empty_column_left_nan,
            "A column with no observed value has no mean (np.nanmean "
            "gives NaN there): fill such a column with 0.",
        ),
    ],
)
