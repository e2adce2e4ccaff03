"""Check of exercise 04: dbscan_labels (scikit-learn's labels, noise -1)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _moons(n: int, noise: float, seed: int) -> np.ndarray:
    """Two interleaved half circles, as sklearn.datasets.make_moons draws them."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, np.pi, n // 2)
    outer = np.column_stack([np.cos(t), np.sin(t)])
    inner = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
    return np.concatenate([outer, inner]) + rng.normal(0, noise, size=(2 * (n // 2), 2))


def cases() -> list[Case]:
    # two dense groups 2 apart with a lone point halfway: it is in reach of both groups
    bridge = np.array(
        [[0.0], [0.25], [0.5], [0.75], [1.0], [2.0], [3.0], [3.25], [3.5], [3.75], [4.0], [10.0]]
    )
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(74)
    blobs = np.concatenate(
        [rng.normal(0, 0.4, size=(30, 2)), rng.normal(3, 0.4, size=(30, 2)), rng.uniform(-2, 5, (12, 2))]
    )
    order = rng.permutation(len(blobs))
    return [
        Case(
            "two groups and a border point exactly eps from both, eps = 1, min_samples = 4: "
            "it joins cluster 0, and the groups stay apart",
            (bridge, 1.0, 4),
        ),
        Case("the same points in reverse order: the clusters swap numbers", (bridge[::-1].copy(), 1.0, 4)),
        Case("min_samples = 1: no noise at all", (bridge, 0.6, 1)),
        Case("a tiny eps: every point is noise", (bridge, 0.1, 2)),
        Case("iris, eps = 0.45, min_samples = 5", (load_iris().data, 0.45, 5)),
        Case("wine standardized, eps = 2.3, min_samples = 5", (Z, 2.3, 5)),
        Case(
            "two moons of 100 points, noise 0.1, eps = 0.15, min_samples = 5, seed 75",
            (_moons(200, 0.1, 75), 0.15, 5),
        ),
        Case("two blobs and 12 scattered points in shuffled order, seed 74", (blobs[order], 0.5, 4)),
    ]


def _near_and_core(X, eps, min_samples, extra_self=0):
    near = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1) <= eps**2
    return near, near.sum(axis=1) - extra_self >= min_samples


def _grow(X, eps, min_samples, extra_self=0, expand_border=False):
    near, core = _near_and_core(X, eps, min_samples, extra_self)
    labels = np.full(len(X), -1)
    cluster = 0
    for start in np.flatnonzero(core):
        if labels[start] != -1:
            continue
        labels[start] = cluster
        frontier = [start]
        while frontier:
            reached = np.flatnonzero(near[frontier].any(axis=0) & (labels == -1))
            labels[reached] = cluster
            frontier = list(reached if expand_border else reached[core[reached]])
        cluster += 1
    return labels


def itself_left_out(X, eps, min_samples):
    return _grow(X, eps, min_samples, extra_self=1)


def border_points_expand(X, eps, min_samples):
    return _grow(X, eps, min_samples, expand_border=True)


def border_joins_last_cluster(X, eps, min_samples):
    labels = _grow(X, eps, min_samples)
    near, core = _near_and_core(X, eps, min_samples)
    for i in np.flatnonzero(~core & near[:, core].any(axis=1)):
        labels[i] = labels[near[i] & core].max()  # overwritten by every cluster in reach
    return labels


def noise_zero_clusters_from_one(X, eps, min_samples):
    return _grow(X, eps, min_samples) + 1


CHECK = Check(
    function="dbscan_labels",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            border_joins_last_cluster,
            "A border point in reach of two clusters ended in the last one that reached it: "
            "scikit-learn keeps the first, the cluster with the smallest number.",
        ),
        Mutant(
            border_points_expand,
            "Your clusters grow through border points, so clusters merge and noise gets pulled "
            "in: label the neighbours of a border point only if a core point reaches them.",
        ),
        Mutant(
            noise_zero_clusters_from_one,
            "You labelled noise 0 and numbered the clusters from 1: noise is -1 and the "
            "clusters are numbered from 0, as in scikit-learn.",
        ),
        Mutant(
            itself_left_out,
            "Your core points need min_samples neighbours besides themselves: the point itself "
            "counts towards min_samples, as in scikit-learn (the off-by-one of many "
            "from-scratch DBSCANs).",
        ),
    ],
)
