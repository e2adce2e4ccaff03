r"""Clustering and embedding quality: silhouette, adjusted Rand index, trustworthiness.

* The **silhouette** of sample :math:`i` compares :math:`a_i`, its mean distance to the
  other members of its cluster, with :math:`b_i`, its mean distance to the members of the
  nearest other cluster: :math:`s_i = (b_i - a_i) / \max(a_i, b_i)` (0 in a cluster of one).
* The **adjusted Rand index** counts the pairs of samples on which two labelings agree,
  corrected for the agreement expected by chance.
* **Trustworthiness** penalises the neighbours in an embedding that were not neighbours in
  the original space, by how far down the original ranking they were.
"""

from __future__ import annotations

import numbers
import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.metrics._targets import type_of_target
from mlroadmap.algorithms.neighbors._brute import smallest_k
from mlroadmap.algorithms.neighbors._distances import squared_euclidean_distances
from mlroadmap.algorithms.validation import (
    check_array,
    check_consistent_length,
    check_random_state,
    column_or_1d,
)

BLOCK_FLOATS = 1 << 22  # 32 MB of float64 distances per block of rows

# scikit-learn's metric names that SciPy knows under another name
SCIPY_NAMES = {"manhattan": "cityblock", "l1": "cityblock", "l2": "euclidean"}
METRICS = frozenset(
    {
        "euclidean", "l2", "l1", "manhattan", "cityblock", "braycurtis", "canberra", "chebyshev",
        "correlation", "cosine", "dice", "hamming", "jaccard", "mahalanobis", "matching",
        "minkowski", "rogerstanimoto", "russellrao", "seuclidean", "sokalmichener", "sokalsneath",
        "sqeuclidean", "yule",
    }
)  # fmt: skip


def check_metric(metric: Any, owner: str, *, precomputed: bool = True) -> None:
    """``metric`` is a known distance name (or ``"precomputed"``), or a callable."""
    if callable(metric) or metric in METRICS or (precomputed and metric == "precomputed"):
        return
    known = sorted(METRICS | ({"precomputed"} if precomputed else set()))
    raise ValueError(
        f"The 'metric' parameter of {owner} must be a str among {known} or a callable. "
        f"Got {metric!r} instead."
    )


def pairwise_distances(X: np.ndarray, Y: np.ndarray, metric: Any = "euclidean", **kwds: Any) -> np.ndarray:
    r"""All distances between the rows of ``X`` and of ``Y``, shape ``(len(X), len(Y))``.

    Euclidean distances come from one matrix product,
    :math:`\sqrt{\|x\|^2 - 2 x\cdot y + \|y\|^2}` (scikit-learn's way); the other metrics
    are SciPy's ``cdist``, the sensible tool for a long list of rarely used distances.
    """
    if metric in ("euclidean", "l2"):
        distances = squared_euclidean_distances(X, Y)
        return np.sqrt(distances, out=distances)
    from scipy.spatial.distance import cdist

    return cdist(X, Y, metric=SCIPY_NAMES.get(metric, metric), **kwds)


