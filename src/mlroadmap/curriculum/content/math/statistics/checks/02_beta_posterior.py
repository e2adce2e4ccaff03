"""Check of exercise 02: beta_posterior (Beta(a + k, b + n - k) and its mean).

The reference is ``mlroadmap.algorithms.stats.beta_binomial_update`` with
``stats.beta(...).mean()``. Tolerance: rtol 1e-12; every value is a small sum or ratio.
"""

import numpy as np

from mlroadmap.algorithms.stats import beta, beta_binomial_update
from mlroadmap.datasets import load_breast_cancer, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    penguins = load_penguins()
    adelie_sex = penguins["sex"][penguins["species"] == "Adelie"]
    known = np.array([s for s in adelie_sex if s is not None])  # sex is missing (None) for a few
    malignant = int((load_breast_cancer().target == 0).sum())
    return [
        Case("uniform prior Beta(1, 1), 12 clicks in 100 visits: Beta(13, 89)", (1.0, 1.0, 12, 100)),
        Case("Beta(2, 2), 7 heads in 10 flips", (2.0, 2.0, 7, 10)),
        Case("no data: the prior Beta(3, 5) comes back", (3.0, 5.0, 0, 0)),
        Case("every trial a success: 20 of 20, prior Beta(1, 1)", (1.0, 1.0, 20, 20)),
        Case("no success in 50 trials, Jeffreys prior Beta(0.5, 0.5)", (0.5, 0.5, 0, 50)),
        Case("a strong prior Beta(80, 20) against 3 successes in 10", (80.0, 20.0, 3, 10)),
        Case(
            f"penguins: {int((known == 'female').sum())} females among {known.size} Adelie of known sex",
            (1.0, 1.0, int((known == "female").sum()), int(known.size)),
        ),
        Case(
            f"breast-cancer data: {malignant} malignant of 569 tumours, prior Beta(2, 8)",
            (2.0, 8.0, malignant, 569),
        ),
    ]


def reference(a: float, b: float, successes: int, trials: int) -> tuple[float, float, float]:
    a_post, b_post = beta_binomial_update(a, b, successes, trials)
    return a_post, b_post, beta(a_post, b_post).mean()


def all_trials_to_failures(a: float, b: float, successes: int, trials: int) -> tuple[float, float, float]:
    a_post, b_post = a + successes, b + trials
    return float(a_post), float(b_post), a_post / (a_post + b_post)


def successes_and_failures_swapped(
    a: float, b: float, successes: int, trials: int
) -> tuple[float, float, float]:
    a_post, b_post = a + (trials - successes), b + successes
    return float(a_post), float(b_post), a_post / (a_post + b_post)


def mean_without_the_prior(a: float, b: float, successes: int, trials: int) -> tuple[float, float, float]:
    rate = successes / trials if trials > 0 else a / (a + b)
    return float(a + successes), float(b + trials - successes), rate


def odds_for_the_mean(a: float, b: float, successes: int, trials: int) -> tuple[float, float, float]:
    a_post, b_post = a + successes, b + (trials - successes)
    return float(a_post), float(b_post), a_post / b_post


CHECK = Check(
    function="beta_posterior",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-15),
    reference=reference,
    mutants=[
        Mutant(
            all_trials_to_failures,
            "You added all n trials to b: only the failures, n - k, count against theta, so "
            "b_post = b + n - k.",
        ),
        Mutant(
            successes_and_failures_swapped,
            "You swapped successes and failures: a counts successes (a + k) and b counts failures "
            "(b + n - k).",
        ),
        Mutant(
            mean_without_the_prior,
            "Your mean is the raw rate k / n, which ignores the prior: the posterior mean is "
            "a_post / (a_post + b_post) = (a + k) / (a + b + n).",
        ),
        Mutant(
            odds_for_the_mean,
            "You divided a_post by b_post, which gives the odds: the mean of Beta(a, b) is a / (a + b).",
        ),
    ],
)
