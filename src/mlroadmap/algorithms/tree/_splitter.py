r"""The best split of one node: every threshold of every candidate feature in one array expression.

For a candidate feature, the node's samples are sorted once by its value. The statistics
of the left child after the first :math:`i+1` sorted samples are then the cumulative sum
of the sorted per-sample statistics (class counts or :math:`(w, wy)`), and the right
child's are the node's total minus the left's. All candidate features are sorted side by
side, so a node costs one ``argsort`` and one ``cumsum`` on an array of shape
``(n_node_samples, n_candidate_features, n_statistics)``.

A threshold is the midpoint between two consecutive *distinct* sorted values; values
closer than ``FEATURE_THRESHOLD`` count as equal, and a split must leave at least
``min_samples_leaf`` samples on each side. Ties are broken as in scikit-learn: the
features are visited in a random order and the first best split (smallest threshold of
the first best feature) wins.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FEATURE_THRESHOLD = 1e-7  # two feature values closer than this cannot be separated (as scikit-learn)


@dataclass
class Split:
    feature: int
    threshold: float
    goes_left: np.ndarray  # boolean mask over the node's samples


def candidate_features(
    X: np.ndarray, samples: np.ndarray, max_features: int, rng: np.random.RandomState
) -> tuple[np.ndarray, np.ndarray]:
    """The features to search at a node, in the order they are visited, with their columns
    restricted to the node's ``samples``.

    Features are drawn in a random order until ``max_features`` have been drawn; a
    feature constant in the node counts as drawn but cannot split, and drawing goes on
    past ``max_features`` until at least one non-constant feature is found (or none is
    left), as in scikit-learn.
    """
    order = rng.permutation(X.shape[1])
    rows = samples[:, None]
    drawn = order[:max_features]
    columns = X[rows, drawn]
    varies = _varies(columns)
    next_draw = max_features
    while not varies.any() and next_draw < len(order):  # rare: every drawn feature is constant
        drawn = order[next_draw : next_draw + 1]
        columns = X[rows, drawn]
        varies = _varies(columns)
        next_draw += 1
    return drawn[varies], columns[:, varies]


def _varies(columns: np.ndarray) -> np.ndarray:
    low, high = columns.min(axis=0).astype(np.float64), columns.max(axis=0).astype(np.float64)
    return high > low + FEATURE_THRESHOLD


def best_split(
    columns: np.ndarray,
    features: np.ndarray,
    stats: np.ndarray,
    criterion,
    min_samples_leaf: int,
) -> Split | None:
    """The split of highest ``criterion.split_score`` over ``columns`` (n_samples, n_candidates),
    or None when no threshold leaves ``min_samples_leaf`` samples on each side."""
    n_samples = len(columns)
    if len(features) == 0 or n_samples < 2 * min_samples_leaf:
        return None
    order = np.argsort(columns, axis=0)  # (n_samples, n_candidates)
    sorted_values = columns[order, np.arange(len(features))].astype(np.float64)
    cumulative = np.cumsum(stats[:, criterion.split_columns][order], axis=0)  # (n, m, n_stats)

    # Admissible splits "after sorted sample i", listed feature by feature in visiting order.
    n_left = np.arange(1, n_samples)[:, None]
    allowed = (
        (sorted_values[1:] > sorted_values[:-1] + FEATURE_THRESHOLD)
        & (n_left >= min_samples_leaf)
        & (n_samples - n_left >= min_samples_leaf)
    )
    candidate, position = np.nonzero(allowed.T)
    if len(position) == 0:
        return None
    left = cumulative[position, candidate]
    right = cumulative[-1, candidate] - left
    with np.errstate(invalid="ignore", divide="ignore"):
        best = int(
            np.argmax(criterion.split_score(left, right))
        )  # first best: visiting order, then threshold
    i, j = position[best], candidate[best]
    threshold = _midpoint(sorted_values[i, j], sorted_values[i + 1, j])
    return Split(int(features[j]), threshold, columns[:, j] <= threshold)


def _midpoint(low: np.floating, high: np.floating) -> float:
    """The threshold between two consecutive values, computed as scikit-learn does; if rounding
    puts it on the upper value (or it overflows), the lower value itself."""
    low, high = float(low), float(high)
    threshold = low / 2.0 + high / 2.0
    if threshold == high or np.isinf(threshold):
        threshold = low
    return threshold
