"""k-nearest-neighbour classification: a (weighted) vote among the k nearest training points."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin
from mlroadmap.algorithms.neighbors._base import KNeighborsMixin
from mlroadmap.algorithms.validation import check_classification_targets, check_is_fitted, validate_data


class KNeighborsClassifier(KNeighborsMixin, ClassifierMixin, BaseEstimator):
    r"""Predict the class with the largest vote among the ``n_neighbors`` nearest points.

    :math:`P(c \mid x) = \sum_{i \in N_k(x)} w_i [y_i = c] \,/\, \sum_{i \in N_k(x)} w_i`,
    with :math:`w_i = 1` (``weights="uniform"``) or :math:`w_i = 1/d(x, x_i)`
    (``weights="distance"``). A tie between classes goes to the first in ``classes_``.
    Distances: ``metric="minkowski"`` with ``p`` (2 is Euclidean, 1 Manhattan), or
    ``"euclidean"``/``"manhattan"``; search: ``algorithm="brute"``, ``"kd_tree"`` or ``"auto"``.
    """

    def __init__(
        self,
        n_neighbors: int = 5,
        *,
        weights: str = "uniform",
        algorithm: str = "auto",
        leaf_size: int = 30,
        p: float = 2,
        metric: str = "minkowski",
    ) -> None:
        self.n_neighbors = n_neighbors
        self.weights = weights
        self.algorithm = algorithm
        self.leaf_size = leaf_size
        self.p = p
        self.metric = metric

    def fit(self, X: Any, y: Any) -> KNeighborsClassifier:
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        self.classes_, self._y = np.unique(y, return_inverse=True)
        self.outputs_2d_ = False
        self._fit(X)
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        """The weighted share of each class among the neighbours, shape ``(n_samples, n_classes)``."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        distances, indices = self.kneighbors(X)
        weights = self._neighbor_weights(distances)
        votes = np.zeros((X.shape[0], len(self.classes_)))
        rows = np.repeat(np.arange(X.shape[0]), indices.shape[1])
        np.add.at(votes, (rows, self._y[indices].ravel()), weights.ravel())
        return votes / votes.sum(axis=1, keepdims=True)

    def predict(self, X: Any) -> np.ndarray:
        """The class with the largest (weighted) vote."""
        check_is_fitted(self)
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
