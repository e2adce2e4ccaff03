"""Check of exercise 03: Tukey's fences, NaN never an outlier, fences themselves inside."""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    raw = load_penguins(raw=True)
    rng = np.random.default_rng(11)
    heavy = rng.standard_t(2, size=200)
    return [
        Case(
            "1..8 and 30: q1 = 2.75, q3 = 7.25, upper fence 14", (np.array([1.0, 2, 3, 4, 5, 6, 7, 8, 30]),)
        ),
        Case(
            "values exactly on the fences (0 and 10 for 4..6 with k = 2)",
            (np.array([0.0, 4.0, 4.0, 5.0, 5.0, 6.0, 6.0, 10.0]), 2.0),
        ),
        Case("penguin delta 13 C, with NaN", (raw["Delta 13 C (o/oo)"],)),
        Case("penguin body mass with k = 1.0", (raw["Body Mass (g)"], 1.0)),
        Case("a heavy-tailed sample (t, 2 degrees of freedom), seed 11", (heavy,)),
        Case("the same sample with k = 3", (heavy, 3.0)),
    ]


def _fences(x, k):
    q1, q3 = np.nanpercentile(x, [25, 75])
    return q1 - k * (q3 - q1), q3 + k * (q3 - q1)


def three_sigma(x, k=1.5):
    with np.errstate(invalid="ignore"):
        return np.abs(x - np.nanmean(x)) > 3 * np.nanstd(x)


def fences_inclusive(x, k=1.5):
    low, high = _fences(x, k)
    with np.errstate(invalid="ignore"):
        return (x <= low) | (x >= high)


def nan_is_outlier(x, k=1.5):
    low, high = _fences(x, k)
    with np.errstate(invalid="ignore"):
        return (x < low) | (x > high) | np.isnan(x)


def fixed_k(x, k=1.5):
    low, high = _fences(x, 1.5)
    with np.errstate(invalid="ignore"):
        return (x < low) | (x > high)


CHECK = Check(
    function="tukey_outliers",
    cases=cases,
    rule=Rule(dtype_kind=True),
    mutants=[
        Mutant(
            three_sigma,
            "You used the mean plus or minus three standard deviations: the outliers "
            "themselves inflate the standard deviation. Tukey's fences use the quartiles.",
        ),
        Mutant(fences_inclusive, "A value exactly on a fence is not an outlier: use strict < and >."),
        Mutant(
            nan_is_outlier,
            "You flagged missing values as outliers: NaN is missing, not extreme, and must stay False.",
        ),
        Mutant(fixed_k, "Your fences ignore k: they are q1 - k * IQR and q3 + k * IQR."),
    ],
)
