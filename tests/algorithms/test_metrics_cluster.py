"""silhouette, adjusted Rand index and trustworthiness against scikit-learn's own functions."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import metrics as sk_metrics
from sklearn.cluster import KMeans
from sklearn.datasets import load_digits, load_iris, make_blobs
from sklearn.decomposition import PCA
from sklearn.manifold import trustworthiness as sk_trustworthiness
from sklearn.metrics import pairwise_distances

from mlroadmap.algorithms import manifold
from mlroadmap.algorithms.metrics import (
    adjusted_rand_score,
    silhouette_samples,
    silhouette_score,
    trustworthiness,
)

IRIS = load_iris().data
IRIS_KMEANS = KMeans(3, n_init=10, random_state=0).fit_predict(IRIS)
BLOBS, BLOB_LABELS = make_blobs(n_samples=300, centers=4, n_features=5, random_state=0)
DIGITS = load_digits().data


# --- silhouette -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("X", "labels"),
    [
        (IRIS, IRIS_KMEANS),
        (BLOBS, BLOB_LABELS),
        (BLOBS, np.random.RandomState(0).randint(0, 5, len(BLOBS))),
        (IRIS, np.where(IRIS_KMEANS == 0, "setosa-ish", "other")),  # string labels
    ],
    ids=["iris-kmeans", "blobs-true", "blobs-random", "iris-strings"],
)
@pytest.mark.parametrize("metric", ["euclidean", "manhattan", "cosine"])
def test_silhouette_matches_sklearn(X, labels, metric):
    np.testing.assert_allclose(
        silhouette_samples(X, labels, metric=metric),
        sk_metrics.silhouette_samples(X, labels, metric=metric),
        rtol=1e-12,
        atol=1e-14,
    )
    assert silhouette_score(X, labels, metric=metric) == pytest.approx(
        sk_metrics.silhouette_score(X, labels, metric=metric), rel=1e-12
    )


def test_silhouette_precomputed_matches_sklearn():
    D = pairwise_distances(IRIS)
    np.testing.assert_allclose(
        silhouette_samples(D, IRIS_KMEANS, metric="precomputed"),
        sk_metrics.silhouette_samples(D, IRIS_KMEANS, metric="precomputed"),
        rtol=1e-12,
    )


def test_silhouette_singleton_clusters_get_zero():
    labels = np.array([0, 0, 0, 1] + [2] * 16)  # cluster 1 has a single member
    X = np.random.RandomState(0).rand(20, 3)
    ours = silhouette_samples(X, labels)
    assert ours[3] == 0.0
    np.testing.assert_allclose(ours, sk_metrics.silhouette_samples(X, labels), rtol=1e-12)


def test_silhouette_score_sample_size_draws_like_sklearn():
    for seed in (0, 1, 42):
        assert silhouette_score(BLOBS, BLOB_LABELS, sample_size=50, random_state=seed) == pytest.approx(
            sk_metrics.silhouette_score(BLOBS, BLOB_LABELS, sample_size=50, random_state=seed), rel=1e-12
        )
    D = pairwise_distances(BLOBS)
    assert silhouette_score(
        D, BLOB_LABELS, metric="precomputed", sample_size=80, random_state=3
    ) == pytest.approx(
        sk_metrics.silhouette_score(D, BLOB_LABELS, metric="precomputed", sample_size=80, random_state=3),
        rel=1e-12,
    )


def test_silhouette_is_computed_in_blocks(monkeypatch):
    """Bounded memory: with tiny blocks the result is the same."""
    from mlroadmap.algorithms.metrics import _cluster

    expected = silhouette_samples(IRIS, IRIS_KMEANS)
    monkeypatch.setattr(_cluster, "BLOCK_FLOATS", 7 * len(IRIS))
    assert len(_cluster.row_blocks(len(IRIS), len(IRIS))) == 22
    np.testing.assert_allclose(silhouette_samples(IRIS, IRIS_KMEANS), expected, rtol=1e-13)


@pytest.mark.parametrize(
    ("call", "error", "phrase"),
    [
        (lambda f: f(IRIS, np.zeros(len(IRIS))), ValueError, "Number of labels is 1"),
        (lambda f: f(IRIS, np.arange(len(IRIS))), ValueError, "Number of labels is 150"),
        (lambda f: f(IRIS, IRIS_KMEANS[:-1]), ValueError, "inconsistent numbers of samples"),
        (lambda f: f(np.where(IRIS > 7, np.nan, IRIS), IRIS_KMEANS), ValueError, "contains NaN"),
        (lambda f: f(IRIS, IRIS_KMEANS, metric="nope"), ValueError, "'metric' parameter"),
        (
            lambda f: f(np.ones((4, 4)), [0, 0, 1, 1], metric="precomputed"),
            ValueError,
            "non-zero elements on the diagonal",
        ),
    ],
    ids=["one-label", "n-labels", "lengths", "nan", "metric", "diagonal"],
)
def test_silhouette_bad_input_like_sklearn(call, error, phrase):
    for f in (silhouette_score, sk_metrics.silhouette_score, silhouette_samples):
        with pytest.raises(error, match=phrase):
            call(f)


def test_silhouette_score_bad_sample_size():
    for f in (silhouette_score, sk_metrics.silhouette_score):
        with pytest.raises(ValueError, match="'sample_size' parameter"):
            f(IRIS, IRIS_KMEANS, sample_size=0)


# --- adjusted Rand index -----------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize(("n", "k_true", "k_pred"), [(10, 2, 3), (200, 5, 5), (1000, 3, 20)])
def test_adjusted_rand_score_random_labelings_exact(seed, n, k_true, k_pred):
    rng = np.random.RandomState(seed)
    a, b = rng.randint(0, k_true, n), rng.randint(0, k_pred, n)
    assert adjusted_rand_score(a, b) == sk_metrics.adjusted_rand_score(a, b)  # same float, bit for bit


def test_adjusted_rand_score_iris_kmeans_exact():
    truth = load_iris().target
    assert adjusted_rand_score(truth, IRIS_KMEANS) == sk_metrics.adjusted_rand_score(truth, IRIS_KMEANS)
    assert adjusted_rand_score(truth, IRIS_KMEANS) == pytest.approx(0.7302382722834697)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ([], []),  # no pairs at all
        ([0], [0]),
        ([0, 0, 0], [1, 1, 1]),  # one cluster each
        ([0, 1, 2], [5, 6, 7]),  # all singletons
        ([0, 0, 1, 1], [1, 1, 0, 0]),  # the same partition, renamed
        (["a", "a", "b"], ["x", "y", "y"]),
        ([0, 0, 0, 0], [0, 1, 2, 3]),  # one cluster against singletons: 0
        ([0, 0, 1, 1], [0, 1, 0, 1]),  # worse than chance: negative
        (np.arange(1000) % 7, np.arange(1000) % 11),
    ],
)
def test_adjusted_rand_score_edge_cases_exact(a, b):
    assert adjusted_rand_score(a, b) == sk_metrics.adjusted_rand_score(a, b)


def test_adjusted_rand_score_large_counts_do_not_overflow():
    rng = np.random.RandomState(0)
    a = rng.randint(0, 3, 300_000)
    b = np.where(rng.rand(300_000) < 0.9, a, rng.randint(0, 3, 300_000))
    assert adjusted_rand_score(a, b) == sk_metrics.adjusted_rand_score(a, b)


@pytest.mark.parametrize(
    ("a", "b", "phrase"),
    [
        ([0, 1, 1], [0, 1], "inconsistent numbers of samples"),
        ([[0, 1]], [[0, 1]], "labels_true must be 1D"),
        ([np.nan, 1.0], [0, 1], "contains NaN"),
    ],
)
def test_adjusted_rand_score_bad_input_like_sklearn(a, b, phrase):
    for f in (adjusted_rand_score, sk_metrics.adjusted_rand_score):
        with pytest.raises(ValueError, match=phrase):
            f(a, b)


def test_adjusted_rand_score_warns_on_continuous_labels():
    for f in (adjusted_rand_score, sk_metrics.adjusted_rand_score):
        with pytest.warns(UserWarning, match="expects discrete values"):
            f([0.5, 1.5, 0.5], [0, 1, 0])


# --- trustworthiness ---------------------------------------------------------------------


@pytest.mark.parametrize("n_neighbors", [1, 5, 12])
def test_trustworthiness_digits_pca_exact(n_neighbors):
    """Digits have many tied distances (integer pixels): ranks follow ``np.argsort`` as in sklearn."""
    X = DIGITS[:600]
    embedding = PCA(2).fit_transform(X)
    assert trustworthiness(X, embedding, n_neighbors=n_neighbors) == sk_trustworthiness(
        X, embedding, n_neighbors=n_neighbors
    )


@pytest.mark.parametrize("metric", ["euclidean", "manhattan", "cosine"])
def test_trustworthiness_metrics_match_sklearn(metric):
    X = BLOBS
    embedding = np.random.RandomState(0).randn(len(X), 2) + X[:, :2]
    assert trustworthiness(X, embedding, metric=metric) == pytest.approx(
        sk_trustworthiness(X, embedding, metric=metric), abs=1e-15
    )


def test_trustworthiness_precomputed_and_blocks(monkeypatch):
    from mlroadmap.algorithms.metrics import _cluster

    embedding = PCA(2).fit_transform(IRIS)
    D = pairwise_distances(IRIS)
    expected = sk_trustworthiness(D, embedding, metric="precomputed")
    assert trustworthiness(D, embedding, metric="precomputed") == expected
    monkeypatch.setattr(_cluster, "BLOCK_FLOATS", 10 * len(IRIS))  # 15 blocks of 10 rows
    assert trustworthiness(D, embedding, metric="precomputed") == expected
    assert trustworthiness(IRIS, embedding) == sk_trustworthiness(IRIS, embedding)


def test_trustworthiness_of_the_data_itself_is_one():
    assert trustworthiness(BLOBS, BLOBS) == 1.0
    assert manifold.trustworthiness is trustworthiness  # also where scikit-learn keeps it


@pytest.mark.parametrize(
    ("kwargs", "phrase"),
    [
        ({"n_neighbors": 10}, r"n_neighbors \(10\) should be less than n_samples / 2 \(10.0\)"),
        ({"n_neighbors": 0}, "'n_neighbors' parameter"),
        ({"metric": "nope"}, "'metric' parameter"),
    ],
)
def test_trustworthiness_bad_parameters_like_sklearn(kwargs, phrase):
    X = np.random.RandomState(0).rand(20, 3)
    for f in (trustworthiness, sk_trustworthiness):
        with pytest.raises(ValueError, match=phrase):
            f(X, X[:, :2], **kwargs)


def test_trustworthiness_bad_input():
    X = np.random.RandomState(0).rand(20, 3)
    for f in (trustworthiness, sk_trustworthiness):
        with pytest.raises(ValueError, match="contains NaN"):
            f(np.where(X > 0.9, np.nan, X), X[:, :2])
    # scikit-learn fails later with an IndexError from NumPy; we say what is wrong
    with pytest.raises(ValueError, match="inconsistent numbers of samples"):
        trustworthiness(X, X[:15, :2])
