"""The knn topic's solutions against scikit-learn's neighbours and SciPy's distances.

Each solution is the grader's reference, so it is checked here against code that shares
none of it: ``scipy.spatial.distance.cdist`` and ``sklearn.metrics.pairwise``, the
neighbours ``NearestNeighbors.kneighbors()`` returns for the training points themselves,
and the predictions of ``KNeighborsClassifier`` / ``KNeighborsRegressor`` given the very
neighbours they used. The check's own cases are also compared with plain loops.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.spatial.distance import cdist
from sklearn.metrics.pairwise import euclidean_distances, manhattan_distances
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor, NearestNeighbors

from conftest import topic_files
from mlroadmap.datasets import load_diabetes, load_digits, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/knn"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


# ---------------------------------------------------------------- distances


def test_distances_match_scipy_cdist_and_sklearn() -> None:
    check, distances = _check("01_distances.py"), _solution("01_distances.py")
    rng = np.random.default_rng(51)
    extra = [
        Case(
            f"random {n}×{d} against {m}×{d}, {metric}",
            (rng.normal(size=(n, d)) * 5, rng.normal(size=(m, d)), metric),
        )
        for n, m, d in [(1, 1, 1), (7, 30, 5), (40, 2, 13)]
        for metric in ("euclidean", "manhattan")
    ]
    for case in [*check.cases(), *extra]:
        A, B, metric = case.args
        got = _call(distances, case)
        scipy_name = "cityblock" if metric == "manhattan" else "euclidean"
        problem = compare(cdist(A.astype(float), B.astype(float), scipy_name), got, check.rule)
        assert problem is None, f"case '{case.name}': {problem}"
        # scikit-learn's Euclidean distances use the expanded formula: close, not to the last digit
        sklearn_d = manhattan_distances(A, B) if metric == "manhattan" else euclidean_distances(A, B)
        np.testing.assert_allclose(got, sklearn_d, rtol=1e-6, atol=1e-4, err_msg=case.name)


# ---------------------------------------------------------------- nearest neighbours


def _assert_valid_neighbours(X: np.ndarray, k: int, got: np.ndarray, name: str) -> None:
    n = len(X)
    nn = NearestNeighbors(n_neighbors=k, algorithm="brute").fit(X)
    sk_dist, sk_idx = nn.kneighbors()  # X=None: each training point's neighbours, itself excluded
    assert got.shape == (n, k) and got.dtype.kind == "i", name
    assert not (got == np.arange(n)[:, None]).any(), f"{name}: a point is its own neighbour"
    exact = np.sqrt(((X[:, None, :] - X[got]) ** 2).sum(axis=-1))
    # the same distances as scikit-learn's neighbours, nearest first
    np.testing.assert_allclose(exact, sk_dist, rtol=1e-6, atol=1e-6, err_msg=name)
    assert (np.diff(exact, axis=1) >= -1e-12).all(), f"{name}: not nearest first"
    # equal distances: smaller index first
    same = exact[:, 1:] == exact[:, :-1]  # exact on the integer-valued cases
    assert (np.diff(got, axis=1)[same] > 0).all(), f"{name}: ties not in index order"
    # where scikit-learn's neighbours have no ties, the very same indices
    gaps = np.diff(np.sort(cdist(X, X), axis=1), axis=1)[:, : k + 1]
    untied = (gaps > 1e-9).all(axis=1)
    np.testing.assert_array_equal(got[untied], sk_idx[untied], err_msg=name)


def test_k_nearest_matches_sklearn_kneighbors_without_the_point_itself() -> None:
    check, k_nearest = _check("02_nearest.py"), _solution("02_nearest.py")
    rng = np.random.default_rng(52)
    extra = [
        Case("random 80×3, k = 10, seed 52", (rng.normal(size=(80, 3)), 10)),
        Case("digits standardized-free, first 200, k = 4", (load_digits().data[:200], 4)),
        Case("two points, k = 1", (np.array([[0.0, 0.0], [1.0, 1.0]]), 1)),
    ]
    for case in [*check.cases(), *extra]:
        X, k = case.args
        _assert_valid_neighbours(X.astype(float), k, _call(k_nearest, case), case.name)


# ---------------------------------------------------------------- votes and regression


def _loop_weights(d: np.ndarray, weights: str) -> list[float]:
    if weights == "uniform":
        return [1.0] * len(d)
    if (d == 0).any():
        return [float(x == 0) for x in d]
    return [1.0 / x for x in d]


def _loop_vote(labels: np.ndarray, d: np.ndarray, weights: str) -> np.ndarray:
    out = []
    for row, dist in zip(labels, d, strict=True):
        totals: dict[int, float] = defaultdict(float)
        for label, w in zip(row, _loop_weights(dist, weights), strict=True):
            totals[int(label)] += w
        best = max(totals.values())
        out.append(min(label for label, t in totals.items() if t == best))
    return np.array(out)


def _loop_mean(targets: np.ndarray, d: np.ndarray, weights: str) -> np.ndarray:
    out = []
    for row, dist in zip(targets, d, strict=True):
        w = _loop_weights(dist, weights)
        out.append(sum(a * b for a, b in zip(w, row, strict=True)) / sum(w))
    return np.array(out)


def test_vote_matches_a_plain_loop_on_the_check_cases() -> None:
    check, vote = _check("03_vote.py"), _solution("03_vote.py")
    for case in check.cases():
        problem = compare(_loop_vote(*case.args), _call(vote, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_regress_matches_a_plain_loop_on_the_check_cases() -> None:
    check, regress = _check("04_regress.py"), _solution("04_regress.py")
    for case in check.cases():
        problem = compare(_loop_mean(*case.args), _call(regress, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def _splits():
    rng = np.random.default_rng(53)
    iris, wine, digits = load_iris(), load_wine(), load_digits()
    grid = rng.integers(0, 4, size=(120, 2)).astype(float)  # equal distances and tied votes
    yield "iris", iris.data, iris.target, rng.permutation(150)
    yield "wine standardized", _standardized(wine.data), wine.target, rng.permutation(178)
    yield "digits", digits.data[:600], digits.target[:600], rng.permutation(600)
    yield "integer grid", grid, rng.integers(0, 3, size=120), rng.permutation(120)


@pytest.mark.parametrize("weights", ["uniform", "distance"])
@pytest.mark.parametrize("k", [1, 4, 9])
def test_vote_matches_kneighbors_classifier(weights: str, k: int) -> None:
    check, vote = _check("03_vote.py"), _solution("03_vote.py")
    for name, X, y, order in _splits():
        train, query = order[: len(order) * 2 // 3], order[len(order) * 2 // 3 :]
        model = KNeighborsClassifier(n_neighbors=k, weights=weights, algorithm="brute").fit(
            X[train], y[train]
        )
        dist, idx = model.kneighbors(X[query])
        got = vote(y[train][idx], dist, weights)
        problem = compare(model.predict(X[query]), got, check.rule)
        assert problem is None, f"{name}, k = {k}: {problem}"


@pytest.mark.parametrize("weights", ["uniform", "distance"])
def test_regress_matches_kneighbors_regressor(weights: str) -> None:
    check, regress = _check("04_regress.py"), _solution("04_regress.py")
    diabetes = load_diabetes()
    X, y = diabetes.data, diabetes.target
    rng = np.random.default_rng(54)
    X_dup = np.vstack([X[:300], X[:20]])  # queries that sit exactly on training points
    for k in (1, 5, 12):
        model = KNeighborsRegressor(n_neighbors=k, weights=weights, algorithm="brute").fit(X[:300], y[:300])
        for queries in (X[300:], X_dup[-20:], X[300:] + rng.normal(scale=0.01, size=X[300:].shape)):
            dist, idx = model.kneighbors(queries)
            got = regress(y[:300][idx], dist, weights)
            problem = compare(model.predict(queries), got, check.rule)
            assert problem is None, f"k = {k}: {problem}"
