"""AgglomerativeClustering against scikit-learn's and SciPy's hierarchical clustering."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.cluster.hierarchy import linkage as scipy_linkage
from scipy.spatial.distance import pdist, squareform
from sklearn.base import clone
from sklearn.cluster import AgglomerativeClustering as SklearnAgglomerativeClustering
from sklearn.datasets import make_blobs, make_moons
from sklearn.metrics import adjusted_rand_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.algorithms.cluster import AgglomerativeClustering
from mlroadmap.datasets import load_digits, load_iris, load_wine

DATA = {
    "iris": load_iris().data,  # one decimal: duplicate rows and many exactly tied distances
    "wine": load_wine().data,
    "blobs": make_blobs(n_samples=500, n_features=5, centers=4, random_state=1)[0],
    "moons": make_moons(n_samples=300, noise=0.05, random_state=0)[0],
    "digits": load_digits().data[:600],  # integer pixels: ties everywhere
}
LINKAGES = ["ward", "complete", "average", "single"]


def _same_tree(ours, theirs):
    np.testing.assert_array_equal(ours.children_, theirs.children_)
    np.testing.assert_array_equal(ours.distances_, theirs.distances_)  # bit for bit
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)  # the same numbering, not just partition
    assert ours.n_clusters_ == theirs.n_clusters_
    assert ours.n_leaves_ == theirs.n_leaves_
    assert ours.n_connected_components_ == theirs.n_connected_components_


@pytest.mark.parametrize("name", DATA)
@pytest.mark.parametrize("linkage", LINKAGES)
def test_same_tree_distances_and_labels_as_scikit_learn(name, linkage):
    X = DATA[name]
    for n_clusters in (2, 3, 5, 8):
        ours = AgglomerativeClustering(n_clusters, linkage=linkage, compute_distances=True).fit(X)
        theirs = SklearnAgglomerativeClustering(n_clusters, linkage=linkage, compute_distances=True).fit(X)
        _same_tree(ours, theirs)
        assert adjusted_rand_score(ours.labels_, theirs.labels_) == 1.0


@pytest.mark.parametrize("name", DATA)
@pytest.mark.parametrize("linkage", LINKAGES)
def test_same_merges_and_heights_as_scipy(name, linkage):
    X = DATA[name]
    Z = scipy_linkage(X, method=linkage)
    ours = AgglomerativeClustering(linkage=linkage, compute_distances=True).fit(X)
    # SciPy writes each pair smaller node first; scikit-learn's single linkage keeps its own order
    np.testing.assert_array_equal(np.sort(ours.children_, axis=1), Z[:, :2])
    np.testing.assert_array_equal(ours.distances_, Z[:, 2])


def test_iris_ties_are_broken_as_in_scikit_learn():
    """Iris has duplicate rows (distance 0) and many equal distances. Merges are found in
    SciPy's order (nearest-neighbour chain: ties to the previous cluster of the chain, then
    to the lowest index; Prim's tree for single linkage: ties to the lowest index) and
    sorted stably by height, so equal heights keep that order."""
    X = DATA["iris"]
    distances = pdist(X)
    assert np.sum(distances == 0) == 1  # samples 101 and 142 are the same flower
    assert len(distances) - len(np.unique(distances)) > 5000  # half the distances repeat another
    for linkage in LINKAGES:
        ours = AgglomerativeClustering(linkage=linkage, compute_distances=True).fit(X)
        # equal heights, or equal but for rounding: which comes first is decided by the last bit
        assert np.sum(np.diff(ours.distances_) < 1e-12) > 10
        theirs = SklearnAgglomerativeClustering(linkage=linkage, compute_distances=True).fit(X)
        _same_tree(ours, theirs)


@pytest.mark.parametrize("linkage", ["complete", "average", "single"])
@pytest.mark.parametrize("metric", ["manhattan", "l1", "cityblock", "l2", "precomputed"])
def test_other_metrics_match_scikit_learn(linkage, metric):
    for name in ("wine", "moons"):
        X = DATA[name]
        if metric == "precomputed":
            X = squareform(pdist(X, "cityblock"))
        ours = AgglomerativeClustering(4, linkage=linkage, metric=metric, compute_distances=True).fit(X)
        theirs = SklearnAgglomerativeClustering(4, linkage=linkage, metric=metric, compute_distances=True)
        _same_tree(ours, theirs.fit(X))


@pytest.mark.parametrize("linkage", LINKAGES)
def test_distance_threshold_cuts_like_scikit_learn(linkage):
    X = StandardScaler().fit_transform(DATA["wine"])
    heights = AgglomerativeClustering(linkage=linkage, compute_distances=True).fit(X).distances_
    for threshold in [*np.quantile(heights, [0.5, 0.9, 0.99]), heights[-3], 0.0]:
        ours = AgglomerativeClustering(None, linkage=linkage, distance_threshold=threshold).fit(X)
        theirs = SklearnAgglomerativeClustering(None, linkage=linkage, distance_threshold=threshold).fit(X)
        _same_tree(ours, theirs)


def test_extreme_numbers_of_clusters():
    X = DATA["moons"][:40]
    for n_clusters in (1, 39, 40):
        ours = AgglomerativeClustering(n_clusters, linkage="average").fit(X)
        theirs = SklearnAgglomerativeClustering(n_clusters, linkage="average").fit(X)
        np.testing.assert_array_equal(ours.labels_, theirs.labels_)
    assert AgglomerativeClustering(2).fit([[0.0], [1.0]]).children_.tolist() == [[0, 1]]


def test_single_linkage_separates_the_two_moons():
    X, truth = make_moons(n_samples=300, noise=0.05, random_state=0)
    assert adjusted_rand_score(truth, AgglomerativeClustering(linkage="single").fit_predict(X)) == 1.0
    assert adjusted_rand_score(truth, AgglomerativeClustering(linkage="ward").fit_predict(X)) < 0.6


@pytest.mark.parametrize(
    ("X", "kwargs", "phrase"),
    [
        (np.array([[1.0, np.nan], [2.0, 3.0], [0.0, 1.0]]), {}, "NaN"),
        (np.ones((1, 3)), {}, "1 sample"),
        (np.ones(5), {}, "Expected 2D array"),
        (np.eye(4), {"n_clusters": 5}, "Cannot extract more clusters than samples"),
        (np.eye(4), {"n_clusters": 0}, "n_clusters"),
        (np.eye(4), {"distance_threshold": 1.0}, "Exactly one of n_clusters and distance_threshold"),
        (np.eye(4), {"n_clusters": None}, "Exactly one of n_clusters and distance_threshold"),
        (
            np.eye(4),
            {"n_clusters": None, "distance_threshold": 1.0, "compute_full_tree": False},
            "compute_full_tree must be True",
        ),
        (np.eye(4), {"n_clusters": None, "distance_threshold": -1.0}, "distance_threshold"),
        (np.eye(4), {"linkage": "centroid"}, "linkage"),
        (np.eye(4), {"metric": "manhattan"}, "Ward can only work with euclidean distances"),
        (np.eye(4), {"metric": "chebyshev-ish", "linkage": "average"}, "metric"),
        (np.ones((4, 3)), {"metric": "precomputed", "linkage": "average"}, "should be square"),
    ],
)
def test_bad_input_is_a_value_error_like_scikit_learns(X, kwargs, phrase):
    with pytest.raises(ValueError):
        SklearnAgglomerativeClustering(**kwargs).fit(X)
    with pytest.raises(ValueError) as error:
        AgglomerativeClustering(**kwargs).fit(X)
    assert phrase in str(error.value)


def test_works_in_a_pipeline_and_with_clone():
    X = DATA["wine"]
    ours = make_pipeline(StandardScaler(), AgglomerativeClustering(3, linkage="average"))
    theirs = make_pipeline(StandardScaler(), SklearnAgglomerativeClustering(3, linkage="average"))
    np.testing.assert_array_equal(ours.fit_predict(X), theirs.fit_predict(X))
    copy = clone(AgglomerativeClustering(None, distance_threshold=2.5, linkage="single"))
    assert copy.get_params()["distance_threshold"] == 2.5 and not hasattr(copy, "labels_")
