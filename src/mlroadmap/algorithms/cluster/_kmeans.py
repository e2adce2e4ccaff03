"""k-means: k-means++ seeding and Lloyd's iterations, vectorized over samples and centres."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, ClusterMixin, TransformerMixin
from mlroadmap.algorithms.neighbors._distances import squared_euclidean_distances
from mlroadmap.algorithms.validation import check_is_fitted, check_random_state, validate_data


def kmeans_plusplus(X: np.ndarray, n_clusters: int, random_state: np.random.RandomState) -> np.ndarray:
    r"""k-means++ seeding: each next centre is drawn with probability proportional to
    :math:`D(x)^2`, the squared distance to the nearest centre chosen so far.

    As in scikit-learn, each step draws :math:`2 + \lfloor \ln k \rfloor` candidates and keeps
    the one that lowers the total :math:`\sum_x D(x)^2` the most ("greedy" k-means++). The
    draws are made in scikit-learn's order from the same RandomState, so the same
    ``random_state`` gives the same seeds in both libraries.
    """
    n_samples = X.shape[0]
    trials = 2 + int(np.log(n_clusters))
    centres = np.empty((n_clusters, X.shape[1]))
    centres[0] = X[random_state.choice(n_samples, p=np.full(n_samples, 1.0 / n_samples))]
    closest = squared_euclidean_distances(centres[:1], X)[0]
    potential = closest.sum()
    for c in range(1, n_clusters):
        draws = random_state.uniform(size=trials) * potential
        candidates = np.searchsorted(np.cumsum(closest), draws)
        np.clip(candidates, None, n_samples - 1, out=candidates)
        candidate_closest = np.minimum(closest, squared_euclidean_distances(X[candidates], X))
        best = np.argmin(candidate_closest.sum(axis=1))
        closest, potential = candidate_closest[best], candidate_closest[best].sum()
        centres[c] = X[candidates[best]]
    return centres


def lloyd(
    X: np.ndarray, centres: np.ndarray, max_iter: int, tol: float
) -> tuple[np.ndarray, np.ndarray, float, int]:
    r"""Lloyd's algorithm: assign every sample to its nearest centre, move every centre to
    the mean of its samples, until the centres move less than ``tol`` in total
    (:math:`\sum_c \|\mu_c^{new} - \mu_c\|^2 \le tol`). An empty cluster keeps its centre."""
    members = np.arange(centres.shape[0])[:, None]
    n_iter = 0
    while n_iter < max_iter:
        n_iter += 1
        labels = np.argmin(squared_euclidean_distances(X, centres), axis=1)
        assignment = (labels == members).astype(X.dtype)  # (k, n): one row per cluster
        counts = assignment.sum(axis=1)
        new = np.where(counts[:, None] > 0, (assignment @ X) / np.maximum(counts, 1)[:, None], centres)
        shift = ((new - centres) ** 2).sum()
        centres = new
        if shift <= tol:
            break
    distances = squared_euclidean_distances(X, centres)
    labels = np.argmin(distances, axis=1)
    inertia = float(distances[np.arange(len(X)), labels].sum())
    return centres, labels, inertia, n_iter


class KMeans(ClusterMixin, TransformerMixin, BaseEstimator):
    r"""k-means clustering: minimize the inertia :math:`\sum_i \min_c \|x_i - \mu_c\|^2`.

    ``init`` is ``"k-means++"``, ``"random"`` (k distinct samples) or an array of initial
    centres; with ``n_init`` restarts the run with the lowest inertia is kept. ``tol`` is
    relative to the mean feature variance, as in scikit-learn.
    """

    def __init__(
        self,
        n_clusters: int = 8,
        *,
        init: str | Any = "k-means++",
        n_init: int | str = "auto",
        max_iter: int = 300,
        tol: float = 1e-4,
        random_state: Any = None,
    ) -> None:
        self.n_clusters = n_clusters
        self.init = init
        self.n_init = n_init
        self.max_iter = max_iter
        self.tol = tol
        self.random_state = random_state

    def _initial_centres(self, X: np.ndarray, rng: np.random.RandomState) -> np.ndarray:
        if isinstance(self.init, str) and self.init == "k-means++":
            return kmeans_plusplus(X, self.n_clusters, rng)
        if isinstance(self.init, str) and self.init == "random":
            return X[rng.permutation(X.shape[0])[: self.n_clusters]].copy()
        centres = np.asarray(self.init, dtype=np.float64)
        if centres.shape != (self.n_clusters, X.shape[1]):
            raise ValueError(
                f"The shape of the initial centers {centres.shape} does not match the number of "
                f"clusters {self.n_clusters} and features {X.shape[1]}."
            )
        return centres.copy()

    def fit(self, X: Any, y: Any = None) -> KMeans:
        X = validate_data(self, X, dtype=np.float64)
        if not isinstance(self.n_clusters, numbers.Integral) or self.n_clusters < 1:
            raise ValueError(f"n_clusters must be an int >= 1, got {self.n_clusters!r}")
        if X.shape[0] < self.n_clusters:
            raise ValueError(f"n_samples={X.shape[0]} should be >= n_clusters={self.n_clusters}.")
        explicit = not isinstance(self.init, str)
        if self.n_init == "auto":
            runs = 1 if explicit or self.init == "k-means++" else 10
        elif isinstance(self.n_init, numbers.Integral) and self.n_init >= 1:
            runs = 1 if explicit else int(self.n_init)
        else:
            raise ValueError(f"n_init must be 'auto' or an int >= 1, got {self.n_init!r}")
        rng = check_random_state(self.random_state)
        tol = self.tol * float(np.mean(X.var(axis=0)))
        best = None
        for _ in range(runs):
            result = lloyd(X, self._initial_centres(X, rng), self.max_iter, tol)
            if best is None or result[2] < best[2]:
                best = result
        self.cluster_centers_, self.labels_, self.inertia_, self.n_iter_ = best
        return self

    def predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return np.argmin(squared_euclidean_distances(X, self.cluster_centers_), axis=1)

    def transform(self, X: Any) -> np.ndarray:
        """Distances to every centre, shape (n_samples, n_clusters)."""
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return np.sqrt(squared_euclidean_distances(X, self.cluster_centers_))

    def score(self, X: Any, y: Any = None) -> float:
        """The opposite of the inertia of ``X`` with the fitted centres (higher is better)."""
        nearest = self.transform(X).min(axis=1)
        return -float(nearest @ nearest)
