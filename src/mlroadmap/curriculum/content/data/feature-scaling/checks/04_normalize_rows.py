"""Check of exercise 04: rows to unit l1, l2 or max norm; zero rows stay zero."""

import numpy as np

from mlroadmap.datasets import load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris = load_iris().data
    rng = np.random.default_rng(6)
    signed = rng.normal(size=(12, 5))
    return [
        Case("[[3, 4]] by hand, l2", (np.array([[3.0, 4.0]]),)),
        Case("the iris data, l2", (iris, "l2")),
        Case("the iris data, l1", (iris, "l1")),
        Case("negative values, random 12×5, seed 6, l1", (signed, "l1")),
        Case("negative values, random 12×5, seed 6, max", (signed, "max")),
        Case("a row of zeros, l2", (np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 2.0]]), "l2")),
    ]


def _safe(norms: np.ndarray) -> np.ndarray:
    return np.where(norms == 0, 1.0, norms)


def by_columns(X, norm="l2"):
    if norm == "l1":
        norms = np.abs(X).sum(axis=0)
    elif norm == "l2":
        norms = np.sqrt((X**2).sum(axis=0))
    else:
        norms = np.abs(X).max(axis=0)
    return X / _safe(norms)


def signed_sums(X, norm="l2"):
    if norm == "l2":
        return X / _safe(np.sqrt((X**2).sum(axis=1, keepdims=True)))
    if norm == "l1":
        return X / _safe(X.sum(axis=1, keepdims=True))
    return X / _safe(X.max(axis=1, keepdims=True))


def squared_norm(X, norm="l2"):
    if norm == "l2":
        return X / _safe((X**2).sum(axis=1, keepdims=True))
    if norm == "l1":
        return X / _safe(np.abs(X).sum(axis=1, keepdims=True))
    return X / _safe(np.abs(X).max(axis=1, keepdims=True))


def no_zero_guard(X, norm="l2"):
    with np.errstate(divide="ignore", invalid="ignore"):
        if norm == "l1":
            return X / np.abs(X).sum(axis=1, keepdims=True)
        if norm == "l2":
            return X / np.sqrt((X**2).sum(axis=1, keepdims=True))
        return X / np.abs(X).max(axis=1, keepdims=True)


CHECK = Check(
    function="normalize_rows",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            by_columns,
            "You normalized the columns: normalization works on each sample, so reduce "
            "over axis=1 with keepdims=True.",
        ),
        Mutant(
            signed_sums,
            "Your l1 and max norms use the signed values: a norm takes absolute values, "
            "so negative entries must not cancel positive ones.",
        ),
        Mutant(squared_norm, "You divided by the sum of squares itself: the l2 norm is its square root."),
        Mutant(
            no_zero_guard,
            "A row of zeros has norm 0 and 0 / 0 is NaN: leave such rows at zero by dividing by 1 instead.",
        ),
    ],
)
