"""LinearRegression and Ridge against scikit-learn, closed forms, bad input and the sklearn tool chain.

Oracles: scikit-learn 1.9 on the bundled diabetes data, the Palmer penguins (body mass
from the other numeric columns) and seeded random data (tall, and wide with
n_features > n_samples); NumPy's own ``lstsq`` on an augmented system for the meaning
of Ridge's alpha.
"""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import linear_model as sk
from sklearn.base import clone
from sklearn.datasets import load_diabetes
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

from mlroadmap.algorithms import linear_model as ours
from mlroadmap.algorithms.linear_model._ridge import ridge_dual, ridge_primal, ridge_svd
from mlroadmap.algorithms.preprocessing import StandardScaler


def _penguins():
    from palmerpenguins import load_penguins

    frame = load_penguins()[["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]].dropna()
    return frame[["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]].to_numpy(), frame[
        "body_mass_g"
    ].to_numpy()


def _tall():
    rng = np.random.RandomState(0)
    X = rng.normal(size=(200, 30)) * rng.uniform(0.1, 10, size=30) + rng.normal(size=30)
    return X, X @ rng.normal(size=30) + 3.0 + rng.normal(size=200)


def _wide():
    rng = np.random.RandomState(1)
    X = rng.normal(size=(25, 120))
    return X, X[:, :5] @ rng.normal(size=5) - 2.0 + 0.1 * rng.normal(size=25)


DATASETS = {
    "diabetes": lambda: load_diabetes(return_X_y=True),
    "penguins": _penguins,
    "tall": _tall,
    "wide": _wide,
}


def assert_same_fit(mine, theirs, X, rtol=1e-6):
    """coef_, intercept_ and predictions agree to ``rtol`` relative to each quantity's scale."""
    scale = np.abs(theirs.coef_).max()
    np.testing.assert_allclose(mine.coef_, theirs.coef_, rtol=rtol, atol=rtol * scale)
    np.testing.assert_allclose(mine.intercept_, theirs.intercept_, rtol=rtol, atol=rtol * scale)
    prediction = theirs.predict(X)
    np.testing.assert_allclose(mine.predict(X), prediction, rtol=rtol, atol=rtol * np.abs(prediction).max())


@pytest.mark.parametrize("dataset", DATASETS)
@pytest.mark.parametrize("fit_intercept", [True, False])
def test_linear_regression_matches_sklearn(dataset, fit_intercept):
    X, y = DATASETS[dataset]()
    mine = ours.LinearRegression(fit_intercept=fit_intercept).fit(X, y)
    theirs = sk.LinearRegression(fit_intercept=fit_intercept).fit(X, y)
    assert_same_fit(mine, theirs, X)
    assert mine.rank_ == theirs.rank_
    np.testing.assert_allclose(mine.singular_, theirs.singular_, rtol=1e-10)


def test_linear_regression_rank_deficient_is_minimum_norm():
    """A duplicated column: the least-squares slope is split equally between the copies."""
    X, y = load_diabetes(return_X_y=True)
    X2 = np.column_stack([X, X[:, 2]])
    mine = ours.LinearRegression().fit(X2, y)
    single = ours.LinearRegression().fit(X, y)
    assert mine.rank_ == X.shape[1]
    np.testing.assert_allclose(mine.coef_[[2, -1]], single.coef_[2] / 2, rtol=1e-8)
    assert_same_fit(mine, sk.LinearRegression().fit(X2, y), X2)


def test_linear_regression_is_the_normal_equations_solution():
    """On full-rank data the SVD solution solves XᵀX w = Xᵀy (intercept as a column of ones)."""
    X, y = load_diabetes(return_X_y=True)
    design = np.column_stack([X, np.ones(len(X))])
    expected = np.linalg.solve(design.T @ design, design.T @ y)
    mine = ours.LinearRegression().fit(X, y)
    np.testing.assert_allclose(np.append(mine.coef_, mine.intercept_), expected, rtol=1e-9)


@pytest.mark.parametrize("dataset", DATASETS)
@pytest.mark.parametrize("solver", ["auto", "cholesky", "svd"])
@pytest.mark.parametrize("alpha", [1e-3, 1.0, 100.0])
def test_ridge_matches_sklearn(dataset, solver, alpha):
    X, y = DATASETS[dataset]()
    mine = ours.Ridge(alpha=alpha, solver=solver).fit(X, y)
    theirs = sk.Ridge(alpha=alpha, solver=solver).fit(X, y)
    assert_same_fit(mine, theirs, X)
    assert mine.solver_ == theirs.solver_


@pytest.mark.parametrize("dataset", ["diabetes", "wide"])
def test_ridge_alpha_is_the_augmented_least_squares_penalty(dataset):
    """Ridge(alpha) minimizes ‖y − ȳ − (X − x̄)w‖² + α‖w‖² (summed, not averaged, loss):

    the same as ordinary least squares on X̃ = [X − x̄; √α I], ỹ = [y − ȳ; 0], solved here
    by NumPy's lstsq, independent of our code. The intercept is ȳ − x̄ᵀw, unpenalized.
    """
    X, y = DATASETS[dataset]()
    alpha = 0.7
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    augmented_X = np.vstack([Xc, np.sqrt(alpha) * np.eye(X.shape[1])])
    augmented_y = np.concatenate([yc, np.zeros(X.shape[1])])
    expected = np.linalg.lstsq(augmented_X, augmented_y, rcond=None)[0]
    mine = ours.Ridge(alpha=alpha).fit(X, y)
    np.testing.assert_allclose(mine.coef_, expected, rtol=1e-8, atol=1e-10 * np.abs(expected).max())
    assert mine.intercept_ == pytest.approx(y.mean() - X.mean(axis=0) @ expected, rel=1e-9)


def test_ridge_primal_dual_and_svd_forms_agree():
    """(XᵀX + αI)⁻¹Xᵀy = Xᵀ(XXᵀ + αI)⁻¹y = V diag(s/(s²+α)) Uᵀy, on tall and on wide data."""
    for X, y in (_tall(), _wide()):
        Xc, yc = X - X.mean(axis=0), y - y.mean()
        primal, dual, svd = (solve(Xc, yc, 2.5) for solve in (ridge_primal, ridge_dual, ridge_svd))
        np.testing.assert_allclose(dual, primal, rtol=1e-7, atol=1e-12)
        np.testing.assert_allclose(svd, primal, rtol=1e-7, atol=1e-12)


def test_ridge_with_zero_alpha_is_least_squares():
    X, y = DATASETS["penguins"]()
    mine = ours.Ridge(alpha=0.0).fit(X, y)
    assert_same_fit(mine, sk.LinearRegression().fit(X, y), X, rtol=1e-8)


def test_ridge_on_singular_data_with_zero_alpha_falls_back_to_svd():
    X, y = load_diabetes(return_X_y=True)
    X2 = np.column_stack([X, X[:, 0]])
    with pytest.warns(UserWarning, match="Singular"):
        mine = ours.Ridge(alpha=0.0, solver="cholesky").fit(X2, y)
    assert mine.solver_ == "svd"
    assert_same_fit(mine, sk.LinearRegression().fit(X2, y), X2)


# --- bad input: the same exception types as scikit-learn, with the key phrase -----------------

REGRESSORS = [
    (ours.LinearRegression, sk.LinearRegression),
    (ours.Ridge, sk.Ridge),
    (ours.Lasso, sk.Lasso),
    (ours.ElasticNet, sk.ElasticNet),
]


def _bad_inputs():
    rng = np.random.RandomState(0)
    X, y = rng.normal(size=(10, 3)), rng.normal(size=10)
    X_nan, X_inf, y_nan = X.copy(), X.copy(), y.copy()
    X_nan[2, 1], X_inf[3, 0], y_nan[4] = np.nan, np.inf, np.nan
    return {
        "nan in X": (X_nan, y, "contains NaN"),
        "inf in X": (X_inf, y, "infinity"),
        "nan in y": (X, y_nan, "contains NaN"),
        "empty X": (np.empty((0, 3)), np.empty(0), "0 sample(s)"),
        "no features": (np.empty((10, 0)), y, "0 feature(s)"),
        "1-D X": (X[:, 0], y, "Expected 2D array"),
        "mismatched lengths": (X, y[:-1], "inconsistent numbers of samples"),
        "string y": (X, np.array(["a", "b"] * 5), "could not convert"),
    }


BAD = _bad_inputs()


def _raised(fit):
    with pytest.raises(Exception) as info:
        fit()
    return info.value


@pytest.mark.parametrize("case", BAD)
@pytest.mark.parametrize(("mine", "theirs"), REGRESSORS, ids=lambda c: c.__name__)
def test_regressors_reject_bad_input_like_sklearn(mine, theirs, case):
    X, y, phrase = BAD[case]
    our_error = _raised(lambda: mine().fit(X, y))
    their_error = _raised(lambda: theirs().fit(X, y))
    assert isinstance(
        our_error,
        type(their_error).__mro__[1]
        if type(their_error).__module__.startswith("sklearn")
        else type(their_error),
    )
    assert phrase in str(our_error)


@pytest.mark.parametrize(("mine", "theirs"), REGRESSORS, ids=lambda c: c.__name__)
def test_regressors_check_fitted_and_feature_count(mine, theirs):
    X, y = _tall()
    with pytest.raises(ValueError, match="not fitted yet"):
        mine().predict(X)
    model = mine().fit(X, y)
    with pytest.raises(ValueError, match=r"X has 29 features, but \w+ is expecting 30 features"):
        model.predict(X[:, 1:])


@pytest.mark.parametrize(
    ("estimator", "parameter", "value"),
    [
        (ours.Ridge, "alpha", -1.0),
        (ours.Ridge, "solver", "qr"),
        (ours.Lasso, "max_iter", 0),
        (ours.ElasticNet, "l1_ratio", 1.5),
        (ours.ElasticNet, "selection", "shuffled"),
        (ours.LinearRegression, "tol", -1.0),
    ],
)
def test_invalid_hyper_parameters_are_rejected_in_fit(estimator, parameter, value):
    X, y = _tall()
    model = estimator(**{parameter: value})  # __init__ stores, never validates
    assert getattr(model, parameter) == value
    with pytest.raises(ValueError, match=f"The '{parameter}' parameter of {estimator.__name__}"):
        model.fit(X, y)


# --- the scikit-learn tool chain ---------------------------------------------------------------


def test_ridge_in_pipeline_and_grid_search_matches_sklearn():
    from sklearn.preprocessing import StandardScaler as SkStandardScaler

    X, y = load_diabetes(return_X_y=True)
    grid = {"ridge__alpha": [0.01, 0.1, 1.0, 10.0, 100.0]}
    mine = GridSearchCV(Pipeline([("scale", StandardScaler()), ("ridge", ours.Ridge())]), grid, cv=5)
    theirs = GridSearchCV(Pipeline([("scale", SkStandardScaler()), ("ridge", sk.Ridge())]), grid, cv=5)
    mine.fit(X, y)
    theirs.fit(X, y)
    assert mine.best_params_ == theirs.best_params_
    np.testing.assert_allclose(
        mine.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"], rtol=1e-8
    )
    np.testing.assert_allclose(mine.predict(X), theirs.predict(X), rtol=1e-8)


@pytest.mark.parametrize(
    "model",
    [
        ours.LinearRegression(fit_intercept=False),
        ours.Ridge(3.0, solver="svd"),
        ours.Lasso(0.5, warm_start=True),
        ours.ElasticNet(0.5, l1_ratio=0.2, selection="random", random_state=3),
        ours.LogisticRegression(C=0.1, solver="newton-cholesky"),
    ],
    ids=lambda m: type(m).__name__,
)
def test_clone_keeps_hyper_parameters_and_drops_fitted_state(model):
    copy = clone(model)
    assert copy is not model
    assert copy.get_params() == model.get_params()
    assert repr(copy) == repr(model)
    assert not [k for k in vars(copy) if k.endswith("_")]
