"""Check of exercise 03: linkage (the naive agglomerative algorithm, scipy's linkage matrix)."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

METHODS = ("single", "complete", "average", "ward")


def cases() -> list[Case]:
    wine = load_wine().data
    W = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    line = np.array([[0.0], [1.0], [3.5], [7.5], [8.25]])
    out = [
        Case("one point", (np.array([[1.0, 2.0]]), "ward")),
        Case("two points", (np.array([[0.0, 0.0], [3.0, 4.0]]), "average")),
    ]
    for method in METHODS:
        out += [
            Case(f"{method}: five points on a line (0, 1, 3.5, 7.5, 8.25)", (line, method)),
            Case(
                f"{method}: random 25×3, seed 8",
                (np.random.default_rng(8).normal(size=(25, 3)) * [1.0, 2.0, 0.5], method),
            ),
            Case(f"{method}: every 6th wine standardized (30 wines)", (W[::6], method)),
        ]
    out.append(Case("ward: the first 50 diabetes patients", (load_diabetes().data[:50], "ward")))
    out.append(Case("average: the first 50 diabetes patients", (load_diabetes().data[:50], "average")))
    return out


def _linkage(X, method, renumber=True, average_weights=True, ward_sizes=True, ward_centroid=False):
    """The naive algorithm with one mistake switched on."""
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    np.fill_diagonal(D, np.inf)
    ids, sizes = np.arange(n), np.ones(n)
    Z = np.zeros((n - 1, 4))
    for step in range(n - 1):
        i, j = np.unravel_index(np.argmin(D), D.shape)
        d_ij, n_i, n_j = D[i, j], sizes[i], sizes[j]
        Z[step] = [min(ids[i], ids[j]), max(ids[i], ids[j]), d_ij, n_i + n_j]
        with np.errstate(invalid="ignore"):
            if method == "single":
                new = np.minimum(D[i], D[j])
            elif method == "complete":
                new = np.maximum(D[i], D[j])
            elif method == "average":
                new = (n_i * D[i] + n_j * D[j]) / (n_i + n_j) if average_weights else (D[i] + D[j]) / 2
            elif ward_centroid:  # the Lance-Williams update of the distance between centroids
                a, b = n_i / (n_i + n_j), n_j / (n_i + n_j)
                new = np.sqrt(np.maximum(a * D[i] ** 2 + b * D[j] ** 2 - a * b * d_ij**2, 0.0))
            elif ward_sizes:
                new = np.sqrt(
                    ((n_i + sizes) * D[i] ** 2 + (n_j + sizes) * D[j] ** 2 - sizes * d_ij**2)
                    / (n_i + n_j + sizes)
                )
            else:
                new = np.sqrt(np.maximum((2 * D[i] ** 2 + 2 * D[j] ** 2 - d_ij**2) / 3, 0.0))
        D[i], D[:, i] = new, new
        D[j], D[:, j] = np.inf, np.inf
        D[i, i] = np.inf
        sizes[i] = n_i + n_j
        if renumber:
            ids[i] = n + step
    return Z


def ids_not_renumbered(X, method):
    return _linkage(X, method, renumber=False)


def average_unweighted(X, method):
    return _linkage(X, method, average_weights=False)


def ward_without_sizes(X, method):
    return _linkage(X, method, ward_sizes=False)


def ward_as_centroid(X, method):
    return _linkage(X, method, ward_centroid=True)


CHECK = Check(
    function="linkage",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            ids_not_renumbered,
            "Your merged cluster kept the id of one of its parts: in a linkage matrix the cluster made "
            "at step s is called n + s, so that every id names one cluster for the whole tree.",
        ),
        Mutant(
            average_unweighted,
            "Your average linkage took the plain mean (d_ik + d_jk) / 2, which is method='weighted' "
            "(WPGMA): weight each distance by its cluster's size, (n_i d_ik + n_j d_jk) / (n_i + n_j).",
        ),
        Mutant(
            ward_without_sizes,
            "Your Ward update ignores the cluster sizes: use (n_i + n_k), (n_j + n_k) and n_k as "
            "weights and divide by n_i + n_j + n_k.",
        ),
        Mutant(
            ward_as_centroid,
            "You merged by the distance between centroids (centroid linkage): Ward merges the pair "
            "whose merge adds the least to the within-cluster sum of squares, which also grows with the "
            "cluster sizes.",
        ),
    ],
)
