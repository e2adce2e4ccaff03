"""Check of exercise 04: knn_regress (uniform or 1/d weighted mean of the neighbours' targets)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    diabetes = load_diabetes()
    X, y = diabetes.data, diabetes.target
    D = np.sqrt(((X[400:, None, :] - X[None, :400, :]) ** 2).sum(axis=-1))
    idx = np.argsort(D, axis=1, kind="stable")[:, :5]
    real_y, real_d = y[:400][idx], np.take_along_axis(D, idx, axis=1)
    rng = np.random.default_rng(12)
    out = []
    for w in ("uniform", "distance"):
        out += [
            Case(
                f"{w}: by hand, targets [1, 2, 6] at distances [1, 2, 4]",
                (np.array([[1.0, 2.0, 6.0]]), np.array([[1.0, 2.0, 4.0]]), w),
            ),
            Case(
                f"{w}: exact matches (distance 0) in the second and third rows",
                (
                    np.array([[3.0, 5.0], [10.0, 20.0], [4.0, 8.0]]),
                    np.array([[1.0, 3.0], [0.0, 2.0], [0.0, 0.0]]),
                    w,
                ),
            ),
            Case(f"{w}: k = 1", (np.array([[7.5], [-2.0]]), np.array([[0.3], [2.0]]), w)),
            Case(f"{w}: 42 diabetes patients from their 5 nearest among 400", (real_y, real_d, w)),
            Case(
                f"{w}: random targets and distances, seed 12",
                (rng.normal(size=(20, 6)), rng.uniform(0.1, 3.0, size=(20, 6)), w),
            ),
        ]
    return out


def _weights(d, inverse=True):
    zero = d == 0
    with np.errstate(divide="ignore"):
        w = 1.0 / d if inverse else d.astype(float)
    return np.where(zero.any(axis=1, keepdims=True), zero, w)


def weights_ignored(neighbor_targets, neighbor_distances, weights):
    return neighbor_targets.mean(axis=1)


def weights_as_distance(neighbor_targets, neighbor_distances, weights):
    if weights != "distance":
        return neighbor_targets.mean(axis=1)
    w = _weights(neighbor_distances, inverse=False)
    return (w * neighbor_targets).sum(axis=1) / w.sum(axis=1)


def not_normalised(neighbor_targets, neighbor_distances, weights):
    if weights != "distance":
        return neighbor_targets.mean(axis=1)
    return (_weights(neighbor_distances) * neighbor_targets).sum(axis=1)


def zero_distance_unguarded(neighbor_targets, neighbor_distances, weights):
    if weights != "distance":
        return neighbor_targets.mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        w = 1.0 / neighbor_distances
        return (w * neighbor_targets).sum(axis=1) / w.sum(axis=1)


CHECK = Check(
    function="knn_regress",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            weights_ignored,
            "With weights='distance' you still took the plain mean: weight each target by "
            "1 / distance, then divide by the sum of the weights.",
        ),
        Mutant(
            weights_as_distance,
            "You weighted the targets by the distance itself, so the farthest neighbour counts "
            "most: the weight is 1 / distance.",
        ),
        Mutant(
            not_normalised,
            "You returned the weighted sum: divide it by the sum of the weights to get a weighted mean.",
        ),
        Mutant(
            zero_distance_unguarded,
            "A neighbour at distance 0 got the weight 1 / 0 = inf, and inf / inf is NaN: in a "
            "row with zero distances, give those neighbours weight 1 and the others 0, so the "
            "prediction is the mean of the exact matches.",
        ),
    ],
)
