"""Check of exercise 02: the one-way ANOVA F statistic of every feature."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris = load_iris()
    wine = load_wine()
    cancer = load_breast_cancer()
    rng = np.random.default_rng(12)
    return [
        Case(
            "two classes by hand: [1, 2, 3] against [6, 7, 8] gives F = 37.5",
            (np.array([[1.0], [2.0], [3.0], [6.0], [7.0], [8.0]]), np.array([0, 0, 0, 1, 1, 1])),
        ),
        Case("iris (3 classes)", (iris.data, iris.target)),
        Case("wine (3 classes, 13 features)", (wine.data, wine.target)),
        Case("breast cancer (2 classes, 30 features)", (cancer.data, cancer.target)),
        Case(
            "string labels, unequal classes, seed 12",
            (
                rng.normal(size=(40, 3)) + np.repeat([[0.0], [1.0]], [25, 15], axis=0),
                np.array(["healthy"] * 25 + ["sick"] * 15),
            ),
        ),
    ]


def _sums(X, y):
    grand = X.mean(axis=0)
    ssb = sum(len(X[y == c]) * (X[y == c].mean(axis=0) - grand) ** 2 for c in np.unique(y))
    ssw = sum(((X[y == c] - X[y == c].mean(axis=0)) ** 2).sum(axis=0) for c in np.unique(y))
    return ssb, ssw, len(np.unique(y)), len(y)


def no_degrees_of_freedom(X, y):
    ssb, ssw, _, _ = _sums(X, y)
    return ssb / ssw


def swapped_degrees(X, y):
    ssb, ssw, k, n = _sums(X, y)
    return (ssb / (n - k)) / (ssw / (k - 1))


def unweighted_between(X, y):
    _, ssw, k, n = _sums(X, y)
    grand = X.mean(axis=0)
    ssb = sum((X[y == c].mean(axis=0) - grand) ** 2 for c in np.unique(y))
    return (ssb / (k - 1)) / (ssw / (n - k))


CHECK = Check(
    function="anova_f",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            no_degrees_of_freedom,
            "You divided SSB by SSW directly: F compares mean squares, SSB / (k - 1) over SSW / (n - k).",
        ),
        Mutant(
            swapped_degrees,
            "You swapped the degrees of freedom: SSB is divided by k - 1 (classes) and "
            "SSW by n - k (samples).",
        ),
        Mutant(
            unweighted_between,
            "Your between-class sum of squares does not weight each class by its size "
            "n_c: SSB = sum over classes of n_c (m_c - m)^2.",
        ),
    ],
)
