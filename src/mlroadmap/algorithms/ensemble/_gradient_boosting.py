r"""Gradient boosting: a sum of small regression trees, each fitted to the negative gradient of
the loss at the current prediction (Friedman, 2001).

Start from the best constant :math:`F_0`; at stage :math:`m`, fit a tree :math:`h_m` to the
residuals :math:`r_i = -\partial L(y_i, F)/\partial F\,|_{F_{m-1}(x_i)}`, set its leaf values,
and add it shrunk by the learning rate: :math:`F_m = F_{m-1} + \nu\, h_m`. With
``subsample < 1`` each tree sees a random fraction of the samples, drawn without
replacement (stochastic gradient boosting).

* Squared error: :math:`F_0 = \bar y`, the residuals are :math:`y - F`, and the tree's leaf
  means are already the best leaf values.
* Log-loss: :math:`F_0` is the log-odds of the class prior, the residuals are :math:`y - p`,
  and each leaf takes one Newton step, :math:`\gamma = \sum w (y - p) / \sum w\, p (1 - p)`
  over its in-bag samples (times :math:`(K-1)/K` with :math:`K > 2` classes, one tree per
  class and stage, as in Friedman's paper and scikit-learn).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin, RegressorMixin
from mlroadmap.algorithms.ensemble._losses import log_loss, probabilities, squared_error
from mlroadmap.algorithms.tree import DecisionTreeRegressor
from mlroadmap.algorithms.tree._classes import DTYPE
from mlroadmap.algorithms.tree._tree import StackedTrees
from mlroadmap.algorithms.validation import (
    check_classification_targets,
    check_is_fitted,
    check_random_state,
    check_sample_weight,
    validate_data,
)

TINY_HESSIAN = 1e-150  # a leaf whose samples are all certain gets no update, as in scikit-learn


class BaseGradientBoosting(BaseEstimator):
    """The boosting loop; subclasses give the initial score, the residuals and the leaf values."""

    estimators_: np.ndarray

    def __init__(
        self,
        *,
        learning_rate: float = 0.1,
        n_estimators: int = 100,
        subsample: float = 1.0,
        min_samples_split: int | float = 2,
        min_samples_leaf: int | float = 1,
        max_depth: int | None = 3,
        random_state: Any = None,
        max_features: int | float | str | None = None,
    ) -> None:
        self.learning_rate = learning_rate
        self.n_estimators = n_estimators
        self.subsample = subsample
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_depth = max_depth
        self.random_state = random_state
        self.max_features = max_features

    def _check_params(self) -> None:
        name = type(self).__name__
        if not (isinstance(self.n_estimators, int | np.integer) and self.n_estimators >= 1):
            raise ValueError(f"The 'n_estimators' parameter of {name} must be an int in the range [1, inf).")
        if not (isinstance(self.learning_rate, int | float) and self.learning_rate >= 0):
            raise ValueError(
                f"The 'learning_rate' parameter of {name} must be a float in the range [0.0, inf)."
            )
        if not (isinstance(self.subsample, int | float) and 0 < self.subsample <= 1):
            raise ValueError(f"The 'subsample' parameter of {name} must be a float in the range (0.0, 1.0].")

    def _boost(self, X: np.ndarray, targets: np.ndarray, sample_weight: np.ndarray) -> None:
        """Fit ``estimators_`` (n_estimators, n_trees_per_stage) to ``targets`` (n_samples, n_columns)."""
        rng = check_random_state(self.random_state)
        n_samples, n_columns = len(X), self.init_raw_prediction_.shape[0]
        raw = np.tile(self.init_raw_prediction_, (n_samples, 1))
        n_in_bag = max(1, int(self.subsample * n_samples))
        self.estimators_ = np.empty((self.n_estimators, n_columns), dtype=object)
        self.train_score_ = np.zeros(self.n_estimators)
        for stage in range(self.n_estimators):
            in_bag = np.ones(n_samples, dtype=bool)
            if self.subsample < 1.0:
                in_bag[:] = False
                in_bag[rng.permutation(n_samples)[:n_in_bag]] = True
            weights = sample_weight * in_bag
            residuals = targets - self._link_inverse(raw)  # the negative gradient, for both losses
            for k in range(n_columns):
                tree = DecisionTreeRegressor(
                    max_depth=self.max_depth,
                    min_samples_split=self.min_samples_split,
                    min_samples_leaf=self.min_samples_leaf,
                    max_features=self.max_features,
                    random_state=rng,
                )
                tree.fit(X, residuals[:, k], sample_weight=weights, check_input=False)
                leaves = tree.tree_.apply(X)
                self._set_leaf_values(tree.tree_, leaves, targets[:, k], residuals[:, k], weights)
                raw[:, k] += self.learning_rate * tree.tree_.value[leaves, 0]
                self.estimators_[stage, k] = tree
            self.train_score_[stage] = self._loss(targets[in_bag], raw[in_bag], sample_weight[in_bag])
        self.n_estimators_ = self.n_estimators

    def _set_leaf_values(self, tree, leaves, targets, residuals, weights) -> None:
        """Squared error: the leaf means the tree already holds are the best values."""

    def _raw_predict(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=DTYPE)
        n_stages, n_columns = self.estimators_.shape
        trees = StackedTrees([tree.tree_ for tree in self.estimators_.ravel()])  # stage after stage
        raw = np.empty((len(X), n_columns))
        for rows, values in trees.leaf_values(X):
            steps = self.learning_rate * values.reshape(-1, n_stages, n_columns)
            init = np.broadcast_to(self.init_raw_prediction_, (len(steps), 1, n_columns))
            # F_0 plus the stages one after the other, in the order they were fitted: a cumulative sum.
            raw[rows] = np.concatenate([init, steps], axis=1).cumsum(axis=1)[:, -1]
        return raw

    @property
    def feature_importances_(self) -> np.ndarray:
        """The mean of all trees' impurity-based importances, normalised to sum to 1."""
        check_is_fitted(self)
        per_tree = [
            tree.feature_importances_ for tree in self.estimators_.ravel() if tree.tree_.node_count > 1
        ]
        if not per_tree:
            return np.zeros(self.n_features_in_)
        mean = np.mean(per_tree, axis=0)
        return mean / mean.sum()


