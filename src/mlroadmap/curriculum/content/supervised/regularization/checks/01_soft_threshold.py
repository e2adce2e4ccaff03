"""Check of exercise 01: soft_threshold (sign(z) * max(|z| - t, 0), elementwise)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    return [
        Case(
            "z = [-3, -1, 0, 0.5, 2], t = 1: expect [-2, 0, 0, 0, 1]",
            (np.array([-3.0, -1.0, 0.0, 0.5, 2.0]), 1.0),
        ),
        Case("values exactly at ±t become 0", (np.array([-0.25, 0.25, 0.3, -0.3]), 0.25)),
        Case("t = 0: z unchanged", (np.array([-1.5, 0.0, 2.0, -0.1]), 0.0)),
        Case("t larger than every |z|: all zeros", (np.array([0.5, -0.9, 0.1, 0.0]), 1.0)),
        Case("a 2-D array, t = 0.5", (np.array([[1.0, -0.2, -2.5], [0.7, -0.7, 0.0]]), 0.5)),
        Case("only negative values, t = 0.3", (np.array([-0.1, -0.5, -4.0, -0.3]), 0.3)),
        Case("random 200 values, t = 0.8, seed 1", (np.random.default_rng(1).normal(size=200), 0.8)),
    ]


def hard_threshold(z: np.ndarray, t: float) -> np.ndarray:
    return np.where(np.abs(z) > t, z, 0.0)


def shrink_without_stopping(z: np.ndarray, t: float) -> np.ndarray:
    return z - t * np.sign(z)


def positive_side_only(z: np.ndarray, t: float) -> np.ndarray:
    return np.maximum(z - t, 0.0)


CHECK = Check(
    function="soft_threshold",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-15),
    mutants=[
        Mutant(
            hard_threshold,
            "You zeroed the small values but kept the large ones as they were (hard thresholding): "
            "soft thresholding also moves every surviving value t closer to 0.",
        ),
        Mutant(
            shrink_without_stopping,
            "You shrank every value by t without stopping at 0, so small values cross zero and "
            "change sign: values with |z| <= t must become exactly 0.",
        ),
        Mutant(
            positive_side_only,
            "You computed max(z - t, 0), which sends every negative z to 0: apply the shrinkage to "
            "|z| and put the sign back, sign(z) * max(|z| - t, 0).",
        ),
    ],
)
