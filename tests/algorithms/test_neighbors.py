"""k-nearest neighbours against scikit-learn on iris, wine and digits, and on bad input.

Exact ties (equal distances) are common on these data sets (iris has one decimal, digits
are integers). Our order is (distance, training index); scikit-learn's is not defined for
ties (its brute force and KD-tree disagree with each other there), so indices are compared
exactly on the rows where the k+1 nearest distances are all distinct, and elsewhere checked
against an independent oracle (SciPy's ``cdist`` with a stable sort).
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import cdist
from sklearn import datasets
from sklearn import neighbors as sk_neighbors
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.algorithms.neighbors import KNeighborsClassifier, KNeighborsRegressor

METRICS = [("euclidean", 2), ("manhattan", 2), ("minkowski", 3)]
SCIPY_METRIC = {
    "euclidean": ("euclidean", {}),
    "manhattan": ("cityblock", {}),
    "minkowski": ("minkowski", {"p": 3}),
}
K = 5


def _data(name):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    if name == "digits":  # the KD-tree query loops in Python: a subset keeps the test short
        return X[:600], y[:600], X[600:700]
    return X, y, X[::3] + 0.05


def _untied_rows(distances_k_plus_1):
    """Rows whose k+1 nearest distances are pairwise distinct (beyond rounding)."""
    gaps = np.diff(distances_k_plus_1, axis=1)
    return (gaps > 1e-9 * np.maximum(distances_k_plus_1[:, 1:], 1)).all(axis=1)


@pytest.mark.parametrize("algorithm", ["brute", "kd_tree"])
@pytest.mark.parametrize(("metric", "p"), METRICS)
@pytest.mark.parametrize("name", ["iris", "wine", "digits"])
def test_classifier_matches_scikit_learn(name, metric, p, algorithm):
    X, y, queries = _data(name)
    params = {"n_neighbors": K, "algorithm": algorithm, "metric": metric, "p": p}
    # scikit-learn's brute-force Euclidean distances come from |x|^2 - 2x.z + |z|^2 and lose
    # digits near 0; its KD-tree sums squared differences, as we report them.
    exact = sk_neighbors.NearestNeighbors(algorithm="kd_tree", metric=metric, p=p).fit(X)
    scipy_metric, kwargs = SCIPY_METRIC[metric]
    for query in (queries, None) if name != "digits" else (queries,):
        ours = KNeighborsClassifier(**params).fit(X, y)
        theirs = sk_neighbors.KNeighborsClassifier(**params).fit(X, y)
        distances, indices = ours.kneighbors(query)
        their_indices = theirs.kneighbors(query, return_distance=False)
        reference = exact.kneighbors(query, n_neighbors=K + 1)[0]
        np.testing.assert_allclose(distances, reference[:, :K], rtol=0, atol=1e-10)
        untied = _untied_rows(reference)
        assert untied.any()  # iris with the Manhattan distance is the most tied: 2% of rows untied
        np.testing.assert_array_equal(indices[untied], their_indices[untied])
        # Every row, tied or not: the neighbours are at the distances reported, in order.
        all_distances = cdist(X if query is None else query, X, scipy_metric, **kwargs)
        np.testing.assert_allclose(np.take_along_axis(all_distances, indices, axis=1), distances, atol=1e-10)
        assert (np.diff(distances, axis=1) >= 0).all()
        if query is None:
            assert not (indices == np.arange(len(X))[:, None]).any()
            continue
        # Predictions where the neighbour set is unambiguous: identical, for both weightings.
        for weights in ("uniform", "distance"):
            ours.set_params(weights=weights).fit(X, y)
            theirs.set_params(weights=weights).fit(X, y)
            np.testing.assert_array_equal(ours.predict(query)[untied], theirs.predict(query)[untied])
            np.testing.assert_allclose(
                ours.predict_proba(query)[untied], theirs.predict_proba(query)[untied], atol=1e-12
            )


@pytest.mark.parametrize("name", ["iris", "wine", "digits"])
def test_auto_chooses_as_scikit_learn(name):
    X, y, _ = _data(name)
    for k in (5, len(X) // 2):
        ours = KNeighborsClassifier(k).fit(X, y)
        assert ours._fit_method == sk_neighbors.KNeighborsClassifier(k).fit(X, y)._fit_method


@pytest.mark.parametrize("algorithm", ["brute", "kd_tree"])
@pytest.mark.parametrize("weights", ["uniform", "distance"])
def test_regressor_matches_scikit_learn(weights, algorithm):
    X, y = datasets.load_diabetes(return_X_y=True)
    X_train, y_train, X_test = X[:350], y[:350], X[350:]
    for metric, p in METRICS:
        params = {"n_neighbors": 7, "weights": weights, "algorithm": algorithm, "metric": metric, "p": p}
        ours = KNeighborsRegressor(**params).fit(X_train, y_train)
        theirs = sk_neighbors.KNeighborsRegressor(**params).fit(X_train, y_train)
        np.testing.assert_allclose(ours.predict(X_test), theirs.predict(X_test), rtol=1e-12)
        np.testing.assert_array_equal(ours.kneighbors(X_test)[1], theirs.kneighbors(X_test)[1])
        assert ours.score(X_test, y[350:]) == pytest.approx(theirs.score(X_test, y[350:]), abs=1e-12)


def test_distance_weights_at_zero_distance_and_random_data():
    rng = np.random.RandomState(0)
    X = rng.normal(size=(300, 4))
    y = rng.randint(0, 3, size=300)
    # The oracle is scikit-learn's KD-tree: its brute force finds about 1e-8, not 0, between a
    # point and itself (the cancellation of the |x|^2 - 2x.z + |z|^2 expansion), so it gives
    # the other neighbours weights of about 1e-7 where the coinciding point should take all.
    theirs = sk_neighbors.KNeighborsClassifier(9, weights="distance", algorithm="kd_tree").fit(X, y)
    for algorithm in ("brute", "kd_tree"):
        ours = KNeighborsClassifier(9, weights="distance", algorithm=algorithm).fit(X, y)
        queries = np.vstack((X[:20], rng.normal(size=(50, 4))))  # the first 20 coincide with training points
        np.testing.assert_allclose(ours.predict_proba(queries), theirs.predict_proba(queries), atol=1e-12)
        np.testing.assert_array_equal(ours.kneighbors(queries, 3)[1], theirs.kneighbors(queries, 3)[1])
        np.testing.assert_array_equal(
            ours.kneighbors(n_neighbors=4, return_distance=False),
            theirs.kneighbors(n_neighbors=4, return_distance=False),
        )


def test_string_labels_and_single_class():
    X, y = datasets.load_iris(return_X_y=True)
    names = np.array(["setosa", "versicolor", "virginica"])[y]
    ours = KNeighborsClassifier().fit(X, names)
    np.testing.assert_array_equal(ours.classes_, ["setosa", "versicolor", "virginica"])
    np.testing.assert_array_equal(
        ours.predict(X), sk_neighbors.KNeighborsClassifier().fit(X, names).predict(X)
    )
    # Like scikit-learn, a single class is accepted: every prediction is that class.
    one = KNeighborsClassifier().fit(X[:40], names[:40])
    np.testing.assert_array_equal(
        one.predict(X[100:]), sk_neighbors.KNeighborsClassifier().fit(X[:40], names[:40]).predict(X[100:])
    )


@pytest.mark.parametrize("cls", [KNeighborsClassifier, KNeighborsRegressor])
def test_bad_input_raises_like_scikit_learn(cls):
    sk_cls = getattr(sk_neighbors, cls.__name__)
    X = np.arange(40.0).reshape(20, 2)
    y = np.arange(20) % 2
    cases = [
        ("NaN", np.where(X == 3, np.nan, X), y, "NaN"),
        ("inf", np.where(X == 3, np.inf, X), y, "infinity"),
        ("empty", np.empty((0, 2)), np.empty(0), "0 sample"),
        ("1-D", X[:, 0], y, "Expected 2D array"),
        ("lengths", X, y[:-1], "inconsistent numbers of samples"),
    ]
    for label, X_bad, y_bad, phrase in cases:
        with pytest.raises(ValueError) as theirs:
            sk_cls().fit(X_bad, y_bad)
        with pytest.raises(type(theirs.value), match=phrase):
            cls().fit(X_bad, y_bad)
        assert phrase.lower() in str(theirs.value).lower(), label
    with pytest.raises(ValueError, match="Expected n_neighbors <= n_samples_fit"):
        sk_cls(n_neighbors=30).fit(X, y).predict(X)
    with pytest.raises(ValueError, match="Expected n_neighbors <= n_samples_fit"):
        cls(n_neighbors=30).fit(X, y).predict(X)
    with pytest.raises(ValueError, match="X has 3 features"):
        cls().fit(X, y).predict(np.ones((2, 3)))


def test_pipeline_grid_search_and_clone():
    X, y = datasets.load_wine(return_X_y=True)
    grid = {
        "kneighborsclassifier__n_neighbors": [1, 5, 9],
        "kneighborsclassifier__weights": ["uniform", "distance"],
    }
    ours = GridSearchCV(make_pipeline(StandardScaler(), KNeighborsClassifier()), grid, cv=3).fit(X, y)
    theirs = GridSearchCV(
        make_pipeline(StandardScaler(), sk_neighbors.KNeighborsClassifier()), grid, cv=3
    ).fit(X, y)
    assert ours.best_params_ == theirs.best_params_
    np.testing.assert_allclose(ours.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"])
    model = KNeighborsRegressor(3, weights="distance", algorithm="kd_tree", leaf_size=5)
    copy = clone(model)
    assert copy is not model and copy.get_params() == model.get_params()
