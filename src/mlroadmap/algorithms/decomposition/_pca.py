"""Principal component analysis by the singular value decomposition of the centred data."""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.validation import check_is_fitted, validate_data


class PCA(TransformerMixin, BaseEstimator):
    r"""Project the data onto its directions of largest variance.

    With :math:`X_c = X - \bar x` (n × d) and its thin SVD :math:`X_c = U S V^\top`, the
    principal axes are the rows of :math:`V^\top` and the variance along axis k is
    :math:`S_k^2 / (n - 1)`. ``transform`` computes :math:`(X - \bar x) V`; with
    ``whiten=True`` each coordinate is divided by :math:`\sqrt{\text{variance}_k}`.

    ``n_components`` is an int (that many axes), a float in (0, 1) (the fewest axes whose
    explained-variance ratios add up to more than it), or None (min(n, d) axes). Signs
    follow scikit-learn's rule: the largest entry (in absolute value) of each component is
    positive, so the components come out the same in both libraries.
    """

    def __init__(self, n_components: int | float | None = None, *, whiten: bool = False) -> None:
        self.n_components = n_components
        self.whiten = whiten

    def _count(self, ratios: np.ndarray, n_samples: int, n_features: int) -> int:
        limit = min(n_samples, n_features)
        wanted = self.n_components
        if wanted is None:
            return limit
        if isinstance(wanted, numbers.Integral) and not isinstance(wanted, bool):
            if not 0 <= wanted <= limit:
                raise ValueError(
                    f"n_components={wanted} must be between 0 and min(n_samples, n_features)={limit} "
                    "with svd_solver='full'"
                )
            return int(wanted)
        if isinstance(wanted, numbers.Real) and 0 < wanted < 1:
            # the first count whose cumulative ratio exceeds the fraction
            return int(np.searchsorted(np.cumsum(ratios), wanted, side="right") + 1)
        raise ValueError(f"n_components must be None, an int >= 0 or a float in (0, 1); got {wanted!r}")

    def fit(self, X: Any, y: Any = None) -> PCA:
        self._fit(X)
        return self

    def fit_transform(self, X: Any, y: Any = None) -> np.ndarray:
        U, S = self._fit(X)
        if self.whiten:  # U S / (S / sqrt(n - 1)): no division, even where S is 0
            return U[:, : self.n_components_] * np.sqrt(self.n_samples_ - 1)
        return U[:, : self.n_components_] * S[: self.n_components_]

    def _fit(self, X: Any) -> tuple[np.ndarray, np.ndarray]:
        X = validate_data(self, X, dtype=np.float64, ensure_min_samples=2)
        n_samples, n_features = X.shape
        self.mean_ = X.mean(axis=0)
        U, S, Vt = np.linalg.svd(X - self.mean_, full_matrices=False)
        signs = np.sign(Vt[np.arange(Vt.shape[0]), np.argmax(np.abs(Vt), axis=1)])
        signs[signs == 0] = 1.0
        U, Vt = U * signs, Vt * signs[:, None]
        variance = S**2 / (n_samples - 1)
        total = variance.sum()
        ratios = variance / total if total > 0 else np.zeros_like(variance)
        k = self._count(ratios, n_samples, n_features)
        self.n_samples_ = n_samples
        self.n_components_ = k
        self.components_ = Vt[:k]
        self.explained_variance_ = variance[:k]
        self.explained_variance_ratio_ = ratios[:k]
        self.singular_values_ = S[:k]
        rest = variance[k:]
        self.noise_variance_ = float(rest.mean()) if rest.size else 0.0
        return U, S

    def transform(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        scores = (X - self.mean_) @ self.components_.T
        if self.whiten:  # a direction without variance is scaled by eps, as in scikit-learn
            scores /= np.maximum(np.sqrt(self.explained_variance_), np.finfo(np.float64).eps)
        return scores

    def inverse_transform(self, X: Any) -> np.ndarray:
        """Back to the original space: :math:`Z V^\\top + \\bar x` (undoing the whitening first)."""
        check_is_fitted(self)
        Z = np.asarray(X, dtype=np.float64)
        if self.whiten:
            Z = Z * np.sqrt(self.explained_variance_)
        return Z @ self.components_ + self.mean_
