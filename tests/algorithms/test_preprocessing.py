"""preprocessing agrees with scikit-learn on iris, wine, diabetes, the raw penguins table and random data."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from palmerpenguins import load_penguins
from sklearn import datasets
from sklearn import preprocessing as sk
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline, make_pipeline

from mlroadmap.algorithms import preprocessing as ours
from mlroadmap.algorithms.impute import SimpleImputer

TOL = {"rtol": 1e-12, "atol": 1e-12}


def _tables():
    penguins = load_penguins().select_dtypes("number").to_numpy(dtype=float)  # has NaN
    rng = np.random.RandomState(0)
    return {
        "iris": datasets.load_iris().data,
        "wine": datasets.load_wine().data,
        "diabetes": datasets.load_diabetes().data,
        "penguins": penguins,
        "random": rng.standard_normal((200, 6)) * rng.uniform(0.1, 100, 6) + rng.uniform(-50, 50, 6),
    }


TABLES = _tables()
SCALERS = [
    ("MinMaxScaler", {}),
    ("MinMaxScaler", {"feature_range": (-3, 2)}),
    ("RobustScaler", {}),
    ("RobustScaler", {"quantile_range": (10.0, 90.0), "with_centering": False}),
    ("RobustScaler", {"with_scaling": False}),
    ("RobustScaler", {"unit_variance": True}),
    ("StandardScaler", {}),
]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize(("name", "params"), SCALERS, ids=str)
def test_scalers_match_scikit_learn(table, name, params):
    X = TABLES[table]
    mine, theirs = getattr(ours, name)(**params).fit(X), getattr(sk, name)(**params).fit(X)
    np.testing.assert_allclose(mine.transform(X), theirs.transform(X), **TOL)
    shifted = X * 1.5 + 2  # data outside the training range
    np.testing.assert_allclose(mine.transform(shifted), theirs.transform(shifted), **TOL)
    np.testing.assert_allclose(mine.inverse_transform(mine.transform(X)), X, rtol=1e-10, atol=1e-10)
    for attribute in ("scale_", "min_", "data_min_", "data_max_", "data_range_", "center_"):
        if hasattr(theirs, attribute) and getattr(theirs, attribute) is not None:
            np.testing.assert_allclose(getattr(mine, attribute), getattr(theirs, attribute), **TOL)


def test_min_max_clip_and_constant_column():
    X = TABLES["iris"].copy()
    X[:, 1] = 3.0
    mine = ours.MinMaxScaler(clip=True).fit(X)
    theirs = sk.MinMaxScaler(clip=True).fit(X)
    outside = X * 3 - 5
    np.testing.assert_allclose(mine.transform(outside), theirs.transform(outside), **TOL)
    assert mine.transform(outside).min() == 0 and mine.transform(outside).max() == 1
    np.testing.assert_array_equal(mine.transform(X)[:, 1], 0.0)


@pytest.mark.parametrize("table", ["iris", "wine", "diabetes", "random"])
@pytest.mark.parametrize("norm", ["l1", "l2", "max"])
def test_normalizer_matches(table, norm):
    X = TABLES[table].copy()
    X[0] = 0.0  # a zero row stays zero
    np.testing.assert_allclose(
        ours.Normalizer(norm=norm).fit_transform(X), sk.Normalizer(norm=norm).fit_transform(X), **TOL
    )


@pytest.mark.parametrize("table", ["iris", "wine", "diabetes"])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"degree": 3},
        {"degree": 3, "interaction_only": True},
        {"degree": 2, "include_bias": False},
        {"degree": (2, 3)},
        {"degree": (0, 2), "include_bias": False},
        {"degree": 0},
    ],
    ids=str,
)
def test_polynomial_features_match(table, params):
    X = TABLES[table][:, :5]
    mine, theirs = ours.PolynomialFeatures(**params).fit(X), sk.PolynomialFeatures(**params).fit(X)
    np.testing.assert_array_equal(mine.powers_, theirs.powers_)
    assert mine.n_output_features_ == theirs.n_output_features_
    np.testing.assert_array_equal(mine.get_feature_names_out(), theirs.get_feature_names_out())
    names = [f"f{i}" for i in range(X.shape[1])]
    np.testing.assert_array_equal(mine.get_feature_names_out(names), theirs.get_feature_names_out(names))
    np.testing.assert_allclose(mine.transform(X), theirs.transform(X), **TOL)


# --- encoders ---------------------------------------------------------------------------------


def _dense(result):
    return result.toarray() if hasattr(result, "toarray") else result


def _same_categories(mine, theirs):
    assert len(mine) == len(theirs)
    for a, b in zip(mine, theirs, strict=True):
        assert a.dtype == b.dtype
        assert [str(v) for v in a.tolist()] == [str(v) for v in b.tolist()]


PENGUINS = load_penguins()  # raw: string columns, NaN in numbers and in "sex"
STRINGS = np.array([["b", "x"], ["a", "y"], ["c", "x"], ["a", "z"], ["b", "y"]], dtype=object)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"sparse_output": False},
        {"drop": "first"},
        {"drop": "if_binary", "sparse_output": False},
        {"handle_unknown": "ignore", "sparse_output": False},
        {"dtype": np.int32},
    ],
    ids=str,
)
@pytest.mark.parametrize("data", ["penguins", "strings", "numbers"])
def test_one_hot_encoder_matches(params, data):
    X = {
        "penguins": PENGUINS,
        "strings": STRINGS,
        "numbers": np.random.RandomState(1).randint(0, 4, (50, 3)).astype(float),
    }[data]
    mine, theirs = ours.OneHotEncoder(**params).fit(X), sk.OneHotEncoder(**params).fit(X)
    _same_categories(mine.categories_, theirs.categories_)
    out_mine, out_theirs = mine.transform(X), theirs.transform(X)
    assert type(out_mine) is type(out_theirs)
    assert out_mine.dtype == out_theirs.dtype
    np.testing.assert_array_equal(_dense(out_mine), _dense(out_theirs))
    np.testing.assert_array_equal(mine.get_feature_names_out(), theirs.get_feature_names_out())
    if theirs.drop_idx_ is None:
        assert mine.drop_idx_ is None
    else:
        assert mine.drop_idx_.tolist() == theirs.drop_idx_.tolist()


def test_one_hot_unknown_categories():
    mine, theirs = ours.OneHotEncoder().fit(STRINGS), sk.OneHotEncoder().fit(STRINGS)
    new = np.array([["d", "x"]], dtype=object)
    for encoder in (mine, theirs):
        with pytest.raises(ValueError, match="Found unknown categories"):
            encoder.transform(new)
    for handle in ("ignore", "infrequent_if_exist"):
        mine = ours.OneHotEncoder(handle_unknown=handle, sparse_output=False).fit(STRINGS)
        theirs = sk.OneHotEncoder(handle_unknown=handle, sparse_output=False).fit(STRINGS)
        np.testing.assert_array_equal(mine.transform(new), theirs.transform(new))
    mine = ours.OneHotEncoder(handle_unknown="ignore", drop="first").fit(STRINGS)
    with pytest.warns(UserWarning, match="unknown categories will be encoded as all zeros"):
        assert mine.transform(new).toarray().tolist() == [[0, 0, 0, 0]]


def test_one_hot_given_categories_and_inverse():
    categories = [["c", "a", "b", "d"], ["z", "y", "x"]]
    mine = ours.OneHotEncoder(categories=categories, sparse_output=False).fit(STRINGS)
    theirs = sk.OneHotEncoder(categories=categories, sparse_output=False).fit(STRINGS)
    _same_categories(mine.categories_, theirs.categories_)
    np.testing.assert_array_equal(mine.transform(STRINGS), theirs.transform(STRINGS))
    np.testing.assert_array_equal(mine.get_feature_names_out(), theirs.get_feature_names_out())
    np.testing.assert_array_equal(mine.inverse_transform(mine.transform(STRINGS)), STRINGS)
    with pytest.raises(ValueError, match="Found unknown categories"):
        ours.OneHotEncoder(categories=[["a", "b"], ["x", "y", "z"]]).fit(STRINGS)
    with pytest.raises(ValueError, match="Unsorted categories"):
        ours.OneHotEncoder(categories=[[2.0, 1.0]]).fit([[1.0], [2.0]])


@pytest.mark.parametrize(
    "params",
    [{}, {"handle_unknown": "use_encoded_value", "unknown_value": -1}, {"encoded_missing_value": -2}],
    ids=str,
)
@pytest.mark.parametrize("data", ["penguins", "strings"])
def test_ordinal_encoder_matches(params, data):
    X = PENGUINS if data == "penguins" else STRINGS
    mine, theirs = ours.OrdinalEncoder(**params).fit(X), sk.OrdinalEncoder(**params).fit(X)
    _same_categories(mine.categories_, theirs.categories_)
    np.testing.assert_array_equal(mine.transform(X), theirs.transform(X))
    if "unknown_value" in params:
        new = (
            np.array([["q", "x"], ["a", "w"]], dtype=object)
            if data == "strings"
            else PENGUINS.iloc[:3].copy()
        )
        if data == "penguins":
            new.loc[:, "island"] = "Atlantis"
        np.testing.assert_array_equal(mine.transform(new), theirs.transform(new))


def test_ordinal_encoder_errors_and_inverse():
    with pytest.raises(ValueError, match="Found unknown categories"):
        ours.OrdinalEncoder().fit(STRINGS).transform(np.array([["q", "x"]], dtype=object))
    with pytest.raises(TypeError, match="unknown_value should only be set"):
        ours.OrdinalEncoder(unknown_value=-1).fit(STRINGS)
    with pytest.raises(ValueError, match="already used for encoding"):
        ours.OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=1).fit(STRINGS)
    encoder = ours.OrdinalEncoder().fit(STRINGS)
    np.testing.assert_array_equal(encoder.inverse_transform(encoder.transform(STRINGS)), STRINGS)


@pytest.mark.parametrize("cls", ["OneHotEncoder", "OrdinalEncoder"])
def test_encoder_input_errors(cls):
    for bad, error, phrase in [
        (np.array([["a"], [1]], dtype=object), TypeError, "uniformly strings or numbers"),
        (np.array(["a", "b"], dtype=object), ValueError, "Expected 2D array"),
        (np.empty((0, 2), dtype=object), ValueError, "0 sample"),
        (np.array([[1.0], [np.inf]]), ValueError, "infinity"),
    ]:
        for module in (ours, sk):
            with pytest.raises(error, match=phrase):
                getattr(module, cls)().fit(bad)


# --- bad input for the numeric transformers ----------------------------------------------------


@pytest.mark.parametrize("name", ["MinMaxScaler", "RobustScaler", "Normalizer", "PolynomialFeatures"])
def test_numeric_bad_input_raises_like_scikit_learn(name):
    cases = [
        (np.array([[1.0, np.inf]] * 3), ValueError, "infinity"),
        (np.array([1.0, 2.0, 3.0]), ValueError, "Expected 2D array"),
        (np.empty((0, 3)), ValueError, "0 sample"),
        (np.array([["a", "b"]] * 2), ValueError, "could not convert|not compatible"),
    ]
    if name in ("Normalizer", "PolynomialFeatures"):
        cases.append((np.array([[1.0, np.nan]] * 3), ValueError, "NaN"))
    for X, error, phrase in cases:
        for module in (ours, sk):
            with pytest.raises(error, match=phrase):
                getattr(module, name)().fit_transform(X)


def test_parameter_errors():
    with pytest.raises(ValueError, match="Minimum of desired feature range"):
        ours.MinMaxScaler(feature_range=(1, 0)).fit(TABLES["iris"])
    with pytest.raises(ValueError, match="Invalid quantile range"):
        ours.RobustScaler(quantile_range=(80, 20)).fit(TABLES["iris"])
    with pytest.raises(ValueError, match="empty output array"):
        ours.PolynomialFeatures(0, include_bias=False).fit(TABLES["iris"])
    with pytest.raises(ValueError, match="min_degree <= max_degree"):
        ours.PolynomialFeatures((3, 2)).fit(TABLES["iris"])


# --- working inside scikit-learn's tools -------------------------------------------------------


def test_pipeline_grid_search_and_clone():
    X, y = datasets.load_iris(return_X_y=True)
    pipeline = Pipeline(
        [
            ("poly", ours.PolynomialFeatures()),
            ("scale", ours.MinMaxScaler()),
            ("model", LogisticRegression(max_iter=2000)),
        ]
    )
    search = GridSearchCV(pipeline, {"poly__degree": [1, 2], "scale__feature_range": [(0, 1), (-1, 1)]}, cv=3)
    search.fit(X, y)
    reference = GridSearchCV(
        Pipeline(
            [
                ("poly", sk.PolynomialFeatures()),
                ("scale", sk.MinMaxScaler()),
                ("model", LogisticRegression(max_iter=2000)),
            ]
        ),
        {"poly__degree": [1, 2], "scale__feature_range": [(0, 1), (-1, 1)]},
        cv=3,
    ).fit(X, y)
    np.testing.assert_allclose(
        search.cv_results_["mean_test_score"], reference.cv_results_["mean_test_score"]
    )
    for estimator in (ours.RobustScaler(quantile_range=(5.0, 95.0)), ours.OneHotEncoder(drop="first")):
        copy = clone(estimator)
        assert copy is not estimator and copy.get_params() == estimator.get_params()


def test_column_transformer_on_raw_penguins():
    penguins = PENGUINS.dropna(subset=["species"])
    X, y = penguins.drop(columns="species"), penguins["species"]
    numeric = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "year"]
    text = ["island", "sex"]

    def build(module, imputer):
        return ColumnTransformer(
            [
                ("num", make_pipeline(imputer(strategy="median"), module.StandardScaler()), numeric),
                (
                    "cat",
                    make_pipeline(
                        imputer(strategy="most_frequent"),
                        module.OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                    ),
                    text,
                ),
            ]
        )

    from sklearn.impute import SimpleImputer as SkImputer

    mine, theirs = build(ours, SimpleImputer).fit(X), build(sk, SkImputer).fit(X)
    np.testing.assert_allclose(mine.transform(X), theirs.transform(X), **TOL)
    np.testing.assert_array_equal(mine.get_feature_names_out(), theirs.get_feature_names_out())
    model = make_pipeline(build(ours, SimpleImputer), LogisticRegression(max_iter=1000)).fit(X, y)
    assert model.score(X, y) > 0.95


def test_no_warnings_on_clean_fit():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ours.OneHotEncoder().fit_transform(PENGUINS)
        ours.OrdinalEncoder().fit_transform(PENGUINS)
