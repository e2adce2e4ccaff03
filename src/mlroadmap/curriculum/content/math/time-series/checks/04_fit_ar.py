"""Check of exercise 04: fit_ar (lag 1 first, a constant, rows t = p..n-1, least squares)."""

import numpy as np

from mlroadmap.algorithms.timeseries import fit_ar, lagmat
from mlroadmap.datasets import load_co2
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _ar(coefficients: list[float], constant: float, n: int, seed: int) -> np.ndarray:
    """A seeded AR process, after 100 burn-in steps."""
    rng = np.random.default_rng(seed)
    p = len(coefficients)
    x = np.zeros(n + 100)
    for t in range(p, n + 100):
        x[t] = constant + np.dot(coefficients, x[t - p : t][::-1]) + rng.normal()
    return x[100:]


def cases() -> list[Case]:
    monthly = load_co2("MS", fill="linear").values
    return [
        Case(
            "[1, 3, 2, 5, 4], p = 2: three equations, three unknowns, an exact fit",
            (np.array([1.0, 3.0, 2.0, 5.0, 4.0]), 2),
        ),
        Case("a line 1, 3, 5, ..., p = 1: x[t] = 2 + x[t-1]", (np.arange(1.0, 30.0, 2.0), 1)),
        Case("AR(1) with phi = 0.8, 300 values, seed 6", (_ar([0.8], 1.0, 300, 6), 1)),
        Case(
            "AR(2) with phi = (0.6, -0.3) and c = 2, 400 values, seed 7", (_ar([0.6, -0.3], 2.0, 400, 7), 2)
        ),
        Case(
            "AR(3) with phi = (0.5, 0.2, 0.1), fitted with p = 4, seed 8",
            (_ar([0.5, 0.2, 0.1], 0.0, 250, 8), 4),
        ),
        Case("month-to-month change of CO2, p = 12", (np.diff(monthly), 12)),
        Case("Mauna Loa CO2, monthly, the last 20 years, p = 3", (monthly[-240:], 3)),
    ]


def lags_reversed(x: np.ndarray, p: int) -> np.ndarray:
    c, *phi = fit_ar(x, p)
    return np.array([c, *phi[::-1]])


def lags_shifted_by_one(x: np.ndarray, p: int) -> np.ndarray:
    design = np.column_stack([np.ones(len(x) - p - 1), lagmat(x, p + 1)[:, 1:]])  # lags 2..p+1
    return np.linalg.lstsq(design, x[p + 1 :], rcond=None)[0]


def no_constant(x: np.ndarray, p: int) -> np.ndarray:
    phi = np.linalg.lstsq(lagmat(x, p), x[p:], rcond=None)[0]
    return np.r_[0.0, phi]


CHECK = Check(
    function="fit_ar",
    cases=cases,
    reference=fit_ar,
    rule=Rule(rtol=1e-6, atol=1e-8),
    mutants=[
        Mutant(
            lags_reversed,
            "Your coefficients come out in reverse order: column j of the lag matrix must hold "
            "x[t - j], the most recent value first, so that phi_1 belongs to lag 1.",
        ),
        Mutant(
            lags_shifted_by_one,
            "Your lags are off by one: the row for target x[t] uses x[t-2], ..., x[t-p-1]. Row t must "
            "start with x[t-1], the value just before the target.",
        ),
        Mutant(
            no_constant,
            "You left out the column of ones: without the constant c, the model is forced through 0 "
            "and the lag coefficients absorb the mean level of the series.",
        ),
    ],
)
