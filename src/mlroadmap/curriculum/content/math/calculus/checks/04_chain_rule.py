"""Check of exercise 04: sigmoid_unit_gradient (the chain rule through a sigmoid unit, MSE loss)."""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    penguins = load_penguins()
    flipper = penguins["flipper_length_mm"]
    keep = ~np.isnan(flipper)
    x = (flipper[keep] - flipper[keep].mean()) / flipper[keep].std()
    gentoo = (penguins["species"][keep] == "Gentoo").astype(float)
    rng = np.random.default_rng(5)
    return [
        Case(
            "one sample x = 0, t = 0, w = b = 0: s = 1/2, so dL/db = 2 · 1/2 · 1/4 = 1/4 and dL/dw = 0",
            (np.array([0.0]), np.array([0.0]), 0.0, 0.0),
        ),
        Case("one sample x = 2, t = 1, w = 0.5, b = -1", (np.array([2.0]), np.array([1.0]), 0.5, -1.0)),
        Case(
            "three samples by hand, w = 1, b = 0",
            (np.array([-1.0, 0.0, 1.0]), np.array([0.0, 1.0, 1.0]), 1.0, 0.0),
        ),
        Case(
            "random 50 samples, seed 5",
            (rng.normal(size=50), (rng.random(50) < 0.5).astype(float), 0.7, 0.2),
        ),
        Case(
            "a saturated unit: w = 20, so s(1 - s) is almost 0, seed 6",
            (np.random.default_rng(6).normal(2.0, 0.5, size=20), np.zeros(20), 20.0, 0.0),
        ),
        Case(
            "penguins: is it a Gentoo?, from the standardized flipper length, w = 2, b = -1",
            (x, gentoo, 2.0, -1.0),
        ),
    ]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def no_sigmoid_derivative(x: np.ndarray, t: np.ndarray, w: float, b: float) -> tuple[float, float]:
    s = _sigmoid(w * x + b)
    return float(np.mean(2 * (s - t) * x)), float(np.mean(2 * (s - t)))


def no_input_factor(x: np.ndarray, t: np.ndarray, w: float, b: float) -> tuple[float, float]:
    s = _sigmoid(w * x + b)
    dz = 2 * (s - t) * s * (1 - s)
    return float(np.mean(dz)), float(np.mean(dz))


def product_of_means(x: np.ndarray, t: np.ndarray, w: float, b: float) -> tuple[float, float]:
    s = _sigmoid(w * x + b)
    dz = 2 * (s - t) * s * (1 - s)
    return float(np.mean(dz) * np.mean(x)), float(np.mean(dz))


def sigmoid_derivative_of_z(x: np.ndarray, t: np.ndarray, w: float, b: float) -> tuple[float, float]:
    z = w * x + b
    s = _sigmoid(z)
    dz = 2 * (s - t) * _sigmoid(z) * (1 - z)
    return float(np.mean(dz * x)), float(np.mean(dz))


CHECK = Check(
    function="sigmoid_unit_gradient",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            no_sigmoid_derivative,
            "You skipped a link of the chain: the loss depends on z through the sigmoid, so multiply "
            "2 (s - t) by the sigmoid's derivative s (1 - s) before going on to w and b.",
        ),
        Mutant(
            no_input_factor,
            "Your dL/dw is the same as dL/db: you forgot the last link, dz/dw = x. Multiply each "
            "sample's dL/dz by its own x_i before averaging.",
        ),
        Mutant(
            product_of_means,
            "You averaged dL/dz and x separately and multiplied the means: the chain rule holds for each "
            "sample, so multiply dL/dz_i by x_i first and average the products.",
        ),
        Mutant(
            sigmoid_derivative_of_z,
            "You wrote the sigmoid's derivative as s (1 - z): it is s (1 - s), a function of the "
            "sigmoid's output s, not of its input z.",
        ),
    ],
)
