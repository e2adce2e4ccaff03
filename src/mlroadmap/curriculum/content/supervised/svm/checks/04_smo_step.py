"""Check of exercise 04: smo_step (Platt's analytic two-multiplier update, clipped to [L, H])."""

import numpy as np

from mlroadmap.datasets import load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris = load_iris()
    keep = iris.target > 0
    X = iris.data[keep][::5, 2:]  # 20 flowers: versicolor -1, virginica +1
    y = np.where(iris.target[keep][::5] == 2, 1.0, -1.0)
    K_lin = X @ X.T
    K_rbf = np.exp(-0.5 * ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    rng = np.random.default_rng(24)
    alpha = rng.uniform(0.0, 1.0, size=20) * (rng.random(20) < 0.6)
    y2 = np.array([1.0, -1.0])
    K2 = np.array([[1.0, -1.0], [-1.0, 1.0]])
    y3 = np.array([1.0, 1.0, -1.0])
    X3 = np.array([[1.0, 0.0], [0.0, 2.0], [-1.0, -1.0]])
    return [
        Case(
            "by hand: x = 1 and -1, from alpha = 0, C = 10: expect [0.5, 0.5]",
            (np.zeros(2), y2, K2, 10.0, 0, 1),
        ),
        Case("the same with C = 0.2: the box cuts the step", (np.zeros(2), y2, K2, 0.2, 0, 1)),
        Case(
            "same labels, alpha_i + alpha_j = 1.5 with C = 1",
            (np.array([0.9, 0.6, 0.3]), y3, X3 @ X3.T, 1.0, 0, 1),
        ),
        Case("same labels, the other way round", (np.array([0.9, 0.6, 0.3]), y3, X3 @ X3.T, 1.0, 1, 0)),
        Case(
            "two identical points: eta = 0, nothing changes",
            (np.array([0.2, 0.3, 0.5]), y3, np.ones((3, 3)), 1.0, 0, 1),
        ),
        Case("iris, linear kernel, C = 1, pair (3, 12), seed 24", (alpha, y, K_lin, 1.0, 3, 12)),
        Case("iris, linear kernel, C = 0.1, pair (0, 19), seed 24", (alpha * 0.1, y, K_lin, 0.1, 0, 19)),
        Case("iris, RBF gamma = 0.5, C = 1, pair (5, 6), seed 24", (alpha, y, K_rbf, 1.0, 5, 6)),
        Case("iris, RBF gamma = 0.5, C = 1, pair (14, 2), seed 24", (alpha, y, K_rbf, 1.0, 14, 2)),
    ]


def _step(alpha, y, K, C, i, j, clip, sign=1.0, couple=True):
    new = alpha.astype(float)
    eta = K[i, i] + K[j, j] - 2 * K[i, j]
    if eta <= 0:
        return new
    f = (alpha * y) @ K[:, [i, j]]
    E_i, E_j = f[0] - y[i], f[1] - y[j]
    a_j = alpha[j] + sign * y[j] * (E_i - E_j) / eta
    if clip == "segment":
        if y[i] != y[j]:
            L, H = max(0.0, alpha[j] - alpha[i]), min(C, C + alpha[j] - alpha[i])
        else:
            L, H = max(0.0, alpha[i] + alpha[j] - C), min(C, alpha[i] + alpha[j])
        a_j = np.clip(a_j, L, H)
    elif clip == "box":
        a_j = np.clip(a_j, 0.0, C)
    new[j] = a_j
    new[i] = alpha[i] + (y[i] * y[j] if couple else 1.0) * (alpha[j] - a_j)
    return new


def no_clipping(alpha, y, K, C, i, j):
    return _step(alpha, y, K, C, i, j, clip=None)


def box_only(alpha, y, K, C, i, j):
    return _step(alpha, y, K, C, i, j, clip="box")


def labels_ignored_for_alpha_i(alpha, y, K, C, i, j):
    return _step(alpha, y, K, C, i, j, clip="segment", couple=False)


def step_reversed(alpha, y, K, C, i, j):
    return _step(alpha, y, K, C, i, j, clip="segment", sign=-1.0)


CHECK = Check(
    function="smo_step",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            no_clipping,
            "You did not clip: the unconstrained optimum can leave the box 0 <= alpha <= C. "
            "Clip the new alpha_j to [L, H] before updating alpha_i.",
        ),
        Mutant(
            box_only,
            "You clipped alpha_j to [0, C] only: alpha_i moves with it, so alpha_j must stay in "
            "[L, H], the part of the line where both multipliers are inside the box.",
        ),
        Mutant(
            labels_ignored_for_alpha_i,
            "You moved alpha_i by alpha_j - a_j without the factor y_i * y_j: the update must "
            "keep sum_k alpha_k y_k unchanged.",
        ),
        Mutant(
            step_reversed,
            "Your step goes the wrong way: the unclipped optimum is "
            "alpha_j + y_j (E_i - E_j) / eta, with E_k = f(x_k) - y_k.",
        ),
    ],
)
