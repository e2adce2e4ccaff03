"""GaussianMixture against scikit-learn's on real and synthetic data."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.datasets import make_blobs
from sklearn.exceptions import NotFittedError
from sklearn.metrics import adjusted_rand_score
from sklearn.mixture import GaussianMixture as SklearnGaussianMixture
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.algorithms.mixture import ConvergenceWarning, GaussianMixture
from mlroadmap.datasets import load_iris, load_wine

DATA = {
    "iris": (load_iris().data, 3),
    "wine": (StandardScaler().fit_transform(load_wine().data), 3),
    "blobs": (make_blobs(n_samples=600, n_features=5, centers=4, random_state=1)[0], 4),
}
COVARIANCE_TYPES = ["full", "tied", "diag", "spherical"]
FITTED = ["weights_", "means_", "covariances_", "precisions_", "precisions_cholesky_"]


def _same_fit(ours, theirs, X, rtol=1e-7, atol=1e-9):
    for name in FITTED:
        np.testing.assert_allclose(
            getattr(ours, name), getattr(theirs, name), rtol=rtol, atol=atol, err_msg=name
        )
    assert ours.n_iter_ == theirs.n_iter_
    assert ours.converged_ == theirs.converged_
    assert ours.lower_bound_ == pytest.approx(theirs.lower_bound_, rel=rtol, abs=atol)
    np.testing.assert_allclose(ours.lower_bounds_, theirs.lower_bounds_, rtol=rtol, atol=atol)
    assert ours.score(X) == pytest.approx(theirs.score(X), rel=rtol, abs=atol)
    np.testing.assert_allclose(ours.score_samples(X), theirs.score_samples(X), rtol=rtol, atol=atol)
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), rtol=rtol, atol=atol)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


def _initial_parameters(X, k, covariance_type, seed=0):
    """Starting values given to both libraries: k random samples as means, equal weights,
    and the precision of the whole data set for every component."""
    means = X[np.random.default_rng(seed).choice(len(X), k, replace=False)]
    precision = np.linalg.inv(np.cov(X.T))
    precisions = {
        "full": np.repeat(precision[None], k, axis=0),
        "tied": precision,
        "diag": np.repeat(1.0 / X.var(axis=0)[None], k, axis=0),
        "spherical": np.full(k, 1.0 / X.var(axis=0).mean()),
    }[covariance_type]
    return {"weights_init": np.full(k, 1.0 / k), "means_init": means, "precisions_init": precisions}


@pytest.mark.parametrize("name", DATA)
@pytest.mark.parametrize("covariance_type", COVARIANCE_TYPES)
def test_same_initial_parameters_give_scikit_learns_fit(name, covariance_type):
    X, k = DATA[name]
    kwargs = {"n_components": k, "covariance_type": covariance_type, "tol": 1e-6, "max_iter": 500}
    kwargs |= _initial_parameters(X, k, covariance_type)
    ours = GaussianMixture(**kwargs).fit(X)
    theirs = SklearnGaussianMixture(**kwargs).fit(X)
    assert ours.converged_
    _same_fit(ours, theirs, X)
    assert ours.bic(X) == pytest.approx(theirs.bic(X), rel=1e-9)
    assert ours.aic(X) == pytest.approx(theirs.aic(X), rel=1e-9)


@pytest.mark.parametrize("name", DATA)
@pytest.mark.parametrize("covariance_type", COVARIANCE_TYPES)
@pytest.mark.parametrize("seed", [0, 1])
def test_default_kmeans_start_with_the_same_seed_gives_the_same_labels(name, covariance_type, seed):
    """scikit-learn starts from the labels of KMeans(n_init=1, random_state=rng); ours runs our
    KMeans the same way, which draws the same k-means++ seeds and finds the same clusters."""
    X, k = DATA[name]
    kwargs = {"n_components": k, "covariance_type": covariance_type, "random_state": seed}
    ours = GaussianMixture(**kwargs).fit(X)
    theirs = SklearnGaussianMixture(**kwargs).fit(X)
    _same_fit(ours, theirs, X)


@pytest.mark.parametrize("init_params", ["k-means++", "random", "random_from_data"])
@pytest.mark.parametrize("covariance_type", ["full", "diag"])
@pytest.mark.parametrize("name", DATA)
def test_other_initialisations_draw_the_same_random_numbers(init_params, covariance_type, name):
    X, k = DATA[name]
    kwargs = {"n_components": k, "covariance_type": covariance_type, "init_params": init_params}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a random start may need more than max_iter steps
        ours = GaussianMixture(**kwargs, random_state=2).fit(X)
        theirs = SklearnGaussianMixture(**kwargs, random_state=2).fit(X)
    _same_fit(ours, theirs, X)


@pytest.mark.parametrize("name", DATA)
def test_restarts_keep_as_good_a_run_as_scikit_learns(name):
    """With several starts both libraries run the same starts; two runs that end at the same
    optimum with permuted components can tie to the last bit, and then either may be kept."""
    X, k = DATA[name]
    ours = GaussianMixture(k, n_init=3, random_state=0).fit(X)
    theirs = SklearnGaussianMixture(k, n_init=3, random_state=0).fit(X)
    assert ours.lower_bound_ == pytest.approx(theirs.lower_bound_, rel=1e-9)
    assert adjusted_rand_score(ours.predict(X), theirs.predict(X)) == 1.0


def test_warm_start_continues_where_it_stopped_like_scikit_learn():
    X, k = DATA["wine"]
    ours = GaussianMixture(k, max_iter=2, warm_start=True, random_state=0)
    theirs = SklearnGaussianMixture(k, max_iter=2, warm_start=True, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", UserWarning)
        for _ in range(4):
            ours.fit(X)
            theirs.fit(X)
            _same_fit(ours, theirs, X)


def _transplanted(theirs, X, **kwargs):
    """Our estimator holding exactly scikit-learn's fitted parameters."""
    ours = GaussianMixture(theirs.n_components, covariance_type=theirs.covariance_type, **kwargs)
    for name in [*FITTED, "converged_", "n_iter_", "lower_bound_"]:
        setattr(ours, name, getattr(theirs, name))
    ours.n_features_in_ = X.shape[1]
    return ours