def row_blocks(n_rows: int, row_length: int, block_floats: int | None = None) -> list[slice]:
    """Slices of rows whose ``row_length``-wide blocks hold about ``block_floats`` numbers
    (``BLOCK_FLOATS`` by default)."""
    size = max(1, (block_floats or BLOCK_FLOATS) // max(row_length, 1))
    return [slice(start, min(start + size, n_rows)) for start in range(0, n_rows, size)]


def _distance_block(X: np.ndarray, rows: slice, metric: Any, kwds: dict) -> np.ndarray:
    """Distances from ``X[rows]`` to every row of ``X`` (a sample's distance to itself is 0)."""
    if metric == "precomputed":
        return X[rows]
    block = pairwise_distances(X[rows], X, metric, **kwds)
    if metric in ("euclidean", "l2"):  # the matrix-product expansion leaves ~1e-8 on the diagonal
        block[np.arange(block.shape[0]), np.arange(rows.start, rows.stop)] = 0.0
    return block


def _check_number_of_labels(n_labels: int, n_samples: int) -> None:
    if not 1 < n_labels < n_samples:
        raise ValueError(f"Number of labels is {n_labels}. Valid values are 2 to n_samples - 1 (inclusive)")


def silhouette_samples(X: Any, labels: Any, *, metric: Any = "euclidean", **kwds: Any) -> np.ndarray:
    r"""The silhouette coefficient :math:`s_i = (b_i - a_i) / \max(a_i, b_i)` of every sample.

    :math:`a_i` is the mean distance from :math:`i` to the other members of its cluster,
    :math:`b_i` the smallest mean distance from :math:`i` to the members of another cluster.
    A sample alone in its cluster gets 0. With a one-hot matrix :math:`H` (samples ×
    clusters), the distance sums to every cluster are the product :math:`D H`, computed one
    block of rows of :math:`D` at a time so that memory stays bounded. ``metric`` is a
    distance name, a callable, or ``"precomputed"`` (then ``X`` is the distance matrix).
    """
    check_metric(metric, "silhouette_samples")
    X = check_array(X, input_name="X")
    labels = column_or_1d(labels, warn=True)
    check_consistent_length(X, labels)
    if metric == "precomputed":
        atol = np.finfo(X.dtype).eps * 100 if X.dtype.kind == "f" else 0
        if np.any(np.abs(np.diagonal(X)) > atol):
            raise ValueError(
                "The precomputed distance matrix contains non-zero elements on the diagonal. "
                "Use np.fill_diagonal(X, 0)."
            )
    classes, codes = np.unique(labels, return_inverse=True)
    n_samples = len(codes)
    _check_number_of_labels(len(classes), n_samples)
    sizes = np.bincount(codes)
    one_hot = np.zeros((n_samples, len(classes)))
    one_hot[np.arange(n_samples), codes] = 1.0
    own_sum = np.empty(n_samples)
    nearest_other = np.empty(n_samples)
    for rows in row_blocks(n_samples, n_samples):
        sums = _distance_block(X, rows, metric, kwds) @ one_hot  # (block, n_clusters)
        own = codes[rows]
        own_sum[rows] = sums[np.arange(len(own)), own]
        means = sums / sizes
        means[np.arange(len(own)), own] = np.inf
        nearest_other[rows] = means.min(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        a = own_sum / (sizes[codes] - 1)
        s = (nearest_other - a) / np.maximum(a, nearest_other)
    return np.nan_to_num(s)  # a singleton cluster: 0 / 0


def silhouette_score(
    X: Any,
    labels: Any,
    *,
    metric: Any = "euclidean",
    sample_size: int | None = None,
    random_state: Any = None,
    **kwds: Any,
) -> float:
    """The mean silhouette coefficient over all samples (or over ``sample_size`` of them,
    drawn without replacement with ``random_state``, as scikit-learn draws them)."""
    if sample_size is not None:
        if not isinstance(sample_size, numbers.Integral) or isinstance(sample_size, bool) or sample_size < 1:
            raise ValueError(
                "The 'sample_size' parameter of silhouette_score must be an int in the range [1, inf) "
                f"or None. Got {sample_size!r} instead."
            )
        X = check_array(X, input_name="X")
        labels = column_or_1d(labels, warn=True)
        check_consistent_length(X, labels)
        chosen = check_random_state(random_state).permutation(X.shape[0])[:sample_size]
        X = X[np.ix_(chosen, chosen)] if metric == "precomputed" else X[chosen]
        labels = labels[chosen]
    return float(np.mean(silhouette_samples(X, labels, metric=metric, **kwds)))


def _check_clusterings(labels_true: Any, labels_pred: Any) -> tuple[np.ndarray, np.ndarray]:
    labels_true = check_array(labels_true, ensure_2d=False, ensure_min_samples=0, dtype=None)
    labels_pred = check_array(labels_pred, ensure_2d=False, ensure_min_samples=0, dtype=None)
    kinds = (type_of_target(labels_true), type_of_target(labels_pred))
    if "continuous" in kinds:
        warnings.warn(
            f"Clustering metrics expects discrete values but received {kinds[0]} values for label, "
            f"and {kinds[1]} values for target",
            UserWarning,
            stacklevel=3,
        )
    for name, labels in (("labels_true", labels_true), ("labels_pred", labels_pred)):
        if labels.ndim != 1:
            raise ValueError(f"{name} must be 1D: shape is {labels.shape!r}")
    check_consistent_length(labels_true, labels_pred)
    return labels_true, labels_pred


def adjusted_rand_score(labels_true: Any, labels_pred: Any) -> float:
    r"""The Rand index adjusted for chance: 1 for identical partitions, about 0 for random ones.

    From the contingency table :math:`n_{ij}` (samples in class :math:`i` and cluster
    :math:`j`), with row sums :math:`a_i` and column sums :math:`b_j`, count ordered pairs
    of distinct samples: together in both labelings
    :math:`T = \sum n_{ij}^2 - n`, together in the clustering only
    :math:`F_P = \sum b_j^2 - \sum n_{ij}^2`, together in the classes only
    :math:`F_N = \sum a_i^2 - \sum n_{ij}^2`, apart in both :math:`N = n^2 - n - T - F_P - F_N`.
    Then

    .. math::

        \mathrm{ARI} = \frac{2 (T N - F_N F_P)}{(T + F_N)(F_N + N) + (T + F_P)(F_P + N)}.

    The counts are Python integers (no overflow); when no pair is split differently
    (:math:`F_P = F_N = 0`: identical partitions, or no pairs at all) the index is 1.
    """
    labels_true, labels_pred = _check_clusterings(labels_true, labels_pred)
    n = len(labels_true)
    if n == 0:
        return 1.0
    _, classes = np.unique(labels_true, return_inverse=True)
    clusters_, clusters = np.unique(labels_pred, return_inverse=True)
    # non-zero cells of the contingency table: one code per (class, cluster) pair
    _, cells = np.unique(classes.astype(np.int64) * len(clusters_) + clusters, return_counts=True)
    squares = int(np.dot(cells, cells))
    class_sizes, cluster_sizes = np.bincount(classes), np.bincount(clusters)
    together = squares - n
    false_pos = int(np.dot(cluster_sizes, cluster_sizes)) - squares
    false_neg = int(np.dot(class_sizes, class_sizes)) - squares
    apart = n * n - n - together - false_pos - false_neg
    if false_pos == 0 and false_neg == 0:
        return 1.0
    return (
        2.0
        * (together * apart - false_neg * false_pos)
        / ((together + false_neg) * (false_neg + apart) + (together + false_pos) * (false_pos + apart))
    )


def _nearest_in_embedding(X_embedded: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` nearest neighbours of every point of the embedding (itself excluded).

    SciPy's ``cKDTree`` finds them (exact, and fast in the few dimensions of an embedding),
    asked for one more than needed: only the set matters, so only a tie between the k-th and
    the (k+1)-th is ambiguous. Those rows are redone by brute force, a tie going to the lower
    index, as a stable sort would.
    """
    from scipy.spatial import cKDTree

    n_samples = X_embedded.shape[0]
    distances, found = cKDTree(X_embedded).query(X_embedded, k=k + 2)
    is_self = found == np.arange(n_samples)[:, None]
    is_self[~is_self.any(axis=1), -1] = True  # duplicates pushed the point itself out
    distances = distances[~is_self].reshape(n_samples, k + 1)
    neighbors = found[~is_self].reshape(n_samples, k + 1)[:, :k]
    tied = np.flatnonzero(distances[:, k - 1] == distances[:, k])
    for rows in row_blocks(tied.size, n_samples):
        points = tied[rows]
        sq_dist = np.zeros((points.size, n_samples))
        for axis in range(X_embedded.shape[1]):
            sq_dist += np.square(X_embedded[points, axis, None] - X_embedded[None, :, axis])
        sq_dist[np.arange(points.size), points] = np.inf
        neighbors[points] = smallest_k(sq_dist, k)
    return neighbors


def trustworthiness(X: Any, X_embedded: Any, *, n_neighbors: int = 5, metric: Any = "euclidean") -> float:
    r"""How far the embedding's neighbourhoods can be trusted, in :math:`[0, 1]` (Venna & Kaski).

    .. math::

        T(k) = 1 - \frac{2}{n k (2n - 3k - 1)} \sum_{i=1}^n \sum_{j \in N_i^k}
        \max(0, r(i, j) - k),

    where :math:`N_i^k` are the :math:`k` nearest neighbours of :math:`i` in the embedding
    and :math:`r(i, j)` is the rank of :math:`j` among :math:`i`'s neighbours in the
    original space (1 for the nearest). Ranks come from sorting each row of the original
    distances (ties in the order of ``np.argsort``, as scikit-learn), one block of rows at a
    time so that memory stays bounded. ``n_neighbors`` must be below :math:`n/2`
    for :math:`T` to stay in :math:`[0, 1]`.
    """
    if not isinstance(n_neighbors, numbers.Integral) or isinstance(n_neighbors, bool) or n_neighbors < 1:
        raise ValueError(
            "The 'n_neighbors' parameter of trustworthiness must be an int in the range [1, inf). "
            f"Got {n_neighbors!r} instead."
        )
    check_metric(metric, "trustworthiness")
    X = check_array(X, input_name="X")
    X_embedded = check_array(X_embedded, input_name="X")
    n_samples = X.shape[0]
    if n_neighbors >= n_samples / 2:
        raise ValueError(f"n_neighbors ({n_neighbors}) should be less than n_samples / 2 ({n_samples / 2})")
    check_consistent_length(X, X_embedded)
    embedded_neighbors = _nearest_in_embedding(X_embedded, n_neighbors)
    penalty = 0
    for rows in row_blocks(n_samples, n_samples):
        here = np.arange(rows.stop - rows.start)
        # ranks in the original space: ranked[i, r - 1] is the r-th nearest to i
        distances = _distance_block(X, rows, metric, {})
        if metric == "precomputed":  # a view of the caller's matrix
            distances = distances.astype(np.float64)
        distances[here, here + rows.start] = np.inf  # not itself
        ranked = np.argsort(distances, axis=1)
        rank = np.empty_like(ranked)
        rank[here[:, None], ranked] = np.arange(1, n_samples + 1)  # the inverse permutations
        excess = np.take_along_axis(rank, embedded_neighbors[rows], axis=1) - n_neighbors
        penalty += int(excess[excess > 0].sum())
    k, n = n_neighbors, n_samples
    return 1.0 - penalty * (2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0)))
