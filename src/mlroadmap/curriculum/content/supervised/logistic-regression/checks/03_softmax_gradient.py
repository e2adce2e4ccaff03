"""Check of exercise 03: softmax_gradient (mean cross-entropy, full Jacobian: P - Y)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_penguins, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


def cases() -> list[Case]:
    iris = load_iris()
    wine = load_wine()
    penguins = load_penguins()
    bills = np.column_stack([penguins["bill_length_mm"], penguins["bill_depth_mm"]])
    keep = ~np.isnan(bills).any(axis=1)
    species = np.unique(penguins["species"][keep], return_inverse=True)[1]
    rng = np.random.default_rng(1)
    Xr = rng.normal(size=(30, 3))
    yr = rng.integers(0, 3, size=30)  # labels 0 .. 2 of k = 4 classes: class 3 never appears
    return [
        Case(
            "two samples by hand, W = 0, b = 0, k = 2: P = 1/2 everywhere",
            (np.array([[1.0], [2.0]]), np.array([0, 1]), np.zeros((1, 2)), np.zeros(2)),
        ),
        Case(
            "three samples, three classes, a given W and b",
            (
                np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
                np.array([0, 2, 1]),
                np.array([[1.0, -1.0, 0.5], [0.0, 2.0, -1.0]]),
                np.array([0.1, 0.0, -0.1]),
            ),
        ),
        Case(
            "iris: 150 flowers, 4 features, 3 species, W = 0, b = 0",
            (iris.data, iris.target, np.zeros((4, 3)), np.zeros(3)),
        ),
        Case(
            "wine: 178 wines, 13 standardized features, random W (seed 2)",
            (
                _standardized(wine.data),
                wine.target,
                np.random.default_rng(2).normal(size=(13, 3)),
                np.array([0.5, -0.5, 0.0]),
            ),
        ),
        Case(
            "penguins: species from standardized bill length and depth, W (seed 3)",
            (_standardized(bills[keep]), species, np.random.default_rng(3).normal(size=(2, 3)), np.zeros(3)),
        ),
        Case(
            "k = 4 with a class no sample has, seed 1", (Xr, yr, rng.normal(size=(3, 4)), rng.normal(size=4))
        ),
        Case(
            "scores in the hundreds (a stable softmax is needed), seed 1",
            (Xr, yr, 300 * np.random.default_rng(4).normal(size=(3, 4)), np.zeros(4)),
        ),
    ]


def _probabilities(X, W, b):
    Z = X @ W + b
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def jacobian_diagonal_only(X, y, W, b):
    n, k = X.shape[0], W.shape[1]
    P, Y = _probabilities(X, W, b), np.eye(k)[y]
    # dL/dP = -Y / P chained with p(1 - p), the diagonal of the softmax Jacobian: Y * (P - 1)
    G = Y * (P - 1.0) / n
    return X.T @ G, G.sum(axis=0)


def no_mean(X, y, W, b):
    G = _probabilities(X, W, b) - np.eye(W.shape[1])[y]
    return X.T @ G, G.sum(axis=0)


def sigmoid_per_class(X, y, W, b):
    n, k = X.shape[0], W.shape[1]
    P = np.exp(-np.logaddexp(0.0, -(X @ W + b)))  # each class on its own, not normalised
    G = (P - np.eye(k)[y]) / n
    return X.T @ G, G.sum(axis=0)


CHECK = Check(
    function="softmax_gradient",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-12),
    mutants=[
        Mutant(
            jacobian_diagonal_only,
            "You used only the diagonal of the softmax Jacobian, p(1 - p): a class's probability "
            "also depends on every other score, and with the full Jacobian the gradient with respect "
            "to the scores is simply P - Y.",
        ),
        Mutant(
            no_mean,
            "You left out the 1/n factor: the loss is the mean over the samples, so divide "
            "Xᵀ(P - Y) and the column sums by n.",
        ),
        Mutant(
            sigmoid_per_class,
            "You turned each score into a probability with a sigmoid, class by class: multinomial "
            "logistic regression uses the softmax over each row, so the probabilities sum to 1.",
        ),
    ],
)
