"""k-nearest-neighbour regression: the (weighted) mean target of the k nearest training points."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, RegressorMixin
from mlroadmap.algorithms.neighbors._base import KNeighborsMixin
from mlroadmap.algorithms.validation import check_is_fitted, validate_data


class KNeighborsRegressor(KNeighborsMixin, RegressorMixin, BaseEstimator):
    r"""Predict :math:`\hat y(x) = \sum_{i \in N_k(x)} w_i y_i \,/\, \sum_{i \in N_k(x)} w_i`.

    :math:`w_i = 1` (``weights="uniform"``: the plain mean) or :math:`w_i = 1/d(x, x_i)`
    (``weights="distance"``). Other parameters as :class:`KNeighborsClassifier`.
    Single-output ``y`` only (scikit-learn also accepts a 2-D ``y``).
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

    def fit(self, X: Any, y: Any) -> KNeighborsRegressor:
        X, y = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        self._y = y.astype(np.float64)
        self._fit(X)
        return self

    def predict(self, X: Any) -> np.ndarray:
        """The (weighted) mean target of the neighbours."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        distances, indices = self.kneighbors(X)
        weights = self._neighbor_weights(distances)
        return (weights * self._y[indices]).sum(axis=1) / weights.sum(axis=1)
