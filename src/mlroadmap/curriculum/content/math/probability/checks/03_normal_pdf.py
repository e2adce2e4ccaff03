"""Check of exercise 03: normal_pdf (the Gaussian density with standard deviation sigma).

The reference is ``mlroadmap.algorithms.stats.norm(mu, sigma).pdf``. Tolerance: rtol
1e-9 with atol 1e-300, so even densities of 1e-200 far in the tails are compared
relative to their size.
"""

import numpy as np

from mlroadmap.algorithms.stats import norm
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

SQRT_2PI = np.sqrt(2.0 * np.pi)


def cases() -> list[Case]:
    penguins = load_penguins()
    flipper = penguins["flipper_length_mm"][penguins["species"] == "Gentoo"]
    flipper = flipper[~np.isnan(flipper)]
    rng = np.random.default_rng(8)
    return [
        Case("standard normal at 0, 1 and 2", (np.array([0.0, 1.0, 2.0]), 0.0, 1.0)),
        Case("mu = 3, sigma = 2 on a grid from -5 to 11", (np.linspace(-5.0, 11.0, 33), 3.0, 2.0)),
        Case(
            "a narrow bell, sigma = 0.1: its peak is about 3.99, above 1",
            (np.linspace(-0.5, 0.5, 21), 0.0, 0.1),
        ),
        Case("a wide bell, sigma = 50, around -200", (np.linspace(-400.0, 0.0, 9), -200.0, 50.0)),
        Case("far tails: 5 to 20 standard deviations out", (np.array([5.0, -8.0, 12.0, 20.0]), 0.0, 1.0)),
        Case("a 3×4 array of x, seed 8", (rng.normal(1.0, 3.0, size=(3, 4)), 1.0, 3.0)),
        Case(
            "Gentoo flipper lengths (mm) under a normal with their mean and standard deviation",
            (flipper, float(flipper.mean()), float(flipper.std())),
        ),
    ]


def reference(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.asarray(norm(mu, sigma).pdf(x), dtype=float)


def sigma_squared_in_front(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.exp(-((x - mu) ** 2) / (2.0 * sigma**2)) / (sigma**2 * SQRT_2PI)


def sigma_in_the_exponent(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.exp(-((x - mu) ** 2) / (2.0 * sigma)) / (sigma * SQRT_2PI)


def no_half(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.exp(-((x - mu) ** 2) / sigma**2) / (sigma * SQRT_2PI)


def not_normalized(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.exp(-((x - mu) ** 2) / (2.0 * sigma**2))


CHECK = Check(
    function="normal_pdf",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-300),
    reference=reference,
    mutants=[
        Mutant(
            sigma_squared_in_front,
            "You divided by sigma² in front: the normalizing constant is 1 / (sigma * sqrt(2 pi)), with "
            "the standard deviation, not the variance.",
        ),
        Mutant(
            sigma_in_the_exponent,
            "Your exponent divides by 2 * sigma: it needs the variance, -(x - mu)² / (2 * sigma²). "
            "sigma is the standard deviation.",
        ),
        Mutant(
            no_half,
            "Your exponent is missing the factor 1/2: it is -(x - mu)² / (2 sigma²), which makes sigma "
            "the standard deviation.",
        ),
        Mutant(
            not_normalized,
            "You left out the normalizing constant 1 / (sigma * sqrt(2 pi)): without it the area under "
            "the curve is not 1, and your peak is always exactly 1.",
        ),
    ],
)
