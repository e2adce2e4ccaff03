"""Check of exercise 04: pca_reconstruct ((X - m) V_kᵀ V_k + m)."""

import numpy as np

from mlroadmap.datasets import load_digits, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(31)
    square = rng.normal(size=(12, 3)) + np.array([4.0, -2.0, 7.0])
    return [
        Case(
            "3 points in 2-D, k = 1: the points move onto one line",
            (np.array([[0.0, 0.0], [2.0, 1.0], [4.0, 5.0]]), 1),
        ),
        Case("iris, k = 1", (load_iris().data, 1)),
        Case("iris, k = 2", (load_iris().data, 2)),
        Case("wine raw, means far from 0, k = 2", (load_wine().data, 2)),
        Case("digits, k = 10", (load_digits().data, 10)),
        Case("random 12 × 3 around (4, -2, 7), all k = 3: X comes back", (square, 3)),
        Case(
            "more features than samples: random 5 × 8, seed 32, k = 2",
            (np.random.default_rng(32).normal(size=(5, 8)) + 3.0, 2),
        ),
    ]


def _axes(X, k):
    return np.linalg.svd(X - X.mean(axis=0), full_matrices=False)[2][:k]


def mean_not_added_back(X, k):
    V_k = _axes(X, k)
    return (X - X.mean(axis=0)) @ V_k.T @ V_k


def projected_uncentred(X, k):
    V_k = _axes(X, k)
    return X @ V_k.T @ V_k + X.mean(axis=0)


def smallest_eigenvalues_first(X, k):
    Xc = X - X.mean(axis=0)
    _, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))  # eigenvalues in ascending order
    V_k = vectors[:, :k].T
    return Xc @ V_k.T @ V_k + X.mean(axis=0)


CHECK = Check(
    function="pca_reconstruct",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-7),
    mutants=[
        Mutant(
            mean_not_added_back,
            "Your reconstruction is centred on 0: the scores describe X - m, so add the mean m "
            "back after mapping them to feature space.",
        ),
        Mutant(
            projected_uncentred,
            "You projected X itself instead of X - m and then added the mean: the axes pass "
            "through the mean, so subtract it before projecting.",
        ),
        Mutant(
            smallest_eigenvalues_first,
            "You kept the axes of the smallest variance: np.linalg.eigh returns eigenvalues in "
            "ascending order, so reverse it before taking the top k.",
        ),
    ],
)