@pytest.mark.parametrize("covariance_type", COVARIANCE_TYPES)
def test_densities_bic_aic_and_samples_are_exact_for_the_same_parameters(covariance_type):
    X, k = DATA["blobs"]
    theirs = SklearnGaussianMixture(k, covariance_type=covariance_type, random_state=5).fit(X)
    ours = _transplanted(theirs, X, random_state=5)
    np.testing.assert_allclose(ours.score_samples(X), theirs.score_samples(X), rtol=1e-12)
    assert ours.bic(X) == pytest.approx(theirs.bic(X), rel=1e-12)
    assert ours.aic(X) == pytest.approx(theirs.aic(X), rel=1e-12)
    assert ours._n_parameters() == theirs._n_parameters()
    samples, labels = ours.sample(500)
    their_samples, their_labels = theirs.sample(500)
    np.testing.assert_array_equal(labels, their_labels)
    np.testing.assert_allclose(samples, their_samples, rtol=1e-12, atol=1e-12)


def test_bic_picks_the_same_number_of_components_as_scikit_learn():
    X, _ = DATA["blobs"]
    ours = [GaussianMixture(k, random_state=0).fit(X).bic(X) for k in range(1, 7)]
    theirs = [SklearnGaussianMixture(k, random_state=0).fit(X).bic(X) for k in range(1, 7)]
    np.testing.assert_allclose(ours, theirs, rtol=1e-9)
    assert np.argmin(ours) + 1 == 4


def test_fit_predict_agrees_with_predict_and_responsibilities_sum_to_one():
    X, k = DATA["iris"]
    model = GaussianMixture(k, random_state=0, tol=1e-8, max_iter=1000)
    labels = model.fit_predict(X)
    np.testing.assert_array_equal(labels, model.predict(X))
    np.testing.assert_allclose(model.predict_proba(X).sum(axis=1), 1.0)
    np.testing.assert_array_equal(labels, SklearnGaussianMixture(k, random_state=0, tol=1e-8).fit_predict(X))


def test_verbose_reports_progress(capsys):
    X, k = DATA["iris"]
    GaussianMixture(k, verbose=2, verbose_interval=1, random_state=0).fit(X)
    output = capsys.readouterr().out
    assert "Initialization 0" in output and "Iteration 1" in output and "converged" in output


