"""Check of exercise 03: backtracking_step (Armijo backtracking on Rosenbrock, one gradient step)."""

import numpy as np

from mlroadmap.algorithms.optimize import backtracking, rosen, rosen_der
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    start = np.random.default_rng(3).uniform(-2.0, 2.0, size=2)
    return [
        Case(
            "the origin, t0 = 1, c = 1e-4, shrink = 1/2: t = 1/8 (f drops from 1 to 0.95)",
            (np.zeros(2), 1.0, 1e-4, 0.5),
        ),
        Case("the origin, a demanding c = 0.9: t = 1/32", (np.zeros(2), 1.0, 0.9, 0.5)),
        Case("the classic start (-1.2, 1), t0 = 1", (np.array([-1.2, 1.0]), 1.0, 1e-4, 0.5)),
        Case("(-1.2, 1), t0 = 0.01, c = 0.3, shrink = 0.9", (np.array([-1.2, 1.0]), 0.01, 0.3, 0.9)),
        Case("near the minimum, t0 = 1e-3 passes at once", (np.array([0.9, 0.8]), 1e-3, 1e-4, 0.5)),
        Case("the minimum (1, 1): g = 0, so t = t0 and x stays", (np.ones(2), 1.0, 1e-4, 0.5)),
        Case("a random start in [-2, 2]², c = 0.5, seed 3", (start, 1.0, 0.5, 0.5)),
    ]


def reference(x: np.ndarray, t0: float, c: float, shrink: float) -> tuple[np.ndarray, float]:
    g = rosen_der(x)
    if not g.any():  # at a stationary point the condition holds at t0
        return x.copy(), t0
    t, _, _ = backtracking(rosen, x, g, fx=rosen(x), t0=t0, c=c, shrink=shrink, max_steps=500)
    return x - t * g, t


def fixed_step(x, t0, c, shrink):
    return x - t0 * rosen_der(x), t0


def any_decrease(x, t0, c, shrink):
    f, g = rosen(x), rosen_der(x)
    t = t0
    while rosen(x - t * g) > f:
        t = shrink * t
    return x - t * g, t


def shrinks_first(x, t0, c, shrink):
    f, g = rosen(x), rosen_der(x)
    t = t0
    while True:
        t = shrink * t
        if rosen(x - t * g) <= f - c * t * (g @ g):
            return x - t * g, t


CHECK = Check(
    function="backtracking_step",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-14),
    reference=reference,
    mutants=[
        Mutant(
            fixed_step,
            "You always took the step t0: that is a fixed learning rate, and from (-1.2, 1) it throws "
            "x far up the valley's wall. Test the Armijo condition and shrink t while it fails.",
        ),
        Mutant(
            any_decrease,
            "You accepted the first step that lowers f at all: the Armijo condition demands a "
            "sufficient decrease, f(x - t g) <= f(x) - c * t * (g @ g).",
        ),
        Mutant(
            shrinks_first,
            "You shrink t before the first test, so t0 itself is never tried: test the condition "
            "first, and shrink only when it fails.",
        ),
    ],
)
