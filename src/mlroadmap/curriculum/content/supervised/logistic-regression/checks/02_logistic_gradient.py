"""Check of exercise 02: logistic_gradient (mean cross-entropy + (lam/2)||w||², intercept unpenalized)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    cancer = load_breast_cancer()
    Xc = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)
    iris = load_iris()
    two = iris.target > 0  # versicolor (1) against virginica (2)
    Xi, yi = iris.data[two][:, 2:], (iris.target[two] == 2).astype(float)  # petal length and width
    rng = np.random.default_rng(1)
    Xr = rng.normal(size=(60, 3))
    yr = (Xr @ np.array([1.0, -2.0, 0.5]) + rng.normal(size=60) > 0).astype(float)
    return [
        Case(
            "two samples by hand, w = 0, b = 0, no penalty: expect ([-0.5], 0.0)",
            (np.array([[1.0], [-1.0]]), np.array([1.0, 0.0]), np.array([0.0]), 0.0, 0.0),
        ),
        Case(
            "three samples, w = [2], b = -1, lam = 0.5",
            (np.array([[1.0], [0.0], [2.0]]), np.array([1.0, 0.0, 0.0]), np.array([2.0]), -1.0, 0.5),
        ),
        Case("random 60×3 from w = 0, b = 0.5, lam = 0.1, seed 1", (Xr, yr, np.zeros(3), 0.5, 0.1)),
        Case(
            "random 60×3, large weights (scores up to ±100), b = -2, lam = 0.01, seed 1",
            (Xr, yr, np.array([30.0, -40.0, 10.0]), -2.0, 0.01),
        ),
        Case(
            "breast cancer: 569 tumours, 30 standardized features, w = 0, b = 0, lam = 0.01",
            (Xc, cancer.target.astype(float), np.zeros(30), 0.0, 0.01),
        ),
        Case(
            "breast cancer from w = 0.1, b = 0.3, lam = 1",
            (Xc, cancer.target.astype(float), np.full(30, 0.1), 0.3, 1.0),
        ),
        Case(
            "iris: virginica against versicolor from the petals, w = [1, 2], b = -10, lam = 0.2",
            (Xi, yi, np.array([1.0, 2.0]), -10.0, 0.2),
        ),
    ]


def _p(X, w, b):
    return np.exp(-np.logaddexp(0.0, -(X @ w + b)))


def no_mean(X, y, w, b, lam):
    error = _p(X, w, b) - y
    return X.T @ error + lam * w, float(error.sum())


def penalty_sign_flipped(X, y, w, b, lam):
    error = _p(X, w, b) - y
    return X.T @ error / X.shape[0] - lam * w, float(error.mean())


def intercept_penalized(X, y, w, b, lam):
    error = _p(X, w, b) - y
    return X.T @ error / X.shape[0] + lam * w, float(error.mean() + lam * b)


def likelihood_gradient(X, y, w, b, lam):
    error = y - _p(X, w, b)
    return X.T @ error / X.shape[0] + lam * w, float(error.mean())


CHECK = Check(
    function="logistic_gradient",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-12),
    mutants=[
        Mutant(
            no_mean,
            "You left out the 1/n factor: that is the gradient of the summed loss, n times too large "
            "(and the penalty's share shrinks as the data grows). Divide Xᵀ(p - y) and the sum by n.",
        ),
        Mutant(
            penalty_sign_flipped,
            "The penalty's gradient has the wrong sign: the derivative of (lam/2)||w||² is +lam * w, "
            "so descent pulls the weights towards 0. With -lam * w the penalty pushes them away.",
        ),
        Mutant(
            intercept_penalized,
            "You penalized the intercept (you added lam * b to its gradient): only the weights carry "
            "the L2 penalty, dJ/db is the mean of p - y.",
        ),
        Mutant(
            likelihood_gradient,
            "You used y - p instead of p - y for the data term: that is the gradient of the "
            "log-likelihood, which points uphill on the loss. The loss's gradient is Xᵀ(p - y) / n.",
        ),
    ],
)
