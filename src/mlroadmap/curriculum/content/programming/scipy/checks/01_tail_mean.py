"""Check of exercise 01: tail_mean (two quad integrals over [c, inf) of a normal mixture)."""

import numpy as np
from scipy import integrate, stats  # noqa: F401 (loaded before the sandbox forks: the learner imports it for free)

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

_SPECIES = ("Adelie", "Chinstrap", "Gentoo")


def _mixture(column: str, species: tuple[str, ...] = _SPECIES) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One normal per species: its share of the measured penguins, its mean and sample sd."""
    penguins = load_penguins()
    values, names = penguins[column], penguins["species"]
    groups = [values[(names == s) & ~np.isnan(values)] for s in species]
    counts = np.array([len(g) for g in groups], dtype=float)
    means = np.array([g.mean() for g in groups])
    sds = np.array([g.std(ddof=1) for g in groups])
    return counts / counts.sum(), means, sds


def cases() -> list[Case]:
    flipper = _mixture("flipper_length_mm")
    mass = _mixture("body_mass_g")
    bills = _mixture("bill_length_mm", ("Adelie", "Chinstrap"))
    gentoo = _mixture("body_mass_g", ("Gentoo",))
    return [
        Case(
            "one standard normal above 0: expect sqrt(2/pi) = 0.7979",
            (np.ones(1), np.zeros(1), np.ones(1), 0.0),
        ),
        Case("flipper lengths, three species, above 200 mm", (*flipper, 200.0)),
        Case("flipper lengths above 210 mm: mostly Gentoo", (*flipper, 210.0)),
        Case("flipper lengths above 230 mm: far in the Gentoo tail", (*flipper, 230.0)),
        Case("flipper lengths above 150 mm: below every penguin", (*flipper, 150.0)),
        Case("body masses, three species, above 4500 g", (*mass, 4500.0)),
        Case("bill lengths of Adelie and Chinstrap above 45 mm", (*bills, 45.0)),
        Case("the Gentoo body masses alone, above 5500 g", (*gentoo, 5500.0)),
    ]


def _density(weights: np.ndarray, means: np.ndarray, sds: np.ndarray):
    """The mixture density, written out: the same numbers as stats.norm.pdf, ten times faster."""
    scale = weights / (sds * np.sqrt(2 * np.pi))
    return lambda x: float(np.sum(scale * np.exp(-0.5 * ((x - means) / sds) ** 2)))


def not_normalised(weights: np.ndarray, means: np.ndarray, sds: np.ndarray, c: float) -> float:
    density = _density(weights, means, sds)
    return integrate.quad(lambda x: x * density(x), c, np.inf)[0]


def below_the_threshold(weights: np.ndarray, means: np.ndarray, sds: np.ndarray, c: float) -> float:
    density = _density(weights, means, sds)
    return integrate.quad(lambda x: x * density(x), -np.inf, c)[0] / integrate.quad(density, -np.inf, c)[0]


def weighted_component_means(weights: np.ndarray, means: np.ndarray, sds: np.ndarray, c: float) -> float:
    total = 0.0
    for w, m, s in zip(weights, means, sds, strict=True):
        total += w * tail_mean_of(np.ones(1), np.array([m]), np.array([s]), c)
    return total


def weights_left_out(weights: np.ndarray, means: np.ndarray, sds: np.ndarray, c: float) -> float:
    return tail_mean_of(np.ones_like(weights) / len(weights), means, sds, c)


def tail_mean_of(weights: np.ndarray, means: np.ndarray, sds: np.ndarray, c: float) -> float:
    density = _density(weights, means, sds)
    return integrate.quad(lambda x: x * density(x), c, np.inf)[0] / integrate.quad(density, c, np.inf)[0]


CHECK = Check(
    function="tail_mean",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            not_normalised,
            "You returned the integral of x p(x) over [c, inf) alone: that is E[X; X > c], not the "
            "mean given X > c. Divide it by P(X > c), the integral of p(x) over the same range.",
        ),
        Mutant(
            below_the_threshold,
            "You integrated from -inf to c, which gives the mean of the values below the threshold: "
            "the task asks for the values above it, from c to np.inf.",
        ),
        Mutant(
            weighted_component_means,
            "You averaged each component's own tail mean with the prior weights. Above c the "
            "components are no longer in those proportions (above 210 mm almost every penguin is a "
            "Gentoo): integrate the whole mixture density instead.",
        ),
        Mutant(
            weights_left_out,
            "Your density gives every component the same weight: multiply each normal density by "
            "its weight before summing.",
        ),
    ],
)
