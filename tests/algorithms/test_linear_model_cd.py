"""Lasso and ElasticNet (coordinate descent) against scikit-learn and against closed forms.

Agreement is within the solver tolerance: at tol=1e-8 both duality gaps are tiny, so
coef_ agree to ~1e-4 relative (in practice far closer). The closed form on an
orthonormal design checks the meaning of alpha: scikit-learn's 1/(2n) scaling of the
squared error puts λ = n·α on the textbook objective ½‖y − Xw‖² + λ‖w‖₁.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn import linear_model as sk
from sklearn.base import clone
from sklearn.datasets import load_diabetes
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

from mlroadmap.algorithms import linear_model as ours
from mlroadmap.algorithms.preprocessing import StandardScaler

TIGHT = {"tol": 1e-8, "max_iter": 100_000}


@pytest.fixture(scope="module")
def diabetes():
    return load_diabetes(return_X_y=True)


def assert_close_coef(mine, theirs, rtol=1e-4):
    scale = max(np.abs(theirs).max(), 1e-12)
    np.testing.assert_allclose(mine, theirs, rtol=rtol, atol=rtol * scale)


@pytest.mark.parametrize("precompute", [False, True])
@pytest.mark.parametrize("alpha", [1e-3, 0.05, 0.5, 2.0])
@pytest.mark.parametrize("l1_ratio", [1.0, 0.7, 0.2])
def test_elastic_net_matches_sklearn_on_diabetes(diabetes, precompute, alpha, l1_ratio):
    X, y = diabetes
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # neither may fail to converge here
        mine = ours.ElasticNet(alpha, l1_ratio=l1_ratio, precompute=precompute, **TIGHT).fit(X, y)
        theirs = sk.ElasticNet(alpha, l1_ratio=l1_ratio, precompute=precompute, **TIGHT).fit(X, y)
    assert_close_coef(mine.coef_, theirs.coef_)
    assert mine.intercept_ == pytest.approx(theirs.intercept_, rel=1e-6)
    np.testing.assert_allclose(mine.predict(X), theirs.predict(X), rtol=1e-5)
    assert mine.dual_gap_ <= 1e-8 * np.var(y) * 1.0001  # tol·‖y − ȳ‖² / n
    # the same stopping rule, sweep for sweep:
    assert mine.n_iter_ == theirs.n_iter_


@pytest.mark.parametrize("alpha", [1e-2, 0.3, 3.0])
def test_lasso_matches_sklearn_at_default_tolerance(diabetes, alpha):
    X, y = diabetes
    mine, theirs = ours.Lasso(alpha).fit(X, y), sk.Lasso(alpha).fit(X, y)
    assert_close_coef(mine.coef_, theirs.coef_, rtol=1e-6)
    np.testing.assert_array_equal(mine.coef_ == 0, theirs.coef_ == 0)  # the same sparsity pattern
    assert mine.n_iter_ == theirs.n_iter_


def test_lasso_regularization_path_with_warm_start_matches_sklearn_lasso_path(diabetes):
    """One warm-started Lasso walked down the alphas equals sklearn's lasso_path (on centred
    data, which is what fitting the intercept amounts to), and warm starts save sweeps."""
    X, y = diabetes
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    alpha_max = np.abs(Xc.T @ yc).max() / len(y)  # the smallest alpha with w = 0
    alphas = alpha_max * np.logspace(0, -3, 15)
    path_alphas, path_coefs, _ = sk.lasso_path(Xc, yc, alphas=alphas, tol=1e-8, max_iter=100_000)

    warm = ours.Lasso(warm_start=True, **TIGHT)
    warm_sweeps = cold_sweeps = 0
    for k, alpha in enumerate(path_alphas):
        warm.set_params(alpha=alpha).fit(X, y)
        assert_close_coef(warm.coef_, path_coefs[:, k])
        warm_sweeps += warm.n_iter_
        cold = ours.Lasso(alpha, **TIGHT).fit(X, y)
        assert_close_coef(cold.coef_, warm.coef_)
        cold_sweeps += cold.n_iter_
    assert np.all(path_coefs[:, 0] == 0)
    assert warm_sweeps < cold_sweeps


def test_warm_start_at_the_optimum_needs_no_sweep(diabetes):
    X, y = diabetes
    model = ours.Lasso(0.1, warm_start=True).fit(X, y)
    first = model.coef_.copy()
    model.fit(X, y)
    assert model.n_iter_ == 0
    np.testing.assert_array_equal(model.coef_, first)
    assert ours.Lasso(0.1).fit(X, y).n_iter_ > 0  # without warm start it starts from zero


def _orthonormal_design(n_samples=60, n_features=6, seed=0):
    """Centred columns with XᵀX = I (a QR of centred data), and y with a known signal."""
    rng = np.random.RandomState(seed)
    A = rng.normal(size=(n_samples, n_features))
    Q, _ = np.linalg.qr(A - A.mean(axis=0))
    y = Q @ np.array([3.0, -2.0, 0.5, 0.1, -0.05, 0.0]) + 0.01 * rng.normal(size=n_samples) + 4.0
    return Q, y


@pytest.mark.parametrize("alpha", [0.001, 0.005, 0.02])
def test_lasso_alpha_is_the_textbook_lambda_divided_by_n(alpha):
    """With XᵀX = I the textbook lasso ½‖y − Xw‖² + λ‖w‖₁ is solved by w = S(Xᵀy, λ).
    scikit-learn's (and our) objective is that divided by n with α = λ/n, so λ = n·α."""
    X, y = _orthonormal_design()
    lam = len(y) * alpha
    z = X.T @ (y - y.mean())
    expected = np.sign(z) * np.maximum(np.abs(z) - lam, 0.0)
    mine = ours.Lasso(alpha, **TIGHT).fit(X, y)
    np.testing.assert_allclose(mine.coef_, expected, rtol=1e-7, atol=1e-10)
    assert (expected == 0).any()  # the threshold is large enough to drop a feature
    assert mine.intercept_ == pytest.approx(y.mean())


