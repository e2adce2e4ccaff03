"""Check of exercise 04: standardized_means ((row mean - mu) / (sigma / sqrt(n))).

The reference is the solution; ``tests/test_probability_topic_references.py`` checks it
against a loop over the rows with the standard library and, on 20,000 simulated
experiments, against the normal distribution the central limit theorem predicts.
Tolerance: rtol 1e-9, atol 1e-9 (a mean that equals mu exactly gives z = 0).
"""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(4)
    penguins = load_penguins()
    mass = penguins["body_mass_g"][~np.isnan(penguins["body_mass_g"])]
    samples_of_mass = mass[np.random.default_rng(5).integers(0, mass.size, size=(12, 30))]
    dice = rng.integers(1, 7, size=(10, 25)).astype(float)
    return [
        Case(
            "two experiments of 4 draws, mu = 2, sigma = 2: expect [-1, 3]",
            (np.array([[0.0, 1.0, 2.0, 1.0], [3.0, 6.0, 4.0, 3.0]]), 2.0, 2.0),
        ),
        Case(
            "10 experiments of 25 dice rolls (mu = 3.5, sigma² = 35/12), seed 4",
            (dice, 3.5, np.sqrt(35 / 12)),
        ),
        Case(
            "50 experiments of 40 exponential draws with mean 2 (mu = sigma = 2), seed 4",
            (rng.exponential(2.0, size=(50, 40)), 2.0, 2.0),
        ),
        Case(
            "20 experiments of 100 coin flips (mu = 0.5, sigma = 0.5), seed 4",
            (rng.integers(0, 2, size=(20, 100)).astype(float), 0.5, 0.5),
        ),
        Case(
            "n = 1: each z is one standardized draw, seed 4", (rng.normal(10.0, 3.0, size=(6, 1)), 10.0, 3.0)
        ),
        Case(
            "m = 1: a single experiment of 9 draws, seed 4",
            (rng.uniform(0.0, 1.0, size=(1, 9)), 0.5, np.sqrt(1 / 12)),
        ),
        Case(
            "penguin body mass (g): 12 samples of 30 from all 342 penguins, the population's mu and sigma",
            (samples_of_mass, float(mass.mean()), float(mass.std())),
        ),
        Case("a square 7×7 table, seed 4", (rng.gamma(2.0, 1.5, size=(7, 7)), 3.0, np.sqrt(2.0) * 1.5)),
    ]


def forgot_sqrt_n(draws: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return (draws.mean(axis=1) - mu) / sigma


def divided_by_n(draws: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return (draws.mean(axis=1) - mu) / (sigma / draws.shape[1])


def means_over_experiments(draws: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return (draws.mean(axis=0) - mu) / (sigma / np.sqrt(draws.shape[0]))


def estimated_sigma(draws: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    n = draws.shape[1]
    spread = draws.std(axis=1, ddof=1) if n > 1 else np.full(draws.shape[0], sigma)
    return (draws.mean(axis=1) - mu) / (np.where(spread == 0, 1.0, spread) / np.sqrt(n))


CHECK = Check(
    function="standardized_means",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            forgot_sqrt_n,
            "You divided by sigma, the spread of one draw: a mean of n draws varies less, with standard "
            "deviation sigma / sqrt(n).",
        ),
        Mutant(
            divided_by_n,
            "You divided by sigma / n: the variance of a mean is sigma² / n, so its standard deviation is "
            "sigma / sqrt(n).",
        ),
        Mutant(
            means_over_experiments,
            "You averaged down the columns (axis=0), across experiments: each row is one experiment, so "
            "take the mean of each row (axis=1) and use n = draws.shape[1].",
        ),
        Mutant(
            estimated_sigma,
            "You estimated sigma from each row (that is a t statistic): mu and sigma are given, so divide by "
            "the known sigma / sqrt(n).",
        ),
    ],
)
