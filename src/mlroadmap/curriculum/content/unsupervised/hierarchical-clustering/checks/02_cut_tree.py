"""Check of exercise 02: cut_tree (replay the first n - k merges, labels by first appearance)."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def linkage(X: np.ndarray, method: str) -> np.ndarray:
    """A scipy-style linkage matrix by the naive O(n^3) algorithm (no ties in these cases)."""
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    np.fill_diagonal(D, np.inf)
    ids, sizes = np.arange(n), np.ones(n)
    Z = np.zeros((n - 1, 4))
    for step in range(n - 1):
        i, j = np.unravel_index(np.argmin(D), D.shape)
        d_ij, n_i, n_j = D[i, j], sizes[i], sizes[j]
        Z[step] = [min(ids[i], ids[j]), max(ids[i], ids[j]), d_ij, n_i + n_j]
        if method == "single":
            new = np.minimum(D[i], D[j])
        elif method == "average":
            new = (n_i * D[i] + n_j * D[j]) / (n_i + n_j)
        else:  # ward
            new = np.sqrt(
                ((n_i + sizes) * D[i] ** 2 + (n_j + sizes) * D[j] ** 2 - sizes * d_ij**2)
                / (n_i + n_j + sizes)
            )
        D[i], D[:, i] = new, new
        D[j], D[:, j] = np.inf, np.inf
        D[i, i] = np.inf
        ids[i], sizes[i] = n + step, n_i + n_j
    return Z


def cases() -> list[Case]:
    wine = load_wine().data
    W = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    diabetes = load_diabetes().data[:40]
    rng = np.random.default_rng(5)
    blobs = np.concatenate([rng.normal(c, 0.3, size=(6, 2)) for c in ([0, 0], [5, 0], [0, 5])])
    by_hand = np.array([[0.0, 1.0, 1.0, 2.0], [2.0, 3.0, 1.5, 2.0], [4.0, 5.0, 4.0, 4.0]])  # 4 points
    out = [
        Case("4 points: merge 0+1, then 2+3, then both; 2 clusters", (by_hand, 2)),
        Case("4 points, 3 clusters", (by_hand, 3)),
        Case("4 points, 4 clusters (every point alone)", (by_hand, 4)),
        Case("4 points, 1 cluster", (by_hand, 1)),
        Case("a single point", (np.zeros((0, 4)), 1)),
        Case("three blobs of 6 points, Ward, 3 clusters, seed 5", (linkage(blobs, "ward"), 3)),
        Case("the same blobs, single linkage, 5 clusters", (linkage(blobs, "single"), 5)),
    ]
    wine_z = linkage(W[::4], "ward")
    diabetes_z = linkage(diabetes, "average")
    for k in (2, 3, 6):
        out.append(Case(f"every 4th wine standardized (45), Ward, {k} clusters", (wine_z, k)))
    out.append(Case("the first 40 diabetes patients, average linkage, 4 clusters", (diabetes_z, 4)))
    iris_sample = load_iris().data[np.random.default_rng(6).permutation(150)[:30]]
    iris_sample = iris_sample + np.random.default_rng(7).normal(0.0, 1e-3, size=iris_sample.shape)
    out.append(
        Case(
            "30 iris flowers (jittered against ties), single linkage, 3 clusters, seed 6",
            (linkage(iris_sample, "single"), 3),
        )
    )
    return out


def _replay(Z, merges, new_id=None):
    n = len(Z) + 1
    cluster = np.arange(n)
    for step, (a, b) in enumerate(Z[: max(merges, 0), :2]):
        cluster[(cluster == a) | (cluster == b)] = n + step if new_id is None else new_id(a, b, step)
    return cluster


def _by_first_appearance(cluster):
    _, first, inverse = np.unique(cluster, return_index=True, return_inverse=True)
    return np.argsort(np.argsort(first))[inverse]


def first_k_merges(Z, n_clusters):
    return _by_first_appearance(_replay(Z, n_clusters - 1))


def one_merge_too_many(Z, n_clusters):
    return _by_first_appearance(_replay(Z, len(Z) + 1 - n_clusters + 1))


def one_merge_too_few(Z, n_clusters):
    return _by_first_appearance(_replay(Z, len(Z) - n_clusters))


def ids_not_renumbered(Z, n_clusters):
    return _by_first_appearance(_replay(Z, len(Z) + 1 - n_clusters, new_id=lambda a, b, step: min(a, b)))


def labels_by_cluster_id(Z, n_clusters):
    _, inverse = np.unique(_replay(Z, len(Z) + 1 - n_clusters), return_inverse=True)
    return inverse


CHECK = Check(
    function="cut_tree",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            first_k_merges,
            "You replayed only the first n_clusters - 1 merges: to be left with k clusters you undo the "
            "*last* k - 1 merges, so replay the first n - k.",
        ),
        Mutant(
            one_merge_too_many,
            "You replayed one merge too many and ended with n_clusters - 1 clusters: n points after "
            "n - k merges leave exactly k clusters.",
        ),
        Mutant(
            one_merge_too_few,
            "You replayed one merge too few and ended with n_clusters + 1 clusters: n points after "
            "n - k merges leave exactly k clusters.",
        ),
        Mutant(
            ids_not_renumbered,
            "You gave the merged cluster the id of one of its parts: in a linkage matrix the cluster "
            "made at step s has the new id n + s, and later rows refer to it by that id.",
        ),
        Mutant(
            labels_by_cluster_id,
            "Your clusters are right but numbered in the order of their ids: number them by first "
            "appearance instead, so that point 0 is in cluster 0, the next new cluster is 1, and so on.",
        ),
    ],
)
