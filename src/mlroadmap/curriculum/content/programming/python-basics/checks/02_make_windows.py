"""Check of exercise 02: make_windows (overlapping input windows and their targets)."""

import random

from mlroadmap.datasets import load_co2
from mlroadmap.grading.spec import Case, Check, Mutant

Pairs = list[tuple[list[float], list[float]]]


def cases() -> list[Case]:
    co2 = load_co2("MS", fill="linear").values[:120].tolist()  # ten years of monthly means
    rng = random.Random(3)
    walk = [0]
    for _ in range(39):
        walk.append(walk[-1] + rng.choice((-2, -1, 1, 2)))
    return [
        Case("[1, 2, 3, 4, 5], window 3, horizon 1: expect two pairs", ([1, 2, 3, 4, 5], 3, 1)),
        Case("six values, window 2, horizon 2", ([10.0, 20.0, 30.0, 40.0, 50.0, 60.0], 2, 2)),
        Case("window 1, horizon 1: each value predicts the next", ([3.5, -1.0, 2.0, 8.0], 1, 1)),
        Case("exactly window + horizon values: one pair", ([1.0, 2.0, 3.0, 4.0, 5.0], 3, 2)),
        Case("one value too short: no pair", ([1.0, 2.0, 3.0, 4.0], 3, 2)),
        Case("an empty series", ([], 2, 1)),
        Case("random walk of 40 integer steps, window 5, horizon 3, seed 3", (walk, 5, 3)),
        Case("ten years of monthly CO2 means at Mauna Loa, window 12, horizon 3", (co2, 12, 3)),
    ]


def last_pair_missing(series: list[float], window: int, horizon: int) -> Pairs:
    return [
        (series[i : i + window], series[i + window : i + window + horizon])
        for i in range(len(series) - window - horizon)
    ]


def short_targets(series: list[float], window: int, horizon: int) -> Pairs:
    return [
        (series[i : i + window], series[i + window : i + window + horizon])
        for i in range(len(series) - window)
    ]


def target_overlaps_inputs(series: list[float], window: int, horizon: int) -> Pairs:
    return [
        (series[i : i + window], series[i + window - 1 : i + window - 1 + horizon])
        for i in range(len(series) - window - horizon + 1)
    ]


def windows_do_not_overlap(series: list[float], window: int, horizon: int) -> Pairs:
    return [
        (series[i : i + window], series[i + window : i + window + horizon])
        for i in range(0, len(series) - window - horizon + 1, window)
    ]


CHECK = Check(
    function="make_windows",
    cases=cases,
    mutants=[
        Mutant(
            last_pair_missing,
            "Your last pair is missing: with n values there are n - window - horizon + 1 start "
            "positions, because range() stops one before its end.",
        ),
        Mutant(
            short_targets,
            "Your last pairs have targets shorter than horizon: slicing past the end of a list "
            "does not raise, it just returns fewer values. Stop at n - window - horizon + 1 starts.",
        ),
        Mutant(
            target_overlaps_inputs,
            "Your target starts at the last input value, so the model would see part of the "
            "answer: the target starts at i + window, right after the inputs.",
        ),
        Mutant(
            windows_do_not_overlap,
            "You moved by `window` steps between pairs: consecutive windows start one step apart "
            "and overlap, which gives far more training examples.",
        ),
    ],
)
