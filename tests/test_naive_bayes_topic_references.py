"""The naive-bayes topic's solutions against scikit-learn's GaussianNB and scipy.stats.

Each solution is the grader's reference, so it is checked here against code that shares
none of it: the ``class_prior_``, ``theta_`` and ``var_`` of a fitted ``GaussianNB``, its
``predict_joint_log_proba`` and ``predict_proba`` (also with parameters set by hand), and
sums of ``scipy.stats.norm.logpdf``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.stats import norm
from sklearn.naive_bayes import GaussianNB

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/naive-bayes"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _model_with(priors: np.ndarray, theta: np.ndarray, var: np.ndarray) -> GaussianNB:
    """A GaussianNB whose fitted parameters are the given ones."""
    K, d = theta.shape
    model = GaussianNB().fit(np.arange(2 * K * d, dtype=float).reshape(2 * K, d), np.repeat(np.arange(K), 2))
    model.class_prior_, model.theta_, model.var_ = priors.copy(), theta.copy(), var.copy()
    return model


def test_fit_matches_gaussian_nb() -> None:
    check, fit = _check("01_fit.py"), _solution("01_fit.py")
    rng = np.random.default_rng(71)
    extra = [
        Case("wine, var_smoothing 1e-9", (load_wine().data, load_wine().target, 1e-9)),
        Case(
            "breast cancer, var_smoothing 1e-3",
            (load_breast_cancer().data, load_breast_cancer().target, 1e-3),
        ),
        Case("digits, all 10 classes", (load_digits().data, load_digits().target, 1e-9)),
        Case("random, seed 71", (rng.normal(size=(30, 5)), rng.integers(-2, 2, size=30), 0.1)),
    ]
    for case in [*check.cases(), *extra]:
        X, y, var_smoothing = case.args
        model = GaussianNB(var_smoothing=var_smoothing).fit(X, y)
        got = _call(fit, case)
        expected = [model.class_prior_, model.theta_, model.var_]
        problem = compare(expected, list(got), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def _extra_fitted() -> list[Case]:
    out = []
    for data, smoothing in [(load_wine(), 1e-9), (load_breast_cancer(), 1e-9), (load_digits(), 1e-9)]:
        model = GaussianNB(var_smoothing=smoothing).fit(data.data[::2], data.target[::2])
        out.append(
            Case(
                f"{len(data.target)} samples, odd rows",
                (data.data[1::2], model.class_prior_, model.theta_, model.var_),
            )
        )
    return out


def test_joint_log_likelihood_matches_gaussian_nb_and_scipy() -> None:
    check, jll = _check("02_jll.py"), _solution("02_jll.py")
    for case in [*check.cases(), *_extra_fitted()]:
        X, priors, theta, var = case.args
        got = _call(jll, case)
        expected = _model_with(priors, theta, var).predict_joint_log_proba(X)
        problem = compare(expected, got, check.rule)
        assert problem is None, f"case '{case.name}': {problem}"
        by_scipy = np.log(priors) + norm.logpdf(X[:, None, :], theta[None], np.sqrt(var)[None]).sum(axis=2)
        np.testing.assert_allclose(got, by_scipy, rtol=1e-9, atol=1e-9, err_msg=case.name)


def test_predict_proba_matches_gaussian_nb() -> None:
    check, proba = _check("03_posterior.py"), _solution("03_posterior.py")
    for case in [*check.cases(), *_extra_fitted()]:
        X, priors, theta, var = case.args
        got = _call(proba, case)
        expected = _model_with(priors, theta, var).predict_proba(X)
        problem = compare(expected, got, check.rule)
        assert problem is None, f"case '{case.name}': {problem}"
        assert not np.isnan(got).any(), case.name
        np.testing.assert_allclose(got.sum(axis=1), 1.0, rtol=1e-12)


@pytest.mark.parametrize("smoothing", [1e-9, 1e-2])
def test_the_three_solutions_predict_like_gaussian_nb(smoothing: float) -> None:
    fit, proba = _solution("01_fit.py"), _solution("03_posterior.py")
    iris = load_iris()
    order = np.random.default_rng(72).permutation(150)
    train, test = order[:100], order[100:]
    model = GaussianNB(var_smoothing=smoothing).fit(iris.data[train], iris.target[train])
    P = proba(iris.data[test], *fit(iris.data[train], iris.target[train], smoothing))
    np.testing.assert_allclose(P, model.predict_proba(iris.data[test]), rtol=1e-9, atol=1e-12)
    np.testing.assert_array_equal(P.argmax(axis=1), model.predict(iris.data[test]))
