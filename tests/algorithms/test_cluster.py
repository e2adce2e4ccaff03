"""KMeans against scikit-learn's KMeans on real and synthetic data."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.cluster import DBSCAN as SklearnDBSCAN
from sklearn.cluster import KMeans as SklearnKMeans
from sklearn.datasets import make_blobs, make_moons
from sklearn.metrics import adjusted_rand_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.algorithms.cluster import DBSCAN, KMeans, _radius_neighbors
from mlroadmap.datasets import load_digits, load_iris, load_wine

DATA = {
    "iris": (load_iris().data, 3),
    "wine": (load_wine().data, 3),
    "digits": (load_digits().data, 10),
    "blobs": (make_blobs(n_samples=500, n_features=5, centers=4, random_state=1)[0], 4),
    "moons": (make_moons(n_samples=300, noise=0.05, random_state=0)[0], 2),
}


@pytest.mark.parametrize("name", DATA)
def test_same_initial_centres_give_identical_labels_and_inertia(name):
    X, k = DATA[name]
    init = X[np.random.default_rng(0).choice(len(X), k, replace=False)]
    ours = KMeans(k, init=init, n_init=1).fit(X)
    theirs = SklearnKMeans(k, init=init, n_init=1).fit(X)
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)
    assert ours.inertia_ == pytest.approx(theirs.inertia_, rel=1e-8)
    np.testing.assert_allclose(ours.cluster_centers_, theirs.cluster_centers_, atol=1e-8)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))
    np.testing.assert_allclose(ours.transform(X), theirs.transform(X), atol=1e-8)
    assert ours.score(X) == pytest.approx(theirs.score(X), rel=1e-8)


@pytest.mark.parametrize("name", DATA)
@pytest.mark.parametrize("seed", [0, 1])
def test_kmeans_plus_plus_with_the_same_seed_finds_the_same_clustering(name, seed):
    X, k = DATA[name]
    ours = KMeans(k, random_state=seed).fit(X)
    theirs = SklearnKMeans(k, random_state=seed).fit(X)
    assert adjusted_rand_score(ours.labels_, theirs.labels_) >= 0.99
    assert ours.inertia_ == pytest.approx(theirs.inertia_, rel=1e-6)


def test_random_init_with_restarts_is_as_good_as_scikit_learns():
    X, k = DATA["digits"]
    ours = KMeans(k, init="random", n_init=10, random_state=0).fit(X)
    theirs = SklearnKMeans(k, init="random", n_init=10, random_state=0).fit(X)
    assert ours.inertia_ <= theirs.inertia_ * 1.02


@pytest.mark.parametrize(
    ("X", "kwargs", "phrase"),
    [
        (np.array([[1.0, np.nan], [2.0, 3.0], [0.0, 1.0]]), {"n_clusters": 2}, "NaN"),
        (np.ones((2, 3)), {"n_clusters": 3}, "n_samples=2 should be >= n_clusters=3"),
        (np.ones(5), {"n_clusters": 2}, "Expected 2D array"),
        (np.ones((4, 2)), {"n_clusters": 2, "init": np.ones((3, 2))}, "does not match"),
    ],
)
def test_bad_input_is_a_value_error_like_scikit_learns(X, kwargs, phrase):
    with pytest.raises(ValueError):
        SklearnKMeans(**kwargs).fit(X)
    with pytest.raises(ValueError) as error:
        KMeans(**kwargs).fit(X)
    assert phrase in str(error.value)


def test_works_in_a_pipeline_grid_search_and_clone():
    X, _ = DATA["blobs"]
    search = GridSearchCV(
        make_pipeline(StandardScaler(), KMeans(random_state=0)), {"kmeans__n_clusters": [2, 4]}, cv=3
    )
    search.fit(X)
    assert search.best_params_["kmeans__n_clusters"] == 4  # more clusters, lower inertia, higher score
    assert clone(KMeans(5, random_state=3)).get_params()["n_clusters"] == 5


DBSCAN_CASES = {
    "moons": (make_moons(n_samples=300, noise=0.05, random_state=0)[0], 0.2),
    "blobs": (make_blobs(n_samples=500, n_features=5, centers=4, random_state=1)[0], 1.5),
    "iris": (StandardScaler().fit_transform(load_iris().data), 0.5),
    "wine": (StandardScaler().fit_transform(load_wine().data), 2.0),
    "digits": (load_digits().data, 20.0),
}


@pytest.mark.parametrize("name", DBSCAN_CASES)
@pytest.mark.parametrize("metric", ["euclidean", "manhattan"])
@pytest.mark.parametrize("min_samples", [3, 5, 10])
def test_dbscan_gives_scikit_learns_labels_and_core_points(name, metric, min_samples):
    X, eps = DBSCAN_CASES[name]
    ours = DBSCAN(eps, min_samples=min_samples, metric=metric).fit(X)
    theirs = SklearnDBSCAN(eps=eps, min_samples=min_samples, metric=metric).fit(X)
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)
    np.testing.assert_array_equal(ours.core_sample_indices_, theirs.core_sample_indices_)
    np.testing.assert_array_equal(ours.components_, theirs.components_)


def test_dbscan_separates_the_two_moons_where_kmeans_cannot():
    X, eps = DBSCAN_CASES["moons"]
    truth = make_moons(n_samples=300, noise=0.05, random_state=0)[1]
    assert adjusted_rand_score(truth, DBSCAN(eps).fit_predict(X)) == 1.0
    assert adjusted_rand_score(truth, KMeans(2, random_state=0).fit_predict(X)) < 0.5


@pytest.mark.parametrize(
    ("kwargs", "phrase"), [({"eps": 0.0}, "eps"), ({"eps": -1.0}, "eps"), ({"min_samples": 0}, "min_samples")]
)
def test_dbscan_bad_parameters_are_value_errors_like_scikit_learns(kwargs, phrase):
    X = DBSCAN_CASES["moons"][0]
    with pytest.raises(ValueError):
        SklearnDBSCAN(**kwargs).fit(X)
    with pytest.raises(ValueError, match=phrase):
        DBSCAN(**kwargs).fit(X)


# The grid (cell list) neighbour search of DBSCAN in 1 to 4 dimensions: same labels, core
# points and border assignments as scikit-learn, whose KD-tree it must round like.


def assert_same_dbscan(X, eps, min_samples=5, metric="euclidean", p=2):
    ours = DBSCAN(eps, min_samples=min_samples, metric=metric, p=p).fit(X)
    theirs = SklearnDBSCAN(eps=eps, min_samples=min_samples, metric=metric, p=p).fit(X)
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)
    np.testing.assert_array_equal(ours.core_sample_indices_, theirs.core_sample_indices_)
    np.testing.assert_array_equal(ours.components_, theirs.components_)


MOONS_5000 = make_moons(n_samples=5000, noise=0.05, random_state=0)[0]


def test_low_dimensional_data_takes_the_grid():
    assert _radius_neighbors.grid_radius_neighbors(MOONS_5000, 0.1, 2.0) is not None


@pytest.mark.parametrize("eps", [0.02, 0.04, 0.1])
@pytest.mark.parametrize("min_samples", [4, 10])
@pytest.mark.parametrize(("metric", "p"), [("euclidean", 2), ("manhattan", 1), ("minkowski", 3)])
def test_dbscan_on_5000_moons_matches_scikit_learn(eps, min_samples, metric, p):
    assert_same_dbscan(MOONS_5000, eps, min_samples, metric, p)


@pytest.mark.parametrize("n_features", [2, 3, 4])
@pytest.mark.parametrize("eps", [0.3, 0.6, 1.2])
@pytest.mark.parametrize("metric", ["euclidean", "manhattan"])
def test_dbscan_on_blobs_in_2_to_4_dimensions_matches_scikit_learn(n_features, eps, metric):
    X = make_blobs(n_samples=2000, n_features=n_features, centers=5, random_state=n_features)[0]
    assert_same_dbscan(X, eps, 5, metric)


@pytest.mark.parametrize("n_features", [1, 2, 3, 4])
@pytest.mark.parametrize("spacing", [1.0, 0.1, 0.3])
@pytest.mark.parametrize("steps", [1.0, np.sqrt(2.0), 2.0])
@pytest.mark.parametrize("metric", ["euclidean", "manhattan"])
def test_points_exactly_eps_apart_fall_on_scikit_learns_side(n_features, spacing, steps, metric):
    """Lattice neighbours lie exactly ``eps`` apart. At spacing 1 the distances are exact
    and all within ``eps``; at 0.1 or 0.3 rounding puts some just over ``eps`` and some
    not, and only the KD-tree's way of adding up the distance puts each where it does."""
    side = {1: 40, 2: 12, 3: 6, 4: 4}[n_features]
    lattice = np.array(list(itertools.product(range(side), repeat=n_features)), dtype=float)
    lattice = lattice * spacing + 0.1
    X = lattice[np.random.default_rng(n_features).random(len(lattice)) < 0.8]  # with holes
    for min_samples in (3, 5, 7):
        assert_same_dbscan(X, steps * spacing, min_samples, metric)


