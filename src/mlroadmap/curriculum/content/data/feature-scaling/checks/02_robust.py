"""Check of exercise 02: robust scaling with the median and the IQR (np.percentile, linear)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(3)
    with_outliers = rng.normal(size=(50, 3))
    with_outliers[:3] *= 100.0  # three wild samples
    return [
        Case(
            "one column you can check by hand: 1..5 and an outlier",
            (np.array([[1.0], [2.0], [3.0], [4.0], [5.0], [1000.0]]),),
        ),
        Case("the diabetes data", (load_diabetes(scaled=False).data,)),
        Case("random 50×3 with three huge outliers, seed 3", (with_outliers,)),
        Case(
            "a column whose IQR is 0 (mostly the same value)",
            (np.array([[2.0, 1.0], [2.0, 5.0], [2.0, 3.0], [2.0, 8.0], [9.0, 2.0]]),),
        ),
        Case(
            "an even number of rows, random 10×2, seed 4", (np.random.default_rng(4).uniform(size=(10, 2)),)
        ),
    ]


def _iqr(q75: np.ndarray, q25: np.ndarray) -> np.ndarray:
    return np.where(q75 - q25 == 0, 1.0, q75 - q25)


def mean_centred(X):
    q25, q75 = np.percentile(X, [25, 75], axis=0)
    return (X - X.mean(axis=0)) / _iqr(q75, q25)


def std_scaled(X):
    sigma = X.std(axis=0)
    return (X - np.median(X, axis=0)) / np.where(sigma == 0, 1.0, sigma)


def full_range(X):
    return (X - np.median(X, axis=0)) / _iqr(X.max(axis=0), X.min(axis=0))


def no_zero_guard(X):
    q25, q50, q75 = np.percentile(X, [25, 50, 75], axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (X - q50) / (q75 - q25)


CHECK = Check(
    function="robust_scale",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            mean_centred,
            "You centred on the mean: outliers drag it away from the bulk of the data. "
            "Robust scaling centres on the median.",
        ),
        Mutant(
            std_scaled,
            "You divided by the standard deviation, which outliers inflate: divide by the "
            "interquartile range, q75 - q25.",
        ),
        Mutant(
            full_range,
            "You divided by max - min: the extremes are exactly the values robust scaling "
            "should ignore. Use the 25th and 75th percentiles.",
        ),
        Mutant(no_zero_guard, "A column whose IQR is 0 gives a division by zero: keep a scale of 1 there."),
    ],
)