class GradientBoostingRegressor(RegressorMixin, BaseGradientBoosting):
    r"""Gradient boosting for the squared error :math:`L = (y - F)^2`: each tree fits the
    residuals :math:`y - F_{m-1}(x)`, and :math:`F_M(x) = \bar y + \nu \sum_m h_m(x)`.

    ``train_score_[m]`` is the mean squared error on the in-bag samples after stage ``m``.
    ``init_raw_prediction_`` holds :math:`F_0` (scikit-learn keeps a ``DummyRegressor`` in ``init_``).
    """

    _link_inverse = staticmethod(lambda raw: raw)
    _loss = staticmethod(squared_error)

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> GradientBoostingRegressor:
        self._check_params()
        X, y = validate_data(self, X, y, dtype=DTYPE, y_numeric=True)
        sample_weight = check_sample_weight(sample_weight, len(X))
        targets = np.asarray(y, dtype=np.float64)[:, None]
        self.init_raw_prediction_ = np.array([np.average(targets[:, 0], weights=sample_weight)])
        self._boost(X, targets, sample_weight)
        return self

    def predict(self, X: Any) -> np.ndarray:
        return self._raw_predict(X)[:, 0]


class GradientBoostingClassifier(ClassifierMixin, BaseGradientBoosting):
    r"""Gradient boosting for the log-loss.

    Two classes: one tree per stage on the log-odds :math:`F`, starting from
    :math:`F_0 = \log(\pi / (1 - \pi))` with :math:`\pi` the (weighted) share of the positive
    class; :math:`p = \sigma(F)`. More classes: one tree per class and stage on scores
    :math:`F_k`, starting from :math:`\log \pi_k` (centred), with :math:`p = \mathrm{softmax}(F)`.
    Leaf values are one Newton step on the log-loss (see the module docstring).

    ``train_score_[m]`` is the in-bag loss after stage ``m``: scikit-learn's convention, the
    deviance :math:`2 \times` mean log-loss with two classes, the mean log-loss with more.
    ``init_raw_prediction_`` holds :math:`F_0` (scikit-learn keeps a ``DummyClassifier`` in ``init_``).
    """

    def _loss(self, targets: np.ndarray, raw: np.ndarray, sample_weight: np.ndarray) -> float:
        deviance_factor = 2.0 if raw.shape[1] == 1 else 1.0
        return deviance_factor * log_loss(targets, raw, sample_weight)

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> GradientBoostingClassifier:
        self._check_params()
        X, y = validate_data(self, X, y, dtype=DTYPE)
        check_classification_targets(y)
        sample_weight = check_sample_weight(sample_weight, len(X))
        self.classes_, y_encoded = np.unique(y, return_inverse=True)
        self.n_classes_ = len(self.classes_)
        class_weight = np.bincount(y_encoded.ravel(), weights=sample_weight, minlength=self.n_classes_)
        n_weighted_classes = np.count_nonzero(class_weight)
        if n_weighted_classes < 2:
            raise ValueError(
                f"y contains {n_weighted_classes} class after sample_weight trimmed classes with zero "
                "weights, while a minimum of 2 classes are required."
            )
        one_hot = np.eye(self.n_classes_)[y_encoded.ravel()]
        eps = np.finfo(np.float64).eps
        prior = np.clip(class_weight / class_weight.sum(), eps, 1 - eps)
        if self.n_classes_ == 2:
            targets = one_hot[:, 1:]
            self.init_raw_prediction_ = np.log(prior[1:] / (1 - prior[1:]))
        else:
            targets = one_hot
            self.init_raw_prediction_ = np.log(prior) - np.log(prior).mean()
        self._boost(X, targets, sample_weight)
        return self

    def _link_inverse(self, raw: np.ndarray) -> np.ndarray:
        """The probability of each score column: :math:`\\sigma(F)` (binary) or the softmax."""
        return probabilities(raw)[:, 1:] if raw.shape[1] == 1 else probabilities(raw)

    def _set_leaf_values(self, tree, leaves, targets, residuals, weights) -> None:
        r"""One Newton step per leaf: :math:`\gamma = \sum w r / \sum w p(1-p)` with :math:`p = y - r`,
        over the leaf's in-bag samples (zero weight elsewhere); times :math:`(K-1)/K` for K > 2."""
        probability = targets - residuals
        gradient_sum = np.bincount(leaves, weights=weights * residuals, minlength=tree.node_count)
        hessian_sum = np.bincount(
            leaves, weights=weights * probability * (1 - probability), minlength=tree.node_count
        )
        is_leaf = tree.children_left == -1
        safe = is_leaf & (np.abs(hessian_sum) >= TINY_HESSIAN)
        step = np.zeros(tree.node_count)
        step[safe] = gradient_sum[safe] / hessian_sum[safe]
        if self.n_classes_ > 2:
            step *= (self.n_classes_ - 1) / self.n_classes_
        tree.value[is_leaf, 0] = step[is_leaf]

    def decision_function(self, X: Any) -> np.ndarray:
        """The scores :math:`F(x)`: shape (n_samples,) for two classes, (n_samples, n_classes) otherwise."""
        raw = self._raw_predict(X)
        return raw[:, 0] if raw.shape[1] == 1 else raw

    def predict_proba(self, X: Any) -> np.ndarray:
        return probabilities(self._raw_predict(X))

    def predict_log_proba(self, X: Any) -> np.ndarray:
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X: Any) -> np.ndarray:
        raw = self._raw_predict(X)
        encoded = (raw[:, 0] >= 0).astype(int) if raw.shape[1] == 1 else raw.argmax(axis=1)
        return self.classes_[encoded]
