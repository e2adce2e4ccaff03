"""The kmeans topic's solutions against scikit-learn's and SciPy's k-means.

Each solution is the grader's reference, so it is checked here against code that
shares none of it, on the check's own cases and on extra seeded data:
``sklearn.metrics.pairwise_distances_argmin`` and ``scipy.cluster.vq.vq`` for the
assignment and the inertia, one Lloyd iteration of ``sklearn.cluster.KMeans``
(``init=centres, n_init=1, max_iter=1``) for the update, the seeds of
``sklearn.cluster.kmeans_plusplus`` with one candidate per step for k-means++, and
``sklearn.metrics.silhouette_samples`` for the silhouette.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy.cluster.vq import vq
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.metrics import pairwise_distances_argmin, silhouette_samples

from conftest import topic_files
from mlroadmap.datasets import load_digits, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call as _call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/unsupervised/kmeans"


_check, _solution = topic_files(TOPIC)


def _extra_points(seed: int) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(name, X, centres) on seeded blobs, wine and digits; the centres are jittered rows,
    so that no sample is at exactly the same distance from two centres."""
    rng = np.random.default_rng(seed)
    blobs = np.concatenate([rng.normal(rng.uniform(-10, 10, size=3), 1.0, size=(50, 3)) for _ in range(4)])
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    digits = load_digits().data
    return [
        (f"blobs 200×3, seed {seed}", blobs, rng.uniform(-10, 10, size=(6, 3))),
        (
            "wine standardized, 5 random rows as centres",
            Z,
            Z[rng.choice(len(Z), 5, replace=False)] + rng.normal(0, 0.1, (5, 13)),
        ),
        (
            "digits, 10 random rows as centres",
            digits,
            digits[rng.choice(len(digits), 10, replace=False)] + rng.normal(0, 0.5, (10, 64)),
        ),
    ]


# ---------------------------------------------------------------- assignment


def test_assign_matches_sklearn_and_scipy() -> None:
    check, assign = _check("01_assign.py"), _solution("01_assign.py")
    extra = [Case(name, (X, C)) for name, X, C in _extra_points(61)]
    for case in [*check.cases(), *extra]:
        X, centres = (np.asarray(a, dtype=float) for a in case.args)
        got = _call(assign, case)
        for oracle in (pairwise_distances_argmin(X, centres), vq(X, centres)[0]):
            problem = compare(np.asarray(oracle, dtype=np.int64), got, check.rule)
            assert problem is None, f"case '{case.name}': {problem}"


# ---------------------------------------------------------------- inertia


