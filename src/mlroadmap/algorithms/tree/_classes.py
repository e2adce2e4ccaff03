"""CART decision trees with scikit-learn's API: ``DecisionTreeClassifier`` and ``DecisionTreeRegressor``.

As in scikit-learn, the features are stored as float32 (thresholds are float64 midpoints
between float32 values), so both libraries see the same numbers and cut at the same places.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin, RegressorMixin
from mlroadmap.algorithms.tree._criteria import CLASSIFICATION_CRITERIA, REGRESSION_CRITERIA
from mlroadmap.algorithms.tree._tree import Tree, build_trees
from mlroadmap.algorithms.tree._validation import (
    resolve_choice,
    resolve_max_depth,
    resolve_max_features,
    resolve_min_samples_leaf,
    resolve_min_samples_split,
)
from mlroadmap.algorithms.validation import (
    check_classification_targets,
    check_is_fitted,
    check_random_state,
    check_sample_weight,
    validate_data,
)

DTYPE = np.float32
STACK_SIZE = 2**22  # trees grown side by side keep n_features * n_samples * n_trees below this


def _encode_all(trees: list, y: np.ndarray) -> tuple[np.ndarray, Any]:
    """Each tree encodes the targets (a classifier sets its ``classes_``); all get the same."""
    encoded = [tree._encode_targets(y) for tree in trees]
    return encoded[0]


def fit_side_by_side(trees: list, X: np.ndarray, y: np.ndarray, sample_weights: list) -> None:
    """Fit ``trees`` (one class, the same hyper-parameters, each its own ``random_state``) on
    the same validated ``X`` and ``y``, tree ``t`` with ``sample_weights[t]``.

    Each tree ends as ``tree.fit(X, y, sample_weight=sample_weights[t], check_input=False)``
    leaves it, but the trees are grown side by side (``build_trees``): the NumPy work of a
    level is shared by all of them, which is what makes a forest of small trees fast.
    """
    first = trees[0]
    n_samples, n_features = X.shape
    params = {
        "max_depth": resolve_max_depth(first.max_depth, first),
        "min_samples_split": resolve_min_samples_split(first.min_samples_split, n_samples, first),
        "min_samples_leaf": resolve_min_samples_leaf(first.min_samples_leaf, n_samples, first),
        "max_features": resolve_max_features(first.max_features, n_features, first),
    }
    weights = np.array([check_sample_weight(w, n_samples) for w in sample_weights])
    targets, criterion = _encode_all(trees, y)
    for tree in trees:
        tree.n_features_in_ = n_features
        tree.max_features_ = params["max_features"]
    batch = max(1, STACK_SIZE // (n_samples * n_features))
    for start in range(0, len(trees), batch):
        grown = build_trees(
            X,
            targets,
            weights[start : start + batch],
            criterion,
            rngs=[check_random_state(tree.random_state) for tree in trees[start : start + batch]],
            **params,
        )
        for tree, tree_ in zip(trees[start : start + batch], grown, strict=True):
            tree.tree_ = tree_


class BaseDecisionTree(BaseEstimator):
    """What both trees share: resolving the hyper-parameters, growing ``tree_``, routing samples."""

    _criteria: ClassVar[dict[str, Any]] = {}
    tree_: Tree

    def __init__(
        self,
        *,
        criterion: str,
        max_depth: int | None = None,
        min_samples_split: int | float = 2,
        min_samples_leaf: int | float = 1,
        max_features: int | float | str | None = None,
        random_state: Any = None,
    ) -> None:
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.random_state = random_state

    def _criterion_class(self) -> Any:
        return self._criteria[resolve_choice("criterion", self.criterion, self._criteria, self)]

    def _validated(self, X: Any, check_input: bool) -> np.ndarray:
        check_is_fitted(self)
        return validate_data(self, X, reset=False, dtype=DTYPE) if check_input else X

    def apply(self, X: Any, check_input: bool = True) -> np.ndarray:
        """The index (into the ``tree_`` arrays) of the leaf each sample ends in."""
        return self.tree_.apply(self._validated(X, check_input))

    def get_depth(self) -> int:
        """The depth of the deepest leaf (a single leaf has depth 0)."""
        check_is_fitted(self)
        return self.tree_.max_depth

    def get_n_leaves(self) -> int:
        check_is_fitted(self)
        return self.tree_.n_leaves

    @property
    def feature_importances_(self) -> np.ndarray:
        r"""Impurity-based importances: each feature's share of the total impurity decrease
        :math:`\sum W I - W_L I_L - W_R I_R` over the nodes that split on it (sums to 1)."""
        check_is_fitted(self)
        return self.tree_.compute_feature_importances()


class DecisionTreeClassifier(ClassifierMixin, BaseDecisionTree):
    r"""A CART classification tree.

    Each node takes the split :math:`x_j \le t` that most decreases the weighted impurity,
    :math:`\Delta = W I - W_L I_L - W_R I_R`, with the Gini impurity :math:`1 - \sum_k p_k^2`
    or the entropy :math:`-\sum_k p_k \log_2 p_k` (``criterion="entropy"`` or ``"log_loss"``).
    A leaf predicts the class proportions of its training samples.
    """

    _criteria = CLASSIFICATION_CRITERIA

    def __init__(
        self,
        *,
        criterion: str = "gini",
        max_depth: int | None = None,
        min_samples_split: int | float = 2,
        min_samples_leaf: int | float = 1,
        max_features: int | float | str | None = None,
        random_state: Any = None,
    ) -> None:
        super().__init__(
            criterion=criterion,
            max_depth=max_depth,
            min_samples_split=min_samples_split,
            min_samples_leaf=min_samples_leaf,
            max_features=max_features,
            random_state=random_state,
        )

    def fit(
        self, X: Any, y: Any, sample_weight: Any = None, check_input: bool = True
    ) -> DecisionTreeClassifier:
        """Grow the tree. ``check_input=False`` skips validation (for ensembles, which validated already)."""
        self._criterion_class()
        if check_input:
            X, y = validate_data(self, X, y, dtype=DTYPE)
            check_classification_targets(y)
        fit_side_by_side([self], X, y, [sample_weight])
        return self

    def _encode_targets(self, y: np.ndarray) -> tuple[np.ndarray, Any]:
        """The class indices of ``y`` and the criterion; sets ``classes_``."""
        self.classes_, y_encoded = np.unique(y, return_inverse=True)
        self.n_classes_ = len(self.classes_)
        return y_encoded.ravel(), self._criterion_class()(self.n_classes_)

    def predict_proba(self, X: Any, check_input: bool = True) -> np.ndarray:
        """The class proportions of the training samples in each sample's leaf."""
        X = self._validated(X, check_input)
        return self.tree_.value[self.tree_.apply(X)]

    def predict_log_proba(self, X: Any) -> np.ndarray:
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X: Any, check_input: bool = True) -> np.ndarray:
        """The most frequent class of each sample's leaf (the first class on ties)."""
        proba = self.predict_proba(X, check_input)
        return self.classes_[proba.argmax(axis=1)]


