"""TSNE against scikit-learn's: the same input similarities, the same gradients, embeddings
of the same quality (trustworthiness), the same errors."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import sparse
from scipy.optimize import check_grad
from scipy.spatial.distance import squareform
from sklearn.datasets import load_digits, make_blobs
from sklearn.decomposition import PCA as SklearnPCA
from sklearn.manifold import TSNE as SklearnTSNE
from sklearn.manifold import _utils
from sklearn.manifold import trustworthiness as sk_trustworthiness
from sklearn.manifold._t_sne import _joint_probabilities, _joint_probabilities_nn, _kl_divergence
from sklearn.metrics import pairwise_distances
from sklearn.neighbors import NearestNeighbors
from threadpoolctl import threadpool_limits

from mlroadmap.algorithms.manifold import TSNE
from mlroadmap.algorithms.manifold._barnes_hut import kl_gradient_bh
from mlroadmap.algorithms.manifold._exact import kl_gradient_exact
from mlroadmap.algorithms.manifold._neighbors import nearest_neighbors
from mlroadmap.algorithms.manifold._perplexity import (
    conditional_probabilities,
    joint_probabilities,
    joint_probabilities_nn,
)
from mlroadmap.algorithms.manifold._quadtree import BITS, build_tree, morton_codes
from mlroadmap.algorithms.metrics import trustworthiness

DIGITS = load_digits().data
SUBSET = DIGITS[:500]
BLOBS = make_blobs(n_samples=400, centers=5, n_features=8, random_state=0)[0]


def squared(X, metric="euclidean"):
    return pairwise_distances(X, metric=metric) ** 2


# --- input similarities -------------------------------------------------------------------


@pytest.mark.parametrize("perplexity", [5.0, 30.0, 80.0])
def test_conditional_probabilities_match_sklearn_binary_search(perplexity):
    D = squared(SUBSET[:300])
    n = len(D)
    off = ~np.eye(n, dtype=bool)
    ours = conditional_probabilities(D[off].reshape(n, n - 1), perplexity)
    theirs = _utils._binary_search_perplexity(D.astype(np.float32), perplexity, 0)[off].reshape(n, n - 1)
    np.testing.assert_allclose(ours, theirs, atol=1e-6, rtol=0)
    entropy = -np.sum(ours * np.log(np.where(ours > 0, ours, 1.0)), axis=1)
    np.testing.assert_allclose(np.exp(entropy), perplexity, rtol=1e-4)


def test_exact_joint_probabilities_match_sklearn():
    D = squared(SUBSET)
    ours = joint_probabilities(D, 30.0)
    theirs = squareform(_joint_probabilities(D, 30.0, 0))
    np.fill_diagonal(theirs, 0.0)
    np.testing.assert_allclose(ours, theirs, atol=1e-6, rtol=0)
    np.testing.assert_allclose(ours, theirs, rtol=1e-6)
    assert ours.sum() == pytest.approx(1.0)


def _sklearn_nn_joint(X, k, perplexity):
    graph = NearestNeighbors(n_neighbors=k).fit(X).kneighbors_graph(mode="distance")
    graph.data **= 2
    return _joint_probabilities_nn(graph, perplexity, 0).toarray()


@pytest.mark.parametrize("X", [BLOBS, SUBSET[:300] + np.random.RandomState(0).rand(300, 64) * 1e-3])
def test_nearest_neighbor_joint_probabilities_match_sklearn(X):
    """Continuous data: no ties, so both libraries choose the same k neighbours."""
    k = 91
    distances, neighbors = nearest_neighbors(X, k, "euclidean", None, None)
    ours = joint_probabilities_nn(distances, neighbors, 30.0).toarray()
    theirs = _sklearn_nn_joint(X, k, 30.0)
    np.testing.assert_allclose(ours, theirs, atol=1e-6, rtol=0)
    # scikit-learn rounds the distances to float32 before its search: relative 1e-4 at most
    np.testing.assert_allclose(ours, theirs, rtol=1e-3, atol=1e-12)


def test_nearest_neighbor_conditionals_on_digits_with_ties():
    """Digits (integer pixels) have tied distances at the k-th neighbour, which either
    library may break its own way; each point's distribution over its neighbours' distances
    is the same all the same."""
    k = 91
    distances, _ = nearest_neighbors(SUBSET, k, "euclidean", None, None)
    ours = conditional_probabilities(distances, 30.0)
    graph = NearestNeighbors(n_neighbors=k).fit(SUBSET).kneighbors_graph(mode="distance")
    theirs = _utils._binary_search_perplexity(
        (graph.data.reshape(len(SUBSET), k) ** 2).astype(np.float32), 30.0, 0
    )
    np.testing.assert_allclose(np.sort(ours, axis=1), np.sort(theirs, axis=1), atol=1e-6)


def test_low_dimensional_neighbors_use_the_kd_tree_and_agree():
    X = make_blobs(n_samples=300, centers=3, n_features=3, random_state=1)[0]
    distances, neighbors = nearest_neighbors(X, 20, "euclidean", None, None)
    theirs_d, theirs_i = NearestNeighbors(n_neighbors=20).fit(X).kneighbors()
    np.testing.assert_array_equal(neighbors, theirs_i)
    np.testing.assert_allclose(distances, theirs_d**2, rtol=1e-12)


@pytest.mark.parametrize("metric", ["manhattan", "cosine", "chebyshev"])
def test_other_metrics_square_their_distances_like_sklearn(metric):
    X = SUBSET[:200]
    ours = TSNE(method="exact", metric=metric, perplexity=20.0)._input_similarities(X)
    theirs = squareform(_joint_probabilities(squared(X, metric), 20.0, 0))
    np.fill_diagonal(theirs, 0.0)
    np.testing.assert_allclose(ours, theirs, atol=1e-6, rtol=1e-5)


def test_precomputed_distances_give_the_euclidean_similarities():
    X = BLOBS[:200]
    D = pairwise_distances(X)
    for method in ("exact", "barnes_hut"):
        euclidean = TSNE(method=method, perplexity=10.0)._input_similarities(X)
        precomputed = TSNE(method=method, perplexity=10.0, metric="precomputed")._input_similarities(D)
        if sparse.issparse(euclidean):
            euclidean, precomputed = euclidean.toarray(), precomputed.toarray()
        np.testing.assert_allclose(precomputed, euclidean, rtol=1e-9, atol=1e-15)


# --- gradients ----------------------------------------------------------------------------


def _embedding_and_P(n, n_components, seed=0):
    rng = np.random.RandomState(seed)
    P = joint_probabilities(squared(SUBSET[:n]), 30.0)
    return rng.randn(n, n_components) * 3.0, P


def test_exact_gradient_matches_sklearn():
    Y, P = _embedding_and_P(300, 2)
    kl, gradient = kl_gradient_exact(Y, P, 1.0)
    sk_kl, sk_gradient = _kl_divergence(Y.ravel(), squareform(P, checks=False), 1.0, 300, 2)
    assert kl == pytest.approx(sk_kl, rel=1e-12)
    np.testing.assert_allclose(gradient.ravel(), sk_gradient, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("n_components", [1, 2, 3])
def test_exact_gradient_is_the_derivative_of_the_kl_divergence(n_components):
    """Finite differences, also for n_components=3 (alpha = 2 degrees of freedom)."""
    Y, P = _embedding_and_P(40, n_components, seed=n_components)
    dof = max(n_components - 1, 1)

    def cost(flat):
        return kl_gradient_exact(flat.reshape(Y.shape), P, dof)[0]

    def gradient(flat):
        return kl_gradient_exact(flat.reshape(Y.shape), P, dof)[1].ravel()

    error = check_grad(cost, gradient, Y.ravel(), epsilon=1e-7)
    assert error / np.linalg.norm(gradient(Y.ravel())) < 1e-5


@pytest.mark.parametrize("n_components", [1, 2, 3])
def test_barnes_hut_with_angle_zero_is_exact(n_components):
    """angle=0 opens every cell down to the leaves: the exact forces, in float32."""
    Y, P = _embedding_and_P(300, n_components)
    dof = max(n_components - 1, 1)
    kl, gradient = kl_gradient_exact(Y, P, dof)
    bh_kl, bh_gradient = kl_gradient_bh(Y, sparse.csr_array(P), dof, angle=0.0)
    np.testing.assert_allclose(bh_gradient, gradient, rtol=1e-4, atol=1e-5 * np.abs(gradient).max())
    assert bh_kl == pytest.approx(kl, rel=1e-5)


def test_barnes_hut_error_shrinks_with_the_angle():
    Y, P = _embedding_and_P(400, 2)
    exact = kl_gradient_exact(Y, P, 1.0)[1]
    P_sparse = sparse.csr_array(P)
    errors = []
    for angle in (0.8, 0.5, 0.2, 0.05, 0.0):
        approx = kl_gradient_bh(Y, P_sparse, 1.0, angle=angle)[1]
        errors.append(np.linalg.norm(approx - exact) / np.linalg.norm(exact))
    assert errors == sorted(errors, reverse=True)
    assert errors[1] < 0.05  # the default angle
    assert errors[-1] < 1e-5


def test_barnes_hut_handles_duplicate_points():
    """Coincident points: no self-interaction, no division by zero; still exact at angle 0."""
    Y, P = _embedding_and_P(200, 2)
    Y[100:110] = Y[0]
    Y[150:160] = Y[5] + 1e-9
    exact = kl_gradient_exact(Y, P, 1.0)[1]
    approx = kl_gradient_bh(Y, sparse.csr_array(P), 1.0, angle=0.0)[1]
    assert np.isfinite(approx).all()
    np.testing.assert_allclose(approx, exact, rtol=1e-3, atol=1e-4 * np.abs(exact).max())


def test_quadtree_cells_are_contiguous_in_morton_order():
    rng = np.random.RandomState(0)
    coords = rng.randn(2, 500)
    tree = build_tree(coords)
    points = tree.coords
    np.testing.assert_array_equal(points[:, tree.rank], coords)
    for level in tree.levels:
        assert level.count.sum() == 500
        for c in rng.choice(level.count.size, size=min(5, level.count.size), replace=False):
            members = points[:, level.start[c] : level.start[c + 1]]
            np.testing.assert_allclose(level.centre[:, c], members.mean(axis=1))
    assert tree.levels[-1].is_leaf.all()
    grid = rng.randint(0, 1 << BITS, size=(3, 100))
    reference = sum(
        ((grid[a] >> b) & 1) << (b * 3 + 2 - a) for b in range(BITS) for a in range(3)
    )  # one bit at a time
    np.testing.assert_array_equal(morton_codes(grid), reference)


# --- the estimator --------------------------------------------------------------------------


def test_trustworthiness_on_digits_matches_sklearn():
    """The acceptance criterion: all 1797 digits, default parameters, fixed seed."""
    ours = TSNE(random_state=0).fit(DIGITS)
    with threadpool_limits(1):  # the machine may be shared: OpenMP threads would fight for it
        theirs = SklearnTSNE(random_state=0).fit(DIGITS)
    t_ours = trustworthiness(DIGITS, ours.embedding_)
    t_theirs = sk_trustworthiness(DIGITS, theirs.embedding_)
    assert abs(t_ours - t_theirs) <= 0.02
    assert t_ours > 0.98
    assert ours.kl_divergence_ == pytest.approx(theirs.kl_divergence_, rel=0.1)
    assert ours.n_iter_ == theirs.n_iter_ == 999
    assert ours.learning_rate_ == pytest.approx(theirs.learning_rate_)


def test_exact_method_matches_sklearn_quality():
    X = SUBSET[:200]
    ours = TSNE(method="exact", random_state=0, max_iter=500).fit(X)
    theirs = SklearnTSNE(method="exact", random_state=0, max_iter=500).fit(X)
    assert abs(trustworthiness(X, ours.embedding_) - trustworthiness(X, theirs.embedding_)) <= 0.02
    assert ours.kl_divergence_ == pytest.approx(theirs.kl_divergence_, rel=0.1)


@pytest.mark.parametrize("n_components", [1, 3])
def test_other_dimensions(n_components):
    X = BLOBS[:150]
    for method in ("barnes_hut", "exact"):
        ours = TSNE(n_components, method=method, random_state=0, max_iter=250).fit_transform(X)
        assert ours.shape == (150, n_components)
        assert trustworthiness(X, ours) > 0.85


def test_fitted_attributes():
    X = SUBSET[:100]
    model = TSNE(random_state=0, max_iter=260)
    assert model.fit(X) is model
    assert model.embedding_.shape == (100, 2)
    assert model.embedding_.dtype == np.float64
    assert model.n_features_in_ == 64
    assert model.n_iter_ == 259
    assert model.learning_rate_ == 50.0  # max(100 / 12 / 4, 50)
    assert np.isfinite(model.kl_divergence_)
    assert not hasattr(model, "transform")  # like scikit-learn's: no map for new points
    assert TSNE(learning_rate=123.0, max_iter=250).fit(X).learning_rate_ == 123.0


def test_seeded_runs_are_reproducible():
    X = BLOBS[:100]
    first = TSNE(init="random", random_state=3, max_iter=250).fit_transform(X)
    again = TSNE(init="random", random_state=3, max_iter=250).fit_transform(X)
    other = TSNE(init="random", random_state=4, max_iter=250).fit_transform(X)
    np.testing.assert_array_equal(first, again)
    assert not np.allclose(first, other)


def test_initial_embeddings_are_sklearns():
    """PCA scaled to a first-column std of 1e-4, and N(0, 1e-8) draws from the same seed."""
    X = SUBSET
    ours = TSNE()._initial_embedding(X, np.random.RandomState(0))
    pca = SklearnPCA(n_components=2, svd_solver="full").fit_transform(X)
    np.testing.assert_allclose(ours, pca / np.std(pca[:, 0]) * 1e-4, rtol=1e-8, atol=1e-14)
    assert np.std(ours[:, 0]) == pytest.approx(1e-4)
    ours = TSNE(init="random")._initial_embedding(X, np.random.RandomState(7))
    expected = 1e-4 * np.random.RandomState(7).standard_normal(size=(500, 2))
    np.testing.assert_array_equal(ours, expected)


def test_array_init_is_used():
    X = BLOBS[:100]
    start = np.random.RandomState(0).randn(100, 2) * 1e-4
    a = TSNE(init=start, max_iter=250).fit_transform(X)
    b = TSNE(init=start.copy(), max_iter=250, random_state=99).fit_transform(X)
    np.testing.assert_array_equal(a, b)  # nothing random is drawn
    with pytest.raises(ValueError, match=r"init\.shape"):
        TSNE(init=start[:50]).fit(X)


def test_precomputed_metric_fits():
    X = BLOBS[:150]
    D = pairwise_distances(X)
    embedding = TSNE(metric="precomputed", init="random", random_state=0, max_iter=250).fit_transform(D)
    assert trustworthiness(X, embedding) > 0.9


def test_the_exact_method_passes_the_estimator_checks_too():
    """The checks fit on 10 to 30 samples, too few for the default perplexity of 30, so
    (as scikit-learn does for its own TSNE) they run with perplexity=2; test_estimator_checks.py
    runs them on the default Barnes–Hut method, this test on the exact one."""
    from sklearn.utils.estimator_checks import check_estimator

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = check_estimator(TSNE(perplexity=2, max_iter=250, method="exact"), on_fail=None)
    failed = [f"{r['check_name']}: {r['exception']}" for r in results if r["status"] == "failed"]
    assert not failed, failed


# --- errors ---------------------------------------------------------------------------------

SMALL = np.random.RandomState(0).rand(20, 4)


@pytest.mark.parametrize(
    ("params", "X", "phrase"),
    [
        ({}, np.where(SMALL > 0.9, np.nan, SMALL), "contains NaN"),
        ({}, np.where(SMALL > 0.9, np.inf, SMALL), "infinity"),
        ({"perplexity": 20.0}, SMALL, r"perplexity \(20.0\) must be less than n_samples \(20\)"),
        ({"perplexity": 30.0}, SMALL, r"must be less than n_samples \(20\)"),
        ({"perplexity": -1.0}, SMALL, "'perplexity' parameter"),
        ({"early_exaggeration": 0.5}, SMALL, "'early_exaggeration' parameter"),
        ({"learning_rate": -1.0}, SMALL, "'learning_rate' parameter"),
        ({"learning_rate": "fast"}, SMALL, "'learning_rate' parameter"),
        ({"max_iter": 100}, SMALL, "'max_iter' parameter"),
        ({"n_components": 0}, SMALL, "'n_components' parameter"),
        ({"angle": 1.5}, SMALL, "'angle' parameter"),
        ({"method": "fast"}, SMALL, "'method' parameter"),
        ({"init": "spectral"}, SMALL, "'init' parameter"),
        ({"metric": "nope"}, SMALL, "'metric' parameter"),
        ({"n_components": 4}, SMALL, "'n_components' should be inferior to 4"),
        ({"metric": "precomputed"}, squared(SMALL), 'init="pca" cannot be used with metric="precomputed"'),
        ({"metric": "precomputed", "init": "random"}, SMALL, "square distance matrix"),
        ({"metric": "precomputed", "init": "random"}, -squared(SMALL), "should contain positive distances"),
        ({"perplexity": 0.5}, SMALL[:1], "minimum of 2 is required"),
    ],
)
def test_bad_input_raises_like_sklearn(params, X, phrase):
    params = {"perplexity": 5.0, **params}
    for cls in (TSNE, SklearnTSNE):
        with pytest.raises(ValueError, match=phrase):
            cls(**params).fit(X)
