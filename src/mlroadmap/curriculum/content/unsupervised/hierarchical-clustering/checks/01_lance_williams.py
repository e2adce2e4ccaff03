"""Check of exercise 01: lance_williams (single, complete, average and Ward updates, scipy's convention)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

METHODS = ("single", "complete", "average", "ward")


def cluster_distance(A: np.ndarray, B: np.ndarray, method: str) -> float:
    """The distance between two sets of points, straight from the definition."""
    if method == "ward":  # scipy's Ward distance: sqrt(2 n_a n_b / (n_a + n_b)) |centroid_a - centroid_b|
        gap = np.linalg.norm(A.mean(axis=0) - B.mean(axis=0))
        return float(np.sqrt(2 * len(A) * len(B) / (len(A) + len(B))) * gap)
    D = np.sqrt(((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1))
    return float({"single": D.min(), "complete": D.max(), "average": D.mean()}[method])


def from_clusters(X: np.ndarray, sizes: list[int], seed: int, method: str) -> tuple:
    """Split a seeded sample of X into clusters of the given sizes; the first two are i and j."""
    order = np.random.default_rng(seed).permutation(len(X))[: sum(sizes)]
    groups = np.split(X[order], np.cumsum(sizes)[:-1])
    i, j, others = groups[0], groups[1], groups[2:]
    return (
        np.array([cluster_distance(i, k, method) for k in others]),
        np.array([cluster_distance(j, k, method) for k in others]),
        cluster_distance(i, j, method),
        len(i),
        len(j),
        np.array([len(k) for k in others]),
        method,
    )


def cases() -> list[Case]:
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    iris = load_iris().data
    out = []
    for method in METHODS:
        out += [
            Case(
                f"{method}: three single points at 0, 1 and 3 on a line",
                (np.array([3.0]), np.array([2.0]), 1.0, 1, 1, np.array([1]), method),
            ),
            Case(
                f"{method}: clusters of sizes 3 and 1 against sizes 1, 2 and 5",
                (
                    np.array([2.0, 4.0, 6.0]),
                    np.array([5.0, 3.0, 6.5]),
                    1.5,
                    3,
                    1,
                    np.array([1, 2, 5]),
                    method,
                ),
            ),
            Case(
                f"{method}: iris flowers in clusters of 4 and 2 against 6 clusters of sizes 1 to 6, seed 1",
                from_clusters(iris, [4, 2, 1, 2, 3, 4, 5, 6], 1, method),
            ),
            Case(
                f"{method}: standardized wines in clusters of 7 and 9 against 5 clusters, seed 2",
                from_clusters(Z, [7, 9, 3, 1, 8, 2, 5], 2, method),
            ),
        ]
    return out


def _update(d_ik, d_jk, d_ij, n_i, n_j, n_k, method, **changes):
    """The right formulas, with one of them replaced."""
    if method in changes:
        return changes[method](d_ik, d_jk, d_ij, n_i, n_j, n_k)
    if method == "single":
        return np.minimum(d_ik, d_jk).astype(float)
    if method == "complete":
        return np.maximum(d_ik, d_jk).astype(float)
    if method == "average":
        return (n_i * d_ik + n_j * d_jk) / (n_i + n_j)
    return np.sqrt(((n_i + n_k) * d_ik**2 + (n_j + n_k) * d_jk**2 - n_k * d_ij**2) / (n_i + n_j + n_k))


def average_unweighted(d_ik, d_jk, d_ij, n_i, n_j, n_k, method):
    return _update(d_ik, d_jk, d_ij, n_i, n_j, n_k, method, average=lambda a, b, c, ni, nj, nk: (a + b) / 2)


def ward_without_sizes(d_ik, d_jk, d_ij, n_i, n_j, n_k, method):
    def ward(a, b, c, ni, nj, nk):
        with np.errstate(invalid="ignore"):
            return np.sqrt((2 * a**2 + 2 * b**2 - c**2) / 3)

    return _update(d_ik, d_jk, d_ij, n_i, n_j, n_k, method, ward=ward)


def ward_not_squared(d_ik, d_jk, d_ij, n_i, n_j, n_k, method):
    def ward(a, b, c, ni, nj, nk):
        return ((ni + nk) * a + (nj + nk) * b - nk * c) / (ni + nj + nk)

    return _update(d_ik, d_jk, d_ij, n_i, n_j, n_k, method, ward=ward)


def single_complete_swapped(d_ik, d_jk, d_ij, n_i, n_j, n_k, method):
    return _update(
        d_ik,
        d_jk,
        d_ij,
        n_i,
        n_j,
        n_k,
        method,
        single=lambda a, b, *rest: np.maximum(a, b).astype(float),
        complete=lambda a, b, *rest: np.minimum(a, b).astype(float),
    )


CHECK = Check(
    function="lance_williams",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            average_unweighted,
            "Your average linkage took the plain mean (d_ik + d_jk) / 2, which is scipy's "
            "method='weighted' (WPGMA): average linkage weights each distance by its cluster's size, "
            "(n_i d_ik + n_j d_jk) / (n_i + n_j).",
        ),
        Mutant(
            ward_without_sizes,
            "Your Ward update ignores the cluster sizes: the weights n_i + n_k, n_j + n_k and n_k, "
            "and the division by n_i + n_j + n_k, are what make Ward prefer merging small clusters.",
        ),
        Mutant(
            ward_not_squared,
            "You applied Ward's formula to the distances themselves: it holds for squared distances, "
            "so square d_ik, d_jk and d_ij, and take the square root of the result.",
        ),
        Mutant(
            single_complete_swapped,
            "You swapped single and complete linkage: single linkage is the distance of the closest "
            "pair (the minimum), complete linkage that of the farthest pair (the maximum).",
        ),
    ],
)
