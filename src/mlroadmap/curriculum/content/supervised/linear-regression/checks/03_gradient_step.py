"""Check of exercise 03: gradient_step (one batch step on the MSE, factor 2/n, w and b updated)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    diabetes = load_diabetes()
    rng = np.random.default_rng(1)
    X = rng.normal(size=(40, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 3.0 + 0.1 * rng.normal(size=40)
    A = np.column_stack([np.ones(40), X])
    best = np.linalg.solve(A.T @ A, A.T @ y)
    return [
        Case(
            "2 samples, 1 feature, from w = 0, b = 0 with lr = 0.1: expect w = [0.5], b = 0.3",
            (np.array([[1.0], [2.0]]), np.array([1.0, 2.0]), np.array([0.0]), 0.0, 0.1),
        ),
        Case(
            "3 samples, 2 features, from w = [1, -1], b = 0.5, lr = 0.05",
            (
                np.array([[1.0, 2.0], [0.0, 1.0], [3.0, -1.0]]),
                np.array([2.0, -1.0, 4.0]),
                np.array([1.0, -1.0]),
                0.5,
                0.05,
            ),
        ),
        Case("random 40×3 from w = 0, b = 0, lr = 0.1, seed 1", (X, y, np.zeros(3), 0.0, 0.1)),
        Case(
            "random 40×3 from a random start, lr = 0.01, seed 1",
            (X, y, np.array([0.3, 0.7, -1.2]), -2.0, 0.01),
        ),
        Case("at the least-squares solution nothing moves, seed 1", (X, y, best[1:], float(best[0]), 0.1)),
        Case(
            "diabetes: 442 patients, 10 features, from w = 0, b = 0, lr = 0.5",
            (diabetes.data, diabetes.target, np.zeros(10), 0.0, 0.5),
        ),
        Case(
            "diabetes from w = 100, b = 150, lr = 1.0",
            (diabetes.data, diabetes.target, np.full(10, 100.0), 150.0, 1.0),
        ),
    ]


def _step(X, y, w, b, lr, *, factor, sign=1.0, update_b=True):
    r = X @ w + b - y
    w_new = w - sign * lr * factor * (X.T @ r)
    b_new = b - sign * lr * factor * r.sum() if update_b else b
    return w_new, float(b_new)


def half_the_gradient(X, y, w, b, lr):
    return _step(X, y, w, b, lr, factor=1.0 / X.shape[0])


def sum_not_mean(X, y, w, b, lr):
    return _step(X, y, w, b, lr, factor=2.0)


def wrong_sign(X, y, w, b, lr):
    return _step(X, y, w, b, lr, factor=2.0 / X.shape[0], sign=-1.0)


def intercept_not_updated(X, y, w, b, lr):
    return _step(X, y, w, b, lr, factor=2.0 / X.shape[0], update_b=False)


CHECK = Check(
    function="gradient_step",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-10),
    mutants=[
        Mutant(
            wrong_sign,
            "You stepped along the gradient, which climbs the loss: gradient descent subtracts, "
            "w - lr * dL/dw (and the residual is X @ w + b - y, prediction minus target).",
        ),
        Mutant(
            sum_not_mean,
            "Your gradient has no 1/n: that is the gradient of the sum of squared errors, n times "
            "too large. The loss here is the mean, so the factor is 2/n.",
        ),
        Mutant(
            half_the_gradient,
            "Your gradient is half the right one (1/n instead of 2/n): the derivative of the "
            "square r² is 2r. The 1/(2n) convention belongs to a different loss.",
        ),
        Mutant(
            intercept_not_updated,
            "You updated the weights but not the intercept: b has its own gradient, "
            "(2/n) times the sum of the residuals.",
        ),
    ],
)
