"""Check of exercise 02: normal_equation ([intercept, weights] from (AᵀA) θ = Aᵀy)."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _noisy_linear(seed: int, n: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(2.0, 1.5, size=(n, d))
    y = 4.0 + X @ rng.normal(size=d) + 0.5 * rng.normal(size=n)
    return X, y


def cases() -> list[Case]:
    diabetes = load_diabetes()
    penguins = load_penguins()
    columns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    P = np.column_stack([penguins[c] for c in columns])
    keep = ~np.isnan(P).any(axis=1) & ~np.isnan(penguins["body_mass_g"])
    return [
        Case(
            "4 points on y = 1 + 2x: expect [1, 2]",
            (np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0])),
        ),
        Case(
            "3 points, one feature, not on a line: expect [2/3, 1.5]",
            (np.array([[0.0], [1.0], [2.0]]), np.array([0.5, 2.5, 3.5])),
        ),
        Case("n = d + 1: 4 points, 3 features, an exact fit, seed 3", _noisy_linear(3, 4, 3)),
        Case(
            "integer features (dtype int64)",
            (np.array([[1, 0], [0, 1], [1, 1], [2, 1], [3, 5]]), np.array([1.0, 2.0, 2.5, 4.0, 9.0])),
        ),
        Case("random 50×3 with noise and an intercept of 4, seed 1", _noisy_linear(1, 50, 3)),
        Case("diabetes: 442 patients, 10 features", (diabetes.data, diabetes.target)),
        Case(
            "penguins: body mass (g) from bill length, bill depth and flipper length (mm)",
            (P[keep], penguins["body_mass_g"][keep]),
        ),
    ]


def no_intercept_column(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X = X.astype(float)
    return np.linalg.solve(X.T @ X, X.T @ y)


def intercept_is_mean_of_y(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X = X.astype(float)
    return np.concatenate([[y.mean()], np.linalg.solve(X.T @ X, X.T @ y)])


def intercept_last(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    A = np.column_stack([X, np.ones(X.shape[0])])
    return np.linalg.solve(A.T @ A, A.T @ y)


CHECK = Check(
    function="normal_equation",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-8),
    mutants=[
        Mutant(
            no_intercept_column,
            "You solved without the column of ones, so your line is forced through the origin and "
            "there is no intercept: put np.ones(n) in front of X before forming AᵀA.",
        ),
        Mutant(
            intercept_is_mean_of_y,
            "You took the mean of y as the intercept and fitted the weights without it: the "
            "intercept and the weights must be solved together (add the column of ones to X).",
        ),
        Mutant(
            intercept_last,
            "You put the column of ones after the features, so your intercept comes last: "
            "theta[0] must be the intercept, so the ones go first.",
        ),
    ],
)
