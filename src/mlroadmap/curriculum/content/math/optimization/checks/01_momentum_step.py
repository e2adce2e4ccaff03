"""Check of exercise 01: momentum_step (PyTorch's heavy ball: v = beta v + g, x -= lr v)."""

import numpy as np

from mlroadmap.algorithms.optimize import momentum_step
from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _cancer_gradient() -> np.ndarray:
    """The log-loss gradient at w = 0 on the standardized breast-cancer data: Xᵀ(1/2 - y)/n."""
    data = load_breast_cancer()
    X = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    return X.T @ (0.5 - data.target) / len(data.target)


def cases() -> list[Case]:
    rng = np.random.default_rng(1)
    g_cancer = _cancer_gradient()
    return [
        Case(
            "by hand: x = [1, 2], v = [0.5, -1], g = [0.2, 0.3], lr = 0.1, beta = 0.9: v_new = [0.65, -0.6]",
            (np.array([1.0, 2.0]), np.array([0.5, -1.0]), np.array([0.2, 0.3]), 0.1, 0.9),
        ),
        Case(
            "the first step: v = 0, so x moves by -lr g",
            (np.array([3.0, -1.0, 0.0]), np.zeros(3), np.array([1.0, -2.0, 0.5]), 0.5, 0.9),
        ),
        Case(
            "beta = 0: plain gradient descent",
            (np.array([1.0, 1.0]), np.array([4.0, -4.0]), np.array([1.0, 2.0]), 0.1, 0.0),
        ),
        Case(
            "a constant gradient, after many steps: v is close to g / (1 - beta)",
            (np.zeros(2), np.array([9.9, -19.8]), np.array([1.0, -2.0]), 0.01, 0.9),
        ),
        Case(
            "random 6-D, lr = 0.05, beta = 0.99, seed 1",
            (rng.normal(size=6), rng.normal(size=6), rng.normal(size=6), 0.05, 0.99),
        ),
        Case(
            "breast cancer: the log-loss gradient at w = 0 (30 weights), v = 0.5 g, lr = 1",
            (np.zeros(30), 0.5 * g_cancer, g_cancer, 1.0, 0.8),
        ),
    ]


def not_carried(x, v, g, lr, beta):
    return x - lr * g, g.copy()


def old_velocity(x, v, g, lr, beta):
    return x - lr * v, beta * v + g


def dampened(x, v, g, lr, beta):
    v_new = beta * v + (1 - beta) * g
    return x - lr * v_new, v_new


def uphill(x, v, g, lr, beta):
    v_new = beta * v + g
    return x + lr * v_new, v_new


CHECK = Check(
    function="momentum_step",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-14),
    reference=momentum_step,
    mutants=[
        Mutant(
            not_carried,
            "Your velocity forgets the past: v_new = g is plain gradient descent. Carry the old "
            "velocity along: v_new = beta * v + g.",
        ),
        Mutant(
            old_velocity,
            "You moved x with the old velocity v and only then updated it, so each step lags one "
            "gradient behind. Compute v_new = beta * v + g first and move with x - lr * v_new.",
        ),
        Mutant(
            dampened,
            "You averaged, v_new = beta * v + (1 - beta) * g: that is an exponential moving average "
            "(Adam's first moment, or dampening in PyTorch), ten times smaller for beta = 0.9. "
            "The heavy ball adds the whole gradient: v_new = beta * v + g.",
        ),
        Mutant(
            uphill,
            "Your step goes uphill: the gradient points towards larger values, so subtract, "
            "x_new = x - lr * v_new.",
        ),
    ],
)
