"""Check of exercise 04: newton_step (solve H step = -g for the penalized logistic loss)."""

import numpy as np

from mlroadmap.algorithms.optimize import logistic_gradient, logistic_hessian, newton_step
from mlroadmap.datasets import load_breast_cancer, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


def cases() -> list[Case]:
    cancer = load_breast_cancer()
    Xc = np.column_stack([_standardized(cancer.data), np.ones(len(cancer.target))])
    iris = load_iris()
    Xi = np.column_stack([_standardized(iris.data), np.ones(len(iris.target))])
    rng = np.random.default_rng(4)
    Xr = rng.normal(size=(100, 3))
    yr = (Xr @ np.array([1.0, -2.0, 0.5]) + rng.logistic(size=100) > 0).astype(float)
    Xs = np.array([[-2.0, 1.0], [-1.0, 1.0], [1.0, 1.0], [2.0, 1.0]])
    return [
        Case(
            "by hand: X = [[1], [-1]], y = [1, 0], w = [0]: g = -1/2, H = 1/4, so w_new = [2]",
            (np.zeros(1), np.array([[1.0], [-1.0]]), np.array([1.0, 0.0]), 0.0),
        ),
        Case("random 100×3, w = 0, alpha = 0.1, seed 4", (np.zeros(3), Xr, yr, 0.1)),
        Case("the same data from w = [2, -1, 3], no penalty", (np.array([2.0, -1.0, 3.0]), Xr, yr, 0.0)),
        Case(
            "separable points with a bias column, alpha = 0.01: the penalty keeps H invertible",
            (np.array([1.0, 0.0]), Xs, np.array([0.0, 0.0, 1.0, 1.0]), 0.01),
        ),
        Case(
            "breast cancer, 30 standardized features and an intercept, w = 0, alpha = 0.01",
            (np.zeros(31), Xc, cancer.target.astype(float), 0.01),
        ),
        Case(
            "iris, is it versicolor?, 4 features and an intercept, random w, alpha = 1, seed 5",
            (np.random.default_rng(5).normal(size=5), Xi, (iris.target == 1).astype(float), 1.0),
        ),
    ]


def reference(w: np.ndarray, X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    g = logistic_gradient(w, X, y, alpha)
    return w + newton_step(g, logistic_hessian(w, X, y, alpha))


def _parts(w, X, y, alpha):
    p = 1 / (1 + np.exp(-(X @ w)))
    g = X.T @ (p - y) / len(y) + alpha * w
    return p, g


def gradient_step(w, X, y, alpha):
    _, g = _parts(w, X, y, alpha)
    return w - g


def unweighted_hessian(w, X, y, alpha):
    _, g = _parts(w, X, y, alpha)
    H = X.T @ X / len(y) + alpha * np.eye(X.shape[1])
    return w + np.linalg.solve(H, -g)


def diagonal_only(w, X, y, alpha):
    p, g = _parts(w, X, y, alpha)
    diagonal = (X**2 * (p * (1 - p))[:, None]).sum(axis=0) / len(y) + alpha
    return w - g / diagonal


def no_penalty_curvature(w, X, y, alpha):
    p, g = _parts(w, X, y, alpha)
    H = (X.T * (p * (1 - p))) @ X / len(y) + 1e-12 * np.eye(X.shape[1])
    return w + np.linalg.solve(H, -g)


CHECK = Check(
    function="newton_step",
    cases=cases,
    rule=Rule(rtol=1e-8, atol=1e-10),
    reference=reference,
    mutants=[
        Mutant(
            gradient_step,
            "You took a gradient step, w - g: Newton's step also uses the curvature. Build the "
            "Hessian H and solve H @ step = -g.",
        ),
        Mutant(
            unweighted_hessian,
            "Your Hessian is Xᵀ X / n + alpha I, without the weights p (1 - p): each sample's curvature "
            "is p_i (1 - p_i), large where the model is unsure and near 0 where it is confident.",
        ),
        Mutant(
            diagonal_only,
            "You divided the gradient by the Hessian's diagonal, coordinate by coordinate: that ignores "
            "how the features interact. Solve the full system H @ step = -g with np.linalg.solve.",
        ),
        Mutant(
            no_penalty_curvature,
            "The penalty alpha / 2 ‖w‖² adds alpha * w to the gradient and alpha * I to the Hessian; "
            "your Hessian is missing alpha * I.",
        ),
    ],
)
