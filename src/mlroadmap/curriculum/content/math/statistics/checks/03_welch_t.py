"""Check of exercise 03: welch_t (Welch's t statistic and Welch–Satterthwaite degrees of freedom).

The reference is ``mlroadmap.algorithms.stats.ttest_ind(a, b, equal_var=False)``, which
``tests/algorithms/test_stats_inference.py`` checks against scipy.stats.ttest_ind.
Tolerance: rtol 1e-9 on both t and df.
"""

import numpy as np

from mlroadmap.algorithms.stats import ttest_ind
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _body_mass(species: str) -> np.ndarray:
    penguins = load_penguins()
    mass = penguins["body_mass_g"][penguins["species"] == species]
    return mass[~np.isnan(mass)]


def cases() -> list[Case]:
    rng = np.random.default_rng(3)
    adelie, chinstrap, gentoo = _body_mass("Adelie"), _body_mass("Chinstrap"), _body_mass("Gentoo")
    return [
        Case(
            "[1, 2, 3] against [4, 6, 8, 10]: v1 = 1/3, v2 = 5/3, t = -5/sqrt(2)",
            (np.array([1.0, 2.0, 3.0]), np.array([4.0, 6.0, 8.0, 10.0])),
        ),
        Case("two values in each group", (np.array([1.0, 3.0]), np.array([2.0, 8.0]))),
        Case(
            "a small tight group against a large spread-out one, seed 3",
            (rng.normal(10.0, 1.0, size=8), rng.normal(12.0, 6.0, size=60)),
        ),
        Case(
            "a large tight group against a small spread-out one, seed 3",
            (rng.normal(10.0, 1.0, size=60), rng.normal(12.0, 6.0, size=8)),
        ),
        Case(
            "equal sizes (25 each): t is Student's, df is not, seed 3",
            (rng.normal(0.0, 1.0, size=25), rng.normal(0.5, 3.0, size=25)),
        ),
        Case(
            f"penguin body mass (g): Adelie (n = {adelie.size}) vs Chinstrap (n = {chinstrap.size})",
            (adelie, chinstrap),
        ),
        Case(f"penguin body mass (g): Gentoo (n = {gentoo.size}) vs Adelie", (gentoo, adelie)),
    ]


def reference(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    result = ttest_ind(a, b, equal_var=False)
    return result.statistic, result.df


def _welch(a: np.ndarray, b: np.ndarray, ddof: int, df_offset: int) -> tuple[float, float]:
    n1, n2 = a.size, b.size
    v1, v2 = a.var(ddof=ddof) / n1, b.var(ddof=ddof) / n2
    t = (a.mean() - b.mean()) / np.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1**2 / (n1 - df_offset) + v2**2 / (n2 - df_offset))
    return float(t), float(df)


def pooled_student(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    n1, n2 = a.size, b.size
    pooled = ((n1 - 1) * a.var(ddof=1) + (n2 - 1) * b.var(ddof=1)) / (n1 + n2 - 2)
    t = (a.mean() - b.mean()) / np.sqrt(pooled * (1 / n1 + 1 / n2))
    return float(t), float(n1 + n2 - 2)


def student_df(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    t, _ = _welch(a, b, ddof=1, df_offset=1)
    return t, float(a.size + b.size - 2)


def population_variances(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    return _welch(a, b, ddof=0, df_offset=1)


def df_with_n_not_n_minus_1(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    return _welch(a, b, ddof=1, df_offset=0)


CHECK = Check(
    function="welch_t",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    reference=reference,
    mutants=[
        Mutant(
            pooled_student,
            "You pooled the two variances (Student's test, with n1 + n2 - 2 degrees of freedom): Welch "
            "keeps them apart, t = (mean(a) - mean(b)) / sqrt(s1²/n1 + s2²/n2).",
        ),
        Mutant(
            student_df,
            "Your t is Welch's, but your degrees of freedom are Student's n1 + n2 - 2: Welch's df come from "
            "the Welch–Satterthwaite formula, (v1 + v2)² / (v1²/(n1 - 1) + v2²/(n2 - 1)).",
        ),
        Mutant(
            population_variances,
            "You used population variances (ddof=0): use the sample variances, a.var(ddof=1) and "
            "b.var(ddof=1).",
        ),
        Mutant(
            df_with_n_not_n_minus_1,
            "In the degrees of freedom you divided by n1 and n2: the Welch–Satterthwaite denominator is "
            "v1²/(n1 - 1) + v2²/(n2 - 1).",
        ),
    ],
)
