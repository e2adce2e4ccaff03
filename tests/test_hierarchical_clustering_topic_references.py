"""The hierarchical-clustering topic's solutions against scipy and scikit-learn.

Each solution is the grader's reference, so it is checked here against code that shares
none of it: the Lance-Williams updates against cluster distances computed from the
points themselves (and against the merge heights of ``scipy.cluster.hierarchy.linkage``),
the cut against ``fcluster``/``cut_tree`` and ``AgglomerativeClustering`` as partitions,
and the linkage matrix against ``scipy.cluster.hierarchy.linkage`` row for row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.cluster.hierarchy import cut_tree as scipy_cut_tree
from scipy.cluster.hierarchy import fcluster
from scipy.cluster.hierarchy import linkage as scipy_linkage
from scipy.spatial.distance import cdist
from sklearn.cluster import AgglomerativeClustering
from sklearn.metrics import adjusted_rand_score

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_diabetes, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/unsupervised/hierarchical-clustering"
METHODS = ("single", "complete", "average", "ward")


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


def _set_distance(A: np.ndarray, B: np.ndarray, method: str) -> float:
    """Straight from the definitions, with scipy's cdist; Ward as the increase of the
    within-cluster sum of squares, sqrt(2 * increase), which is scipy's convention."""
    if method == "ward":
        sse = lambda P: ((P - P.mean(axis=0)) ** 2).sum()  # noqa: E731
        return float(np.sqrt(2 * (sse(np.vstack([A, B])) - sse(A) - sse(B))))
    D = cdist(A, B)
    return float({"single": D.min(), "complete": D.max(), "average": D.mean()}[method])


# ---------------------------------------------------------------- Lance-Williams


@pytest.mark.parametrize("method", METHODS)
def test_lance_williams_matches_distances_of_merged_point_sets(method: str) -> None:
    check, update = _check("01_lance_williams.py"), _solution("01_lance_williams.py")
    rng = np.random.default_rng(401)
    for X in (_standardized(load_breast_cancer().data), rng.normal(size=(200, 3)) * [1, 5, 0.2]):
        for _ in range(5):
            sizes = rng.integers(1, 8, size=8)
            order = rng.permutation(len(X))[: sizes.sum()]
            groups = np.split(X[order], np.cumsum(sizes)[:-1])
            i, j, others = groups[0], groups[1], groups[2:]
            got = update(
                np.array([_set_distance(i, k, method) for k in others]),
                np.array([_set_distance(j, k, method) for k in others]),
                _set_distance(i, j, method),
                len(i),
                len(j),
                np.array([len(k) for k in others]),
                method,
            )
            expected = np.array([_set_distance(np.vstack([i, j]), k, method) for k in others])
            assert compare(expected, got, check.rule) is None, method


def test_lance_williams_check_cases_against_scipy_merge_heights() -> None:
    """On three points, scipy's second merge height is the update of the first merge."""
    update = _solution("01_lance_williams.py")
    rng = np.random.default_rng(402)
    for _ in range(20):
        X = rng.normal(size=(3, 2))
        for method in METHODS:
            Z = scipy_linkage(X, method=method)
            a, b = int(Z[0, 0]), int(Z[0, 1])
            (k,) = {0, 1, 2} - {a, b}
            d = np.linalg.norm(X[:, None] - X[None], axis=-1)
            got = update(np.array([d[a, k]]), np.array([d[b, k]]), d[a, b], 1, 1, np.array([1]), method)
            assert np.isclose(got[0], Z[1, 2], rtol=1e-12), method


# ---------------------------------------------------------------- cutting the tree


def _first_appearance(labels: np.ndarray) -> np.ndarray:
    """The same partition, numbered 0, 1, 2, ... in order of first appearance (loop oracle)."""
    mapping: dict[int, int] = {}
    return np.array([mapping.setdefault(int(v), len(mapping)) for v in labels])


def test_cut_tree_matches_scipy_fcluster_and_cut_tree() -> None:
    check, cut = _check("02_cut_tree.py"), _solution("02_cut_tree.py")
    rng = np.random.default_rng(403)
    extra = []
    for method in METHODS:
        Z = scipy_linkage(rng.normal(size=(40, 4)), method=method)
        extra += [Case(f"random 40×4, {method}, k = {k}", (Z, k)) for k in (1, 2, 5, 17, 40)]
    for case in [*check.cases(), *extra]:
        Z, k = case.args
        got = _call(cut, case)
        if len(Z) == 0:
            assert got.tolist() == [0]
            continue
        expected = _first_appearance(scipy_cut_tree(Z, n_clusters=k).ravel())
        assert compare(expected, got, check.rule) is None, case.name
        if len(np.unique(Z[:, 2])) == len(Z):  # fcluster's maxclust is exact when no heights tie
            assert compare(_first_appearance(fcluster(Z, t=k, criterion="maxclust")), got, check.rule) is None


@pytest.mark.parametrize("method", METHODS)
def test_cut_of_linkage_matches_sklearn_agglomerative_clustering(method: str) -> None:
    link, cut = _solution("03_linkage.py"), _solution("02_cut_tree.py")
    X = _standardized(load_wine().data)
    for k in (2, 3, 7):
        labels = AgglomerativeClustering(n_clusters=k, linkage=method).fit(X).labels_
        got = cut(link(X, method), k)
        assert adjusted_rand_score(labels, got) == 1.0
        assert np.array_equal(_first_appearance(labels), got)


# ---------------------------------------------------------------- the linkage matrix


def test_linkage_matches_scipy_linkage() -> None:
    check, link = _check("03_linkage.py"), _solution("03_linkage.py")
    rng = np.random.default_rng(404)
    extra = [
        Case(
            f"{method}: random {n}×{d}, seed 404",
            (rng.normal(size=(n, d)) * rng.uniform(0.1, 10, size=d), method),
        )
        for method in METHODS
        for n, d in [(3, 1), (12, 2), (60, 5)]
    ]
    extra += [Case(f"{method}: diabetes 100", (load_diabetes().data[100:200], method)) for method in METHODS]
    for case in [*check.cases(), *extra]:
        X, method = case.args
        got = _call(link, case)
        if len(X) == 1:
            assert got.shape == (0, 4)
            continue
        problem = compare(scipy_linkage(X, method=method), got, check.rule)
        assert problem is None, f"{case.name}: {problem}"


@pytest.mark.parametrize("method", METHODS)
def test_linkage_children_and_heights_match_sklearn(method: str) -> None:
    X = _standardized(load_breast_cancer().data[:80])
    model = AgglomerativeClustering(
        n_clusters=None, distance_threshold=0, linkage=method, compute_distances=True
    )
    model.fit(X)
    Z = _solution("03_linkage.py")(X, method)
    assert np.allclose(Z[:, 2], model.distances_, rtol=1e-9)
    assert np.array_equal(np.sort(Z[:, :2], axis=1), np.sort(model.children_, axis=1))
