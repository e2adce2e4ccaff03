"""Check of exercise 01: sigmoid (no overflow, full relative accuracy in both tails)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    return [
        Case("z = [0, ln 3, -ln 3]: expect [0.5, 0.75, 0.25]", (np.array([0.0, np.log(3.0), -np.log(3.0)]),)),
        Case("large positive scores: 40, 700 and 1000", (np.array([40.0, 700.0, 1000.0]),)),
        Case(
            "very negative scores: -40 (about 4.25e-18), -700 (about 9.86e-305), -1000",
            (np.array([-40.0, -700.0, -1000.0]),),
        ),
        Case("moderately negative scores: -5, -20 and -36", (np.array([-5.0, -20.0, -36.0]),)),
        Case("a 2-D array mixing both tails", (np.array([[-1000.0, -30.0, 0.0], [30.0, 1000.0, -0.5]]),)),
        Case("random scores of spread 10, seed 1", (10 * np.random.default_rng(1).normal(size=100),)),
        Case("a single score, shape (1,)", (np.array([2.0]),)),
    ]


def exp_over_one_plus_exp(z: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z)
        return e / (1.0 + e)


def one_minus_mirror(z: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), 1.0 - 1.0 / (1.0 + e))


def clipped_scores(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))


CHECK = Check(
    function="sigmoid",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=0.0),
    mutants=[
        Mutant(
            exp_over_one_plus_exp,
            "You computed exp(z) / (1 + exp(z)) for every z: exp(1000) overflows to inf and "
            "inf / inf is NaN. Use 1 / (1 + exp(-z)) where z >= 0 and exp(z) / (1 + exp(z)) where z < 0.",
        ),
        Mutant(
            one_minus_mirror,
            "You computed 1 - sigma(-z) for negative z: subtracting two numbers close to 1 loses "
            "every digit of a small probability (sigma(-40) came out as 0). Use exp(z) / (1 + exp(z)) there.",
        ),
        Mutant(
            clipped_scores,
            "You clipped the scores to [-500, 500]: that avoids the overflow but changes the result, "
            "sigma(-700) became sigma(-500). Choose the safe formula by the sign of z instead of clipping.",
        ),
    ],
)
