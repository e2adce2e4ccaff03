"""The gaussian-mixtures topic's solutions against SciPy and scikit-learn's GaussianMixture.

Each solution is the grader's reference, so it is checked here against code that shares
none of it: ``scipy.stats.multivariate_normal.logpdf`` for the log-density, a
``GaussianMixture`` given the very parameters (``score_samples``, ``predict_proba``,
``score``, ``bic``), one EM iteration of ``GaussianMixture(max_iter=1)`` started from given
parameters for the M-step, and scikit-learn's private ``_estimate_gaussian_parameters``.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.stats import multivariate_normal
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture
from sklearn.mixture._gaussian_mixture import _compute_precision_cholesky, _estimate_gaussian_parameters

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case, Rule

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/unsupervised/gaussian-mixtures"
TYPES = ("full", "tied", "diag", "spherical")


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


def _mixture(weights, means, covariances, covariance_type="full") -> GaussianMixture:
    """A GaussianMixture holding the given parameters, as if fitted."""
    gm = GaussianMixture(n_components=len(weights), covariance_type=covariance_type)
    gm.weights_, gm.means_, gm.covariances_ = weights, means, covariances
    gm.precisions_cholesky_ = _compute_precision_cholesky(covariances, covariance_type)
    gm.converged_, gm.n_iter_, gm.lower_bound_ = True, 1, 0.0
    gm.n_features_in_ = means.shape[1]
    return gm


def _fitted(X: np.ndarray, K: int, covariance_type: str, seed: int) -> GaussianMixture:
    return GaussianMixture(K, covariance_type=covariance_type, random_state=seed).fit(X)


# ---------------------------------------------------------------- log-density


def test_log_density_matches_scipy_multivariate_normal() -> None:
    check, solution = _check("01_log_density.py"), _solution("01_log_density.py")
    rng = np.random.default_rng(501)
    extra = []
    for d in (1, 2, 7):
        A = rng.normal(size=(d, d))
        extra.append(
            Case(
                f"random {d}-d, seed 501",
                (rng.normal(size=(30, d)) * 3, rng.normal(size=d), A @ A.T + 0.05 * np.eye(d)),
            )
        )
    cancer = _standardized(load_breast_cancer().data)
    extra.append(
        Case(
            "breast cancer 30-d",
            (cancer, cancer[:100].mean(axis=0), np.cov(cancer[:100], rowvar=False) + 1e-3 * np.eye(30)),
        )
    )
    for case in [*check.cases(), *extra]:
        X, mean, cov = case.args
        expected = multivariate_normal(mean=mean, cov=cov).logpdf(X).reshape(len(X))
        assert compare(expected, _call(solution, case), check.rule) is None, case.name


# ---------------------------------------------------------------- E-step


def test_responsibilities_match_sklearn_predict_proba_and_score() -> None:
    check, solution = _check("02_responsibilities.py"), _solution("02_responsibilities.py")
    extra = []
    for X, K, seed in [(load_iris().data, 3, 502), (_standardized(load_wine().data), 4, 503)]:
        gm = _fitted(X, K, "full", seed)
        extra.append(
            Case(f"fitted mixture, K = {K}, seed {seed}", (X, gm.weights_, gm.means_, gm.covariances_))
        )
    for case in [*check.cases(), *extra]:
        X, weights, means, covariances = case.args
        gm = _mixture(weights, means, covariances)
        expected = [gm.predict_proba(X), float(gm.score(X))]
        problem = compare(expected, list(_call(solution, case)), check.rule)
        assert problem is None, f"{case.name}: {problem}"
        assert np.allclose(gm.score_samples(X).mean(), expected[1])


# ---------------------------------------------------------------- M-step


def test_m_step_matches_sklearn_estimate_gaussian_parameters() -> None:
    check, solution = _check("03_m_step.py"), _solution("03_m_step.py")
    for case in check.cases():
        X, resp, reg_covar = case.args
        counts, means, covariances = _estimate_gaussian_parameters(X, resp, reg_covar, "full")
        expected = [counts / len(X), means, covariances]
        problem = compare(expected, list(_call(solution, case)), check.rule)
        assert problem is None, f"{case.name}: {problem}"


@pytest.mark.parametrize(
    ("name", "X", "K"), [("iris", load_iris().data, 3), ("wine", _standardized(load_wine().data), 2)]
)
def test_one_em_iteration_matches_gaussian_mixture_max_iter_1(name: str, X: np.ndarray, K: int) -> None:
    """E-step then M-step from given parameters = GaussianMixture(max_iter=1) started there."""
    e_step, m_step = _solution("02_responsibilities.py"), _solution("03_m_step.py")
    rng = np.random.default_rng(504)
    weights = rng.dirichlet(np.ones(K) * 5)
    means = X[rng.choice(len(X), K, replace=False)]
    covariances = np.array([np.cov(X, rowvar=False) * s for s in rng.uniform(0.3, 1.0, size=K)])
    precisions = np.linalg.inv(covariances)
    gm = GaussianMixture(
        K, max_iter=1, weights_init=weights, means_init=means, precisions_init=precisions, reg_covar=1e-4
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        gm.fit(X)
    resp, _ = e_step(X, weights, means, covariances)
    got = m_step(X, resp, 1e-4)
    assert (
        compare(
            [gm.weights_, gm.means_, gm.covariances_],
            list(got),
            Rule(rtol=1e-6, atol=1e-9),
        )
        is None
    ), name


# ---------------------------------------------------------------- BIC


def test_bic_matches_sklearn_bic_on_check_cases() -> None:
    check, solution = _check("04_bic.py"), _solution("04_bic.py")
    for case in check.cases():
        X, weights, means, covariances, covariance_type = case.args
        expected = float(_mixture(weights, means, covariances, covariance_type).bic(X))
        problem = compare(expected, _call(solution, case), check.rule)
        assert problem is None, f"{case.name}: {problem}"


@pytest.mark.parametrize("covariance_type", TYPES)
def test_bic_matches_sklearn_bic_of_fitted_mixtures(covariance_type: str) -> None:
    solution = _solution("04_bic.py")
    for X, K, seed in [
        (load_iris().data, 2, 505),
        (_standardized(load_wine().data), 3, 506),
        (load_iris().data, 5, 507),
    ]:
        gm = _fitted(X, K, covariance_type, seed)
        got = solution(X, gm.weights_, gm.means_, gm.covariances_, covariance_type)
        assert compare(float(gm.bic(X)), got, _check("04_bic.py").rule) is None, (covariance_type, K)
        assert gm._n_parameters() == round((got + 2 * gm.score(X) * len(X)) / np.log(len(X)))
