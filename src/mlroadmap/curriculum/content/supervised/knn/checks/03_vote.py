"""Check of exercise 03: knn_vote (uniform or 1/d weights, ties to the smallest label)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def neighbours(X_train, y_train, X_query, k):
    """The labels and distances of each query's k nearest training points."""
    D = np.sqrt(((X_query[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1))
    idx = np.argsort(D, axis=1, kind="stable")[:, :k]
    return y_train[idx], np.take_along_axis(D, idx, axis=1)


def cases() -> list[Case]:
    iris, wine = load_iris(), load_wine()
    order = np.random.default_rng(10).permutation(150)
    train, query = order[:100], order[100:]
    iris_labels, iris_dist = neighbours(iris.data[train], iris.target[train], iris.data[query], 7)
    Z = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    wine_labels, wine_dist = neighbours(Z[::2], wine.target[::2], Z[1::2], 4)
    hand_labels = np.array([[2, 0, 2, 0], [1, 1, 0, 0], [0, 1, 1, 1]])
    hand_dist = np.array([[1.0, 2.0, 3.0, 4.0], [3.0, 4.0, 1.0, 1.0], [0.1, 1.0, 2.0, 3.0]])
    out = []
    for w in ("uniform", "distance"):
        out += [
            Case(f"{w}: by hand, with ties", (hand_labels, hand_dist, w)),
            Case(
                f"{w}: a query that sits on a training point (distance 0)",
                (np.array([[2, 0, 0], [1, 0, 0]]), np.array([[0.0, 1.0, 1.0], [0.0, 0.0, 0.5]]), w),
            ),
            Case(
                f"{w}: labels 5 and 9 only",
                (np.array([[9, 5, 5], [9, 9, 5]]), np.array([[1.0, 1.5, 9.0], [2.0, 3.0, 0.1]]), w),
            ),
            Case(f"{w}: 50 iris queries against 100 flowers, k = 7, seed 10", (iris_labels, iris_dist, w)),
            Case(f"{w}: wine standardized, odd rows against even rows, k = 4", (wine_labels, wine_dist, w)),
        ]
    return out


def _vote(labels, w):
    classes = np.unique(labels)
    scores = ((labels[:, :, None] == classes) * w[:, :, None]).sum(axis=1)
    return classes[np.argmax(scores, axis=1)]


def _guarded(d, w):
    zero = d == 0
    return np.where(zero.any(axis=1, keepdims=True), zero, w)


def weights_ignored(neighbor_labels, neighbor_distances, weights):
    return _vote(neighbor_labels, np.ones(neighbor_distances.shape))


def weights_as_distance(neighbor_labels, neighbor_distances, weights):
    w = neighbor_distances if weights == "distance" else np.ones(neighbor_distances.shape)
    return _vote(neighbor_labels, _guarded(neighbor_distances, w) if weights == "distance" else w)


def nearest_wins_ties(neighbor_labels, neighbor_distances, weights):
    if weights == "distance":
        with np.errstate(divide="ignore"):
            w = _guarded(neighbor_distances, 1.0 / neighbor_distances)
    else:
        w = np.ones(neighbor_distances.shape)
    classes = np.unique(neighbor_labels)
    scores = ((neighbor_labels[:, :, None] == classes) * w[:, :, None]).sum(axis=1)
    out = np.empty(len(neighbor_labels), dtype=neighbor_labels.dtype)
    for i, row in enumerate(neighbor_labels):
        tied = classes[scores[i] == scores[i].max()]
        out[i] = next(label for label in row if label in tied)  # the nearest tied label
    return out


def zero_distance_unguarded(neighbor_labels, neighbor_distances, weights):
    if weights != "distance":
        return _vote(neighbor_labels, np.ones(neighbor_distances.shape))
    with np.errstate(divide="ignore", invalid="ignore"):
        return _vote(neighbor_labels, 1.0 / neighbor_distances)


CHECK = Check(
    function="knn_vote",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            weights_ignored,
            "With weights='distance' every neighbour still counted once: weight each vote by "
            "1 / distance so that closer neighbours count more.",
        ),
        Mutant(
            weights_as_distance,
            "You weighted the votes by the distance itself, so the farthest neighbour counts "
            "most: the weight is 1 / distance.",
        ),
        Mutant(
            nearest_wins_ties,
            "You broke ties in favour of the nearest neighbour's label: scikit-learn gives a "
            "tie to the smallest label (np.argmax over the sorted labels returns the first "
            "maximum).",
        ),
        Mutant(
            zero_distance_unguarded,
            "A neighbour at distance 0 got the weight 1 / 0 = inf, which turns the sums into "
            "inf and NaN: in a row with zero distances, give those neighbours weight 1 and the "
            "others 0.",
        ),
    ],
)
