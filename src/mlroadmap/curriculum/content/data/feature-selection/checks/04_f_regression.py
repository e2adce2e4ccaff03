"""Check of exercise 04: F = r^2 / (1 - r^2) * (n - 2) for every feature."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    diabetes = load_diabetes()
    penguins = load_penguins()
    columns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    X = np.column_stack([penguins[c] for c in columns])
    mass = penguins["body_mass_g"]
    keep = ~np.isnan(X).any(axis=1) & ~np.isnan(mass)
    rng = np.random.default_rng(14)
    noise = rng.normal(size=(50, 4))
    return [
        Case("four points by hand", (np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([1.0, 3.0, 2.0, 2.5]))),
        Case("diabetes (10 features)", (diabetes.data, diabetes.target)),
        Case("penguin body mass from three measurements", (X[keep], mass[keep])),
        Case("pure noise, seed 14", (noise, rng.normal(size=50))),
    ]


def _r(X, y):
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    return (Xc.T @ yc) / np.sqrt((Xc**2).sum(axis=0) * (yc**2).sum())


def r_not_squared(X, y):
    r = _r(X, y)
    return r / (1 - r) * (len(y) - 2)


def n_minus_one(X, y):
    r = _r(X, y)
    return r**2 / (1 - r**2) * (len(y) - 1)


def uncentred(X, y):
    r = (X.T @ y) / np.sqrt((X**2).sum(axis=0) * (y**2).sum())
    return r**2 / (1 - r**2) * (len(y) - 2)


CHECK = Check(
    function="f_regression_scores",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(r_not_squared, "You used r where the formula has r squared: F = r^2 / (1 - r^2) * (n - 2)."),
        Mutant(
            n_minus_one,
            "A one-feature regression with an intercept leaves n - 2 degrees of freedom, not n - 1.",
        ),
        Mutant(
            uncentred,
            "You did not centre X and y before correlating them, so your r is a cosine, not "
            "Pearson's correlation: subtract the means first.",
        ),
    ],
)
