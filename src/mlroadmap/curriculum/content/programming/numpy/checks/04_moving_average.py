"""Check of exercise 04: moving_average (valid mode, cumulative sums)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    walk = np.cumsum(np.random.default_rng(1).normal(size=200))
    t = np.linspace(0.0, 6 * np.pi, 500)
    sine = np.sin(t) + 0.3 * np.random.default_rng(2).normal(size=500)
    mixed = np.random.default_rng(3).uniform(-10.0, 10.0, size=30)
    return [
        Case(
            "five values by hand, window 2: expect [1.5, 2.5, 3.5, 4.5]",
            (np.array([1.0, 2.0, 3.0, 4.0, 5.0]), 2),
        ),
        Case("eight values, window 3", (np.array([2.0, 4.0, 6.0, 8.0, 10.0, 3.0, 1.0, 0.0]), 3)),
        Case("window 1: the series itself", (np.array([4.0, -1.0, 2.5, 7.0]), 1)),
        Case("window == len(x): one value, the mean", (np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0]), 6)),
        Case("a single value, window 1", (np.array([42.0]), 1)),
        Case(
            "integer series (dtype int64), window 4", (np.random.default_rng(4).integers(0, 50, size=12), 4)
        ),
        Case("negative and positive values, window 5, seed 3", (mixed, 5)),
        Case("random walk of 200 steps, window 7, seed 1", (walk, 7)),
        Case("noisy sine of 500 samples, window 25, seed 2", (sine, 25)),
    ]


def first_value_dropped(x: np.ndarray, window: int) -> np.ndarray:
    c = np.cumsum(x)
    return (c[window - 1 :] - c[: len(x) - window + 1]) / window


def sums_not_means(x: np.ndarray, window: int) -> np.ndarray:
    c = np.concatenate(([0.0], np.cumsum(x)))
    return c[window:] - c[:-window]


def running_mean_so_far(x: np.ndarray, window: int) -> np.ndarray:
    return (np.cumsum(x) / np.arange(1, len(x) + 1))[window - 1 :]


CHECK = Check(
    function="moving_average",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            first_value_dropped,
            "Each of your windows lost its first value: with "
            "c = np.cumsum(x), the sum of x[i : i + window] is c[i + window - 1] - c[i - 1], "
            "so put a 0 in front of the cumulative sums (c[0] = 0) and use "
            "c[window:] - c[:-window].",
        ),
        Mutant(sums_not_means, "You returned the window sums: divide them by window to get the averages."),
        Mutant(
            running_mean_so_far,
            "You divided the cumulative sum by the number of values "
            "so far: that is the mean of everything up to i, not the mean of the last window "
            "values.",
        ),
    ],
)
