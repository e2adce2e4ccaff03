"""Check of exercise 03: predict_proba (Gaussian naive Bayes posteriors by log-sum-exp)."""

import importlib.util
from pathlib import Path

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    path = Path(__file__).parent / "02_jll.py"
    spec = importlib.util.spec_from_file_location("naive_bayes_jll_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    hand = module.cases()[0]
    far = (np.array([[40.0, -40.0], [0.0, 0.0]]), *hand.args[1:])
    return [
        Case("by hand: 2 samples, 2 classes, 2 features", hand.args),
        Case("a sample far from both classes (J around -1000)", far),
        Case(
            "a sample on the mean of a class with variances of 1e-300 (J around +1000)",
            (
                np.array([[0.0, 0.0, 0.0], [5.0, 5.0, 5.0]]),
                np.array([0.5, 0.5]),
                np.array([[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]),
                np.array([[1e-300, 1e-300, 1e-300], [1.0, 1.0, 1.0]]),
            ),
        ),
        *module.fitted_cases(),
    ]


def _jll(X, priors, theta, var):
    return (
        np.log(priors)
        - 0.5 * np.log(2 * np.pi * var).sum(axis=1)
        - 0.5 * ((X[:, None, :] - theta[None, :, :]) ** 2 / var[None, :, :]).sum(axis=2)
    )


def exp_directly(X, priors, theta, var):
    with np.errstate(under="ignore", over="ignore", invalid="ignore", divide="ignore"):
        e = np.exp(_jll(X, priors, theta, var))
        return e / e.sum(axis=1, keepdims=True)


def one_maximum_for_all(X, priors, theta, var):
    J = _jll(X, priors, theta, var)
    with np.errstate(under="ignore", invalid="ignore"):
        e = np.exp(J - J.max())
        return e / e.sum(axis=1, keepdims=True)


def no_prior(X, priors, theta, var):
    J = _jll(X, priors, theta, var) - np.log(priors)
    e = np.exp(J - J.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


CHECK = Check(
    function="predict_proba",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-12),
    mutants=[
        Mutant(
            exp_directly,
            "You exponentiated the joint log-likelihoods directly: exp(-1000) is 0.0 in float64, "
            "so a row can become 0 / 0 = NaN. Subtract each row's maximum before np.exp "
            "(the log-sum-exp trick).",
        ),
        Mutant(
            one_maximum_for_all,
            "You subtracted one maximum for the whole array: a row far below it still "
            "underflows to 0 / 0. Subtract each row's own maximum (axis=1, keepdims=True).",
        ),
        Mutant(
            no_prior,
            "Your posteriors ignore the priors: J must include log P(c), so a frequent class "
            "gets more posterior mass.",
        ),
    ],
)
