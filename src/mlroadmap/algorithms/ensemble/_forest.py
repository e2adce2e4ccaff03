r"""Random forests: many deep trees, each grown on a bootstrap sample with a random subset of
features tried at each split; the forest averages them.

A bootstrap sample is ``n`` draws with replacement. Rather than copying rows, each tree gets
the number of times each sample was drawn as its sample weight (as scikit-learn does); the
samples never drawn (about :math:`e^{-1} \approx 37\%`) are the tree's *out-of-bag* samples,
on which ``oob_score=True`` scores the forest without a held-out set.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin, RegressorMixin
from mlroadmap.algorithms.metrics import accuracy_score, r2_score
from mlroadmap.algorithms.tree import DecisionTreeClassifier, DecisionTreeRegressor
from mlroadmap.algorithms.tree._classes import DTYPE, fit_side_by_side
from mlroadmap.algorithms.tree._tree import StackedTrees
from mlroadmap.algorithms.validation import (
    check_classification_targets,
    check_is_fitted,
    check_random_state,
    validate_data,
)

MAX_INT = np.iinfo(np.int32).max


class BaseForest(BaseEstimator):
    """Grow ``n_estimators`` trees on bootstrap samples; subclasses say how to average them."""

    _tree_class: type
    estimators_: list

    def __init__(
        self,
        n_estimators: int = 100,
        *,
        criterion: str,
        max_depth: int | None = None,
        min_samples_split: int | float = 2,
        min_samples_leaf: int | float = 1,
        max_features: int | float | str | None,
        bootstrap: bool = True,
        oob_score: bool = False,
        random_state: Any = None,
    ) -> None:
        self.n_estimators = n_estimators
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.bootstrap = bootstrap
        self.oob_score = oob_score
        self.random_state = random_state

    def _grow_forest(self, X: np.ndarray, targets: np.ndarray) -> list[np.ndarray]:
        """Fit ``estimators_``; return each tree's bootstrap counts (zero for its out-of-bag samples)."""
        if not (isinstance(self.n_estimators, int | np.integer) and self.n_estimators >= 1):
            raise ValueError(
                f"The 'n_estimators' parameter of {type(self).__name__} must be an int in the range "
                f"[1, inf). Got {self.n_estimators!r} instead."
            )
        if self.oob_score and not self.bootstrap:
            raise ValueError("Out of bag estimation only available if bootstrap=True")
        rng = check_random_state(self.random_state)
        n_samples = len(X)
        self.estimators_, bootstrap_counts = [], []
        for seed in rng.randint(MAX_INT, size=self.n_estimators):
            self.estimators_.append(
                self._tree_class(
                    criterion=self.criterion,
                    max_depth=self.max_depth,
                    min_samples_split=self.min_samples_split,
                    min_samples_leaf=self.min_samples_leaf,
                    max_features=self.max_features,
                    random_state=int(seed),
                )
            )
            if self.bootstrap:  # drawn with the tree's own seed, as scikit-learn, so the samples coincide
                drawn = np.random.RandomState(seed).randint(0, n_samples, n_samples, dtype=np.int32)
                bootstrap_counts.append(np.bincount(drawn, minlength=n_samples).astype(np.float64))
            else:
                bootstrap_counts.append(np.ones(n_samples))
        # Each tree is what tree.fit(X, targets, sample_weight=counts) would grow; side by side is faster.
        fit_side_by_side(self.estimators_, X, targets, bootstrap_counts)
        return bootstrap_counts

    def _out_of_bag_average(self, X: np.ndarray, bootstrap_counts: list, predict) -> np.ndarray:
        """Average, for each training sample, the predictions of the trees that did not see it."""
        total, n_trees = 0.0, np.zeros(len(X))
        for tree, counts in zip(self.estimators_, bootstrap_counts, strict=True):
            unseen = counts == 0
            total = total + np.where(unseen[:, None], predict(tree, X), 0.0)
            n_trees += unseen
        if (n_trees == 0).any():
            warnings.warn(
                "Some inputs do not have OOB scores. This probably means too few trees were used "
                "to compute any reliable OOB estimates.",
                UserWarning,
                stacklevel=3,
            )
        return total / np.maximum(n_trees, 1)[:, None]

    def _validated(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        return validate_data(self, X, reset=False, dtype=DTYPE)

    def _mean_leaf_value(self, X: np.ndarray) -> np.ndarray:
        """The mean over the trees of the value (class proportions or mean target) of each row's
        leaf, shape (n_samples, n_outputs): all the trees descend at once (``StackedTrees``)."""
        trees = StackedTrees([tree.tree_ for tree in self.estimators_])
        mean = np.empty((len(X), trees.value.shape[1]))
        for rows, values in trees.leaf_values(X):
            mean[rows] = values.mean(axis=1)
        return mean

    def apply(self, X: Any) -> np.ndarray:
        """The leaf index of each sample in each tree, shape (n_samples, n_estimators)."""
        X = self._validated(X)
        return np.column_stack([tree.apply(X, check_input=False) for tree in self.estimators_])

    @property
    def feature_importances_(self) -> np.ndarray:
        """The mean of the trees' impurity-based importances (trees that are a single leaf left out)."""
        check_is_fitted(self)
        per_tree = [tree.feature_importances_ for tree in self.estimators_ if tree.tree_.node_count > 1]
        if not per_tree:
            return np.zeros(self.n_features_in_)
        mean = np.mean(per_tree, axis=0)
        return mean / mean.sum()


class RandomForestClassifier(ClassifierMixin, BaseForest):
    r"""A forest of classification trees; ``predict_proba`` is the mean of the trees' class
    proportions, :math:`\hat p_k(x) = \frac{1}{T}\sum_t p_k^{(t)}(x)`, and ``predict`` its argmax.

    Each split tries ``max_features`` features drawn at random (default :math:`\sqrt{d}`).
    """

    _tree_class = DecisionTreeClassifier

    def __init__(
        self,
        n_estimators: int = 100,
        *,
        criterion: str = "gini",
        max_depth: int | None = None,
        min_samples_split: int | float = 2,
        min_samples_leaf: int | float = 1,
        max_features: int | float | str | None = "sqrt",
        bootstrap: bool = True,
        oob_score: bool = False,
        random_state: Any = None,
    ) -> None:
        super().__init__(
            n_estimators,
            criterion=criterion,
            max_depth=max_depth,
            min_samples_split=min_samples_split,
            min_samples_leaf=min_samples_leaf,
            max_features=max_features,
            bootstrap=bootstrap,
            oob_score=oob_score,
            random_state=random_state,
        )

    def fit(self, X: Any, y: Any) -> RandomForestClassifier:
        X, y = validate_data(self, X, y, dtype=DTYPE)
        check_classification_targets(y)
        self.classes_, y_encoded = np.unique(y, return_inverse=True)
        self.n_classes_ = len(self.classes_)
        bootstrap_counts = self._grow_forest(X, y_encoded.ravel())
        if self.oob_score:
            self.oob_decision_function_ = self._out_of_bag_average(
                X, bootstrap_counts, lambda tree, X: tree.predict_proba(X, check_input=False)
            )
            self.oob_score_ = accuracy_score(y, self.classes_[self.oob_decision_function_.argmax(axis=1)])
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        return self._mean_leaf_value(self._validated(X))

    def predict_log_proba(self, X: Any) -> np.ndarray:
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X: Any) -> np.ndarray:
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]


