"""Check of exercise 03: principal_components (top k rows of Vt, largest entry positive)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


def cases() -> list[Case]:
    t = np.arange(-3.0, 4.0)
    falling = np.column_stack([t, -3.0 * t]) + np.array([5.0, 1.0])  # points on a line of slope -3
    rng = np.random.default_rng(21)
    stretched = rng.normal(size=(40, 3)) @ np.array([[3.0, 1.0, 0.0], [0.0, -2.0, 0.5], [0.0, 0.0, 0.4]])
    return [
        Case("7 points on a line of slope -3, k = 1: expect [[-0.316, 0.949]]", (falling, 1)),
        Case("iris, k = 2", (load_iris().data, 2)),
        Case("iris, all k = 4 axes", (load_iris().data, 4)),
        Case("wine standardized, k = 3", (_standardized(load_wine().data), 3)),
        Case("wine raw, means far from 0, k = 2", (load_wine().data, 2)),
        Case("breast cancer standardized, k = 5", (_standardized(load_breast_cancer().data), 5)),
        Case("digits, k = 6", (load_digits().data, 6)),
        Case("random correlated 40 × 3 shifted by +20, seed 21, k = 3", (stretched + 20.0, 3)),
        Case(
            "more features than samples: random 6 × 9, seed 22, k = 5",
            (np.random.default_rng(22).normal(size=(6, 9)) * np.arange(1.0, 10.0), 5),
        ),
    ]


def _signed(V: np.ndarray) -> np.ndarray:
    biggest = V[np.arange(len(V)), np.argmax(np.abs(V), axis=1)]
    return V * np.where(biggest < 0, -1.0, 1.0)[:, None]


def not_centred(X, k):
    return _signed(np.linalg.svd(X, full_matrices=False)[2][:k])


def columns_of_vt(X, k):
    Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)[2]
    return _signed(Vt.T[:k])


def signs_not_fixed(X, k):
    return np.linalg.svd(X - X.mean(axis=0), full_matrices=False)[2][:k]


def smallest_eigenvalues_first(X, k):
    Xc = X - X.mean(axis=0)
    _, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))  # eigenvalues in ascending order
    return _signed(vectors[:, :k].T)


CHECK = Check(
    function="principal_components",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-8),
    mutants=[
        Mutant(
            not_centred,
            "You took the SVD of X without subtracting the column means, so the first axis "
            "points towards the mean of the data: centre X first.",
        ),
        Mutant(
            columns_of_vt,
            "You took columns of Vt (rows of V): the principal axes are the rows of Vt, "
            "Vt[:k], which are the columns of V and the eigenvectors of the covariance matrix.",
        ),
        Mutant(
            smallest_eigenvalues_first,
            "You kept the eigenvectors of the smallest eigenvalues: np.linalg.eigh returns "
            "them in ascending order, so reverse it to put the largest variance first.",
        ),
        Mutant(
            signs_not_fixed,
            "Your axes are right up to their signs: flip each row so that its entry of largest "
            "absolute value is positive, as scikit-learn does.",
        ),
    ],
)
