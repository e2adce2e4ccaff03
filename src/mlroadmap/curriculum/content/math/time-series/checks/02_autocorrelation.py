"""Check of exercise 02: autocorrelation (one mean, sums over n - k pairs divided by the full sum)."""

import numpy as np

from mlroadmap.algorithms.timeseries import acf
from mlroadmap.datasets import load_co2
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def reference(x: np.ndarray, k: int) -> float:
    return float(acf(x, k)[k])


def cases() -> list[Case]:
    monthly = load_co2("MS", fill="linear").values
    change = np.diff(monthly)
    noise = np.random.default_rng(2).normal(size=200)
    t = np.arange(96)
    seasonal = 10.0 + np.sin(2 * np.pi * t / 12) + 0.2 * np.random.default_rng(3).normal(size=96)
    return [
        Case(
            "[2, 5, 1, 4, 3], lag 1: deviations -1, 2, -2, 1, 0 give -8 / 10",
            (np.array([2.0, 5, 1, 4, 3]), 1),
        ),
        Case("[2, 5, 1, 4, 3], lag 0: always 1", (np.array([2.0, 5, 1, 4, 3]), 0)),
        Case("[2, 5, 1, 4, 3], lag 4: a single pair", (np.array([2.0, 5, 1, 4, 3]), 4)),
        Case("alternating signs around 10, lag 1", (np.array([11.0, 9, 11, 9, 11, 9, 11, 9]), 1)),
        Case("white noise, 200 values, lag 3, seed 2", (noise, 3)),
        Case("a noisy monthly sine around 10, lag 6 (half a cycle), seed 3", (seasonal, 6)),
        Case("a noisy monthly sine around 10, lag 12 (one cycle), seed 3", (seasonal, 12)),
        Case("Mauna Loa CO2, monthly, lag 1", (monthly, 1)),
        Case("Mauna Loa CO2, monthly, lag 120 (ten years)", (monthly, 120)),
        Case("month-to-month change of CO2, lag 12", (change, 12)),
        Case("month-to-month change of CO2, lag 6", (change, 6)),
    ]


def divided_by_pairs(x: np.ndarray, k: int) -> float:
    d = x - x.mean()
    n = len(x)
    return float((d[: n - k] @ d[k:] / (n - k)) / (d @ d / n))


def not_centred(x: np.ndarray, k: int) -> float:
    return float(x[: len(x) - k] @ x[k:] / (x @ x))


def pearson_of_the_two_slices(x: np.ndarray, k: int) -> float:
    a, b = x[: len(x) - k], x[k:]
    if len(a) < 2:
        return 1.0  # np.corrcoef is undefined for one pair; any stand-in shows the misconception
    a, b = a - a.mean(), b - b.mean()
    return float(a @ b / np.sqrt((a @ a) * (b @ b)))


CHECK = Check(
    function="autocorrelation",
    cases=cases,
    reference=reference,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            divided_by_pairs,
            "You divided the lag-k sum by its n - k pairs (and the variance by n): that inflates the "
            "long lags and can even exceed 1. Take both as plain sums, so r_k = sum of products / "
            "sum of squares.",
        ),
        Mutant(
            not_centred,
            "You multiplied the raw values: subtract the mean first. Without centring, a series "
            "around 350 ppm correlates at almost 1 with anything.",
        ),
        Mutant(
            pearson_of_the_two_slices,
            "You computed the Pearson correlation of x[:-k] and x[k:], each slice with its own mean "
            "and spread: the ACF uses the one mean and the one variance of the whole series.",
        ),
    ],
)