class DecisionTreeRegressor(RegressorMixin, BaseDecisionTree):
    r"""A CART regression tree.

    Each node takes the split that most decreases the weighted variance,
    :math:`\Delta = W \sigma^2 - W_L \sigma_L^2 - W_R \sigma_R^2` (``criterion="squared_error"``);
    a leaf predicts the mean target of its training samples.
    """

    _criteria = REGRESSION_CRITERIA

    def __init__(
        self,
        *,
        criterion: str = "squared_error",
        max_depth: int | None = None,
        min_samples_split: int | float = 2,
        min_samples_leaf: int | float = 1,
        max_features: int | float | str | None = None,
        random_state: Any = None,
    ) -> None:
        super().__init__(
            criterion=criterion,
            max_depth=max_depth,
            min_samples_split=min_samples_split,
            min_samples_leaf=min_samples_leaf,
            max_features=max_features,
            random_state=random_state,
        )

    def fit(
        self, X: Any, y: Any, sample_weight: Any = None, check_input: bool = True
    ) -> DecisionTreeRegressor:
        """Grow the tree. ``check_input=False`` skips validation (for ensembles, which validated already)."""
        self._criterion_class()
        if check_input:
            X, y = validate_data(self, X, y, dtype=DTYPE, y_numeric=True)
        fit_side_by_side([self], X, y, [sample_weight])
        return self

    def _encode_targets(self, y: np.ndarray) -> tuple[np.ndarray, Any]:
        """The targets as float64 and the criterion."""
        return np.asarray(y, dtype=np.float64), self._criterion_class()()

    def predict(self, X: Any, check_input: bool = True) -> np.ndarray:
        """The mean training target of each sample's leaf."""
        X = self._validated(X, check_input)
        return self.tree_.value[self.tree_.apply(X), 0]