def test_inertia_matches_scipy_vq_distortions() -> None:
    check, inertia = _check("02_inertia.py"), _solution("02_inertia.py")
    extra = [Case(name, (X, C)) for name, X, C in _extra_points(62)]
    for case in [*check.cases(), *extra]:
        X, centres = (np.asarray(a, dtype=float) for a in case.args)
        got = _call(inertia, case)
        assert type(got) is float, case.name
        problem = compare(float((vq(X, centres)[1] ** 2).sum()), got, check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


@pytest.mark.parametrize("k", [1, 2, 3, 5, 8])
def test_inertia_matches_sklearn_inertia_of_a_fitted_model(k: int) -> None:
    check, inertia = _check("02_inertia.py"), _solution("02_inertia.py")
    X = load_iris().data
    model = KMeans(n_clusters=k, n_init=3, random_state=k).fit(X)
    problem = compare(float(model.inertia_), inertia(X, model.cluster_centers_), check.rule)
    assert problem is None, f"k = {k}: {problem}"
    assert np.isclose(-model.score(X), inertia(X, model.cluster_centers_), rtol=1e-9)


# ---------------------------------------------------------------- update


def _loop_update(X: np.ndarray, labels: np.ndarray, centres: np.ndarray) -> np.ndarray:
    out = np.array(centres, dtype=float)
    for c in range(len(centres)):
        rows = [X[i] for i in range(len(X)) if labels[i] == c]
        if rows:
            out[c] = np.sum(rows, axis=0) / len(rows)
    return out


def test_update_matches_a_plain_loop_on_the_check_cases() -> None:
    check, update = _check("03_update.py"), _solution("03_update.py")
    for case in check.cases():
        problem = compare(_loop_update(*case.args), _call(update, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_one_lloyd_iteration_matches_sklearn_where_no_cluster_is_empty() -> None:
    check, assign, update = _check("03_update.py"), _solution("01_assign.py"), _solution("03_update.py")
    iris = load_iris().data
    runs = [
        ("iris, samples 0, 50, 100", iris, iris[[0, 50, 100]]),
        ("iris, samples 0, 1, 2 (a poor start)", iris, iris[[0, 1, 2]]),
        *_extra_points(63),
    ]
    compared = 0
    for name, X, centres in runs:
        labels = assign(X, centres)
        if len(np.unique(labels)) < len(centres):
            continue  # scikit-learn relocates empty clusters; the exercise keeps them in place
        model = KMeans(n_clusters=len(centres), init=centres, n_init=1, max_iter=1, algorithm="lloyd").fit(X)
        problem = compare(model.cluster_centers_, update(X, labels, centres.copy()), check.rule)
        assert problem is None, f"{name}: {problem}"
        compared += 1
    assert compared >= 4


# ---------------------------------------------------------------- k-means++


def test_kmeanspp_repeated_gives_sklearn_seeds_with_one_candidate_per_step() -> None:
    """scikit-learn draws the first centre with ``choice`` and then one uniform number per
    step from the same RandomState; fed the same numbers, our step picks the same samples."""
    step = _solution("04_kmeanspp.py")
    iris, digits = load_iris().data, load_digits().data
    wine = load_wine().data
    datasets = [("iris", iris), ("wine", wine), ("digits", digits[:500])]
    for name, X in datasets:
        for seed in range(5):
            k = 6
            _, expected = kmeans_plusplus(X, n_clusters=k, random_state=seed, n_local_trials=1)
            rs = np.random.RandomState(seed)
            chosen = [int(rs.choice(len(X), p=np.full(len(X), 1.0 / len(X))))]
            for _ in range(k - 1):
                u = float(rs.uniform(size=1)[0])
                chosen.append(step(X, X[chosen], u))
            assert chosen == list(expected), f"{name}, seed {seed}: {chosen} != {list(expected)}"


def _probabilities(X: np.ndarray, centres: np.ndarray) -> np.ndarray:
    d2 = np.array([min(float(((x - c) ** 2).sum()) for c in centres) for x in X])
    return d2 / d2.sum()


def test_kmeanspp_check_cases_follow_the_d2_distribution() -> None:
    """On each case, the chosen sample is the one whose slice of [0, 1) holds u when each
    sample gets a slice as long as its k-means++ probability D² / sum D²; u stays clear of
    the slice ends, so a correct program that sums in another order agrees."""
    check, step = _check("04_kmeanspp.py"), _solution("04_kmeanspp.py")
    for case in check.cases():
        X, centres, u = case.args
        p = _probabilities(np.asarray(X, float), np.asarray(centres, float))
        ends = np.cumsum(p)
        got = _call(step, case)
        assert type(got) is int and p[got] > 0, case.name
        assert ends[got] - p[got] <= u < ends[got], case.name
        if u > 0:
            assert np.min(np.abs(ends - u)) > 1e-9, f"{case.name}: u is too close to a slice end"


def test_kmeanspp_frequencies_follow_d2_over_many_draws() -> None:
    step = _solution("04_kmeanspp.py")
    X = np.array([[0.0], [1.0], [3.0], [7.0]])
    centres = X[:1]
    draws = np.random.default_rng(64).random(20_000)
    counts = np.bincount([step(X, centres, float(u)) for u in draws], minlength=4) / len(draws)
    np.testing.assert_allclose(counts, [0.0, 1 / 59, 9 / 59, 49 / 59], atol=0.01)


# ---------------------------------------------------------------- silhouette


def test_silhouette_matches_sklearn() -> None:
    check, silhouette = _check("05_silhouette.py"), _solution("05_silhouette.py")
    rng = np.random.default_rng(65)
    digits = load_digits()
    extra = [
        Case("digits, first 400, true labels", (digits.data[:400], digits.target[:400])),
        Case(
            "random 60×4, 5 random labels, seed 65", (rng.normal(size=(60, 4)), rng.integers(0, 5, size=60))
        ),
        Case(
            "wine raw, k-means labels",
            (load_wine().data, KMeans(n_clusters=4, n_init=3, random_state=0).fit(load_wine().data).labels_),
        ),
    ]
    for case in [*check.cases(), *extra]:
        X, labels = case.args
        problem = compare(silhouette_samples(X, labels), _call(silhouette, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"