class RandomForestRegressor(RegressorMixin, BaseForest):
    r"""A forest of regression trees; the prediction is the mean of the trees',
    :math:`\hat y(x) = \frac{1}{T}\sum_t \hat y^{(t)}(x)`.

    Each split tries ``max_features`` features (default 1.0: all of them, so the trees
    differ only by their bootstrap samples and tie-breaking, as in scikit-learn).
    """

    _tree_class = DecisionTreeRegressor

    def __init__(
        self,
        n_estimators: int = 100,
        *,
        criterion: str = "squared_error",
        max_depth: int | None = None,
        min_samples_split: int | float = 2,
        min_samples_leaf: int | float = 1,
        max_features: int | float | str | None = 1.0,
        bootstrap: bool = True,
        oob_score: bool = False,
        random_state: Any = None,
    ) -> None:
        super().__init__(
            n_estimators,
            criterion=criterion,
            max_depth=max_depth,
            min_samples_split=min_samples_split,
            min_samples_leaf=min_samples_leaf,
            max_features=max_features,
            bootstrap=bootstrap,
            oob_score=oob_score,
            random_state=random_state,
        )

    def fit(self, X: Any, y: Any) -> RandomForestRegressor:
        X, y = validate_data(self, X, y, dtype=DTYPE, y_numeric=True)
        y = np.asarray(y, dtype=np.float64)
        bootstrap_counts = self._grow_forest(X, y)
        if self.oob_score:
            self.oob_prediction_ = self._out_of_bag_average(
                X, bootstrap_counts, lambda tree, X: tree.predict(X, check_input=False)[:, None]
            )[:, 0]
            self.oob_score_ = r2_score(y, self.oob_prediction_)
        return self

    def predict(self, X: Any) -> np.ndarray:
        return self._mean_leaf_value(self._validated(X))[:, 0]
