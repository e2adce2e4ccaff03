"""Check of exercise 05: ols_standard_errors (intercept column, sigma² = RSS / (n - p), sqrt of the diagonal).

The reference is ``mlroadmap.algorithms.stats.ols`` (a QR solve), which
``tests/algorithms/test_stats_models.py`` checks against statsmodels' OLS to 1e-8.
Tolerance: rtol 1e-7, so a normal-equations solution (which squares the condition
number) passes as well as a QR or lstsq one on every case.
"""

import numpy as np

from mlroadmap.algorithms.stats import ols
from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    diabetes = load_diabetes()
    penguins = load_penguins()
    flipper, mass = penguins["flipper_length_mm"], penguins["body_mass_g"]
    keep = ~(np.isnan(flipper) | np.isnan(mass))
    columns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    P = np.column_stack([penguins[c] for c in columns])
    full = ~np.isnan(P).any(axis=1)
    rng = np.random.default_rng(7)
    X = rng.normal(size=(30, 3))
    return [
        Case(
            "a line through 4 points: y = 1 + 2x + (1, -1, -1, 1); se of the slope = sqrt(2 / 5)",
            (np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([2.0, 2.0, 4.0, 8.0])),
        ),
        Case(
            "penguins: body mass (g) from flipper length (mm)",
            (flipper[keep][:, None], mass[keep]),
        ),
        Case("penguins: body mass from three measurements (mm)", (P[full], mass[full])),
        Case("diabetes: progression from bmi alone", (diabetes.data[:, [2]], diabetes.target)),
        Case("diabetes: progression from all 10 features", (diabetes.data, diabetes.target)),
        Case(
            "30 × 3 with an intercept of 100, seed 7",
            (X, 100.0 + X @ np.array([2.0, 0.0, -1.0]) + rng.normal(size=30)),
        ),
        Case("n = p + 1: 5 points, 3 features", (X[:5], rng.normal(size=5))),
    ]


def reference(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    result = ols(X, y)
    return result.params, result.bse


def _fit(A: np.ndarray, y: np.ndarray, dof: int, root: bool = True) -> tuple[np.ndarray, np.ndarray]:
    beta = np.linalg.lstsq(A, y, rcond=None)[0]
    residuals = y - A @ beta
    variance = residuals @ residuals / dof * np.diag(np.linalg.inv(A.T @ A))
    return beta, np.sqrt(variance) if root else variance


def _design(X: np.ndarray) -> np.ndarray:
    return np.column_stack([np.ones(len(X)), X])


def divided_by_n(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _fit(_design(X), y, len(X))


def intercept_not_counted(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _fit(_design(X), y, len(X) - X.shape[1])


def no_intercept_column(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _fit(X, y, len(X) - X.shape[1])  # d coefficients: no intercept at all


def variances_not_standard_errors(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _fit(_design(X), y, len(X) - X.shape[1] - 1, root=False)


CHECK = Check(
    function="ols_standard_errors",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-10),
    reference=reference,
    mutants=[
        Mutant(
            divided_by_n,
            "You estimated sigma² as RSS / n: the residuals are fitted to the data, so they are too "
            "small; divide by the residual degrees of freedom, n - p.",
        ),
        Mutant(
            intercept_not_counted,
            "You divided RSS by n - d, leaving the intercept out: it is a fitted coefficient too, so "
            "p = d + 1 and sigma² = RSS / (n - d - 1).",
        ),
        Mutant(
            no_intercept_column,
            "You fitted without a column of ones, which forces the line through the origin: put "
            "np.ones(n) in front of X, and return the intercept as beta[0].",
        ),
        Mutant(
            variances_not_standard_errors,
            "You returned the variances, the diagonal of sigma² (AᵀA)⁻¹: the standard errors are their "
            "square roots.",
        ),
    ],
)
