"""Check of exercise 04: original columns, then x_i * x_j for i < j in PolynomialFeatures' order."""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    penguins = load_penguins()
    columns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    X = np.column_stack([penguins[c] for c in columns])
    X = X[~np.isnan(X).any(axis=1)]
    return [
        Case("[[1, 2, 3]] by hand: adds 2, 3, 6", (np.array([[1.0, 2.0, 3.0]]),)),
        Case("two columns", (np.array([[1.0, 2.0], [3.0, 4.0], [-1.0, 5.0]]),)),
        Case("the four penguin measurements", (X,)),
        Case("random 10×5, seed 8", (np.random.default_rng(8).normal(size=(10, 5)),)),
        Case("one column: nothing to add", (np.array([[1.0], [2.0]]),)),
    ]


def with_squares(X):
    i, j = np.triu_indices(X.shape[1], k=0)
    return np.hstack([X, X[:, i] * X[:, j]]).astype(float)


def column_major_pairs(X):
    j, i = np.triu_indices(X.shape[1], k=1)
    order = np.lexsort((j, i))
    return np.hstack([X, X[:, j[order]] * X[:, i[order]]]).astype(float)


def products_only(X):
    i, j = np.triu_indices(X.shape[1], k=1)
    return (X[:, i] * X[:, j]).astype(float) if len(i) else X.astype(float)


CHECK = Check(
    function="add_interactions",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-12),
    mutants=[
        Mutant(
            with_squares,
            "You included the squares x_i * x_i: interactions are products of two different "
            "columns, so use np.triu_indices(d, k=1).",
        ),
        Mutant(
            column_major_pairs,
            "Your pairs are in another order: list them as (0, 1), (0, 2), ..., (1, 2), "
            "..., the order np.triu_indices gives and PolynomialFeatures uses.",
        ),
        Mutant(
            products_only,
            "You returned only the products: keep the original columns first, then append the interactions.",
        ),
    ],
)
