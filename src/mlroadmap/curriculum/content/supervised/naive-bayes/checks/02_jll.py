"""Check of exercise 02: joint_log_likelihood (log prior + sum of Gaussian log densities)."""

import importlib.util
from pathlib import Path

import numpy as np

from mlroadmap.datasets import load_digits, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _fit():
    """The reference fit of exercise 1 (this topic's solution file)."""
    path = Path(__file__).parents[1] / "solutions" / "01_fit.py"
    spec = importlib.util.spec_from_file_location("naive_bayes_fit_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fit_gaussian_nb


def _penguins():
    path = Path(__file__).parent / "01_fit.py"
    spec = importlib.util.spec_from_file_location("naive_bayes_fit_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.penguin_data()


def fitted_cases() -> list[Case]:
    fit = _fit()
    iris, digits = load_iris(), load_digits()
    X_peng, y_peng = _penguins()
    order = np.random.default_rng(32).permutation(len(y_peng))
    train, test = order[:250], order[250:]
    small = digits.target < 4
    X_dig, y_dig = digits.data[small], digits.target[small]
    return [
        Case(
            "iris: the model fitted on all 150 flowers, 10 of them",
            (iris.data[::15], *fit(iris.data, iris.target, 1e-9)),
        ),
        Case(
            "penguins: fitted on 250 birds, the other 83",
            (X_peng[test], *fit(X_peng[train], y_peng[train], 1e-9)),
        ),
        Case(
            "digits 0 to 3 (64 pixels, tiny smoothed variances), 12 images",
            (X_dig[::60], *fit(X_dig, y_dig, 1e-9)),
        ),
    ]


def cases() -> list[Case]:
    hand = (
        np.array([[0.0, 1.0], [2.0, -1.0]]),
        np.array([0.25, 0.75]),
        np.array([[0.0, 0.0], [1.0, 1.0]]),
        np.array([[1.0, 4.0], [0.5, 2.0]]),
    )
    return [
        Case("by hand: 2 samples, 2 classes, 2 features", hand),
        Case(
            "one sample, one class, one feature",
            (np.array([[3.0]]), np.array([1.0]), np.array([[1.0]]), np.array([[2.0]])),
        ),
        *fitted_cases(),
    ]


def _quad(X, theta, var):
    return -0.5 * ((X[:, None, :] - theta[None, :, :]) ** 2 / var[None, :, :]).sum(axis=2)


def _norm(var):
    return -0.5 * np.log(2 * np.pi * var).sum(axis=1)


def no_prior(X, priors, theta, var):
    return _norm(var) + _quad(X, theta, var)


def no_normaliser(X, priors, theta, var):
    return np.log(priors) + _quad(X, theta, var)


def variance_as_std(X, priors, theta, var):
    return np.log(priors) + _norm(var**2) + _quad(X, theta, var**2)


def prior_not_logged(X, priors, theta, var):
    return priors + _norm(var) + _quad(X, theta, var)


CHECK = Check(
    function="joint_log_likelihood",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            no_prior,
            "You left out the log prior: the joint log-likelihood is log P(c) + log p(x | c), "
            "so add np.log(priors) to every row.",
        ),
        Mutant(
            no_normaliser,
            "You left out the normalising term -0.5 * sum_j log(2 pi var[k, j]): it differs "
            "between classes, so a class with wide variances gets too much credit without it.",
        ),
        Mutant(
            variance_as_std,
            "You squared var as if it were a standard deviation: var already holds sigma "
            "squared, so divide by var and take log(2 pi var).",
        ),
        Mutant(
            prior_not_logged,
            "You added the prior itself: in log space it is np.log(priors) that is added.",
        ),
    ],
)
