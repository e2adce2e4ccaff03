"""Check of exercise 02: adam_step (Kingma and Ba's update with bias correction, eps outside the root)."""

import numpy as np

from mlroadmap.algorithms.optimize import adam_step
from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

DEFAULTS = (1e-3, 0.9, 0.999, 1e-8)


def _cancer_gradient() -> np.ndarray:
    data = load_breast_cancer()
    X = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    return X.T @ (0.5 - data.target) / len(data.target)


def _history(seed: int, d: int, steps: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Moving averages after ``steps`` random gradients, and the next gradient."""
    rng = np.random.default_rng(seed)
    m, v = np.zeros(d), np.zeros(d)
    for _ in range(steps):
        g = rng.normal(size=d)
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g**2
    return m, v, rng.normal(size=d)


def cases() -> list[Case]:
    m5, v5, g5 = _history(1, 4, 5)
    m999, v999, g999 = _history(2, 3, 999)
    g_cancer = _cancer_gradient()
    zeros2 = np.zeros(2)
    return [
        Case(
            "the first step, lr = 0.1: every coordinate moves by almost exactly 0.1 against its sign",
            (np.array([1.0, -2.0]), np.array([3.0, -0.5]), zeros2, zeros2, 1, 0.1, 0.9, 0.999, 1e-8),
        ),
        Case(
            "the second step by hand: m = [0.3], v = [0.009] after g = 3, now g = 1",
            (np.array([0.9]), np.array([1.0]), np.array([0.3]), np.array([0.009]), 2, 0.1, 0.9, 0.999, 1e-8),
        ),
        Case(
            "tiny gradients of 1e-6 and 1e-5: eps = 1e-8 is not negligible next to them",
            (np.zeros(2), np.array([1e-6, -1e-5]), zeros2, zeros2, 1, 1e-3, 0.9, 0.999, 1e-8),
        ),
        Case("step 6 of a random run, 4 parameters, seed 1", (np.ones(4), g5, m5, v5, 6, *DEFAULTS)),
        Case(
            "step 1000 of a random run: the corrections are almost 1, seed 2",
            (np.zeros(3), g999, m999, v999, 1000, *DEFAULTS),
        ),
        Case(
            "breast cancer: the log-loss gradient at w = 0 (30 weights), first step, lr = 0.01",
            (np.zeros(30), g_cancer, np.zeros(30), np.zeros(30), 1, 0.01, 0.9, 0.999, 1e-8),
        ),
        Case(
            "other betas: beta1 = 0.5, beta2 = 0.9, eps = 1e-3, step 3",
            (
                np.array([2.0, 0.0, -1.0]),
                np.array([0.1, -0.2, 0.0]),
                np.array([0.05, 0.1, -0.2]),
                np.array([0.01, 0.02, 0.04]),
                3,
                0.05,
                0.5,
                0.9,
                1e-3,
            ),
        ),
    ]


def no_bias_correction(x, g, m, v, t, lr, beta1, beta2, eps):
    m_new = beta1 * m + (1 - beta1) * g
    v_new = beta2 * v + (1 - beta2) * g**2
    return x - lr * m_new / (np.sqrt(v_new) + eps), m_new, v_new


def eps_inside_root(x, g, m, v, t, lr, beta1, beta2, eps):
    m_new = beta1 * m + (1 - beta1) * g
    v_new = beta2 * v + (1 - beta2) * g**2
    m_hat, v_hat = m_new / (1 - beta1**t), v_new / (1 - beta2**t)
    return x - lr * m_hat / np.sqrt(v_hat + eps), m_new, v_new


def stale_moments(x, g, m, v, t, lr, beta1, beta2, eps):
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    x_new = x - lr * m_hat / (np.sqrt(v_hat) + eps)
    return x_new, beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g**2


def momentum_sum(x, g, m, v, t, lr, beta1, beta2, eps):
    m_new = beta1 * m + g
    v_new = beta2 * v + (1 - beta2) * g**2
    m_hat, v_hat = m_new / (1 - beta1**t), v_new / (1 - beta2**t)
    return x - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new


CHECK = Check(
    function="adam_step",
    cases=cases,
    rule=Rule(rtol=1e-10, atol=1e-14),
    reference=adam_step,
    mutants=[
        Mutant(
            no_bias_correction,
            "You skipped the bias correction: m and v start at 0, so in the first steps they are far "
            "too small (m_new is only 0.1 g on step 1). Divide by 1 - beta1 ** t and 1 - beta2 ** t "
            "before taking the step.",
        ),
        Mutant(
            eps_inside_root,
            "You added eps inside the square root, np.sqrt(v_hat + eps): for gradients near 1e-4 and "
            "below that changes the step a lot. Adam adds it outside: np.sqrt(v_hat) + eps.",
        ),
        Mutant(
            stale_moments,
            "You took the step with the old averages m and v and updated them afterwards, so this "
            "step's gradient does not move x (on step 1, x does not move at all). Update m and v "
            "first, then correct them and step.",
        ),
        Mutant(
            momentum_sum,
            "Your m_new = beta1 * m + g adds the whole gradient, as SGD's momentum does: Adam's first "
            "moment is an average, m_new = beta1 * m + (1 - beta1) * g.",
        ),
    ],
)
