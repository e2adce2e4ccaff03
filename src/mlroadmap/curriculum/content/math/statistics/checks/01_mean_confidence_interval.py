"""Check of exercise 01: mean_confidence_interval (mean ± t_crit · s / sqrt(n), s with ddof=1).

The reference builds the interval from ``mlroadmap.algorithms.stats.mean`` and ``sem``;
the critical values come from ``stats.t(n - 1).ppf``. Tolerance: rtol 1e-9 (both ends
are far from 0 in every case but the zero-spread one, where atol 1e-9 applies).
"""

import numpy as np

from mlroadmap.algorithms.stats import mean, sem, t
from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _critical(n: int, confidence: float = 0.95) -> float:
    return float(t(n - 1).ppf(0.5 + confidence / 2))


def _body_mass(species: str) -> np.ndarray:
    penguins = load_penguins()
    mass = penguins["body_mass_g"][penguins["species"] == species]
    return mass[~np.isnan(mass)]


def cases() -> list[Case]:
    rng = np.random.default_rng(12)
    by_hand = np.array([2.0, 4.0, 4.0, 6.0])  # mean 4, s² = 8/3
    adelie, gentoo = _body_mass("Adelie"), _body_mass("Gentoo")
    latency = rng.lognormal(3.0, 0.5, size=40)
    target = load_diabetes().target
    return [
        Case("[2, 4, 4, 6] with t_crit = 3.182 (95%, 3 df): 4 ± 3.182 · sqrt(8/3) / 2", (by_hand, 3.182)),
        Case("two values, t_crit for 95% with 1 df (12.71)", (np.array([10.0, 12.0]), _critical(2))),
        Case(f"Adelie body mass (g), n = {adelie.size}, 95%", (adelie, _critical(adelie.size))),
        Case(f"Gentoo body mass (g), n = {gentoo.size}, 99%", (gentoo, _critical(gentoo.size, 0.99))),
        Case("diabetes: disease progression of 442 patients, 90%", (target, _critical(target.size, 0.90))),
        Case("40 skewed latencies (ms), seed 12, 95%", (latency, _critical(40))),
        Case("five equal values: a zero-width interval", (np.full(5, 7.5), _critical(5))),
        Case(
            "20 values around 1e6 with spread 0.01, seed 12",
            (1e6 + rng.normal(0.0, 0.01, size=20), _critical(20)),
        ),
    ]


def reference(x: np.ndarray, t_crit: float) -> tuple[float, float]:
    centre, half = mean(x), t_crit * sem(x)
    return centre - half, centre + half


def _interval(x: np.ndarray, multiplier: float, spread: float) -> tuple[float, float]:
    return float(x.mean() - multiplier * spread), float(x.mean() + multiplier * spread)


def population_std(x: np.ndarray, t_crit: float) -> tuple[float, float]:
    return _interval(x, t_crit, x.std() / np.sqrt(x.size))


def std_not_standard_error(x: np.ndarray, t_crit: float) -> tuple[float, float]:
    return _interval(x, t_crit, x.std(ddof=1))


def divided_by_n(x: np.ndarray, t_crit: float) -> tuple[float, float]:
    return _interval(x, t_crit, x.std(ddof=1) / x.size)


def z_instead_of_t(x: np.ndarray, t_crit: float) -> tuple[float, float]:
    return _interval(x, 1.96, x.std(ddof=1) / np.sqrt(x.size))


CHECK = Check(
    function="mean_confidence_interval",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    reference=reference,
    mutants=[
        Mutant(
            population_std,
            "You used the population standard deviation (ddof=0, dividing by n): a sample's spread "
            "around its own mean is too small, so divide by n - 1 (x.std(ddof=1)).",
        ),
        Mutant(
            std_not_standard_error,
            "You used the standard deviation of the data: the interval is for the mean, whose standard "
            "error is s / sqrt(n).",
        ),
        Mutant(
            divided_by_n,
            "You divided s by n: the standard error of a mean is s / sqrt(n), because its variance is "
            "s² / n.",
        ),
        Mutant(
            z_instead_of_t,
            "You used 1.96 from the normal distribution: use the t_crit you are given, which is larger "
            "for small samples because s itself is uncertain.",
        ),
    ],
)
