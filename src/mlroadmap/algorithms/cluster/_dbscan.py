"""DBSCAN: clusters as connected regions of dense points."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from mlroadmap.algorithms.base import BaseEstimator, ClusterMixin
from mlroadmap.algorithms.cluster._radius_neighbors import radius_graph
from mlroadmap.algorithms.neighbors._distances import METRIC_P, minkowski_p
from mlroadmap.algorithms.validation import validate_data


def pairs_where(graph: csr_matrix, keep: np.ndarray) -> csr_matrix:
    """The pairs of ``graph`` for which ``keep`` (one flag per stored pair) is true.

    Rows stay in order, so the new row pointers are the running count of kept pairs at
    the old ones. The weights are float64, the type csgraph works in: converting any
    other type would also sort the column indices of every row, slower than the search.
    """
    kept = np.r_[0, np.cumsum(keep, dtype=graph.indptr.dtype)]
    indptr = kept[graph.indptr]
    return csr_matrix((np.ones(indptr[-1]), graph.indices[keep], indptr), shape=graph.shape)


class DBSCAN(ClusterMixin, BaseEstimator):
    r"""Density-based clustering with noise.

    A point is a *core* point when at least ``min_samples`` points (itself included) lie
    within distance ``eps``. Core points within ``eps`` of each other share a cluster; a
    non-core point within ``eps`` of a core point is a *border* point of that cluster
    (of the first one found, as in scikit-learn, when several are in reach); every other
    point is noise, labelled -1. Clusters are numbered in the order of their smallest
    core point, which is scikit-learn's order too.

    The neighbourhoods come from :func:`~mlroadmap.algorithms.cluster._radius_neighbors.radius_graph`:
    a grid of cells of side ``eps`` in up to 4 dimensions, where each point is compared only
    with the points of the cells around its own, and blocks of all pairwise distances above.
    """

    def __init__(
        self, eps: float = 0.5, *, min_samples: int = 5, metric: str = "euclidean", p: float = 2
    ) -> None:
        self.eps = eps
        self.min_samples = min_samples
        self.metric = metric
        self.p = p

    def fit(self, X: Any, y: Any = None) -> DBSCAN:
        X = validate_data(self, X, dtype=np.float64)
        if not isinstance(self.eps, numbers.Real) or self.eps <= 0:
            raise ValueError(
                "The 'eps' parameter of DBSCAN must be a float in the range (0.0, inf). "
                f"Got {self.eps!r} instead."
            )
        if not isinstance(self.min_samples, numbers.Integral) or self.min_samples < 1:
            raise ValueError(
                "The 'min_samples' parameter of DBSCAN must be an int >= 1. "
                f"Got {self.min_samples!r} instead."
            )
        if self.metric != "minkowski" and self.metric not in METRIC_P:
            raise ValueError(
                f"The 'metric' parameter of DBSCAN must be 'minkowski' or one of {sorted(METRIC_P)}."
            )
        n = X.shape[0]
        graph = radius_graph(X, float(self.eps), minkowski_p(self.metric, self.p))
        n_neighbors = np.diff(graph.indptr)
        core = n_neighbors >= self.min_samples
        core_index = np.flatnonzero(core)
        labels = np.full(n, -1, dtype=np.intp)
        if core_index.size:
            from_core, to_core = np.repeat(core, n_neighbors), core[graph.indices]  # per pair
            # clusters: connected components of the core points, linked by core-core pairs
            # (every other point is left alone, a component of its own)
            _, component = connected_components(pairs_where(graph, from_core & to_core), directed=False)
            # number the clusters by their smallest core point
            _, first, component = np.unique(component[core_index], return_index=True, return_inverse=True)
            rank = np.empty_like(first)
            rank[np.argsort(first)] = np.arange(len(first))
            labels[core_index] = rank[component]
            # a border point joins the lowest-numbered cluster among the core points that
            # reach it: scikit-learn grows the clusters in that order, and the first wins
            reach = pairs_where(graph, from_core & ~to_core)
            rows = np.repeat(np.arange(n), np.diff(reach.indptr))
            candidate = np.full(n, np.iinfo(np.intp).max)
            np.minimum.at(candidate, reach.indices, labels[rows])
            border = ~core & (candidate != np.iinfo(np.intp).max)
            labels[border] = candidate[border]
        self.core_sample_indices_ = core_index
        self.components_ = X[core_index].copy()
        self.labels_ = labels
        return self
