"""GaussianNB against scikit-learn on iris, wine and breast_cancer, weighted and batched."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import datasets
from sklearn import naive_bayes as sk_naive_bayes
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.algorithms.naive_bayes import GaussianNB

NAMES = ["iris", "wine", "breast_cancer"]


@pytest.mark.parametrize("name", NAMES)
def test_matches_scikit_learn(name):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    for params in ({}, {"var_smoothing": 1e-3}):
        ours, theirs = GaussianNB(**params).fit(X, y), sk_naive_bayes.GaussianNB(**params).fit(X, y)
        for attribute in ("theta_", "var_", "class_prior_", "class_count_", "epsilon_"):
            np.testing.assert_allclose(getattr(ours, attribute), getattr(theirs, attribute), rtol=1e-10)
        np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), rtol=0, atol=1e-8)
        np.testing.assert_allclose(
            ours.predict_log_proba(X), theirs.predict_log_proba(X), rtol=1e-8, atol=1e-8
        )
        np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


@pytest.mark.parametrize("name", NAMES)
def test_sample_weight_and_priors(name):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    weights = np.random.RandomState(0).uniform(0, 2, size=len(y))
    priors = np.full(len(np.unique(y)), 1 / len(np.unique(y)))
    ours = GaussianNB(priors=priors).fit(X, y, sample_weight=weights)
    theirs = sk_naive_bayes.GaussianNB(priors=priors).fit(X, y, sample_weight=weights)
    np.testing.assert_allclose(ours.var_, theirs.var_, rtol=1e-10)
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), rtol=0, atol=1e-8)


@pytest.mark.parametrize("name", NAMES)
def test_partial_fit_pools_to_the_full_fit(name):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    batches = np.array_split(np.random.RandomState(1).permutation(len(y)), 4)
    ours, theirs = GaussianNB(), sk_naive_bayes.GaussianNB()
    for batch in batches:
        ours.partial_fit(X[batch], y[batch], classes=np.unique(y))
        theirs.partial_fit(X[batch], y[batch], classes=np.unique(y))
    full = sk_naive_bayes.GaussianNB().fit(X, y)
    np.testing.assert_allclose(ours.theta_, theirs.theta_, rtol=1e-10)
    np.testing.assert_allclose(ours.class_count_, theirs.class_count_)
    assert ours.epsilon_ == pytest.approx(theirs.epsilon_, rel=1e-12)
    # The pooled variances are those of the whole data; scikit-learn's var_ also keeps the
    # difference between earlier batches' epsilon and the last one (see GaussianNB's docstring).
    np.testing.assert_allclose(ours.var_ - ours.epsilon_, full.var_ - full.epsilon_, rtol=1e-8, atol=1e-12)


def test_far_points_do_not_underflow_and_string_labels():
    X, y = datasets.load_iris(return_X_y=True)
    names = np.array(["setosa", "versicolor", "virginica"])[y]
    ours, theirs = GaussianNB().fit(X, names), sk_naive_bayes.GaussianNB().fit(X, names)
    far = np.array([[100.0, -50.0, 80.0, 30.0]])
    np.testing.assert_allclose(ours.predict_proba(far), theirs.predict_proba(far), atol=1e-8)
    assert np.isfinite(ours.predict_log_proba(far)).all()
    np.testing.assert_array_equal(ours.predict(far), theirs.predict(far))


def test_bad_input_raises_like_scikit_learn():
    X = np.arange(40.0).reshape(20, 2)
    y = np.arange(20) % 2
    cases = [
        (np.where(X == 3, np.nan, X), y, {}, "NaN"),
        (np.where(X == 3, np.inf, X), y, {}, "infinity"),
        (np.empty((0, 2)), np.empty(0), {}, "0 sample"),
        (X[:, 0], y, {}, "Expected 2D array"),
        (X, y[:-1], {}, "inconsistent numbers of samples"),
        (X, np.linspace(0, 1, 20), {}, "Unknown label type"),
        (X, y, {"priors": [0.2, 0.2, 0.6]}, "Number of priors"),
        (X, y, {"priors": [0.2, 0.7]}, "sum of the priors"),
    ]
    for X_bad, y_bad, params, phrase in cases:
        with pytest.raises(ValueError) as theirs:
            sk_naive_bayes.GaussianNB(**params).fit(X_bad, y_bad)
        assert phrase.lower() in str(theirs.value).lower()
        with pytest.raises(type(theirs.value)) as ours:
            GaussianNB(**params).fit(X_bad, y_bad)
        assert phrase.lower() in str(ours.value).lower()
    # A single class is fine, as in scikit-learn: every probability is 1.
    np.testing.assert_array_equal(GaussianNB().fit(X, np.zeros(20)).predict_proba(X), np.ones((20, 1)))


def test_pipeline_grid_search_and_clone():
    X, y = datasets.load_breast_cancer(return_X_y=True)
    grid = {"gaussiannb__var_smoothing": [1e-9, 1e-5, 1e-2]}
    ours = GridSearchCV(make_pipeline(StandardScaler(), GaussianNB()), grid, cv=3).fit(X, y)
    theirs = GridSearchCV(make_pipeline(StandardScaler(), sk_naive_bayes.GaussianNB()), grid, cv=3).fit(X, y)
    assert ours.best_params_ == theirs.best_params_
    np.testing.assert_allclose(ours.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"])
    model = GaussianNB(var_smoothing=1e-4)
    assert clone(model).get_params() == model.get_params()
