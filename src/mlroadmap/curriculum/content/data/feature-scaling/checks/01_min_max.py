"""Check of exercise 01: min-max scaling into feature_range, constant column -> lo."""

import numpy as np

from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    wine = load_wine().data
    rng = np.random.default_rng(0)
    return [
        Case("a 3×2 matrix you can check by hand", (np.array([[0.0, 10.0], [5.0, 20.0], [10.0, 40.0]]),)),
        Case("the wine data (13 features on very different scales)", (wine,)),
        Case("the wine data into (-1, 1)", (wine, (-1.0, 1.0))),
        Case("a constant column (the second)", (np.array([[1.0, 7.0], [3.0, 7.0], [2.0, 7.0]]),)),
        Case("negative values, random 20×3, seed 0", (rng.normal(-50.0, 5.0, size=(20, 3)),)),
        Case(
            "integer matrix (dtype int64), seed 1",
            (np.random.default_rng(1).integers(-5, 50, size=(8, 4)), (0.0, 10.0)),
        ),
    ]


def _span(span: np.ndarray) -> np.ndarray:
    return np.where(span == 0, 1.0, span)


def divide_by_max(X, feature_range=(0.0, 1.0)):
    lo, hi = feature_range
    with np.errstate(divide="ignore", invalid="ignore"):
        return lo + (X - X.min(axis=0)) / np.where(X.max(axis=0) == 0, 1.0, X.max(axis=0)) * (hi - lo)


def whole_matrix(X, feature_range=(0.0, 1.0)):
    lo, hi = feature_range
    return lo + (X - X.min()) / _span(np.array(X.max() - X.min())) * (hi - lo)


def ignores_range(X, feature_range=(0.0, 1.0)):
    return (X - X.min(axis=0)) / _span(X.max(axis=0) - X.min(axis=0))


def no_constant_guard(X, feature_range=(0.0, 1.0)):
    lo, hi = feature_range
    with np.errstate(divide="ignore", invalid="ignore"):
        return lo + (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0)) * (hi - lo)


CHECK = Check(
    function="min_max_scale",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            divide_by_max,
            "You divided by the column's maximum: divide by its range, max - min, "
            "so that the smallest value maps to the bottom of the range and the largest to the top.",
        ),
        Mutant(
            whole_matrix,
            "You used one minimum and one maximum for the whole matrix: every column needs its own (axis=0).",
        ),
        Mutant(
            ignores_range,
            "Your values land in [0, 1] whatever feature_range says: stretch them by "
            "(hi - lo) and shift them by lo.",
        ),
        Mutant(
            no_constant_guard,
            "A constant column has max - min = 0 and 0 / 0 is NaN: use a range of 1 "
            "there, so the column maps to the bottom of the range.",
        ),
    ],
)
