"""SimpleImputer agrees with scikit-learn on the raw penguins table and on real data with seeded holes."""

from __future__ import annotations

import numpy as np
import pytest
from palmerpenguins import load_penguins
from sklearn import datasets
from sklearn import impute as sk
from sklearn.base import clone
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline

from mlroadmap.algorithms.impute import SimpleImputer

PENGUINS = load_penguins()
NUMERIC = PENGUINS.select_dtypes("number")


def _with_holes(X, seed, fraction=0.15, marker=np.nan):
    rng = np.random.RandomState(seed)
    X = np.array(X, dtype=float)
    X[rng.rand(*X.shape) < fraction] = marker
    return X


TABLES = {
    "penguins_numeric": NUMERIC,
    "iris_holes": _with_holes(datasets.load_iris().data, 0),
    "diabetes_holes": _with_holes(datasets.load_diabetes().data, 1),
    "ties": np.array([[1.0, 5.0], [2.0, 5.0], [2.0, 3.0], [1.0, 3.0], [np.nan, np.nan]]),
}


def _assert_same(a, b):
    assert a.shape == b.shape
    if a.dtype.kind == "O" or b.dtype.kind == "O":
        assert [str(v) for v in a.ravel()] == [str(v) for v in b.ravel()]
    else:
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("strategy", ["mean", "median", "most_frequent", "constant"])
@pytest.mark.parametrize("keep_empty_features", [False, True])
def test_matches_scikit_learn(table, strategy, keep_empty_features):
    X = TABLES[table]
    params = {"strategy": strategy, "keep_empty_features": keep_empty_features}
    mine, theirs = SimpleImputer(**params).fit(X), sk.SimpleImputer(**params).fit(X)
    _assert_same(mine.statistics_, theirs.statistics_)
    assert mine.statistics_.dtype == theirs.statistics_.dtype
    _assert_same(mine.transform(X), theirs.transform(X))
    np.testing.assert_array_equal(mine.get_feature_names_out(), theirs.get_feature_names_out())


@pytest.mark.parametrize("strategy", ["most_frequent", "constant"])
def test_raw_penguins_with_strings(strategy):
    mine, theirs = (
        SimpleImputer(strategy=strategy).fit(PENGUINS),
        sk.SimpleImputer(strategy=strategy).fit(PENGUINS),
    )
    _assert_same(mine.statistics_, theirs.statistics_)
    _assert_same(mine.transform(PENGUINS), theirs.transform(PENGUINS))
    assert mine.transform(PENGUINS).dtype == object
    text = PENGUINS[["sex"]]
    for fill in ("unknown", None):
        params = {"strategy": "constant", "fill_value": fill}
        _assert_same(
            SimpleImputer(**params).fit_transform(text), sk.SimpleImputer(**params).fit_transform(text)
        )


def test_numeric_missing_marker_and_constant_fill():
    X = _with_holes(datasets.load_wine().data, 2, marker=-1.0)
    for strategy in ("mean", "median", "most_frequent"):
        mine = SimpleImputer(missing_values=-1, strategy=strategy).fit(X)
        theirs = sk.SimpleImputer(missing_values=-1, strategy=strategy).fit(X)
        _assert_same(mine.transform(X), theirs.transform(X))
    integers = np.random.RandomState(3).randint(0, 5, (40, 3))
    params = {"missing_values": 0, "strategy": "most_frequent"}
    mine, theirs = SimpleImputer(**params).fit(integers), sk.SimpleImputer(**params).fit(integers)
    assert mine.transform(integers).dtype == theirs.transform(integers).dtype
    _assert_same(mine.transform(integers), theirs.transform(integers))
    params = {"strategy": "constant", "fill_value": 7.5}
    _assert_same(
        SimpleImputer(**params).fit_transform(TABLES["iris_holes"]),
        sk.SimpleImputer(**params).fit_transform(TABLES["iris_holes"]),
    )


def test_empty_feature_is_dropped_with_a_warning():
    X = TABLES["ties"]
    with pytest.warns(UserWarning, match="Skipping features without any observed values"):
        out = (
            SimpleImputer()
            .fit(np.column_stack([X, np.full(5, np.nan)]))
            .transform(np.column_stack([X, np.full(5, np.nan)]))
        )
    assert out.shape == (5, 2)


def test_bad_input_raises_like_scikit_learn():
    cases = [
        ({}, np.array([["a", "b"], ["c", np.nan]], dtype=object), ValueError, "non-numeric data"),
        ({}, np.array([1.0, 2.0]), ValueError, "Expected 2D array"),
        ({}, np.empty((0, 2)), ValueError, "0 sample"),
        ({}, np.array([[1.0, np.inf]]), ValueError, "infinity"),
        ({"missing_values": -1}, np.array([[1.0, np.nan]]), ValueError, "NaN"),
        (
            {"strategy": "constant", "fill_value": "x"},
            np.array([[1.0, np.nan]]),
            ValueError,
            "cannot be cast",
        ),
        ({"missing_values": "NA"}, np.array([[1.0, 2.0]]), ValueError, "both numerical"),
        ({"strategy": "mode"}, np.array([[1.0]]), ValueError, "strategy"),
    ]
    for params, X, error, phrase in cases:
        for cls in (SimpleImputer, sk.SimpleImputer):
            with pytest.raises(error, match=phrase):
                cls(**params).fit_transform(X)
    fitted = SimpleImputer().fit(TABLES["iris_holes"])
    with pytest.raises(ValueError, match="features"):
        fitted.transform(np.ones((2, 3)))


def test_pipeline_grid_search_clone():
    X, y = datasets.load_diabetes(return_X_y=True)
    X = _with_holes(X, 4)
    grid = {"simpleimputer__strategy": ["mean", "median", "most_frequent"]}
    mine = GridSearchCV(make_pipeline(SimpleImputer(), Ridge()), grid, cv=3).fit(X, y)
    theirs = GridSearchCV(make_pipeline(sk.SimpleImputer(), Ridge()), grid, cv=3).fit(X, y)
    np.testing.assert_allclose(
        mine.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"], rtol=1e-10
    )
    imputer = SimpleImputer(strategy="constant", fill_value=3, keep_empty_features=True)
    assert clone(imputer).get_params() == imputer.get_params()
