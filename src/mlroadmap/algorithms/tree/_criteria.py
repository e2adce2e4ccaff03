r"""Impurity criteria: how mixed the targets of a node are, and how good a split is.

A criterion works on additive statistics: the statistics of a group of samples are the sum
of the samples' own, so those of every left child along a sorted feature are one cumulative
sum away, and ``sums_by_group`` computes the statistics of many groups in one ``bincount``:

* classification: the weighted class counts :math:`c_k` (one column per class);
* regression: the columns :math:`(W,\ \sum w y,\ \sum w y^2)`.

A split of a node of weight :math:`W` into children of weights :math:`W_L, W_R` decreases
the impurity by

.. math:: \Delta = W I - W_L I_L - W_R I_R ,

so the best split of a node maximises :math:`-(W_L I_L + W_R I_R)`; each criterion's
``split_score`` is that quantity (or one equal to it up to a constant of the node).
"""

from __future__ import annotations

import numpy as np


def _sum_last_axis(stats: np.ndarray) -> np.ndarray:
    """The sum over the last (short) axis, as a product with ones: much faster than ``sum(axis=-1)``
    on many short rows."""
    return stats @ np.ones(stats.shape[-1])


class ClassificationCriterion:
    """Statistics are the weighted class counts; the impurity depends on the proportions :math:`p_k`."""

    split_columns = slice(None)  # every class count enters the split score

    def __init__(self, n_classes: int) -> None:
        self.n_classes = n_classes

    def sums_by_group(
        self,
        y_encoded: np.ndarray,
        sample_weight: np.ndarray,
        samples: np.ndarray,
        group: np.ndarray,
        n_groups: int,
        split_only: bool = False,
    ) -> np.ndarray:
        """The weighted class counts of ``samples`` grouped by ``group`` (shape (n_groups, n_classes)):
        one ``bincount`` over the pairs (group, class). All of them enter the split score."""
        pairs = y_encoded[samples]
        pairs += group * self.n_classes
        counts = np.bincount(pairs, weights=sample_weight[samples], minlength=n_groups * self.n_classes)
        return counts.reshape(n_groups, self.n_classes)

    @staticmethod
    def weight(stats: np.ndarray) -> np.ndarray:
        return _sum_last_axis(stats)

    def impurity(self, stats: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def split_score(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        r""":math:`-(W_L I_L + W_R I_R)` for every candidate split at once (leading axes)."""
        return -(self.weight(left) * self.impurity(left) + self.weight(right) * self.impurity(right))

    @staticmethod
    def node_value(stats: np.ndarray) -> np.ndarray:
        """The class proportions, which ``predict_proba`` returns for a leaf."""
        return stats / _sum_last_axis(stats)[..., None]


class Gini(ClassificationCriterion):
    r"""Gini impurity :math:`G = 1 - \sum_k p_k^2`: the chance that two samples drawn from
    the node (with replacement) have different classes."""

    def impurity(self, stats: np.ndarray) -> np.ndarray:
        weight = self.weight(stats)
        with np.errstate(invalid="ignore", divide="ignore"):
            return 1.0 - _sum_last_axis(stats * stats) / weight**2

    def split_score(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        r""":math:`-(W_L G_L + W_R G_R)`, :math:`G = 1 - \sum_k c_k^2 / W^2`, each weight computed once."""
        score = 0.0
        for counts in (left, right):
            weight = self.weight(counts)
            score = score - weight * (1.0 - _sum_last_axis(counts * counts) / weight**2)
        return score


class Entropy(ClassificationCriterion):
    r"""Shannon entropy :math:`H = -\sum_k p_k \log_2 p_k` (with :math:`0 \log 0 = 0`), in bits."""

    def impurity(self, stats: np.ndarray) -> np.ndarray:
        weight = self.weight(stats)[..., None]
        with np.errstate(invalid="ignore", divide="ignore"):
            p = stats / weight
            terms = np.where(p > 0, p * np.log2(np.where(p > 0, p, 1.0)), 0.0)
        return -_sum_last_axis(terms)


class SquaredError:
    r"""Regression by the mean: the impurity is the (weighted) variance
    :math:`I = \frac{1}{W}\sum w y^2 - \bar y^2`.

    With :math:`S = \sum w y` per child, :math:`W_L I_L + W_R I_R = \sum w y^2 - S_L^2/W_L - S_R^2/W_R`,
    and :math:`\sum w y^2` is the same for every split of the node, so the split score is
    :math:`S_L^2 / W_L + S_R^2 / W_R`: only the first two statistics need cumulative sums.
    """

    split_columns = slice(0, 2)  # (w, w y): the squares are not needed to rank splits

    @staticmethod
    def sums_by_group(
        y: np.ndarray,
        sample_weight: np.ndarray,
        samples: np.ndarray,
        group: np.ndarray,
        n_groups: int,
        split_only: bool = False,
    ) -> np.ndarray:
        r"""The columns :math:`(W, \sum w y, \sum w y^2)` of ``samples`` grouped by ``group``
        (only the first two, which the split score needs, with ``split_only``)."""
        weight = sample_weight[samples]
        weighted_y = weight * y[samples]
        columns = (weight, weighted_y) if split_only else (weight, weighted_y, weighted_y * y[samples])
        return np.array([np.bincount(group, weights=column, minlength=n_groups) for column in columns]).T

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
        return stats[..., 1:2] / stats[..., 0:1]


CLASSIFICATION_CRITERIA = {"gini": Gini, "entropy": Entropy, "log_loss": Entropy}
REGRESSION_CRITERIA = {"squared_error": SquaredError}