@pytest.mark.parametrize("n_features", [2, 3])
def test_duplicate_points_match_scikit_learn(n_features):
    rng = np.random.default_rng(n_features)
    distinct = rng.normal(size=(80, n_features))
    X = np.repeat(distinct, rng.integers(1, 9, size=80), axis=0)  # 1 to 8 copies each
    X = X[rng.permutation(len(X))]
    for eps, min_samples in [(0.3, 3), (0.3, 8), (0.6, 10), (1e-9, 4)]:
        assert_same_dbscan(X, eps, min_samples)


def test_small_chunks_of_candidate_pairs_give_the_same_clustering(monkeypatch):
    X = np.vstack([make_moons(n_samples=300, noise=0.05, random_state=0)[0], np.zeros((40, 2))])
    for chunk in (1, 7, 500):
        monkeypatch.setattr(_radius_neighbors, "CHUNK_PAIRS", chunk)
        assert_same_dbscan(X, 0.15, 5)


def test_clusters_far_apart_on_a_fine_grid_match_scikit_learn():
    rng = np.random.default_rng(0)
    X = np.vstack(
        [
            rng.normal(size=(100, 2)) * 0.3,
            rng.normal(size=(100, 2)) * 0.3 + 1e10,  # 2e10 cells of eps across
            rng.uniform(-1e10, 1e10, size=(50, 2)),
        ]
    )
    assert _radius_neighbors.grid_radius_neighbors(X, 0.5, 2.0) is not None
    assert_same_dbscan(X, 0.5, 5)
