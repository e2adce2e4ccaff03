"""Check of exercise 04: bootstrap_interval (percentiles of the resampled means).

The reference is ``mlroadmap.algorithms.stats.percentile_interval`` applied to the
resampled means; ``tests/test_statistics_topic_references.py`` compares the result with
scipy.stats.bootstrap(method="percentile"). Tolerance: rtol 1e-9.
"""

import numpy as np

from mlroadmap.algorithms.stats import norm, percentile_interval
from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _indices(n: int, resamples: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, n, size=(resamples, n))


def cases() -> list[Case]:
    penguins = load_penguins()
    gentoo = penguins["body_mass_g"][penguins["species"] == "Gentoo"]
    gentoo = gentoo[~np.isnan(gentoo)]
    target = load_diabetes().target
    skewed = np.random.default_rng(9).exponential(2.0, size=30)
    by_hand = np.array([1.0, 2.0, 3.0, 10.0])
    return [
        Case(
            "[1, 2, 3, 10] with 5 resamples given by hand, 80%",
            (
                by_hand,
                np.array([[0, 0, 1, 2], [3, 3, 1, 0], [2, 2, 2, 2], [0, 1, 2, 3], [1, 3, 3, 3]]),
                0.8,
            ),
        ),
        Case("one value: every resample is the same", (np.array([4.2]), _indices(1, 50, 1), 0.95)),
        Case(
            f"Gentoo body mass (g), n = {gentoo.size}, 2,000 resamples, 95%, seed 2",
            (gentoo, _indices(gentoo.size, 2000, 2), 0.95),
        ),
        Case(
            "diabetes target, 442 patients, 1,000 resamples, 90%, seed 3",
            (target, _indices(442, 1000, 3), 0.9),
        ),
        Case("30 skewed values, 4,000 resamples, 99%, seed 9", (skewed, _indices(30, 4000, 9), 0.99)),
        Case("two values, 200 resamples, 50%, seed 4", (np.array([0.0, 1.0]), _indices(2, 200, 4), 0.5)),
    ]


def reference(x: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    return tuple(percentile_interval(x[indices].mean(axis=1), confidence))


def _tails(confidence: float) -> list[float]:
    alpha = 1.0 - confidence
    return [100 * alpha / 2, 100 * (1 - alpha / 2)]


def normal_interval_from_the_data(
    x: np.ndarray, indices: np.ndarray, confidence: float
) -> tuple[float, float]:
    z = norm().ppf(0.5 + confidence / 2)
    return float(x.mean() - z * x.std()), float(x.mean() + z * x.std())


def percentiles_of_the_data(x: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    low, high = np.percentile(x, _tails(confidence))
    return float(low), float(high)


def alpha_not_halved(x: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    alpha = 1.0 - confidence
    low, high = np.percentile(x[indices].mean(axis=1), [100 * alpha, 100 * (1 - alpha)])
    return float(low), float(high)


def fractions_not_percents(x: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    alpha = 1.0 - confidence
    low, high = np.percentile(x[indices].mean(axis=1), [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)


def means_over_resamples(x: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    low, high = np.percentile(x[indices].mean(axis=0), _tails(confidence))
    return float(low), float(high)


CHECK = Check(
    function="bootstrap_interval",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    reference=reference,
    mutants=[
        Mutant(
            normal_interval_from_the_data,
            "You used the standard deviation of the data (mean ± z · std): the bootstrap interval comes "
            "from the resampled means, x[indices].mean(axis=1), and their percentiles.",
        ),
        Mutant(
            percentiles_of_the_data,
            "You took the percentiles of the data itself, which describe single values: take them of the "
            "B resampled means, which describe how the mean varies.",
        ),
        Mutant(
            alpha_not_halved,
            "You put all of alpha in each tail: a two-sided interval leaves alpha / 2 below and alpha / 2 "
            "above, e.g. the 2.5th and 97.5th percentiles for 95%.",
        ),
        Mutant(
            fractions_not_percents,
            "You passed fractions to np.percentile: it takes percents, so use 100 * alpha / 2 and "
            "100 * (1 - alpha / 2) (or np.quantile with fractions).",
        ),
        Mutant(
            means_over_resamples,
            "You averaged down the columns (axis=0): each row of indices is one resample, so take the mean "
            "of each row, x[indices].mean(axis=1).",
        ),
    ],
)