def test_elastic_net_closed_form_on_orthonormal_design():
    """With XᵀX = I: w = S(Xᵀy, nαρ) / (1 + nα(1 − ρ)), the lasso shrunk once more by the ridge term."""
    X, y = _orthonormal_design(seed=1)
    n, alpha, rho = len(y), 0.004, 0.6
    z = X.T @ (y - y.mean())
    expected = np.sign(z) * np.maximum(np.abs(z) - n * alpha * rho, 0.0) / (1 + n * alpha * (1 - rho))
    mine = ours.ElasticNet(alpha, l1_ratio=rho, **TIGHT).fit(X, y)
    np.testing.assert_allclose(mine.coef_, expected, rtol=1e-7, atol=1e-10)


def test_positive_and_no_intercept_match_sklearn(diabetes):
    X, y = diabetes
    for params in ({"positive": True}, {"fit_intercept": False}, {"positive": True, "fit_intercept": False}):
        mine = ours.ElasticNet(0.01, l1_ratio=0.9, **params, **TIGHT).fit(X, y)
        theirs = sk.ElasticNet(0.01, l1_ratio=0.9, **params, **TIGHT).fit(X, y)
        assert_close_coef(mine.coef_, theirs.coef_)
        assert mine.intercept_ == pytest.approx(theirs.intercept_, rel=1e-6, abs=1e-9)
        if params.get("positive"):
            assert (mine.coef_ >= 0).all()


def test_wide_data_matches_sklearn():
    """n_features > n_samples, with residual and with Gram updates."""
    rng = np.random.RandomState(4)
    X = rng.normal(size=(40, 200))
    y = X[:, :4] @ np.array([2.0, -1.0, 1.5, 0.5]) + 0.1 * rng.normal(size=40)
    for precompute in (False, True):
        mine = ours.Lasso(0.05, precompute=precompute, **TIGHT).fit(X, y)
        theirs = sk.Lasso(0.05, **TIGHT).fit(X, y)
        assert_close_coef(mine.coef_, theirs.coef_)


def test_random_selection_is_seeded_and_converges_to_the_same_solution(diabetes):
    X, y = diabetes
    a = ours.ElasticNet(0.01, selection="random", random_state=0, **TIGHT).fit(X, y)
    b = ours.ElasticNet(0.01, selection="random", random_state=0, **TIGHT).fit(X, y)
    c = ours.ElasticNet(0.01, selection="random", random_state=1, **TIGHT).fit(X, y)
    theirs = sk.ElasticNet(0.01, **TIGHT).fit(X, y)
    np.testing.assert_array_equal(a.coef_, b.coef_)
    assert a.n_iter_ == b.n_iter_
    for model in (a, c):
        assert_close_coef(model.coef_, theirs.coef_)


def test_not_converging_warns_and_reports_max_iter(diabetes):
    X, y = diabetes
    with pytest.warns(ours.ConvergenceWarning, match="did not converge"):
        model = ours.Lasso(0.001, max_iter=3, tol=1e-12).fit(X, y)
    assert model.n_iter_ == 3
    assert issubclass(ours.ConvergenceWarning, UserWarning)


def test_alpha_zero_warns(diabetes):
    X, y = diabetes
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ours.Lasso(0.0, max_iter=5).fit(X, y)
    assert any("alpha=0" in str(w.message) for w in caught)


def test_lasso_in_pipeline_and_grid_search_matches_sklearn(diabetes):
    from sklearn.preprocessing import StandardScaler as SkStandardScaler

    X, y = diabetes
    grid = {"model__alpha": [0.01, 0.1, 1.0, 3.0], "model__l1_ratio": [0.5, 1.0]}
    mine = GridSearchCV(Pipeline([("scale", StandardScaler()), ("model", ours.ElasticNet())]), grid, cv=4)
    theirs = GridSearchCV(Pipeline([("scale", SkStandardScaler()), ("model", sk.ElasticNet())]), grid, cv=4)
    mine.fit(X, y)
    theirs.fit(X, y)
    assert mine.best_params_ == theirs.best_params_
    np.testing.assert_allclose(
        mine.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"], rtol=1e-6
    )
    refit = clone(mine.best_estimator_).fit(X, y)
    np.testing.assert_allclose(refit.predict(X), theirs.predict(X), rtol=1e-5)
