"""Check of exercise 01: centered_moving_average (odd window, and the 2×m window for even periods)."""

import numpy as np

from mlroadmap.algorithms.timeseries import moving_average
from mlroadmap.datasets import load_co2
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def reference(x: np.ndarray, period: int) -> np.ndarray:
    return moving_average(x, period, centered=True)


def cases() -> list[Case]:
    monthly = load_co2("MS", fill="linear").values
    weekly = load_co2(fill="linear").values
    walk = 50.0 + np.cumsum(np.random.default_rng(1).normal(size=120))
    pattern = np.tile([1.0, 5.0, 3.0, -1.0], 5) + np.arange(20) * 0.5
    return [
        Case("seven values, period 3: expect [nan, 2, 3, 4, 5, 6, nan]", (np.arange(1.0, 8.0), 3)),
        Case(
            "six values, period 2: weights 1/4, 1/2, 1/4, expect [nan, 6.5, 5.5, 5, 6.5, nan]",
            (np.array([4.0, 8.0, 6.0, 2.0, 10.0, 4.0]), 2),
        ),
        Case(
            "a straight line, period 4: the line itself, 2 NaNs at each end", (np.arange(2.0, 17.0, 2.0), 4)
        ),
        Case("a period-4 pattern on a slope, period 4: the pattern cancels", (pattern, 4)),
        Case(
            "five values, period 4: a single full window, in the middle",
            (np.array([3.0, 1.0, 4.0, 1.0, 5.0]), 4),
        ),
        Case("five values, period 5: one window, the mean", (np.array([3.0, 1.0, 4.0, 1.0, 5.0]), 5)),
        Case("random walk of 120 steps, period 5, seed 1", (walk, 5)),
        Case("random walk of 120 steps, period 6, seed 1", (walk, 6)),
        Case("Mauna Loa CO2, 526 monthly means, period 12", (monthly, 12)),
        Case("Mauna Loa CO2, 2284 weekly values, period 52", (weekly, 52)),
    ]


def trailing(x: np.ndarray, period: int) -> np.ndarray:
    out = np.full(len(x), np.nan)
    out[period - 1 :] = np.convolve(x, np.ones(period) / period, mode="valid")
    return out


def even_window_off_centre(x: np.ndarray, period: int) -> np.ndarray:
    out = np.full(len(x), np.nan)
    valid = np.convolve(x, np.ones(period) / period, mode="valid")
    out[period // 2 : period // 2 + len(valid)] = valid  # pandas' rolling(period, center=True)
    return out


def even_window_plus_one_equal_weights(x: np.ndarray, period: int) -> np.ndarray:
    width = period + 1 if period % 2 == 0 else period
    h = width // 2
    out = np.full(len(x), np.nan)
    out[h : len(x) - h] = np.convolve(x, np.ones(width) / width, mode="valid")
    return out


CHECK = Check(
    function="centered_moving_average",
    cases=cases,
    reference=reference,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            trailing,
            "You averaged the last period values (a trailing window): that average lags half a "
            "period behind the series. Centre the window on t, with h values on each side.",
        ),
        Mutant(
            even_window_off_centre,
            "For an even period you used period equal weights: such a window has no middle, so it "
            "sits half a step off centre. Average two neighbouring windows instead, which gives "
            "period + 1 weights with 1/2 at both ends.",
        ),
        Mutant(
            even_window_plus_one_equal_weights,
            "For an even period you gave period + 1 values equal weights: the two end points fall in "
            "the same season, which then counts twice. Give each end half a weight, "
            "[0.5, 1, ..., 1, 0.5] / period.",
        ),
    ],
)
