"""Check of exercise 03: exponential_smoothing (level starts at x[0]; n fitted values and one forecast)."""

import numpy as np

from mlroadmap.algorithms.timeseries import simple_exp_smoothing
from mlroadmap.datasets import load_co2
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def reference(x: np.ndarray, alpha: float) -> np.ndarray:
    result = simple_exp_smoothing(x, alpha)
    return np.append(result.fittedvalues, result.forecast(1))


def cases() -> list[Case]:
    monthly = load_co2("MS", fill="linear").values
    weekly = load_co2(fill="linear").values
    walk = 100.0 + np.cumsum(np.random.default_rng(4).normal(size=150))
    demand = np.random.default_rng(5).poisson(20.0, size=60).astype(float)
    return [
        Case("[3, 5, 4, 6], alpha 0.5: expect [3, 3, 4, 4, 5]", (np.array([3.0, 5.0, 4.0, 6.0]), 0.5)),
        Case(
            "[3, 5, 4, 6], alpha 1: the naive forecast [3, 3, 5, 4, 6]", (np.array([3.0, 5.0, 4.0, 6.0]), 1.0)
        ),
        Case("[3, 5, 4, 6], alpha 0: stays at 3", (np.array([3.0, 5.0, 4.0, 6.0]), 0.0)),
        Case("a single value, alpha 0.3", (np.array([7.5]), 0.3)),
        Case("a step from 0 to 10, alpha 0.2", (np.r_[np.zeros(5), np.full(10, 10.0)], 0.2)),
        Case("daily demand, Poisson counts around 20, alpha 0.1, seed 5", (demand, 0.1)),
        Case("random walk of 150 steps, alpha 0.7, seed 4", (walk, 0.7)),
        Case("Mauna Loa CO2, monthly, alpha 0.3", (monthly, 0.3)),
        Case("Mauna Loa CO2, weekly, alpha 0.05", (weekly, 0.05)),
    ]


def alpha_on_the_level(x: np.ndarray, alpha: float) -> np.ndarray:
    out = np.empty(len(x) + 1)
    out[0] = x[0]
    for t in range(len(x)):
        out[t + 1] = (1 - alpha) * x[t] + alpha * out[t]
    return out


def previous_observation_not_level(x: np.ndarray, alpha: float) -> np.ndarray:
    out = np.empty(len(x) + 1)
    out[0] = x[0]
    for t in range(len(x)):
        out[t + 1] = alpha * x[t] + (1 - alpha) * x[t - 1 if t else 0]
    return out


def level_starts_at_zero(x: np.ndarray, alpha: float) -> np.ndarray:
    out = np.empty(len(x) + 1)
    out[0] = 0.0
    for t in range(len(x)):
        out[t + 1] = alpha * x[t] + (1 - alpha) * out[t]
    return out


CHECK = Check(
    function="exponential_smoothing",
    cases=cases,
    reference=reference,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            alpha_on_the_level,
            "You put alpha on the old level and 1 - alpha on the new observation: alpha is the weight "
            "of the newest value, so alpha = 1 must follow the data and alpha = 0 must never move.",
        ),
        Mutant(
            previous_observation_not_level,
            "You mixed the new observation with the previous observation instead of with the level: "
            "that forgets everything older than one step. The recursion is l = alpha * x[t] + "
            "(1 - alpha) * l, with the level you carry along.",
        ),
        Mutant(
            level_starts_at_zero,
            "Your level starts at 0, so the early forecasts are dragged towards 0 for many steps: "
            "start the level at the first observation, x[0].",
        ),
    ],
)
