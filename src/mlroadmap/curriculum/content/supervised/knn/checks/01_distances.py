"""Check of exercise 01: pairwise_distances (euclidean and manhattan, by broadcasting)."""

import numpy as np

from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    A = np.array([[0.0, 0.0], [3.0, 4.0]])
    B = np.array([[0.0, 0.0], [1.0, 1.0], [-3.0, 4.0]])
    wine = load_wine().data
    rng = np.random.default_rng(8)
    out = []
    for metric in ("euclidean", "manhattan"):
        out += [
            Case(f"{metric}: 2 points against 3, by hand", (A, B, metric)),
            Case(
                f"{metric}: integer points",
                (np.array([[1, 2], [4, 6]]), np.array([[1, 2], [7, 2], [0, 0]]), metric),
            ),
            Case(
                f"{metric}: one feature (d = 1)",
                (np.array([[1.0], [-2.0], [5.0]]), np.array([[0.5], [5.0]]), metric),
            ),
            Case(f"{metric}: one query point", (rng.normal(size=(1, 4)), rng.normal(size=(6, 4)), metric)),
            Case(f"{metric}: 10 wines against 20 others (raw features)", (wine[:10], wine[100:120], metric)),
            Case(
                f"{metric}: random 15×3 against itself, seed 8", (rng.normal(size=(15, 3)),) * 2 + (metric,)
            ),
        ]
    return out


def squared_euclidean(A: np.ndarray, B: np.ndarray, metric: str) -> np.ndarray:
    diff = A[:, None, :] - B[None, :, :]
    if metric == "manhattan":
        return np.abs(diff).sum(axis=-1).astype(float)
    return (diff**2).sum(axis=-1).astype(float)


def manhattan_without_abs(A: np.ndarray, B: np.ndarray, metric: str) -> np.ndarray:
    diff = A[:, None, :] - B[None, :, :]
    if metric == "manhattan":
        return diff.sum(axis=-1).astype(float)
    return np.sqrt((diff**2).sum(axis=-1))


CHECK = Check(
    function="pairwise_distances",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            squared_euclidean,
            "Your Euclidean distances are squared: take np.sqrt of the sum of squared differences. "
            "Squared distances rank neighbours the same way, but distance weights and radii need "
            "the real distance.",
        ),
        Mutant(
            manhattan_without_abs,
            "Your Manhattan distances add signed differences, which cancel: take np.abs of each "
            "coordinate difference before summing.",
        ),
    ],
)
