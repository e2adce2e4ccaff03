"""Check of exercise 01: keep columns whose population variance is > threshold."""

import numpy as np

from mlroadmap.datasets import load_digits, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    digits = load_digits().data
    return [
        Case("a constant column by hand", (np.array([[1.0, 5.0, 0.0], [2.0, 5.0, 1.0], [3.0, 5.0, 0.0]]),)),
        Case("digits: the corner pixels are always blank", (digits,)),
        Case("digits with threshold 10", (digits, 10.0)),
        Case("iris with threshold 0.2", (load_iris().data, 0.2)),
        Case("two samples [0, 1]: variance 0.25, threshold 0.3", (np.array([[0.0, 5.0], [1.0, 9.0]]), 0.3)),
        Case(
            "variance exactly at the threshold ([0, 2]: variance 1) is dropped",
            (np.array([[0.0, 0.0], [2.0, 1.0]]), 1.0),
        ),
    ]


def keeps_equal(X, threshold=0.0):
    return X.var(axis=0) >= threshold


def sample_variance(X, threshold=0.0):
    return X.var(axis=0, ddof=1) > threshold


def std_not_variance(X, threshold=0.0):
    return X.std(axis=0) > threshold


CHECK = Check(
    function="variance_support",
    cases=cases,
    rule=Rule(dtype_kind=True),
    mutants=[
        Mutant(
            keeps_equal,
            "You kept a column whose variance equals the threshold: keep only variances "
            "strictly greater than it (with threshold 0 you kept the constant columns).",
        ),
        Mutant(
            sample_variance,
            "You used the sample variance (ddof=1): VarianceThreshold uses the population "
            "variance, which divides by n.",
        ),
        Mutant(
            std_not_variance,
            "You compared the standard deviation with the threshold: the threshold is on "
            "the variance, its square.",
        ),
    ],
)
