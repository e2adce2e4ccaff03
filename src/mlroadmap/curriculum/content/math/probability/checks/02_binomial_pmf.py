"""Check of exercise 02: binomial_pmf (C(n, k) p^k (1 - p)^(n - k), elementwise over k).

The reference is ``mlroadmap.algorithms.stats.binom(n, p).pmf``, computed through
log-gamma functions, a different route from math.comb. Tolerance: rtol 1e-9 and atol
1e-15 (a probability below 1e-15 counts as 0 here).
"""

import math

import numpy as np

from mlroadmap.algorithms.stats import binom
from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    malignant = float((load_breast_cancer().target == 0).mean())  # 212 of 569
    rng = np.random.default_rng(6)
    return [
        Case("n = 4, p = 0.5: expect [1, 4, 6, 4, 1] / 16", (np.arange(5), 4, 0.5)),
        Case("n = 3, p = 0.2: expect [0.512, 0.384, 0.096, 0.008]", (np.arange(4), 3, 0.2)),
        Case("20 patients, a drug that works 30% of the time", (np.arange(21), 20, 0.3)),
        Case("60 trials at p = 0.9, every k", (np.arange(61), 60, 0.9)),
        Case("k in shuffled order, with repeats, seed 6", (rng.integers(0, 13, size=15), 12, 0.35)),
        Case("a 2×3 array of k", (np.array([[0, 1, 2], [5, 4, 3]]), 5, 0.6)),
        Case("p = 0: all the mass on k = 0", (np.arange(6), 5, 0.0)),
        Case("p = 1: all the mass on k = n", (np.arange(6), 5, 1.0)),
        Case("n = 0: X is always 0", (np.array([0]), 0, 0.42)),
        Case(
            "breast-cancer data: malignant tumours among 10 biopsies at the data's rate (37%)",
            (np.arange(11), 10, malignant),
        ),
    ]


def reference(k: np.ndarray, n: int, p: float) -> np.ndarray:
    return np.asarray(binom(n, p).pmf(k), dtype=float)


def _comb(k: np.ndarray, n: int, count) -> np.ndarray:
    return np.array([count(n, int(j)) for j in k.ravel()], dtype=float).reshape(k.shape)


def no_coefficient(k: np.ndarray, n: int, p: float) -> np.ndarray:
    return p**k * (1.0 - p) ** (n - k)


def p_and_q_swapped(k: np.ndarray, n: int, p: float) -> np.ndarray:
    return _comb(k, n, math.comb) * (1.0 - p) ** k * p ** (n - k)


def ordered_arrangements(k: np.ndarray, n: int, p: float) -> np.ndarray:
    return _comb(k, n, math.perm) * p**k * (1.0 - p) ** (n - k)


def failures_to_the_n(k: np.ndarray, n: int, p: float) -> np.ndarray:
    return _comb(k, n, math.comb) * p**k * (1.0 - p) ** n


CHECK = Check(
    function="binomial_pmf",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-15),
    reference=reference,
    mutants=[
        Mutant(
            no_coefficient,
            "You computed the probability of one particular order of successes and failures: multiply by "
            "C(n, k), the number of orders in which k successes can fall among n trials.",
        ),
        Mutant(
            p_and_q_swapped,
            "You swapped p and 1 - p: each of the k successes has probability p, each of the n - k "
            "failures 1 - p.",
        ),
        Mutant(
            ordered_arrangements,
            "You counted ordered arrangements, n! / (n - k)!: the k successes are interchangeable, so "
            "divide by k! as well, which is C(n, k) = math.comb(n, k).",
        ),
        Mutant(
            failures_to_the_n,
            "You raised 1 - p to the power n: only the n - k trials that fail contribute a factor 1 - p.",
        ),
    ],
)
