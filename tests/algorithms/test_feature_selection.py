"""feature_selection agrees with scikit-learn: scores and p-values, selected columns, RFE's ranking."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn import datasets
from sklearn import feature_selection as sk
from sklearn.base import clone
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

from mlroadmap.algorithms import feature_selection as ours

IRIS = datasets.load_iris(return_X_y=True)
WINE = datasets.load_wine(return_X_y=True)
DIABETES = datasets.load_diabetes(return_X_y=True)
CANCER = datasets.load_breast_cancer(return_X_y=True)
DIGITS = datasets.load_digits(return_X_y=True)
_rng = np.random.RandomState(0)
RANDOM = (_rng.standard_normal((300, 8)) * 3 + 1, _rng.randint(0, 4, 300))
STRING_LABELS = (WINE[0], np.array(["a", "b", "c"])[WINE[1]])
CLASSIFICATION = {"iris": IRIS, "wine": WINE, "cancer": CANCER, "random": RANDOM, "strings": STRING_LABELS}
TOL = {"rtol": 1e-10, "atol": 0}


def _assert_scores(mine, theirs):
    for a, b in zip(mine, theirs, strict=True):
        np.testing.assert_allclose(a, b, **TOL)


@pytest.mark.parametrize("data", CLASSIFICATION)
def test_f_classif_and_chi2(data):
    X, y = CLASSIFICATION[data]
    _assert_scores(ours.f_classif(X, y), sk.f_classif(X, y))
    positive = np.abs(X)
    _assert_scores(ours.chi2(positive, y), sk.chi2(positive, y))


def test_chi2_on_counts():
    X, y = DIGITS
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-zero pixels: 0/0, NaN in both
        mine, theirs = ours.chi2(X, y), sk.chi2(X, y)
    _assert_scores(mine, theirs)
    with pytest.raises(ValueError, match="non-negative"):
        ours.chi2(X - 1, y)


@pytest.mark.parametrize("center", [True, False])
@pytest.mark.parametrize("data", ["diabetes", "random"])
def test_f_regression(data, center):
    X, y = (
        DIABETES if data == "diabetes" else (RANDOM[0], RANDOM[0] @ np.arange(8) + _rng.standard_normal(300))
    )
    _assert_scores(ours.f_regression(X, y, center=center), sk.f_regression(X, y, center=center))
    np.testing.assert_allclose(
        ours.r_regression(X, y, center=center), sk.r_regression(X, y, center=center), **TOL
    )


def test_constant_feature():
    X, y = IRIS[0].copy(), IRIS[1]
    X[:, 2] = 3.0
    with pytest.warns(UserWarning, match="constant"):
        mine = ours.f_classif(X, y)
    with pytest.warns(UserWarning, match="constant"), np.errstate(invalid="ignore"):
        theirs = sk.f_classif(X, y)
    np.testing.assert_array_equal(np.isnan(mine[0]), np.isnan(theirs[0]))
    _assert_scores(mine, theirs)
    X, y = DIABETES[0].copy(), DIABETES[1]
    X[:, 1] = 2.0
    _assert_scores(ours.f_regression(X, y), sk.f_regression(X, y))  # F = 0, p = 1
    np.testing.assert_array_equal(
        ours.VarianceThreshold().fit(X).get_support(), sk.VarianceThreshold().fit(X).get_support()
    )


@pytest.mark.parametrize("data", ["iris", "wine", "cancer", "random"])
def test_mutual_info_classif_equals_scikit_learn_with_the_same_seed(data):
    X, y = CLASSIFICATION[data]
    for seed in (0, 7):
        np.testing.assert_allclose(
            ours.mutual_info_classif(X, y, random_state=seed),
            sk.mutual_info_classif(X, y, random_state=seed),
            rtol=1e-12,
            atol=1e-15,
        )
    counts = np.random.RandomState(2).randint(0, 4, (200, 3))
    labels = np.random.RandomState(3).randint(0, 3, 200)
    for discrete in (True, [0, 2]):
        np.testing.assert_allclose(
            ours.mutual_info_classif(counts, labels, discrete_features=discrete, random_state=1),
            sk.mutual_info_classif(counts, labels, discrete_features=discrete, random_state=1),
            rtol=1e-12,
            atol=1e-15,
        )


@pytest.mark.parametrize(
    ("data", "score_func", "k"),
    [
        ("iris", "f_classif", 2),
        ("wine", "chi2", 5),
        ("cancer", "f_classif", "all"),
        ("random", "mutual_info_classif", 3),
        ("diabetes", "f_regression", 4),
        ("wine", "f_classif", 0),
    ],
)
def test_select_k_best(data, score_func, k):
    X, y = DIABETES if data == "diabetes" else CLASSIFICATION[data]

    def ours_score(X, y):
        fn = getattr(ours, score_func)
        return fn(X, y, random_state=0) if score_func.startswith("mutual") else fn(X, y)

    def their_score(X, y):
        fn = getattr(sk, score_func)
        return fn(X, y, random_state=0) if score_func.startswith("mutual") else fn(X, y)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # k=0 selects nothing: a warning in both
        mine = ours.SelectKBest(ours_score, k=k).fit(X, y)
        theirs = sk.SelectKBest(their_score, k=k).fit(X, y)
        np.testing.assert_array_equal(mine.get_support(), theirs.get_support())
        np.testing.assert_array_equal(mine.get_support(indices=True), theirs.get_support(indices=True))
        np.testing.assert_array_equal(mine.transform(X), theirs.transform(X))
    np.testing.assert_allclose(mine.scores_, theirs.scores_, **TOL)
    if theirs.pvalues_ is None:
        assert mine.pvalues_ is None
    np.testing.assert_array_equal(mine.get_feature_names_out(), theirs.get_feature_names_out())


def test_select_k_best_ties_and_errors():
    X = np.array([[1.0, 1.0, 2.0, 2.0], [3.0, 3.0, 4.0, 4.0], [0.0, 0.0, 1.0, 1.0]] * 5)
    y = np.array([0, 1, 0] * 5)
    mine, theirs = ours.SelectKBest(ours.chi2, k=1).fit(X, y), sk.SelectKBest(sk.chi2, k=1).fit(X, y)
    np.testing.assert_array_equal(mine.get_support(), theirs.get_support())
    for module in (ours, sk):
        with pytest.warns(UserWarning, match="greater than n_features"):
            module.SelectKBest(k=10).fit(*IRIS)
        with pytest.raises(ValueError, match="NaN"):
            module.SelectKBest(k=1).fit(np.array([[np.nan, 1.0]] * 4), [0, 1, 0, 1])
        with pytest.raises(ValueError, match="Expected 2D array"):
            module.SelectKBest(k=1).fit(np.arange(4.0), [0, 1, 0, 1])
        with pytest.raises(ValueError, match="0 sample"):
            module.SelectKBest(k=1).fit(np.empty((0, 2)), [])
        with pytest.raises(ValueError, match="k"):
            module.SelectKBest(k=-1).fit(*IRIS)


def test_variance_threshold():
    X = np.column_stack([WINE[0], np.full(len(WINE[0]), 4.2), WINE[0][:, 0] * 1e-4])
    for threshold in (0.0, 1e-6, 0.5):
        mine, theirs = ours.VarianceThreshold(threshold).fit(X), sk.VarianceThreshold(threshold).fit(X)
        np.testing.assert_allclose(mine.variances_, theirs.variances_, rtol=1e-12)
        np.testing.assert_array_equal(mine.transform(X), theirs.transform(X))
    for module in (ours, sk):
        with pytest.raises(ValueError, match="No feature in X meets the variance threshold"):
            module.VarianceThreshold().fit(np.ones((5, 3)))
        with pytest.raises(ValueError, match="only one sample"):
            module.VarianceThreshold().fit(np.arange(3.0).reshape(1, 3))
    holes = X.copy()
    holes[::7, 0] = np.nan
    np.testing.assert_allclose(
        ours.VarianceThreshold().fit(holes).variances_,
        sk.VarianceThreshold().fit(holes).variances_,
        rtol=1e-12,
    )


@pytest.mark.parametrize(
    ("data", "estimator", "params"),
    [
        ("wine", LogisticRegression(max_iter=5000), {}),
        ("wine", LogisticRegression(max_iter=5000), {"n_features_to_select": 3, "step": 2}),
        ("cancer", LogisticRegression(max_iter=5000), {"n_features_to_select": 0.2, "step": 0.1}),
        ("iris", DecisionTreeClassifier(random_state=0), {"n_features_to_select": 1}),
        ("diabetes", LinearRegression(), {"n_features_to_select": 4}),
        ("diabetes", LinearRegression(), {"step": 3}),
    ],
    ids=str,
)
def test_rfe_matches(data, estimator, params):
    X, y = DIABETES if data == "diabetes" else CLASSIFICATION[data]
    X = (X - X.mean(axis=0)) / X.std(axis=0)  # standardized: LogisticRegression converges fast
    mine, theirs = ours.RFE(estimator, **params).fit(X, y), sk.RFE(estimator, **params).fit(X, y)
    np.testing.assert_array_equal(mine.support_, theirs.support_)
    np.testing.assert_array_equal(mine.ranking_, theirs.ranking_)
    assert mine.n_features_ == theirs.n_features_
    np.testing.assert_allclose(mine.predict(X), theirs.predict(X))
    assert mine.score(X, y) == pytest.approx(theirs.score(X, y))
    np.testing.assert_array_equal(mine.transform(X), theirs.transform(X))


def test_rfe_in_pipeline_grid_search_and_clone():
    X, y = IRIS
    grid = {"rfe__n_features_to_select": [1, 3]}
    build = lambda module: make_pipeline(StandardScaler(), module.RFE(LogisticRegression(max_iter=5000)))  # noqa: E731
    mine = GridSearchCV(build(ours), grid, cv=3).fit(X, y)
    theirs = GridSearchCV(build(sk), grid, cv=3).fit(X, y)
    np.testing.assert_allclose(mine.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"])
    rfe = ours.RFE(LogisticRegression(C=0.5), step=2)
    copy = clone(rfe)
    assert copy.estimator is not rfe.estimator and copy.get_params()["estimator__C"] == 0.5
    assert not hasattr(ours.RFE(LinearRegression()), "predict_proba")
    with pytest.raises(ValueError, match="coef_"):
        ours.RFE(make_pipeline(StandardScaler())).fit(*IRIS)


def test_selectors_work_in_pipelines():
    X, y = CANCER
    pipeline = make_pipeline(
        StandardScaler(),
        ours.VarianceThreshold(0.5),
        ours.SelectKBest(k=5),
        LogisticRegression(max_iter=1000),
    )
    search = GridSearchCV(pipeline, {"selectkbest__k": [3, 10]}, cv=3).fit(X, y)
    assert search.best_score_ > 0.9
