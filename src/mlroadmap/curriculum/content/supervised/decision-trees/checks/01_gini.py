"""Check of exercise 01: gini (1 - sum of squared class proportions)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    species = load_penguins()["species"]
    _, species_codes = np.unique(species.astype(str), return_inverse=True)
    rng = np.random.default_rng(7)
    return [
        Case("two classes, 2 against 2: expect 0.5", (np.array([0, 1, 0, 1]),)),
        Case("[3, 7, 7]: labels that are not 0, 1, ...", (np.array([3, 7, 7]),)),
        Case("a pure node: expect 0", (np.array([2, 2, 2, 2, 2]),)),
        Case("one sample", (np.array([5]),)),
        Case("negative labels [-1, -1, 1, 1, 1]", (np.array([-1, -1, 1, 1, 1]),)),
        Case("iris targets: three classes of 50", (load_iris().target,)),
        Case("penguin species (152, 68, 124 birds)", (species_codes,)),
        Case("random labels among 5 classes, seed 7", (rng.integers(0, 5, size=60),)),
        Case("90 of class 0 and 10 of class 1", (np.repeat([0, 1], [90, 10]),)),
    ]


def sum_of_proportions(y: np.ndarray) -> float:
    _, counts = np.unique(y, return_counts=True)
    return float(1.0 - (counts / counts.sum()).sum())


def squared_counts(y: np.ndarray) -> float:
    _, counts = np.unique(y, return_counts=True)
    return float(1.0 - (counts.astype(float) ** 2).sum())


def misclassification(y: np.ndarray) -> float:
    _, counts = np.unique(y, return_counts=True)
    return float(1.0 - counts.max() / counts.sum())


CHECK = Check(
    function="gini",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            sum_of_proportions,
            "You computed 1 - sum(p_k), which is always 0 because the proportions sum to 1: "
            "the Gini impurity squares each proportion, 1 - sum(p_k ** 2).",
        ),
        Mutant(
            squared_counts,
            "You squared the class counts: divide each count by the number of samples first, "
            "so that the p_k are proportions between 0 and 1.",
        ),
        Mutant(
            misclassification,
            "You computed the misclassification error 1 - max(p_k), another impurity: "
            "the Gini impurity is 1 - sum(p_k ** 2) over all classes.",
        ),
    ],
)
