"""Univariate filter: keep the k features with the highest score."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.feature_selection._base import SelectorMixin
from mlroadmap.algorithms.feature_selection._scores import f_classif
from mlroadmap.algorithms.validation import check_is_fitted, validate_data


class SelectKBest(SelectorMixin, TransformerMixin, BaseEstimator):
    """Score every feature with ``score_func(X, y)`` and keep the ``k`` best (``"all"``: keep all).

    ``score_func`` returns scores, or ``(scores, p_values)``: ``f_classif`` (the default),
    ``chi2``, ``mutual_info_classif`` for classification, ``f_regression`` for regression.
    A NaN score counts as the lowest. Ties are broken by a stable sort, so among equal
    scores the later features are kept, as in scikit-learn. ``k`` larger than the number of
    features keeps them all, with a warning.

    ``score_func`` is positional, as in scikit-learn: ``SelectKBest(chi2, k=2)``.
    """

    def __init__(self, score_func: Callable[..., Any] = f_classif, *, k: int | str = 10) -> None:
        self.score_func = score_func
        self.k = k

    def fit(self, X: Any, y: Any = None) -> SelectKBest:
        if not (self.k == "all" or (isinstance(self.k, int | np.integer) and self.k >= 0)):
            raise ValueError(
                "The 'k' parameter of SelectKBest must be a str among {'all'} or an int in the range "
                f"[0, inf). Got {self.k!r} instead."
            )
        if not callable(self.score_func):
            raise TypeError(
                f"The 'score_func' parameter of SelectKBest must be a callable. Got {self.score_func!r}."
            )
        if y is None:
            X = validate_data(self, X)
        else:
            X, y = validate_data(self, X, y)
        if self.k != "all" and self.k > X.shape[1]:
            warnings.warn(
                f"k={self.k} is greater than n_features={X.shape[1]}. All the features will be returned.",
                UserWarning,
                stacklevel=2,
            )
        result = self.score_func(X, y)
        if isinstance(result, list | tuple):
            scores, p_values = result
            self.pvalues_ = np.asarray(p_values)
        else:
            scores, self.pvalues_ = result, None
        self.scores_ = np.asarray(scores)
        return self

    def _get_support_mask(self) -> np.ndarray:
        check_is_fitted(self)
        mask = np.zeros(self.scores_.shape, dtype=bool)
        if self.k == "all":
            mask[:] = True
        elif self.k > 0:
            scores = np.where(np.isnan(self.scores_), np.finfo(np.float64).min, self.scores_)
            mask[np.argsort(scores, kind="stable")[-self.k :]] = True
        return mask

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.target_tags.required = False  # score functions that need only X are allowed, as sklearn
        return tags
