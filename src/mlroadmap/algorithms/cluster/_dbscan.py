"""DBSCAN: clusters as connected regions of dense points."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from mlroadmap.algorithms.base import BaseEstimator, ClusterMixin
from mlroadmap.algorithms.neighbors._distances import (
    METRIC_P,
    minkowski_p,
    reduced_minkowski_distances,
    squared_euclidean_distances,
)
from mlroadmap.algorithms.validation import validate_data

BLOCK_FLOATS = 1 << 21


def radius_graph(X: np.ndarray, eps: float, p: float) -> csr_matrix:
    """The sparse 0/1 matrix of pairs within distance ``eps`` (each point with itself
    included), computed block by block so no full n × n matrix is ever held."""
    n = X.shape[0]
    block = max(1, BLOCK_FLOATS // (n if p == 2.0 else n * X.shape[1]))
    rows, cols = [], []
    for start in range(0, n, block):
        if p == 2.0:
            reduced = squared_euclidean_distances(X[start : start + block], X)
            near = reduced <= eps * eps
        else:
            near = reduced_minkowski_distances(X[start : start + block], X, p) <= eps**p
        r, c = np.nonzero(near)
        rows.append(r + start)
        cols.append(c)
    rows, cols = np.concatenate(rows), np.concatenate(cols)
    return csr_matrix((np.ones(len(rows), dtype=bool), (rows, cols)), shape=(n, n))


class DBSCAN(ClusterMixin, BaseEstimator):
    r"""Density-based clustering with noise.

    A point is a *core* point when at least ``min_samples`` points (itself included) lie
    within distance ``eps``. Core points within ``eps`` of each other share a cluster; a
    non-core point within ``eps`` of a core point is a *border* point of that cluster
    (of the first one found, as in scikit-learn, when several are in reach); every other
    point is noise, labelled -1. Clusters are numbered in the order of their smallest
    core point, which is scikit-learn's order too.
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
        graph = radius_graph(X, float(self.eps), minkowski_p(self.metric, self.p))
        core = np.asarray(graph.sum(axis=1)).ravel() >= self.min_samples
        core_index = np.flatnonzero(core)
        labels = np.full(X.shape[0], -1, dtype=np.intp)
        if core_index.size:
            _, component = connected_components(graph[core_index][:, core_index], directed=False)
            # number the clusters by their smallest core point
            first = np.full(component.max() + 1, X.shape[0])
            np.minimum.at(first, component, core_index)
            rank = np.empty_like(first)
            rank[np.argsort(first)] = np.arange(len(first))
            labels[core_index] = rank[component]
            # border points join the lowest-numbered cluster among the core points in reach
            to_core = graph[~core][:, core_index].tocoo()
            border = np.flatnonzero(~core)
            candidate = np.full(border.size, np.iinfo(np.intp).max)
            np.minimum.at(candidate, to_core.row, labels[core_index][to_core.col])
            reached = candidate != np.iinfo(np.intp).max
            labels[border[reached]] = candidate[reached]
        self.core_sample_indices_ = core_index
        self.components_ = X[core_index].copy()
        self.labels_ = labels
        return self
