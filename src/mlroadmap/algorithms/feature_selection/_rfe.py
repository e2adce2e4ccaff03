"""Recursive feature elimination: fit, drop the least important features, repeat."""

from __future__ import annotations

import numbers
import warnings
from operator import attrgetter
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin, clone
from mlroadmap.algorithms.feature_selection._base import SelectorMixin
from mlroadmap.algorithms.validation import check_consistent_length, check_is_fitted, validate_data


class _IfEstimatorHas:
    """A method that exists only when the wrapped estimator has it (``hasattr`` is False otherwise),
    so a wrapper around a regressor has no ``predict_proba``. Before ``fit`` the unfitted
    ``estimator`` is asked, after it the fitted ``estimator_``."""

    def __init__(self, method: Any) -> None:
        self.method = method
        self.name = method.__name__

    def __get__(self, instance: Any, owner: type) -> Any:
        if instance is None:
            return self
        inner = getattr(instance, "estimator_", None) or instance.estimator
        if not hasattr(inner, self.name):
            raise AttributeError(f"This {type(inner).__name__} has no attribute {self.name!r}")
        return self.method.__get__(instance, owner)


def feature_importances(estimator: Any, getter: Any = "auto") -> np.ndarray:
    r"""How much a fitted model relies on each feature: ``feature_importances_``, or the squared
    coefficients :math:`w_j^2` (summed over classes, :math:`\sum_k w_{kj}^2`, for a 2-D ``coef_``).

    ``getter``: ``"auto"``, an attribute path such as ``"regressor_.coef_"``, or a callable.
    """
    if callable(getter):
        importances = getter(estimator)
    elif getter == "auto":
        if hasattr(estimator, "coef_"):
            importances = estimator.coef_
        elif hasattr(estimator, "feature_importances_"):
            importances = estimator.feature_importances_
        else:
            raise ValueError(
                f"when `importance_getter=='auto'`, the underlying estimator {type(estimator).__name__} "
                "should have `coef_` or `feature_importances_` attribute. Either pass a fitted estimator "
                "to feature selector or call fit before calling transform."
            )
    else:
        importances = attrgetter(getter)(estimator)
    importances = np.asarray(importances)
    squared = importances**2
    return squared if squared.ndim == 1 else squared.sum(axis=0)


class RFE(SelectorMixin, TransformerMixin, BaseEstimator):
    """Recursive feature elimination (Guyon et al., 2002).

    Fit ``estimator`` on the remaining features, remove the ``step`` least important
    (smallest :math:`w_j^2` or ``feature_importances_``; a stable sort breaks ties by
    position), and repeat until ``n_features_to_select`` remain (default: half). ``step``
    below 1 is a fraction of the original number of features. ``ranking_`` is 1 for the
    selected features, 2 for the last ones removed, and so on; ``estimator_`` is the model
    refitted on the selected features, and ``predict``/``score``... delegate to it.

    ``estimator`` is positional, as in scikit-learn: ``RFE(LogisticRegression(), n_features_to_select=2)``.
    """

    def __init__(
        self,
        estimator: Any,
        *,
        n_features_to_select: int | float | None = None,
        step: int | float = 1,
        verbose: int = 0,
        importance_getter: Any = "auto",
    ) -> None:
        self.estimator = estimator
        self.n_features_to_select = n_features_to_select
        self.step = step
        self.verbose = verbose
        self.importance_getter = importance_getter

    def _n_to_select(self, n_features: int) -> int:
        wanted = self.n_features_to_select
        if wanted is None:
            return n_features // 2
        if isinstance(wanted, numbers.Integral) and not isinstance(wanted, bool):
            if wanted <= 0:
                raise ValueError(
                    "The 'n_features_to_select' parameter of RFE must be None, an int in the range "
                    f"[1, inf) or a float in the range (0.0, 1.0]. Got {wanted!r} instead."
                )
            if wanted > n_features:
                warnings.warn(
                    f"Found n_features_to_select={wanted} > n_features={n_features}. There will be "
                    "no feature selection and all features will be kept.",
                    UserWarning,
                    stacklevel=3,
                )
            return int(wanted)
        if isinstance(wanted, numbers.Real) and 0 < wanted <= 1:
            return int(n_features * wanted)
        raise ValueError(
            "The 'n_features_to_select' parameter of RFE must be None, an int in the range [1, inf) or "
            f"a float in the range (0.0, 1.0]. Got {wanted!r} instead."
        )

    def fit(self, X: Any, y: Any, **fit_params: Any) -> RFE:
        # y goes to the estimator as given (several targets allowed), as in scikit-learn
        X = validate_data(self, X, ensure_min_features=2, allow_nan=True)
        if y is None:
            raise ValueError("RFE requires y to be passed, but the target y is None.")
        y = np.asarray(y)
        check_consistent_length(X, y)
        n_features = X.shape[1]
        n_to_select = self._n_to_select(n_features)
        if not (isinstance(self.step, numbers.Real) and self.step > 0):
            raise ValueError(
                "The 'step' parameter of RFE must be an int in the range [1, inf) or a float in the range "
                f"(0.0, 1.0). Got {self.step!r} instead."
            )
        step = int(max(1, self.step * n_features)) if self.step < 1 else int(self.step)
        support = np.ones(n_features, dtype=bool)
        ranking = np.ones(n_features, dtype=int)
        while support.sum() > n_to_select:
            features = np.flatnonzero(support)
            if self.verbose > 0:
                print(f"Fitting estimator with {features.size} features.")
            estimator = clone(self.estimator).fit(X[:, features], y, **fit_params)
            weakest_first = np.argsort(feature_importances(estimator, self.importance_getter), kind="stable")
            n_removed = min(step, features.size - n_to_select)
            support[features[weakest_first[:n_removed]]] = False
            ranking[~support] += 1
        self.estimator_ = clone(self.estimator).fit(X[:, support], y, **fit_params)
        self.n_features_ = int(support.sum())
        self.support_ = support
        self.ranking_ = ranking
        return self

    def _get_support_mask(self) -> np.ndarray:
        check_is_fitted(self)
        return self.support_

    @property
    def classes_(self) -> np.ndarray:
        return self.estimator_.classes_

    @_IfEstimatorHas
    def predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        return self.estimator_.predict(self.transform(X))

    @_IfEstimatorHas
    def score(self, X: Any, y: Any, **score_params: Any) -> float:
        check_is_fitted(self)
        return self.estimator_.score(self.transform(X), y, **score_params)

    @_IfEstimatorHas
    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        return self.estimator_.decision_function(self.transform(X))

    @_IfEstimatorHas
    def predict_proba(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        return self.estimator_.predict_proba(self.transform(X))

    @_IfEstimatorHas
    def predict_log_proba(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        return self.estimator_.predict_log_proba(self.transform(X))

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        from copy import deepcopy

        inner = deepcopy(self.estimator.__sklearn_tags__())
        tags.estimator_type = inner.estimator_type
        tags.classifier_tags = inner.classifier_tags
        tags.regressor_tags = inner.regressor_tags
        for task_tags in (tags.classifier_tags, tags.regressor_tags):
            if task_tags is not None:  # fewer features can mean a worse fit: no minimum score is checked
                task_tags.poor_score = True
        tags.target_tags.required = True
        tags.input_tags.allow_nan = inner.input_tags.allow_nan
        return tags
