"""Check of exercise 05: pca_whiten (signed scores divided by sqrt(S² / (n - 1)))."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(41)
    mixed = rng.normal(size=(25, 4)) @ rng.normal(size=(4, 4)) * np.array([1.0, 10.0, 0.1, 3.0]) + 50.0
    return [
        Case(
            "a centred cross of 4 points, k = 2: expect ±√1.5 on each axis",
            (np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]]), 2),
        ),
        Case("iris, k = 2", (load_iris().data, 2)),
        Case("wine raw, scales from 0.1 to 1000, k = 3", (load_wine().data, 3)),
        Case("breast cancer, k = 4", (load_breast_cancer().data, 4)),
        Case("random 25 × 4 mixed and scaled, around 50, seed 41, k = 4", (mixed, 4)),
    ]


def _scores(X, k):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    V_k = Vt[:k]
    V_k = V_k * np.where(V_k[np.arange(k), np.argmax(np.abs(V_k), axis=1)] < 0, -1.0, 1.0)[:, None]
    return Xc @ V_k.T, S[:k]


def not_whitened(X, k):
    return _scores(X, k)[0]


def divided_by_singular_values(X, k):
    Z, S = _scores(X, k)
    return Z / S


def divided_by_variance(X, k):
    Z, S = _scores(X, k)
    return Z / (S**2 / (len(X) - 1))


CHECK = Check(
    function="pca_whiten",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-8),
    mutants=[
        Mutant(
            not_whitened,
            "You returned the plain scores: whitening divides each score column by its "
            "standard deviation, sqrt(S[j]² / (n - 1)).",
        ),
        Mutant(
            divided_by_singular_values,
            "You divided by the singular values S[j]: that leaves each column with variance "
            "1 / (n - 1), not 1. Divide by sqrt(S[j]² / (n - 1)).",
        ),
        Mutant(
            divided_by_variance,
            "You divided by the variance itself: divide by its square root, the standard "
            "deviation, to get unit variance.",
        ),
    ],
)
