"""The dbscan topic's solutions against scikit-learn's DBSCAN, OPTICS and NearestNeighbors.

Each solution is the grader's reference, so it is checked here against code that shares
none of it, on the check's own cases and on extra seeded data (``make_moons``, blobs):
``NearestNeighbors.radius_neighbors`` for the counts, ``kneighbors`` and
``OPTICS.core_distances_`` for the core distances, and ``DBSCAN``'s
``core_sample_indices_`` and ``labels_`` for the point types and the labels.

A case whose points are not on an exact grid must keep every pairwise distance clear of
eps: otherwise a correct learner who computes distances another way (with the expanded
formula ‖a‖² - 2 a·b + ‖b‖², say) could land on the other side of eps.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.spatial.distance import cdist
from sklearn.cluster import DBSCAN, OPTICS
from sklearn.datasets import make_blobs, make_moons
from sklearn.neighbors import NearestNeighbors

from conftest import topic_files
from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call as _call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/unsupervised/dbscan"


_check, _solution = topic_files(TOPIC)


def _extra(seed: int) -> list[Case]:
    """Seeded moons and blobs with noise, as (X, eps, min_samples)."""
    moons, _ = make_moons(n_samples=240, noise=0.08, random_state=seed)
    blobs, _ = make_blobs(n_samples=150, centers=3, cluster_std=0.6, random_state=seed)
    scattered = np.random.default_rng(seed).uniform(-10, 10, size=(15, 2))
    wine = load_wine().data
    return [
        Case(f"moons 240, seed {seed}", (moons, 0.2, 5)),
        Case(f"moons 240, small eps, seed {seed}", (moons, 0.11, 4)),
        Case(f"blobs 150 and 15 scattered points, seed {seed}", (np.vstack([blobs, scattered]), 0.7, 6)),
        Case("wine raw, eps 30", (wine, 30.0, 4)),
    ]


def _assert_eps_is_clear(X: np.ndarray, eps: float, name: str) -> None:
    """Exact grids (multiples of 0.25) have exact distances; other data must keep away from eps."""
    if np.array_equal(X * 4, np.round(X * 4)):
        return
    gap = np.abs(cdist(X, X) - eps).min()
    assert gap > 1e-9, f"{name}: a distance is within {gap:.1e} of eps"


# ---------------------------------------------------------------- counts


def test_counts_match_sklearn_radius_neighbors() -> None:
    check, counts = _check("01_neighbourhood_counts.py"), _solution("01_neighbourhood_counts.py")
    extra = [Case(c.name, c.args[:2]) for c in _extra(81)]
    for case in [*check.cases(), *extra]:
        X, eps = case.args
        _assert_eps_is_clear(X, eps, case.name)
        neighbourhoods = NearestNeighbors(radius=eps).fit(X).radius_neighbors(X, return_distance=False)
        expected = np.array([len(n) for n in neighbourhoods], dtype=np.int64)
        problem = compare(expected, _call(counts, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_counts_hand_case() -> None:
    line = np.array([[0.0], [1.0], [2.0], [4.0], [4.5], [10.0]])
    np.testing.assert_array_equal(_solution("01_neighbourhood_counts.py")(line, 1.0), [2, 3, 2, 2, 2, 1])


# ---------------------------------------------------------------- core distances


def test_core_distances_match_kneighbors_and_optics() -> None:
    check, core = _check("02_core_distances.py"), _solution("02_core_distances.py")
    extra = [Case(c.name, (c.args[0], c.args[2])) for c in _extra(82)]
    for case in [*check.cases(), *extra]:
        X, min_samples = case.args
        got = _call(core, case)
        # with X passed in, each point is its own first neighbour
        distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors(X)
        problem = compare(distances[:, -1], got, check.rule)
        assert problem is None, f"case '{case.name}', kneighbors: {problem}"
        if min_samples > 1:  # OPTICS needs min_samples > 1
            optics = OPTICS(min_samples=min_samples).fit(X).core_distances_
            np.testing.assert_allclose(got, optics, rtol=1e-7, atol=1e-9, err_msg=case.name)


def test_a_point_is_core_exactly_from_its_core_distance_on() -> None:
    core = _solution("02_core_distances.py")
    X, _ = make_moons(n_samples=120, noise=0.1, random_state=83)
    distances = core(X, 5)
    for i in [0, 17, 60, 119]:
        below = DBSCAN(eps=distances[i] * (1 - 1e-6), min_samples=5).fit(X).core_sample_indices_
        above = DBSCAN(eps=distances[i] * (1 + 1e-6), min_samples=5).fit(X).core_sample_indices_
        assert i not in below and i in above, i


# ---------------------------------------------------------------- point types and labels


def _sklearn_types(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    model = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    core = np.zeros(len(X), dtype=bool)
    core[model.core_sample_indices_] = True
    return np.where(core, "core", np.where(model.labels_ >= 0, "border", "noise"))


def test_point_types_match_sklearn_dbscan() -> None:
    check, types = _check("03_point_types.py"), _solution("03_point_types.py")
    for case in [*check.cases(), *_extra(84)]:
        X, eps, min_samples = case.args
        _assert_eps_is_clear(X, eps, case.name)
        problem = compare(_sklearn_types(X, eps, min_samples), _call(types, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_point_types_hand_case() -> None:
    chain = np.array([[0.0], [0.5], [1.0], [1.5], [2.5], [3.5], [8.0]])
    got = _solution("03_point_types.py")(chain, 1.0, 4)
    assert list(got) == ["border", "core", "core", "core", "border", "noise", "noise"]


def test_labels_match_sklearn_dbscan() -> None:
    check, labels = _check("04_labels.py"), _solution("04_labels.py")
    extra = [*_extra(85), Case("iris, eps 0.75, min_samples 3", (load_iris().data, 0.75, 3))]
    for case in [*check.cases(), *extra]:
        X, eps, min_samples = case.args
        _assert_eps_is_clear(X, eps, case.name)
        expected = DBSCAN(eps=eps, min_samples=min_samples).fit(X).labels_.astype(np.int64)
        problem = compare(expected, _call(labels, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_labels_check_cases_are_not_trivial() -> None:
    """The cases hold clusters, noise and a border point shared by two clusters."""
    check = _check("04_labels.py")
    results = [DBSCAN(eps=c.args[1], min_samples=c.args[2]).fit(c.args[0]).labels_ for c in check.cases()]
    assert any(r.max() >= 2 for r in results)
    assert any((r == -1).any() and (r >= 0).any() for r in results)
    bridge = results[0]
    assert bridge[5] == 0 and bridge[0] == 0 and bridge[6] == 1 and bridge[-1] == -1
