"""What both k-nearest-neighbour estimators share: storing the data and ``kneighbors``."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from mlroadmap.algorithms.neighbors._brute import brute_kneighbors
from mlroadmap.algorithms.neighbors._distances import METRIC_P, minkowski_p
from mlroadmap.algorithms.neighbors._kd_tree import KDTree
from mlroadmap.algorithms.validation import check_is_fitted, validate_data

ALGORITHMS = ("auto", "brute", "kd_tree")
WEIGHTS = ("uniform", "distance")


class KNeighborsMixin:
    """Fitting stores the training set (and builds a KD-tree when asked); all work is in queries.

    ``algorithm="auto"`` follows scikit-learn's rule: brute force when there are more than
    15 features or ``n_neighbors >= n_samples // 2``, else the KD-tree. Both give the same
    neighbours, ordered by distance and, for equal distances, by training index.
    """

    def _fit(self, X: np.ndarray) -> None:
        self._check_hyperparameters()
        self._p = minkowski_p(self.metric, self.p)
        self._fit_X = X
        self.n_samples_fit_ = X.shape[0]
        self.effective_metric_ = (
            "euclidean" if self._p == 2.0 else "manhattan" if self._p == 1.0 else self.metric
        )
        self.effective_metric_params_ = {"p": self._p} if self.effective_metric_ == "minkowski" else {}
        method = self.algorithm
        if method == "auto":
            few_features = X.shape[1] <= 15
            method = "kd_tree" if few_features and self.n_neighbors < X.shape[0] // 2 else "brute"
        self._fit_method = method
        self._tree = KDTree(X, self.leaf_size) if method == "kd_tree" else None

    def _check_hyperparameters(self) -> None:
        if not isinstance(self.n_neighbors, numbers.Integral) or isinstance(self.n_neighbors, bool):
            raise TypeError(f"n_neighbors does not take {type(self.n_neighbors)} value, enter integer value")
        if self.n_neighbors <= 0:
            raise ValueError(f"Expected n_neighbors > 0. Got {self.n_neighbors}")
        if self.weights not in WEIGHTS:
            raise ValueError(
                f"The 'weights' parameter must be one of {WEIGHTS}. Got {self.weights!r} instead."
            )
        if self.algorithm not in ALGORITHMS:
            raise ValueError(
                f"The 'algorithm' parameter must be one of {ALGORITHMS}. Got {self.algorithm!r} instead."
            )
        if self.metric != "minkowski" and self.metric not in METRIC_P:
            raise ValueError(
                f"The 'metric' parameter must be 'minkowski' or one of {sorted(METRIC_P)}. "
                f"Got {self.metric!r} instead."
            )
        if not isinstance(self.p, numbers.Real) or self.p < 1:
            raise ValueError(f"The 'p' parameter must be a float >= 1. Got {self.p!r} instead.")
        if not isinstance(self.leaf_size, numbers.Integral) or self.leaf_size < 1:
            raise ValueError(
                f"The 'leaf_size' parameter must be an int >= 1. Got {self.leaf_size!r} instead."
            )

    def kneighbors(
        self, X: Any = None, n_neighbors: int | None = None, return_distance: bool = True
    ) -> tuple[np.ndarray, np.ndarray] | np.ndarray:
        """The ``n_neighbors`` nearest training samples of each row of ``X``.

        With ``X=None`` the queries are the training samples, and each is not counted as
        its own neighbour (as in scikit-learn: the sample's own index is dropped, or, if
        duplicates pushed it out, the first of the ``n_neighbors + 1`` found).
        """
        check_is_fitted(self)
        n_neighbors = self.n_neighbors if n_neighbors is None else n_neighbors
        if not isinstance(n_neighbors, numbers.Integral) or isinstance(n_neighbors, bool):
            raise TypeError(f"n_neighbors does not take {type(n_neighbors)} value, enter integer value")
        if n_neighbors <= 0:
            raise ValueError(f"Expected n_neighbors > 0. Got {n_neighbors}")
        query_is_train = X is None
        if query_is_train:
            X = self._fit_X
            n_neighbors += 1
        else:
            X = validate_data(self, X, reset=False, dtype=np.float64)
        if n_neighbors > self.n_samples_fit_:
            shown = n_neighbors - 1 if query_is_train else n_neighbors
            raise ValueError(
                f"Expected n_neighbors <= n_samples_fit, but n_neighbors = {shown}, "
                f"n_samples_fit = {self.n_samples_fit_}, n_samples = {X.shape[0]}"
            )
        if self._fit_method == "kd_tree":
            distances, indices = self._tree.query(X, n_neighbors, self._p)
        else:
            distances, indices = brute_kneighbors(self._fit_X, X, n_neighbors, self._p)
        if query_is_train:
            distances, indices = _drop_self(distances, indices)
        return (distances, indices) if return_distance else indices

    def _neighbor_weights(self, distances: np.ndarray) -> np.ndarray:
        """Uniform weights, or :math:`1/d`; a query that coincides with training points
        gives weight 1 to those points and 0 to the others (no division by zero)."""
        if self.weights == "uniform":
            return np.ones_like(distances)
        with np.errstate(divide="ignore"):
            weights = 1.0 / distances
        exact = np.isinf(weights)  # d == 0 (or so small that 1/d overflows)
        coincide = exact.any(axis=1)
        weights[coincide] = exact[coincide]
        return weights


def _drop_self(distances: np.ndarray, indices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep = indices != np.arange(indices.shape[0])[:, None]
    self_missing = keep.all(axis=1)
    keep[self_missing, 0] = False
    shape = (indices.shape[0], indices.shape[1] - 1)
    return distances[keep].reshape(shape), indices[keep].reshape(shape)
