"""Check of exercise 01: fit_gaussian_nb (priors, means, ddof=0 variances + var_smoothing)."""

import numpy as np

from mlroadmap.datasets import load_digits, load_iris, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def penguin_data():
    """The four numeric penguin measurements, complete rows only, with species codes."""
    p = load_penguins()
    X = np.column_stack([p["bill_length_mm"], p["bill_depth_mm"], p["flipper_length_mm"], p["body_mass_g"]])
    complete = ~np.isnan(X).any(axis=1)
    _, y = np.unique(p["species"][complete].astype(str), return_inverse=True)
    return X[complete], y


def cases() -> list[Case]:
    iris, digits = load_iris(), load_digits()
    X_peng, y_peng = penguin_data()
    rng = np.random.default_rng(31)
    X_hand = np.array([[1.0, 2.0], [3.0, 2.0], [10.0, 0.0], [14.0, 4.0]])
    return [
        Case(
            "by hand: 2 classes of 2, the second feature constant in class 0",
            (X_hand, np.array([0, 0, 1, 1]), 1e-9),
        ),
        Case("labels 2 and 7, a class with one sample", (X_hand[:3], np.array([7, 2, 2]), 1e-9)),
        Case("no smoothing (var_smoothing = 0)", (X_hand, np.array([1, 0, 1, 0]), 0.0)),
        Case("iris, var_smoothing = 1e-9", (iris.data, iris.target, 1e-9)),
        Case("penguins (complete rows), var_smoothing = 1e-9", (X_peng, y_peng, 1e-9)),
        Case(
            "digits 0 to 2: pixels that never light up in a class, var_smoothing = 1e-9",
            (digits.data[digits.target < 3], digits.target[digits.target < 3], 1e-9),
        ),
        Case(
            "random 3 classes, unbalanced, var_smoothing = 0.01, seed 31",
            (rng.normal(size=(40, 3)) * [1.0, 10.0, 0.1], np.repeat([0, 1, 2], [25, 10, 5]), 1e-2),
        ),
    ]


def _split(X, y):
    classes = np.unique(y)
    return [X[y == c] for c in classes], np.array([np.mean(y == c) for c in classes])


def sample_variance(X, y, var_smoothing):
    groups, priors = _split(X, y)
    epsilon = var_smoothing * X.var(axis=0).max()
    var = np.array([g.var(axis=0, ddof=1) if len(g) > 1 else np.zeros(X.shape[1]) for g in groups])
    return priors, np.array([g.mean(axis=0) for g in groups]), var + epsilon


def no_smoothing(X, y, var_smoothing):
    groups, priors = _split(X, y)
    return priors, np.array([g.mean(axis=0) for g in groups]), np.array([g.var(axis=0) for g in groups])


def smoothing_not_scaled(X, y, var_smoothing):
    groups, priors = _split(X, y)
    var = np.array([g.var(axis=0) for g in groups]) + var_smoothing
    return priors, np.array([g.mean(axis=0) for g in groups]), var


def uniform_priors(X, y, var_smoothing):
    groups, _ = _split(X, y)
    epsilon = var_smoothing * X.var(axis=0).max()
    var = np.array([g.var(axis=0) for g in groups]) + epsilon
    return np.full(len(groups), 1 / len(groups)), np.array([g.mean(axis=0) for g in groups]), var


CHECK = Check(
    function="fit_gaussian_nb",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-15),
    mutants=[
        Mutant(
            sample_variance,
            "You used the sample variance (ddof=1): GaussianNB's variances are maximum-"
            "likelihood estimates, which divide by n_k (np.var's default, ddof=0).",
        ),
        Mutant(
            no_smoothing,
            "You did not add the smoothing: every variance gets epsilon = var_smoothing * "
            "X.var(axis=0).max(), so a feature that is constant within a class does not give "
            "a variance of 0 and a division by 0 later.",
        ),
        Mutant(
            smoothing_not_scaled,
            "You added var_smoothing itself: epsilon is var_smoothing times the largest "
            "variance of any feature over all samples, so that it follows the data's scale.",
        ),
        Mutant(
            uniform_priors,
            "Your priors are all 1 / K: the prior of a class is the fraction of training "
            "samples that belong to it, n_k / n.",
        ),
    ],
)
