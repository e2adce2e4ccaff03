"""Check of exercise 02: entropy in bits from class counts, 0 * log2(0) = 0."""

import numpy as np

from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    wine_counts = np.bincount(load_wine().target)
    rng = np.random.default_rng(11)
    return [
        Case("[5, 5]: expect exactly 1 bit", (np.array([5, 5]),)),
        Case("[1, 1, 1, 1]: expect 2 bits", (np.array([1, 1, 1, 1]),)),
        Case("[3, 1]: expect 0.811 bits", (np.array([3, 1]),)),
        Case("an empty class: [4, 0, 4]", (np.array([4, 0, 4]),)),
        Case("a pure node [0, 12, 0]: expect 0", (np.array([0, 12, 0]),)),
        Case("weighted float counts [2.5, 0.5, 1.0]", (np.array([2.5, 0.5, 1.0]),)),
        Case("the wine classes (59, 71, 48)", (wine_counts,)),
        Case(
            "random counts of 6 classes, two empty, seed 11",
            (rng.integers(1, 30, size=6) * [1, 0, 1, 1, 0, 1],),
        ),
    ]


def natural_log(counts: np.ndarray) -> float:
    p = counts / counts.sum()
    p = p[p > 0]
    return float(-(p * np.log(p)).sum())


def no_zero_guard(counts: np.ndarray) -> float:
    p = counts / counts.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-(p * np.log2(p)).sum())


def counts_not_proportions(counts: np.ndarray) -> float:
    c = counts[counts > 0].astype(float)
    return float(-(c * np.log2(c)).sum())


CHECK = Check(
    function="entropy",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            natural_log,
            "You used the natural logarithm, which gives nats: entropy in bits uses np.log2 "
            "(two equal classes must give exactly 1).",
        ),
        Mutant(
            no_zero_guard,
            "A class with count 0 gives 0 * log2(0) = 0 * -inf = NaN in NumPy: by convention it "
            "contributes 0, so drop the zero proportions (or use np.where) before taking the log.",
        ),
        Mutant(
            counts_not_proportions,
            "You used the counts in the formula: turn them into proportions p_k = counts / counts.sum() "
            "first.",
        ),
    ],
)
