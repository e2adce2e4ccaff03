"""GridSearchCV picks the same candidate and reports the same scores as scikit-learn's,
and passes scikit-learn's estimator checks (built with an inner estimator)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from sklearn import model_selection as sk
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.naive_bayes import GaussianNB
from sklearn.svm import SVC

from mlroadmap.algorithms import model_selection as ours

from .expected_failures.model_selection import EXPECTED


@pytest.fixture(scope="module")
def iris():
    X, y = load_iris(return_X_y=True)
    return (X - X.mean(axis=0)) / X.std(axis=0), y


def assert_same_results(mine, theirs, keys):
    for key in keys:
        np.testing.assert_allclose(mine.cv_results_[key], theirs.cv_results_[key], rtol=0, atol=1e-12)
    assert mine.cv_results_["params"] == theirs.cv_results_["params"]
    np.testing.assert_array_equal(mine.cv_results_["rank_test_score"], theirs.cv_results_["rank_test_score"])
    assert mine.best_index_ == theirs.best_index_
    assert mine.best_params_ == theirs.best_params_
    assert mine.best_score_ == pytest.approx(theirs.best_score_, abs=1e-12)


@pytest.mark.parametrize(
    ("grid", "scoring", "cv"),
    [
        ({"C": [0.1, 1, 10], "kernel": ["linear", "rbf"]}, None, None),
        ([{"kernel": ["linear"], "C": [0.5, 5]}, {"kernel": ["rbf"], "gamma": [0.1, 1.0]}], "f1_macro", 3),
        ({"C": [0.01, 100]}, "accuracy", sk.KFold(4, shuffle=True, random_state=0)),
    ],
)
def test_grid_search_matches_scikit_learn_on_iris(iris, grid, scoring, cv):
    X, y = iris
    mine = ours.GridSearchCV(SVC(), grid, scoring=scoring, cv=cv, return_train_score=True).fit(X, y)
    theirs = sk.GridSearchCV(SVC(), grid, scoring=scoring, cv=cv, return_train_score=True).fit(X, y)
    n_splits = theirs.n_splits_
    keys = ["mean_test_score", "std_test_score", "mean_train_score", "std_train_score"]
    keys += [f"split{i}_test_score" for i in range(n_splits)]
    assert_same_results(mine, theirs, keys)
    assert mine.n_splits_ == n_splits
    for name in theirs.cv_results_:
        if name.startswith("param_"):
            assert mine.cv_results_[name].tolist() == theirs.cv_results_[name].tolist()
            np.testing.assert_array_equal(mine.cv_results_[name].mask, theirs.cv_results_[name].mask)
    np.testing.assert_array_equal(mine.predict(X), theirs.predict(X))
    assert mine.score(X, y) == pytest.approx(theirs.score(X, y), abs=1e-12)
    np.testing.assert_array_equal(mine.classes_, theirs.classes_)
    assert hasattr(mine, "predict_proba") == hasattr(theirs, "predict_proba") is False
    assert hasattr(mine, "decision_function")


def test_multimetric_refit_and_callable_refit(iris):
    X, y = iris
    grid = {"C": [0.01, 0.1, 1.0]}
    scoring = {"acc": "accuracy", "nll": "neg_log_loss"}
    mine = ours.GridSearchCV(LogisticRegression(), grid, scoring=scoring, refit="nll", cv=3).fit(X, y)
    theirs = sk.GridSearchCV(LogisticRegression(), grid, scoring=scoring, refit="nll", cv=3).fit(X, y)
    for key in ("mean_test_acc", "mean_test_nll", "rank_test_acc", "rank_test_nll"):
        np.testing.assert_allclose(mine.cv_results_[key], theirs.cv_results_[key], rtol=0, atol=1e-12)
    assert mine.best_params_ == theirs.best_params_
    assert mine.score(X, y) == pytest.approx(theirs.score(X, y), abs=1e-12)

    def simplest(results):
        return int(np.argmin(results["param_C"]))

    mine = ours.GridSearchCV(LogisticRegression(), grid, refit=simplest, cv=3).fit(X, y)
    assert mine.best_params_ == {"C": 0.01}
    with pytest.raises(ValueError, match="For multi-metric scoring, the parameter refit"):
        ours.GridSearchCV(LogisticRegression(), grid, scoring=scoring, cv=3).fit(X, y)


def test_refit_false_hides_predict(iris):
    X, y = iris
    search = ours.GridSearchCV(LogisticRegression(), {"C": [0.1, 1.0]}, refit=False, cv=3).fit(X, y)
    assert search.best_params_ and not hasattr(search, "best_estimator_")
    assert not hasattr(search, "predict")


def test_regression_grid_search_matches_scikit_learn():
    rng = np.random.RandomState(0)
    X = rng.randn(80, 5)
    y = X @ rng.randn(5) + rng.randn(80)
    grid = {"alpha": np.logspace(-3, 3, 7)}
    for scoring in (None, "neg_mean_squared_error"):
        mine = ours.GridSearchCV(Ridge(), grid, scoring=scoring).fit(X, y)
        theirs = sk.GridSearchCV(Ridge(), grid, scoring=scoring).fit(X, y)
        assert_same_results(mine, theirs, ["mean_test_score", "std_test_score"])


def test_bad_grids():
    with pytest.raises(TypeError, match="needs to be a list or a numpy array"):
        list(ours.ParameterGrid({"C": 1.0}))
    with pytest.raises(ValueError, match="need to be a non-empty sequence"):
        list(ours.ParameterGrid({"C": []}))
    assert list(ours.ParameterGrid({"b": [1, 2], "a": ["x"]})) == list(
        sk.ParameterGrid({"b": [1, 2], "a": ["x"]})
    )


@pytest.mark.parametrize(
    "search",
    [
        ours.GridSearchCV(GaussianNB(), {"var_smoothing": [1e-9, 1e-6]}, cv=2),
        ours.GridSearchCV(Ridge(), {"alpha": [0.1, 1.0]}, cv=2),
    ],
    ids=["classifier", "regressor"],
)
def test_passes_scikit_learns_estimator_checks(search):
    from sklearn.utils.estimator_checks import check_estimator

    expected = EXPECTED.get("GridSearchCV", {})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = check_estimator(search, on_fail=None, expected_failed_checks=expected)
    problems = [
        f"{r['check_name']}: {r['status']}: {str(r['exception'])[:300]}"
        for r in results
        if r["status"] not in ("passed", "xfail")
        and not (r["check_name"] == "check_array_api_input" and r["status"] == "skipped")
    ]
    assert not problems, "\n".join(problems)
