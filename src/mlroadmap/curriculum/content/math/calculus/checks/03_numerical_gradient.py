"""Check of exercise 03: numerical_gradient (central differences of the given loss, per coordinate)."""

import numpy as np

from mlroadmap.algorithms.calculus import gradient
from mlroadmap.datasets import load_breast_cancer, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


def cases() -> list[Case]:
    cancer = load_breast_cancer()
    Xc = np.column_stack([_standardized(cancer.data[:, :5]), np.ones(len(cancer.target))])
    iris = load_iris()
    Xi = np.column_stack([iris.data, np.ones(len(iris.target))])
    rng = np.random.default_rng(3)
    Xr = rng.normal(size=(40, 3))
    yr = (rng.random(40) < 0.5).astype(float)
    return [
        Case(
            "one weight, one sample: X = [[1]], y = [1], w = [0], h = 0.01",
            (np.array([0.0]), np.array([[1.0]]), np.array([1.0]), 0.01),
        ),
        Case("random 40×3 data, w = 0, h = 1e-4, seed 3", (np.zeros(3), Xr, yr, 1e-4)),
        Case("the same data, a coarse step h = 0.1", (np.array([0.5, -1.0, 2.0]), Xr, yr, 0.1)),
        Case(
            "breast cancer, 5 standardized features and an intercept, random w, h = 1e-3",
            (np.random.default_rng(4).normal(size=6), Xc, cancer.target.astype(float), 1e-3),
        ),
        Case(
            "iris, is it virginica?, large weights where the loss is steep, h = 1e-5",
            (np.array([-2.0, -3.0, 4.0, 5.0, -6.0]), Xi, (iris.target == 2).astype(float), 1e-5),
        ),
    ]


def forward(w: np.ndarray, X: np.ndarray, y: np.ndarray, h: float) -> np.ndarray:
    base = loss(w, X, y)
    return np.array([(loss(w + h * e, X, y) - base) / h for e in np.eye(len(w))])


def all_at_once(w: np.ndarray, X: np.ndarray, y: np.ndarray, h: float) -> np.ndarray:
    slope = (loss(w + h, X, y) - loss(w - h, X, y)) / (2 * h)
    return np.full(len(w), slope)


def over_h(w: np.ndarray, X: np.ndarray, y: np.ndarray, h: float) -> np.ndarray:
    return np.array([(loss(w + h * e, X, y) - loss(w - h * e, X, y)) / h for e in np.eye(len(w))])


CHECK = Check(
    function="numerical_gradient",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-9),
    reference=lambda w, X, y, h: gradient(lambda v: loss(v, X, y), w, h),
    mutants=[
        Mutant(
            forward,
            "You used the forward difference (loss(w + h e_i) - loss(w)) / h: its error is O(h), far "
            "larger than the central difference's O(h²) at the same step. Evaluate at w + h e_i and at "
            "w - h e_i and divide by 2h.",
        ),
        Mutant(
            all_at_once,
            "You nudged every weight at once (w + h): that measures the slope along the diagonal "
            "direction, the sum of all partial derivatives, not any one of them. Nudge one coordinate "
            "at a time with a unit vector e_i.",
        ),
        Mutant(
            over_h,
            "Your gradient is twice too large: w + h e_i and w - h e_i are 2h apart, so divide the "
            "difference of the losses by 2h.",
        ),
    ],
)
