"""Check of exercise 01: central_difference (np.gradient with edge_order=1)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(1)
    grid = np.linspace(0.0, 2 * np.pi, 41)
    walk = np.cumsum(rng.normal(size=30))
    return [
        Case(
            "y = x² at x = 0, 1, 2, 3, 4 (h = 1): expect [1, 2, 4, 6, 7]",
            (np.array([0.0, 1.0, 4.0, 9.0, 16.0]), 1.0),
        ),
        Case("two samples (n = 2): both ends get (y[1] - y[0]) / h", (np.array([3.0, 5.0]), 0.5)),
        Case("three samples, h = 0.1", (np.array([1.0, 1.5, 1.7]), 0.1)),
        Case(
            "a straight line y = 3x - 2, h = 0.25: every slope is 3",
            (3 * np.arange(0.0, 2.0, 0.25) - 2, 0.25),
        ),
        Case("sin on 41 points of [0, 2π]: close to cos", (np.sin(grid), grid[1] - grid[0])),
        Case("exp on a fine grid, h = 1e-3", (np.exp(np.arange(0.0, 0.05, 1e-3)), 1e-3)),
        Case("a random walk of 30 steps, h = 2, seed 1", (walk, 2.0)),
        Case("random samples, h = 1e4, seed 2", (np.random.default_rng(2).normal(size=12), 1e4)),
    ]


def forward_everywhere(y: np.ndarray, h: float) -> np.ndarray:
    d = np.empty(len(y))
    d[:-1] = (y[1:] - y[:-1]) / h
    d[-1] = (y[-1] - y[-2]) / h
    return d


def divided_by_h(y: np.ndarray, h: float) -> np.ndarray:
    d = np.empty(len(y))
    d[1:-1] = (y[2:] - y[:-2]) / h
    d[0] = (y[1] - y[0]) / h
    d[-1] = (y[-1] - y[-2]) / h
    return d


def wrapped_ends(y: np.ndarray, h: float) -> np.ndarray:
    return (np.roll(y, -1) - np.roll(y, 1)) / (2 * h)


def central_at_ends_over_2h(y: np.ndarray, h: float) -> np.ndarray:
    d = np.empty(len(y))
    d[1:-1] = (y[2:] - y[:-2]) / (2 * h)
    d[0] = (y[1] - y[0]) / (2 * h)
    d[-1] = (y[-1] - y[-2]) / (2 * h)
    return d


CHECK = Check(
    function="central_difference",
    cases=cases,
    rule=Rule(rtol=1e-10, atol=1e-12),
    mutants=[
        Mutant(
            forward_everywhere,
            "You used the forward difference (y[i + 1] - y[i]) / h at every point: its error is O(h). "
            "Inside the grid use both neighbours, (y[i + 1] - y[i - 1]) / (2h), whose error is O(h²).",
        ),
        Mutant(
            divided_by_h,
            "Your inside estimates are twice too large: y[i + 1] and y[i - 1] are 2h apart, so divide "
            "their difference by 2h, not by h.",
        ),
        Mutant(
            wrapped_ends,
            "np.roll wraps around, so your first and last estimates used the sample at the other end "
            "of the grid. The two ends have one neighbour only: use a one-sided difference there.",
        ),
        Mutant(
            central_at_ends_over_2h,
            "Your end points are half what they should be: at the ends the two samples you subtract are "
            "only h apart, so divide by h there.",
        ),
    ],
)