def test_max_iter_reached_warns_like_scikit_learn():
    X, k = DATA["wine"]
    with pytest.warns(ConvergenceWarning, match="did not converge"):
        GaussianMixture(k, max_iter=1, random_state=0).fit(X)
    with pytest.warns(UserWarning, match="did not converge"):
        SklearnGaussianMixture(k, max_iter=1, random_state=0).fit(X)


X_SMALL = np.random.default_rng(0).normal(size=(20, 2))


@pytest.mark.parametrize(
    ("X", "kwargs", "phrase"),
    [
        (np.array([[1.0, np.nan], [2.0, 3.0], [0.0, 1.0]]), {}, "NaN"),
        (X_SMALL[:3], {"n_components": 4}, "Expected n_samples >= n_components"),
        (X_SMALL[:1], {}, "1 sample"),
        (np.ones(5), {}, "Expected 2D array"),
        (X_SMALL, {"n_components": 0}, "n_components"),
        (X_SMALL, {"covariance_type": "banded"}, "covariance_type"),
        (X_SMALL, {"init_params": "median"}, "init_params"),
        (X_SMALL, {"tol": -1.0}, "tol"),
        (X_SMALL, {"reg_covar": -1e-6}, "reg_covar"),
        (X_SMALL, {"max_iter": -1}, "max_iter"),
        (X_SMALL, {"n_init": 0}, "n_init"),
        (X_SMALL, {"n_components": 2, "weights_init": [0.5, 0.2, 0.3]}, "'weights' should have the shape"),
        (X_SMALL, {"n_components": 2, "weights_init": [0.5, 0.6]}, "should be normalized"),
        (X_SMALL, {"n_components": 2, "weights_init": [1.5, -0.5]}, "range [0, 1]"),
        (X_SMALL, {"n_components": 2, "means_init": np.zeros((3, 2))}, "'means' should have the shape"),
        (
            X_SMALL,
            {"n_components": 2, "precisions_init": np.array([[[1.0, 0], [0, -1.0]], [[1.0, 0], [0, 1.0]]])},
            "symmetric, positive-definite",
        ),
        (
            X_SMALL,
            {"n_components": 2, "covariance_type": "diag", "precisions_init": np.array([[1.0, 0.0], [1, 1]])},
            "should be positive",
        ),
        (
            np.repeat(X_SMALL[:2], 5, axis=0),
            {"n_components": 2, "reg_covar": 0.0, "random_state": 0},
            "ill-defined empirical covariance",
        ),
    ],
)
def test_bad_input_is_a_value_error_like_scikit_learns(X, kwargs, phrase):
    with pytest.raises(ValueError):
        SklearnGaussianMixture(**kwargs).fit(X)
    with pytest.raises(ValueError) as error:
        GaussianMixture(**kwargs).fit(X)
    assert phrase in str(error.value)


def test_methods_need_fit_and_the_same_number_of_features():
    X, k = DATA["iris"]
    for method in ("predict", "predict_proba", "score_samples", "score", "bic", "aic"):
        with pytest.raises(NotFittedError):
            getattr(GaussianMixture(k), method)(X)
    model = GaussianMixture(k, random_state=0).fit(X)
    with pytest.raises(ValueError, match="X has 3 features, but GaussianMixture is expecting 4"):
        model.predict(X[:, :3])
    with pytest.raises(ValueError, match="n_samples"):
        model.sample(0)


def test_works_in_a_pipeline_grid_search_and_clone():
    X, _ = DATA["blobs"]
    grid = {"gaussianmixture__n_components": [1, 2, 4], "gaussianmixture__covariance_type": ["full", "diag"]}
    ours = GridSearchCV(make_pipeline(StandardScaler(), GaussianMixture(random_state=0)), grid, cv=3).fit(X)
    theirs = GridSearchCV(
        make_pipeline(StandardScaler(), SklearnGaussianMixture(random_state=0)), grid, cv=3
    ).fit(X)
    assert ours.best_params_ == theirs.best_params_
    np.testing.assert_allclose(
        ours.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"], rtol=1e-7
    )
    copy = clone(GaussianMixture(3, covariance_type="diag", means_init=np.zeros((3, 5))))
    assert copy.get_params()["covariance_type"] == "diag" and not hasattr(copy, "means_")
