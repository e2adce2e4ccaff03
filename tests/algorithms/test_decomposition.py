"""PCA against scikit-learn's PCA (svd_solver="full") on real and random data."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.datasets import make_blobs
from sklearn.decomposition import PCA as SklearnPCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline

from mlroadmap.algorithms.decomposition import PCA
from mlroadmap.datasets import load_digits, load_iris, load_wine

DATA = {
    "iris": load_iris().data,
    "wine": load_wine().data,
    "digits": load_digits().data,
    "blobs": make_blobs(n_samples=300, n_features=8, centers=4, random_state=0)[0],
    "wide": np.random.default_rng(0).normal(size=(20, 50)),
}


@pytest.mark.parametrize("name", DATA)
@pytest.mark.parametrize("n_components", [None, 2, 0.9, 0.999])
@pytest.mark.parametrize("whiten", [False, True])
def test_matches_scikit_learn(name, n_components, whiten):
    X = DATA[name]
    ours = PCA(n_components, whiten=whiten).fit(X)
    theirs = SklearnPCA(n_components, whiten=whiten, svd_solver="full").fit(X)
    assert ours.n_components_ == theirs.n_components_
    np.testing.assert_allclose(ours.components_, theirs.components_, atol=1e-8)  # same signs too
    np.testing.assert_allclose(ours.explained_variance_, theirs.explained_variance_, rtol=1e-10)
    np.testing.assert_allclose(ours.explained_variance_ratio_, theirs.explained_variance_ratio_, rtol=1e-10)
    np.testing.assert_allclose(ours.singular_values_, theirs.singular_values_, rtol=1e-10)
    np.testing.assert_allclose(ours.noise_variance_, theirs.noise_variance_, rtol=1e-8, atol=1e-12)
    # Whitening divides by the standard deviation of each direction. Directions with no variance
    # (constant pixels, more features than samples) hold rounding noise that both libraries
    # blow up differently, so whitened scores are compared where the variance is real.
    real = ours.explained_variance_ > 1e-10 * ours.explained_variance_.max() if whiten else slice(None)
    scores = ours.transform(X)
    np.testing.assert_allclose(scores[:, real], theirs.transform(X)[:, real], atol=1e-8)
    np.testing.assert_allclose(
        PCA(n_components, whiten=whiten).fit_transform(X)[:, real], scores[:, real], atol=1e-8
    )
    np.testing.assert_allclose(ours.inverse_transform(scores), theirs.inverse_transform(scores), atol=1e-8)


def test_all_components_reconstruct_the_data_exactly():
    X = DATA["wine"]
    pca = PCA().fit(X)
    np.testing.assert_allclose(pca.inverse_transform(pca.transform(X)), X, rtol=1e-10, atol=1e-9)


def test_whitened_scores_have_unit_variance():
    scores = PCA(3, whiten=True).fit_transform(DATA["digits"])
    np.testing.assert_allclose(scores.var(axis=0, ddof=1), 1.0, rtol=1e-10)


@pytest.mark.parametrize(
    ("X", "n_components", "phrase"),
    [
        (np.array([[1.0, np.nan], [2.0, 3.0]]), None, "NaN"),
        (np.ones(5), None, "Expected 2D array"),
        (DATA["iris"], 5, "must be between 0 and min(n_samples, n_features)=4"),
        (DATA["iris"], 1.5, "n_components"),
    ],
)
def test_bad_input_is_a_value_error_like_scikit_learns(X, n_components, phrase):
    with pytest.raises(ValueError, match=None):
        SklearnPCA(n_components, svd_solver="full").fit(X)
    with pytest.raises(ValueError) as error:
        PCA(n_components).fit(X)
    assert phrase in str(error.value)


def test_a_single_sample_is_refused_with_a_clear_message():
    """scikit-learn fits one sample and returns NaN variances with a warning; we refuse it."""
    with pytest.raises(ValueError, match="minimum of 2 is required by PCA"):
        PCA().fit(np.ones((1, 3)))


def test_works_in_a_pipeline_grid_search_and_clone():
    X, y = load_digits().data, load_digits().target
    pipeline = make_pipeline(PCA(), LogisticRegression(max_iter=2000))
    search = GridSearchCV(pipeline, {"pca__n_components": [5, 20]}, cv=3).fit(X, y)
    assert search.best_params_["pca__n_components"] == 20
    assert clone(PCA(7, whiten=True)).get_params() == {"n_components": 7, "whiten": True}
