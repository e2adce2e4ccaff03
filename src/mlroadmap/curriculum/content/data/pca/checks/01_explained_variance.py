"""Check of exercise 01: explained_variance (S² / (n - 1) of the centred data, and the ratios)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


def cases() -> list[Case]:
    cross = np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]])
    rng = np.random.default_rng(7)
    offset = rng.normal(size=(30, 3)) * np.array([1.0, 5.0, 0.2]) + np.array([100.0, -50.0, 3.0])
    wine = load_wine().data
    return [
        Case("a centred cross of 4 points: expect [8/3, 2/3] and [0.8, 0.2]", (cross,)),
        Case("the same cross shifted by (10, 5): nothing changes", (cross + np.array([10.0, 5.0]),)),
        Case("iris, 150 × 4", (load_iris().data,)),
        Case("wine, raw features (proline dominates), 178 × 13", (wine,)),
        Case("wine, standardized, 178 × 13", (_standardized(wine),)),
        Case("breast cancer, 569 × 30", (load_breast_cancer().data,)),
        Case("digits, 1797 × 64 (some pixels are always 0)", (load_digits().data,)),
        Case("random 30 × 3 with column means 100, -50 and 3, seed 7", (offset,)),
        Case(
            "more features than samples: random 4 × 6, seed 8",
            (np.random.default_rng(8).normal(size=(4, 6)),),
        ),
        Case("two samples in 3 features", (np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 0.0]]),)),
    ]


def not_centred(X):
    S = np.linalg.svd(X, compute_uv=False)
    variance = S**2 / (len(X) - 1)
    return variance, variance / variance.sum()


def divided_by_n(X):
    S = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    variance = S**2 / len(X)
    return variance, variance / variance.sum()


def ratio_of_singular_values(X):
    S = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return S**2 / (len(X) - 1), S / S.sum()


CHECK = Check(
    function="explained_variance",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            not_centred,
            "You took the SVD of X without subtracting the column means: the first axis then "
            "points at the mean instead of along the spread. Centre the data first.",
        ),
        Mutant(
            divided_by_n,
            "You divided S² by n: the explained variance is the sample variance, S² / (n - 1), "
            "as scikit-learn's explained_variance_ reports it.",
        ),
        Mutant(
            ratio_of_singular_values,
            "Your ratios divide the singular values by their sum: singular values are not "
            "variances, so the ratios come from the variances S² / (n - 1).",
        ),
    ],
)
