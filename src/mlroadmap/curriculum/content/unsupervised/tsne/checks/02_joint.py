"""Check of exercise 02: joint_probabilities ((P + P.T) / 2n)."""

import numpy as np

from mlroadmap.datasets import load_digits, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def conditional(X: np.ndarray, beta: float) -> np.ndarray:
    """p(j|i) with one precision for every row (a zero diagonal, rows summing to 1)."""
    D = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)
    off = ~np.eye(len(X), dtype=bool)
    D = D - np.where(off, D, np.inf).min(axis=1, keepdims=True)
    E = np.where(off, np.exp(-beta * D), 0.0)
    return E / E.sum(axis=1, keepdims=True)


def random_rows(n: int, seed: int) -> np.ndarray:
    P = np.random.default_rng(seed).dirichlet(np.ones(n - 1), size=n)
    out = np.zeros((n, n))
    out[~np.eye(n, dtype=bool)] = P.ravel()  # row i's values fill the off-diagonal entries of row i
    return out


def cases() -> list[Case]:
    by_hand = np.array([[0.0, 0.9, 0.1], [0.5, 0.0, 0.5], [0.2, 0.8, 0.0]])
    digits = load_digits().data[:120]
    return [
        Case("a 3×3 matrix you can check by hand", (by_hand,)),
        Case("two points", (np.array([[0.0, 1.0], [1.0, 0.0]]),)),
        Case("one point", (np.array([[0.0]]),)),
        Case("iris, beta = 1", (conditional(load_iris().data, 1.0),)),
        Case("the first 120 digits, beta = 0.001", (conditional(digits, 0.001),)),
        Case("random rows of 30 points, seed 3", (random_rows(30, 3),)),
    ]


def not_symmetrized(P_conditional):
    return P_conditional / len(P_conditional)


def divided_by_two(P_conditional):
    return (P_conditional + P_conditional.T) / 2


def divided_by_n(P_conditional):
    return (P_conditional + P_conditional.T) / len(P_conditional)


CHECK = Check(
    function="joint_probabilities",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-14),
    mutants=[
        Mutant(
            not_symmetrized,
            "Your P is not symmetric: p(j|i) and p(i|j) differ, and t-SNE uses their average, "
            "P_conditional + P_conditional.T.",
        ),
        Mutant(
            divided_by_two,
            "You divided by 2 only: each row of P_conditional sums to 1, so the n rows add up to n "
            "and the joint P must be divided by 2 n to sum to 1.",
        ),
        Mutant(
            divided_by_n,
            "Your P sums to 2, not 1: P_conditional + P_conditional.T adds up to 2 n, so divide by 2 n.",
        ),
    ],
)
