"""Splitters, cross-validation and curves agree with scikit-learn's; clone works on our
estimators and on scikit-learn's; bad input fails the same way."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest
from sklearn import model_selection as sk
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler as SkStandardScaler
from sklearn.tree import DecisionTreeClassifier

from mlroadmap.algorithms import model_selection as ours
from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin
from mlroadmap.algorithms.validation import check_is_fitted, validate_data


class NearestCentroid(ClassifierMixin, BaseEstimator):
    """A small classifier of our own, to check our estimators go through model selection."""

    def __init__(self, shrink: float = 0.0) -> None:
        self.shrink = shrink

    def fit(self, X, y):
        X, y = validate_data(self, X, y)
        self.classes_, codes = np.unique(y, return_inverse=True)
        centroids = np.array([X[codes == k].mean(axis=0) for k in range(len(self.classes_))])
        self.centroids_ = (1 - self.shrink) * centroids + self.shrink * X.mean(axis=0)
        return self

    def predict(self, X):
        check_is_fitted(self)
        X = validate_data(self, X, reset=False)
        distances = ((X[:, None, :] - self.centroids_[None]) ** 2).sum(axis=2)
        return self.classes_[distances.argmin(axis=1)]


def same_splits(mine, theirs):
    mine, theirs = list(mine), list(theirs)
    assert len(mine) == len(theirs)
    for (train, test), (sk_train, sk_test) in zip(mine, theirs, strict=True):
        np.testing.assert_array_equal(train, sk_train)
        np.testing.assert_array_equal(test, sk_test)


# --- splitters -------------------------------------------------------------------------


@pytest.mark.parametrize("n_samples", [2, 7, 10, 103])
@pytest.mark.parametrize("n_splits", [2, 3, 5])
def test_kfold_matches_scikit_learn(n_samples, n_splits):
    X = np.zeros((n_samples, 2))
    if n_splits > n_samples:
        return
    same_splits(ours.KFold(n_splits).split(X), sk.KFold(n_splits).split(X))
    # Shuffled folds: the same draws from the same seed, although only the sizes are promised.
    same_splits(
        ours.KFold(n_splits, shuffle=True, random_state=n_samples).split(X),
        sk.KFold(n_splits, shuffle=True, random_state=n_samples).split(X),
    )
    assert ours.KFold(n_splits).get_n_splits() == n_splits


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("n_splits", [2, 3, 5])
def test_stratified_kfold_matches_scikit_learn(seed, n_splits):
    rng = np.random.RandomState(seed)
    # Imbalanced classes in order of appearance that differs from their sorted order.
    y = rng.choice(["b", "a", "c"], size=rng.randint(30, 90), p=[0.6, 0.3, 0.1])
    y[: 3 * n_splits] = np.tile(["b", "a", "c"], n_splits)
    X = np.zeros((len(y), 1))
    same_splits(ours.StratifiedKFold(n_splits).split(X, y), sk.StratifiedKFold(n_splits).split(X, y))
    for train, test in ours.StratifiedKFold(n_splits, shuffle=True, random_state=seed).split(X, y):
        assert len(np.intersect1d(train, test)) == 0 and len(train) + len(test) == len(y)
        for label in "abc":  # each class is spread over the folds as evenly as possible
            expected = (y == label).sum() / n_splits
            assert abs((y[test] == label).sum() - expected) < 1


def test_leave_one_out_matches_scikit_learn():
    X = np.zeros((9, 3))
    same_splits(ours.LeaveOneOut().split(X), sk.LeaveOneOut().split(X))
    assert ours.LeaveOneOut().get_n_splits(X) == 9


def test_splitter_reprs():
    assert repr(ours.KFold(3)) == repr(sk.KFold(3))
    assert repr(ours.StratifiedKFold(4, shuffle=True, random_state=0)) == repr(
        sk.StratifiedKFold(4, shuffle=True, random_state=0)
    )
    assert repr(ours.LeaveOneOut()) == repr(sk.LeaveOneOut())


# --- train_test_split ------------------------------------------------------------------


@pytest.mark.parametrize("n_samples", [10, 33, 150])
@pytest.mark.parametrize("test_size", [None, 0.1, 0.25, 0.33, 0.5, 3])
@pytest.mark.parametrize("train_size", [None, 0.5, 0.66, 4])
def test_train_test_split_sizes_match_scikit_learn(n_samples, test_size, train_size):
    X, y = np.arange(2 * n_samples).reshape(n_samples, 2), np.arange(n_samples)
    kwargs = {"test_size": test_size, "train_size": train_size, "random_state": 0}
    try:
        expected = [len(part) for part in sk.train_test_split(X, y, **kwargs)]
    except ValueError as error:
        with pytest.raises(ValueError, match=str(error).split(",")[0][:30]):
            ours.train_test_split(X, y, **kwargs)
        return
    X_train, X_test, y_train, y_test = ours.train_test_split(X, y, **kwargs)
    assert [len(X_train), len(X_test), len(y_train), len(y_test)] == expected
    np.testing.assert_array_equal(X_train[:, 0] // 2, y_train)  # rows stay paired
    assert len(np.intersect1d(y_train, y_test)) == 0


def test_train_test_split_without_shuffle_and_with_frames():
    X = pd.DataFrame({"a": range(10)}, index=range(100, 110))
    y = list(range(10))
    mine = ours.train_test_split(X, y, shuffle=False, test_size=0.3)
    theirs = sk.train_test_split(X, y, shuffle=False, test_size=0.3)
    pd.testing.assert_frame_equal(mine[0], theirs[0])
    pd.testing.assert_frame_equal(mine[1], theirs[1])
    assert mine[2] == theirs[2] and mine[3] == theirs[3]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("test_size", [0.2, 0.25, 0.3])
def test_stratified_split_keeps_class_proportions(seed, test_size):
    rng = np.random.RandomState(seed)
    y = rng.choice([0, 1, 2], size=97, p=[0.5, 0.35, 0.15])
    X = np.arange(97)
    X_train, X_test, y_train, y_test = ours.train_test_split(
        X, y, test_size=test_size, stratify=y, random_state=seed
    )
    _, sk_test = sk.train_test_split(X, test_size=test_size, stratify=y, random_state=seed)
    assert len(X_test) == len(sk_test)
    np.testing.assert_array_equal(y[X_train], y_train)
    for label in (0, 1, 2):
        share = (y == label).sum() * len(X_test) / len(y)
        assert abs((y_test == label).sum() - share) < 1  # the exact share, rounded up or down


# --- cross-validation ------------------------------------------------------------------


@pytest.fixture(scope="module")
def iris():
    X, y = load_iris(return_X_y=True)
    return (X - X.mean(axis=0)) / X.std(axis=0), y  # standardized: logistic regression converges fast


@pytest.mark.parametrize(
    "estimator",
    [
        LogisticRegression(max_iter=500),
        DecisionTreeClassifier(random_state=0),
        make_pipeline(SkStandardScaler(), LogisticRegression()),
        NearestCentroid(shrink=0.2),
    ],
    ids=["logistic", "tree", "pipeline", "ours"],
)
@pytest.mark.parametrize("cv", [3, sk.KFold(4, shuffle=True, random_state=0), sk.LeaveOneOut()], ids=str)
def test_cross_val_score_matches_scikit_learn(iris, estimator, cv):
    X, y = iris
    if isinstance(cv, sk.LeaveOneOut):
        X, y = X[::10], y[::10]  # keep leave-one-out small
    np.testing.assert_allclose(
        ours.cross_val_score(estimator, X, y, cv=cv),
        sk.cross_val_score(estimator, X, y, cv=cv),
        rtol=0,
        atol=1e-12,
    )


@pytest.mark.parametrize(
    "scoring", ["accuracy", "f1_macro", "neg_log_loss", "roc_auc_ovr", "precision_weighted"]
)
def test_cross_val_score_with_named_scorers(iris, scoring):
    X, y = iris
    model = LogisticRegression(max_iter=500)
    np.testing.assert_allclose(
        ours.cross_val_score(model, X, y, scoring=scoring, cv=ours.StratifiedKFold(3)),
        sk.cross_val_score(model, X, y, scoring=scoring, cv=sk.StratifiedKFold(3)),
        rtol=0,
        atol=1e-12,
    )


def test_cross_validate(iris):
    X, y = iris

    def balanced_error(estimator, X, y):
        return -np.mean(estimator.predict(X) != y)

    model = LogisticRegression(max_iter=500)
    mine = ours.cross_validate(
        model,
        X,
        y,
        cv=4,
        scoring=balanced_error,
        return_train_score=True,
        return_estimator=True,
        return_indices=True,
    )
    theirs = sk.cross_validate(
        model,
        X,
        y,
        cv=4,
        scoring=balanced_error,
        return_train_score=True,
        return_estimator=True,
        return_indices=True,
    )
    assert mine.keys() == theirs.keys()
    for key in ("test_score", "train_score"):
        np.testing.assert_allclose(mine[key], theirs[key], rtol=0, atol=1e-12)
    assert (mine["fit_time"] > 0).all() and (mine["score_time"] > 0).all()
    for a, b in zip(mine["indices"]["test"], theirs["indices"]["test"], strict=True):
        np.testing.assert_array_equal(a, b)
    assert all(e is not model and hasattr(e, "coef_") for e in mine["estimator"])
    several = ours.cross_validate(model, X, y, cv=3, scoring=["accuracy", "f1_macro"])
    reference = sk.cross_validate(model, X, y, cv=3, scoring=["accuracy", "f1_macro"])
    for key in ("test_accuracy", "test_f1_macro"):
        np.testing.assert_allclose(several[key], reference[key], rtol=0, atol=1e-12)


def test_regression_cross_validation_uses_kfold():
    rng = np.random.RandomState(0)
    X, y = rng.randn(60, 3), rng.randn(60)
    for scoring in (None, "neg_mean_squared_error", "neg_mean_absolute_error", "r2"):
        np.testing.assert_allclose(
            ours.cross_val_score(Ridge(), X, y, cv=5, scoring=scoring),
            sk.cross_val_score(Ridge(), X, y, cv=5, scoring=scoring),
            rtol=0,
            atol=1e-12,
        )


def test_failed_fits_get_error_score(iris):
    X, y = iris
    bad = LogisticRegression(C=-1.0)
    with pytest.raises(ValueError, match="fits failed"):
        ours.cross_val_score(bad, X, y, cv=3)
    with pytest.raises(ValueError, match="C"):
        ours.cross_val_score(bad, X, y, cv=3, error_score="raise")


@pytest.mark.parametrize("train_sizes", [np.linspace(0.2, 1.0, 4), [20, 50, 100]])
def test_learning_curve_matches_scikit_learn(iris, train_sizes):
    X, y = iris
    model = LogisticRegression(max_iter=500)
    cv = sk.StratifiedKFold(3, shuffle=True, random_state=0)
    mine = ours.learning_curve(model, X, y, cv=cv, train_sizes=train_sizes)
    theirs = sk.learning_curve(model, X, y, cv=cv, train_sizes=train_sizes)
    np.testing.assert_array_equal(mine[0], theirs[0])
    for a, b in zip(mine[1:], theirs[1:], strict=True):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)


def test_validation_curve_matches_scikit_learn(iris):
    X, y = iris
    kwargs = {"param_name": "C", "param_range": [0.01, 0.1, 1.0, 10.0], "cv": 3}
    mine = ours.validation_curve(LogisticRegression(max_iter=500), X, y, **kwargs)
    theirs = sk.validation_curve(LogisticRegression(max_iter=500), X, y, **kwargs)
    assert mine[0].shape == (4, 3)
    for a, b in zip(mine, theirs, strict=True):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)


# --- clone -----------------------------------------------------------------------------


def test_clone_ours_and_scikit_learns(iris):
    X, y = iris
    fitted = NearestCentroid(shrink=0.3).fit(X, y)
    copy = ours.clone(fitted)
    assert type(copy) is NearestCentroid and copy.shrink == 0.3 and not hasattr(copy, "centroids_")
    pipeline = make_pipeline(SkStandardScaler(), LogisticRegression(C=0.5)).fit(X, y)
    copy = ours.clone(pipeline)
    assert copy.get_params()["logisticregression__C"] == 0.5
    assert copy.steps[1][1] is not pipeline.steps[1][1] and not hasattr(copy.steps[1][1], "coef_")
    search = ours.GridSearchCV(NearestCentroid(), {"shrink": [0.0, 0.5]})
    copy = ours.clone(search)
    assert copy.estimator is not search.estimator and copy.param_grid == search.param_grid
    with pytest.raises(TypeError, match="get_params"):
        ours.clone(object())


# --- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "phrase"),
    [
        (lambda m: list(m.KFold(5).split(np.zeros((3, 1)))), ValueError, "Cannot have number of splits"),
        (lambda m: m.KFold(1), ValueError, "at least one train/test split"),
        (lambda m: m.KFold(3, random_state=0), ValueError, "Setting a random_state has no effect"),
        (lambda m: list(m.LeaveOneOut().split(np.zeros((1, 1)))), ValueError, "Cannot perform LeaveOneOut"),
        (
            lambda m: list(m.StratifiedKFold(3).split(np.zeros((4, 1)), [0, 0, 1, 1])),
            ValueError,
            "cannot be greater than the number of members in each class",
        ),
        (
            lambda m: list(m.StratifiedKFold(2).split(np.zeros((4, 1)), [0.5, 1.5, 2.5, 3.1])),
            ValueError,
            "Supported target types are",
        ),
        (lambda m: m.train_test_split(np.zeros((10, 1)), test_size=11), ValueError, "test_size=11 should be"),
        (
            lambda m: m.train_test_split(np.zeros((10, 1)), test_size=1.5),
            ValueError,
            "test_size",
        ),
        (
            lambda m: m.train_test_split(np.zeros((10, 1)), test_size=0.6, train_size=0.6),
            ValueError,
            "The sum of test_size and train_size",
        ),
        (
            lambda m: m.train_test_split(np.zeros((10, 1)), np.zeros(9)),
            ValueError,
            "inconsistent numbers of samples",
        ),
        (
            lambda m: m.train_test_split(np.zeros((4, 1)), stratify=[0, 1, 1, 1]),
            ValueError,
            "The least populated class",
        ),
        (
            lambda m: m.train_test_split(np.zeros((4, 1)), shuffle=False, stratify=[0, 0, 1, 1]),
            ValueError,
            "Stratified train/test split is not implemented for shuffle=False",
        ),
        (lambda m: m.train_test_split(), ValueError, "At least one array required"),
    ],
)
def test_errors_match_scikit_learn(call, error, phrase):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(error, match=phrase):
            call(sk)
        with pytest.raises(error, match=phrase):
            call(ours)


def test_importing_model_selection_does_not_import_scikit_learn():
    code = (
        "import sys, mlroadmap.algorithms.model_selection; "
        "assert not [m for m in sys.modules if m.startswith('sklearn')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
