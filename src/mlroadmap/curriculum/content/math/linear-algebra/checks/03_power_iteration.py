"""Check of exercise 03: power_iteration (num_iters normalized steps, then the Rayleigh quotient).

The reference is the solution file: the library's ``power_iteration`` stops at a tolerance,
while this exercise takes exactly ``num_iters`` steps (which fixes the sign of v as well).
"""

import numpy as np

from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _with_eigenvalues(values: list[float], seed: int) -> np.ndarray:
    Q = np.linalg.qr(np.random.default_rng(seed).normal(size=(len(values), len(values))))[0]
    return Q @ np.diag(values) @ Q.T


def cases() -> list[Case]:
    correlation = np.corrcoef(load_wine().data, rowvar=False)
    B = np.random.default_rng(1).normal(size=(6, 6))
    return [
        Case(
            "diag(2, 1) from [1, 1], 60 steps: expect 2 and about [1, 0]",
            (np.diag([2.0, 1.0]), np.ones(2), 60),
        ),
        Case(
            "0 steps: the Rayleigh quotient of v0 = [1, 2, 2] itself",
            (np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]), np.array([1.0, 2.0, 2.0]), 0),
        ),
        Case(
            "eigenvalues -9, 4, 2, 1: the largest in size is negative, 100 steps",
            (_with_eigenvalues([-9.0, 4.0, 2.0, 1.0], 3), np.ones(4), 100),
        ),
        Case(
            "1×1 matrix [[-4]] from [2], 3 steps: expect -4 and [-1]",
            (np.array([[-4.0]]), np.array([2.0]), 3),
        ),
        Case(
            "wine: the 13×13 correlation matrix, 100 steps (the first principal direction)",
            (correlation, np.ones(13), 100),
        ),
        Case(
            "eigenvalues near 1000, 200 steps",
            (_with_eigenvalues([1000.0, 900.0, 500.0], 4), np.array([1.0, 0.0, 0.0]), 200),
        ),
        Case(
            "eigenvalues near 0.001, 200 steps",
            (_with_eigenvalues([0.001, 0.0005, 0.0002], 5), np.array([0.0, 1.0, 1.0]), 200),
        ),
        Case("random symmetric 6×6, 50 steps, seed 1", ((B + B.T) / 2, np.arange(1.0, 7.0), 50)),
        Case(
            "a non-symmetric 5×5 matrix with positive entries, 80 steps, seed 2",
            (np.random.default_rng(2).uniform(size=(5, 5)), np.ones(5), 80),
        ),
    ]


def normalized_only_at_the_end(A: np.ndarray, v0: np.ndarray, num_iters: int) -> tuple[float, np.ndarray]:
    v = v0.astype(float)
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        for _ in range(num_iters):
            v = A @ v
        v = v / np.linalg.norm(v)
        return float(v @ A @ v), v


def start_not_normalized(A: np.ndarray, v0: np.ndarray, num_iters: int) -> tuple[float, np.ndarray]:
    v = v0.astype(float)
    for _ in range(num_iters):
        w = A @ v
        v = w / np.linalg.norm(w)
    return float(v @ A @ v), v


def length_of_image(A: np.ndarray, v0: np.ndarray, num_iters: int) -> tuple[float, np.ndarray]:
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_iters):
        w = A @ v
        v = w / np.linalg.norm(w)
    return float(np.linalg.norm(A @ v)), v


CHECK = Check(
    function="power_iteration",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            normalized_only_at_the_end,
            "You normalized v only after the loop: A^k v grows like 1000^200 (inf) or shrinks like "
            "0.001^200 (0) on the way, and inf / inf or 0 / 0 is NaN. Divide by ||A v|| at every step.",
        ),
        Mutant(
            start_not_normalized,
            "With 0 steps you returned v0 as it was, and v0 · A v0 without dividing by v0 · v0: "
            "normalize v0 first (or divide the Rayleigh quotient by v · v).",
        ),
        Mutant(
            length_of_image,
            "You took ||A v|| as the eigenvalue: a length is never negative, so an eigenvalue of "
            "-9 comes out as +9. The Rayleigh quotient v · A v keeps the sign.",
        ),
    ],
)
