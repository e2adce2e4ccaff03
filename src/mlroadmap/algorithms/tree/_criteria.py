r"""Impurity criteria: how mixed the targets of a node are, and how good a split is.

A criterion works on additive per-sample statistics, so that the statistics of any
left child along a sorted feature are one cumulative sum away:

* classification: the weighted one-hot class counts :math:`c_k` (one column per class);
* regression: the columns :math:`(w,\ w y,\ w y^2)`.

A split of a node of weight :math:`W` into children of weights :math:`W_L, W_R` decreases
the impurity by

.. math:: \Delta = W I - W_L I_L - W_R I_R ,

so the best split of a node maximises :math:`-(W_L I_L + W_R I_R)`; each criterion's
``split_score`` is that quantity (or one equal to it up to a constant of the node).
"""

from __future__ import annotations

import numpy as np


class ClassificationCriterion:
    """Statistics are the weighted class counts; the impurity depends on the proportions :math:`p_k`."""

    split_columns = slice(None)  # every class count enters the split score

    def __init__(self, n_classes: int) -> None:
        self.n_classes = n_classes

    def sample_statistics(self, y_encoded: np.ndarray, sample_weight: np.ndarray) -> np.ndarray:
        """One row per sample: its weight in the column of its class."""
        stats = np.zeros((len(y_encoded), self.n_classes))
        stats[np.arange(len(y_encoded)), y_encoded] = sample_weight
        return stats

    @staticmethod
    def weight(stats: np.ndarray) -> np.ndarray:
        return stats.sum(axis=-1)

    def impurity(self, stats: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def split_score(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        r""":math:`-(W_L I_L + W_R I_R)` for every candidate split at once (leading axes)."""
        return -(self.weight(left) * self.impurity(left) + self.weight(right) * self.impurity(right))

    @staticmethod
    def node_value(stats: np.ndarray) -> np.ndarray:
        """The class proportions, which ``predict_proba`` returns for a leaf."""
        return stats / stats.sum()


class Gini(ClassificationCriterion):
    r"""Gini impurity :math:`G = 1 - \sum_k p_k^2`: the chance that two samples drawn from
    the node (with replacement) have different classes."""

    def impurity(self, stats: np.ndarray) -> np.ndarray:
        weight = self.weight(stats)
        with np.errstate(invalid="ignore", divide="ignore"):
            return 1.0 - np.einsum("...k,...k->...", stats, stats) / weight**2


class Entropy(ClassificationCriterion):
    r"""Shannon entropy :math:`H = -\sum_k p_k \log_2 p_k` (with :math:`0 \log 0 = 0`), in bits."""

    def impurity(self, stats: np.ndarray) -> np.ndarray:
        weight = self.weight(stats)[..., None]
        with np.errstate(invalid="ignore", divide="ignore"):
            p = stats / weight
            terms = np.where(p > 0, p * np.log2(np.where(p > 0, p, 1.0)), 0.0)
        return -terms.sum(axis=-1)


class SquaredError:
    r"""Regression by the mean: the impurity is the (weighted) variance
    :math:`I = \frac{1}{W}\sum w y^2 - \bar y^2`.

    With :math:`S = \sum w y` per child, :math:`W_L I_L + W_R I_R = \sum w y^2 - S_L^2/W_L - S_R^2/W_R`,
    and :math:`\sum w y^2` is the same for every split of the node, so the split score is
    :math:`S_L^2 / W_L + S_R^2 / W_R`: only the first two statistics need cumulative sums.
    """

    split_columns = slice(0, 2)  # (w, w y): the squares are not needed to rank splits

    def sample_statistics(self, y: np.ndarray, sample_weight: np.ndarray) -> np.ndarray:
        weighted_y = sample_weight * y
        return np.column_stack([sample_weight, weighted_y, weighted_y * y])

    @staticmethod
    def weight(stats: np.ndarray) -> np.ndarray:
        return stats[..., 0]

    @staticmethod
    def impurity(stats: np.ndarray) -> np.ndarray:
        weight, total, total_of_squares = stats[..., 0], stats[..., 1], stats[..., 2]
        mean = total / weight
        return total_of_squares / weight - mean**2

    @staticmethod
    def split_score(left: np.ndarray, right: np.ndarray) -> np.ndarray:
        return left[..., 1] ** 2 / left[..., 0] + right[..., 1] ** 2 / right[..., 0]

    @staticmethod
    def node_value(stats: np.ndarray) -> np.ndarray:
        """The weighted mean of the targets, which ``predict`` returns for a leaf."""
        return stats[1:2] / stats[0]


CLASSIFICATION_CRITERIA = {"gini": Gini, "entropy": Entropy, "log_loss": Entropy}
REGRESSION_CRITERIA = {"squared_error": SquaredError}
