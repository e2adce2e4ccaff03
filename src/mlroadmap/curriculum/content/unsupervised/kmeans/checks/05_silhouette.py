"""Check of exercise 05: silhouette_samples ((b - a) / max(a, b), 0 for a sample alone)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris, wine = load_iris(), load_wine()
    Z = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    rng = np.random.default_rng(51)
    sizes = [5, 40, 15, 60]
    blobs = np.concatenate(
        [
            rng.normal(loc, 1.2, size=(m, 2))
            for loc, m in zip(([0, 0], [4, 0], [0, 4], [4, 4]), sizes, strict=True)
        ]
    )
    blob_labels = np.repeat(np.arange(4), sizes)
    line = np.array([[0.0], [1.0], [5.0], [6.0], [7.0]])
    return [
        Case("points 0, 1 | 5, 6, 7 on a line, by hand", (line, np.array([0, 0, 1, 1, 1]))),
        Case(
            "the same points with 7 alone in its cluster: its silhouette is 0",
            (line, np.array([0, 0, 1, 1, 2])),
        ),
        Case("labels 3, 7 and 10 instead of 0, 1, 2", (line, np.array([10, 10, 3, 3, 7]))),
        Case("iris, the three species", (iris.data, iris.target)),
        Case(
            "iris split by petal length < 2.5 (setosa against the rest)",
            (iris.data, (iris.data[:, 2] >= 2.5).astype(int)),
        ),
        Case("wine standardized, the three cultivars", (Z, wine.target)),
        Case("four blobs of sizes 5, 40, 15 and 60, seed 51", (blobs, blob_labels)),
        Case(
            "four blobs, labels shuffled (a bad clustering), seed 52",
            (blobs, np.random.default_rng(52).permutation(blob_labels)),
        ),
    ]


def _parts(X, labels, power=1.0, self_included=False):
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)) ** power
    classes, index = np.unique(labels, return_inverse=True)
    onehot = index[:, None] == np.arange(len(classes))
    sizes = onehot.sum(axis=0)
    totals = D @ onehot
    own = sizes[index]
    rows = np.arange(len(X))
    a = totals[rows, index] / (own if self_included else np.maximum(own - 1, 1))
    means = totals / sizes
    means[rows, index] = np.inf
    return a, means.min(axis=1), own, D


def _silhouette(a, b):
    return (b - a) / np.maximum(a, b)


def itself_included(X, labels):
    a, b, own, _ = _parts(X, labels, self_included=True)
    return np.where(own > 1, _silhouette(a, b), 0.0)


def squared_distances(X, labels):
    a, b, own, _ = _parts(X, labels, power=2.0)
    return np.where(own > 1, _silhouette(a, b), 0.0)


def b_over_all_other_points(X, labels):
    a, _, own, D = _parts(X, labels)
    outside = labels[None, :] != labels[:, None]
    b = (D * outside).sum(axis=1) / outside.sum(axis=1)
    return np.where(own > 1, _silhouette(a, b), 0.0)


def alone_scores_one(X, labels):
    a, b, _, _ = _parts(X, labels)
    return _silhouette(a, b)


CHECK = Check(
    function="silhouette_samples",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-7),
    mutants=[
        Mutant(
            alone_scores_one,
            "A sample alone in its cluster got a = 0 and so s = 1: by convention its silhouette "
            "is 0 (a single-sample cluster says nothing about how well it fits).",
        ),
        Mutant(
            itself_included,
            "You averaged a(i) over the whole cluster, the sample itself included (distance 0): "
            "divide by |A| - 1, the number of *other* samples.",
        ),
        Mutant(
            squared_distances,
            "You used squared distances: the silhouette is defined with the distances "
            "themselves (Euclidean, no square).",
        ),
        Mutant(
            b_over_all_other_points,
            "Your b(i) averages over every sample outside the cluster: b is the mean distance to "
            "the *nearest* other cluster (one mean per cluster, then the minimum).",
        ),
    ],
)
