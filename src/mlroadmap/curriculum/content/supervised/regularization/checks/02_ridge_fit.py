"""Check of exercise 02: ridge_fit (closed form, centred, intercept not penalized, alpha not scaled)."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _random(seed: int, n: int, d: int, intercept: float) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(1.0, 2.0, size=(n, d))
    return X, intercept + X @ rng.normal(size=d) + rng.normal(size=n)


def cases() -> list[Case]:
    diabetes = load_diabetes()
    penguins = load_penguins()
    columns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    P = np.column_stack([penguins[c] for c in columns])
    keep = ~np.isnan(P).any(axis=1)
    line_X, line_y = np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([11.0, 13.0, 15.0, 17.0])
    return [
        Case(
            "4 points on y = 11 + 2x, alpha = 5: w = 10/(5 + 5) = 1, b = 14 - 1.5 = 12.5",
            (line_X, line_y, 5.0),
        ),
        Case("the same points, alpha = 0: least squares, w = 2, b = 11", (line_X, line_y, 0.0)),
        Case("random 30×3 with an intercept of 50, alpha = 10, seed 1", (*_random(1, 30, 3, 50.0), 10.0)),
        Case("more features than samples: 5×8, alpha = 1, seed 2", (*_random(2, 5, 8, -3.0), 1.0)),
        Case("a huge alpha = 1e8: w ≈ 0 and b ≈ mean(y), seed 3", (*_random(3, 20, 2, 7.0), 1e8)),
        Case("diabetes: 442 patients, 10 features, alpha = 1", (diabetes.data, diabetes.target, 1.0)),
        Case("diabetes, alpha = 0.01", (diabetes.data, diabetes.target, 0.01)),
        Case(
            "penguins: body mass (kg) from three measurements (mm), alpha = 100",
            (P[keep], penguins["body_mass_g"][keep] / 1000.0, 100.0),
        ),
    ]


def penalized_intercept(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    A = np.column_stack([np.ones(X.shape[0]), X])
    theta = np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ y)
    return theta[1:], float(theta[0])


def alpha_times_n(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    w = np.linalg.solve(Xc.T @ Xc + X.shape[0] * alpha * np.eye(X.shape[1]), Xc.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)


def alpha_on_every_entry(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    # Xc.T @ Xc + alpha broadcasts the scalar to every entry; lstsq, since that matrix can be singular
    w = np.linalg.lstsq(Xc.T @ Xc + alpha, Xc.T @ (y - y_mean), rcond=None)[0]
    return w, float(y_mean - x_mean @ w)


CHECK = Check(
    function="ridge_fit",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-9),
    mutants=[
        Mutant(
            penalized_intercept,
            "You penalized the intercept: the column of ones got alpha on its diagonal too, so b is "
            "pulled towards 0. Centre X and y, solve for w alone, then set b = mean(y) - mean(X) @ w.",
        ),
        Mutant(
            alpha_times_n,
            "You multiplied alpha by n: Ridge's objective is the plain sum of squared errors plus "
            "alpha * ||w||², so the system is Xcᵀ Xc + alpha * I, with no factor n.",
        ),
        Mutant(
            alpha_on_every_entry,
            "You added alpha to every entry of XᵀX (a scalar broadcasts over the whole matrix): "
            "the penalty goes on the diagonal only, alpha * np.eye(d).",
        ),
    ],
)
