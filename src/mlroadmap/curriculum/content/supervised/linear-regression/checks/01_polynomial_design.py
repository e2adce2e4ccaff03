"""Check of exercise 01: polynomial_design (columns x**0 .. x**degree, increasing)."""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    flipper = load_penguins()["flipper_length_mm"]
    flipper = flipper[~np.isnan(flipper)]
    return [
        Case("x = [1, 2, 3], degree 2: rows [1, x, x²]", (np.array([1.0, 2.0, 3.0]), 2)),
        Case("degree 0: one column of ones", (np.array([0.5, -2.0, 0.0, 7.0]), 0)),
        Case("degree 1: ones and x", (np.array([-1.0, 0.0, 2.5]), 1)),
        Case("negative values and zero, degree 4", (np.array([-2.0, -1.0, 0.0, 1.0, 2.0]), 4)),
        Case("one sample, degree 3", (np.array([1.5]), 3)),
        Case("integer x (dtype int64), degree 3", (np.array([0, 1, 2, 3, 4, 5]), 3)),
        Case(
            "penguins: flipper length in metres, degree 3",
            (flipper / 1000.0, 3),
        ),
        Case(
            "random 30 values in [-1, 1], degree 6, seed 1", (np.random.default_rng(1).uniform(-1, 1, 30), 6)
        ),
    ]


def no_constant_column(x: np.ndarray, degree: int) -> np.ndarray:
    return x[:, None].astype(float) ** np.arange(1, degree + 1)[None, :]


def highest_power_missing(x: np.ndarray, degree: int) -> np.ndarray:
    return x[:, None].astype(float) ** np.arange(degree)[None, :]


def decreasing_powers(x: np.ndarray, degree: int) -> np.ndarray:
    return np.vander(x.astype(float), degree + 1)


CHECK = Check(
    function="polynomial_design",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=0.0),
    mutants=[
        Mutant(
            no_constant_column,
            "Your powers start at 1, so the column of ones (x ** 0) is missing: use the powers "
            "0, 1, ..., degree, which makes degree + 1 columns.",
        ),
        Mutant(
            highest_power_missing,
            "Your last column is x ** (degree - 1): range(degree) stops before degree, so use "
            "np.arange(degree + 1) to include x ** degree.",
        ),
        Mutant(
            decreasing_powers,
            "Your powers decrease from left to right (np.vander's default order): the columns "
            "go 1, x, x², ..., as in PolynomialFeatures; np.vander(x, degree + 1, increasing=True) "
            "gives them.",
        ),
    ],
)
