"""Check of exercise 02: kernel_matrix (RBF and polynomial, scikit-learn's parameters)."""

import numpy as np

from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(22)
    A = np.array([[0.0, 0.0], [1.0, 2.0]])
    B = np.array([[1.0, 0.0], [0.0, 0.0], [2.0, 2.0]])
    R = rng.normal(size=(12, 3))
    return [
        Case("rbf by hand, gamma = 0.5", (A, B, "rbf", 0.5, 3, 0.0)),
        Case("rbf of a matrix with itself: ones on the diagonal, gamma = 2", (R, R, "rbf", 2.0, 3, 0.0)),
        Case(
            "rbf on integers, gamma = 0.1",
            (np.array([[1, 2], [3, 4], [0, 0]]), np.array([[1, 1]]), "rbf", 0.1, 3, 0.0),
        ),
        Case("rbf on wine standardized, gamma = 1 / 13", (Z[:15], Z[100:110], "rbf", 1 / 13, 3, 0.0)),
        Case("poly by hand, degree 2, gamma = 0.5, coef0 = 1", (A, B, "poly", 0.5, 2, 1.0)),
        Case("poly, degree 3, gamma = 2, coef0 = 0", (R[:5], R[5:], "poly", 2.0, 3, 0.0)),
        Case(
            "poly on integers, degree 2, gamma = 1, coef0 = 3",
            (np.array([[1, 2], [3, 4]]), np.array([[0, 1], [2, 2]]), "poly", 1.0, 2, 3.0),
        ),
        Case(
            "poly on wine standardized, degree 2, gamma = 0.25, coef0 = 1",
            (Z[:8], Z[50:58], "poly", 0.25, 2, 1.0),
        ),
    ]


def _sq(A, B):
    return ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1)


def _poly(A, B, gamma, degree, coef0):
    return ((gamma * (A @ B.T) + coef0) ** degree).astype(float)


def gamma_inverted(A, B, kernel, gamma, degree, coef0):
    if kernel == "poly":
        return _poly(A, B, gamma, degree, coef0)
    return np.exp(-_sq(A, B) / gamma)


def distance_not_squared(A, B, kernel, gamma, degree, coef0):
    if kernel == "poly":
        return _poly(A, B, gamma, degree, coef0)
    return np.exp(-gamma * np.sqrt(_sq(A, B)))


def coef0_after_power(A, B, kernel, gamma, degree, coef0):
    if kernel == "poly":
        return ((gamma * (A @ B.T)) ** degree + coef0).astype(float)
    return np.exp(-gamma * _sq(A, B))


def poly_without_gamma(A, B, kernel, gamma, degree, coef0):
    if kernel == "poly":
        return (((A @ B.T) + coef0) ** degree).astype(float)
    return np.exp(-gamma * _sq(A, B))


CHECK = Check(
    function="kernel_matrix",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            gamma_inverted,
            "You divided by gamma: scikit-learn's RBF kernel is exp(-gamma * ||a - b||^2), so "
            "gamma multiplies the squared distance (gamma = 1 / (2 sigma^2) in the Gaussian form).",
        ),
        Mutant(
            distance_not_squared,
            "You used the distance ||a - b|| itself: the RBF kernel uses the squared distance "
            "(that kernel without the square is the Laplacian-like exponential kernel).",
        ),
        Mutant(
            coef0_after_power,
            "You added coef0 after raising to the power: the polynomial kernel is "
            "(gamma * a.b + coef0) ** degree.",
        ),
        Mutant(
            poly_without_gamma,
            "Your polynomial kernel ignores gamma: scikit-learn scales the dot product first, "
            "(gamma * a.b + coef0) ** degree.",
        ),
    ],
)
