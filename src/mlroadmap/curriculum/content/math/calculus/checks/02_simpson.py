"""Check of exercise 02: simpson (composite rule, odd number of samples, even grid)."""

import math

import numpy as np

from mlroadmap.algorithms.calculus import simpson
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _density(x: np.ndarray) -> np.ndarray:
    return np.exp(-(x**2) / 2) / math.sqrt(2 * math.pi)


def cases() -> list[Case]:
    t = np.linspace(-1.0, 2.0, 9)
    normal = np.linspace(-1.0, 2.0, 31)
    sine = np.linspace(0.0, np.pi, 11)
    return [
        Case("y = x² at x = 0, 1, 2 (h = 1): expect 8/3", (np.array([0.0, 1.0, 4.0]), 1.0)),
        Case("y = 1 at 5 points, h = 0.5: the width, 2", (np.ones(5), 0.5)),
        Case("a cubic on [-1, 2], 9 points: exactly 6", (2 * t**3 - t**2 + 3 * t - 1, t[1] - t[0])),
        Case("sin on [0, π], 11 points: close to 2", (np.sin(sine), sine[1] - sine[0])),
        Case(
            "the standard normal density on [-1, 2], 31 points: P(-1 < Z < 2) ≈ 0.8186",
            (_density(normal), normal[1] - normal[0]),
        ),
        Case("random samples, 21 points, h = 0.01, seed 1", (np.random.default_rng(1).normal(size=21), 0.01)),
        Case("random samples, 7 points, h = 250, seed 2", (np.random.default_rng(2).uniform(size=7), 250.0)),
    ]


def trapezoid_weights(y: np.ndarray, h: float) -> float:
    return float(h / 2 * (y[0] + 2 * y[1:-1].sum() + y[-1]))


def no_h_over_3(y: np.ndarray, h: float) -> float:
    return float(y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1])


def four_everywhere(y: np.ndarray, h: float) -> float:
    return float(h / 3 * (y[0] + 4 * y[1:-1].sum() + y[-1]))


def h_over_6(y: np.ndarray, h: float) -> float:
    return float(h / 6 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))


CHECK = Check(
    function="simpson",
    cases=cases,
    rule=Rule(rtol=1e-10, atol=1e-12),
    reference=lambda y, h: simpson(y, dx=h),
    mutants=[
        Mutant(
            trapezoid_weights,
            "You used the weights 1, 2, 2, ..., 2, 1 times h / 2: that is the trapezoid rule (straight "
            "lines, error O(h²)). Simpson's rule weights the samples 1, 4, 2, 4, ..., 2, 4, 1 times h / 3.",
        ),
        Mutant(
            no_h_over_3,
            "Your weights 1, 4, 2, ..., 4, 1 are right, but you forgot to multiply the sum by h / 3: "
            "without the spacing, the result does not even have the units of an integral.",
        ),
        Mutant(
            four_everywhere,
            "You gave every inner sample the weight 4. Only the middle of each parabola gets 4 "
            "(odd positions); the points where two parabolas meet (even positions) get 2.",
        ),
        Mutant(
            h_over_6,
            "You multiplied by h / 6: the parabola over two intervals gives (2h) / 6 = h / 3 times "
            "(y[i] + 4 y[i + 1] + y[i + 2]).",
        ),
    ],
)
