"""Row normalization: each sample scaled to unit norm."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.preprocessing._feature_names import OneToOneFeatureMixin
from mlroadmap.algorithms.preprocessing._scalers import safe_scale
from mlroadmap.algorithms.validation import validate_data

_NORMS = ("l1", "l2", "max")


def row_norms(X: np.ndarray, norm: str) -> np.ndarray:
    r"""The norm of every row: :math:`\sum|x_j|` (l1), :math:`\sqrt{\sum x_j^2}` (l2),
    :math:`\max|x_j|` (max)."""
    if norm == "l1":
        return np.abs(X).sum(axis=1)
    if norm == "l2":
        return np.sqrt(np.einsum("ij,ij->i", X, X))
    if norm == "max":
        return np.abs(X).max(axis=1)
    raise ValueError(f"The 'norm' parameter of Normalizer must be a str among {set(_NORMS)}. Got {norm!r}.")


class Normalizer(OneToOneFeatureMixin, TransformerMixin, BaseEstimator):
    r"""Scale each sample (row, not column) to unit norm: :math:`x / \lVert x \rVert`.

    Useful when only the direction of a sample matters (text counts, cosine similarity).
    A zero row stays zero. The transformer is stateless: ``fit`` only validates the
    input and records ``n_features_in_``, so ``transform`` works without it, as in
    scikit-learn (its tags say ``requires_fit=False``).
    """

    def __init__(self, norm: str = "l2", *, copy: bool = True) -> None:
        self.norm = norm
        self.copy = copy

    def fit(self, X: Any, y: Any = None) -> Normalizer:
        validate_data(self, X)
        return self

    def transform(self, X: Any, copy: bool | None = None) -> np.ndarray:
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return X / safe_scale(row_norms(X, self.norm))[:, np.newaxis]

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        return tags
