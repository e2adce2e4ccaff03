"""The fitted tree as parallel arrays (one entry per node), built depth first.

Node ``0`` is the root; nodes are numbered in the order they are created, depth first with
the left child first (as scikit-learn, so the arrays of both libraries line up). For node
``i``: ``children_left[i]``/``children_right[i]`` are the children's ids (``LEAF`` for a
leaf); ``feature[i]`` and ``threshold[i]`` the test ``x[feature] <= threshold`` that sends a
sample left (``UNDEFINED`` in a leaf); ``value[i]`` the class proportions (classification)
or the mean target (regression) of the node's training samples; ``impurity[i]``,
``n_node_samples[i]`` and ``weighted_n_node_samples[i]`` describe those samples.
"""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.tree._splitter import best_split, candidate_features

LEAF = -1
UNDEFINED = -2
EPSILON = np.finfo(np.float64).eps  # a node this pure is not split further


class Tree:
    """Parallel node arrays with ``apply`` (vectorized over samples) and the feature importances."""

    def __init__(self, n_features: int) -> None:
        self.n_features = n_features
        self.children_left = np.empty(0, dtype=np.intp)
        self.children_right = np.empty(0, dtype=np.intp)
        self.feature = np.empty(0, dtype=np.intp)
        self.threshold = np.empty(0)
        self.value = np.empty((0, 1))
        self.impurity = np.empty(0)
        self.n_node_samples = np.empty(0, dtype=np.intp)
        self.weighted_n_node_samples = np.empty(0)
        self.max_depth = 0

    @property
    def node_count(self) -> int:
        return len(self.feature)

    @property
    def n_leaves(self) -> int:
        return int((self.children_left == LEAF).sum())

    def apply(self, X: np.ndarray) -> np.ndarray:
        """The leaf each row of ``X`` falls in: all samples descend together, one level per step."""
        node = np.zeros(len(X), dtype=np.intp)
        active = np.flatnonzero(self.children_left[node] != LEAF)
        while len(active):
            at = node[active]
            goes_left = X[active, self.feature[at]] <= self.threshold[at]
            node[active] = np.where(goes_left, self.children_left[at], self.children_right[at])
            active = active[self.children_left[node[active]] != LEAF]
        return node

    def compute_feature_importances(self) -> np.ndarray:
        r"""Each feature's total impurity decrease :math:`W I - W_L I_L - W_R I_R` over the
        nodes that split on it, normalised to sum to 1 (all zeros for a single-leaf tree)."""
        split = np.flatnonzero(self.children_left != LEAF)
        weighted_impurity = self.weighted_n_node_samples * self.impurity
        decrease = (
            weighted_impurity[split]
            - weighted_impurity[self.children_left[split]]
            - weighted_impurity[self.children_right[split]]
        )
        importances = np.bincount(self.feature[split], weights=decrease, minlength=self.n_features)
        importances = importances / self.weighted_n_node_samples[0]
        total = importances.sum()
        return importances / total if total > 0 else importances


def build_tree(
    X: np.ndarray,
    stats: np.ndarray,
    criterion,
    *,
    max_depth: int | None,
    min_samples_split: int,
    min_samples_leaf: int,
    max_features: int,
    rng: np.random.RandomState,
) -> Tree:
    """Grow a tree depth first from a stack of (samples, depth, parent) entries.

    ``stats`` holds the criterion's per-sample statistics (samples of zero weight are left
    out, as in scikit-learn). A node becomes a leaf when it is at ``max_depth``, has fewer
    than ``min_samples_split`` samples, is pure (impurity ≤ machine epsilon) or has no
    admissible split; otherwise it takes the best split even if that split does not lower
    the impurity (scikit-learn's rule too).
    """
    min_samples_split = max(min_samples_split, 2 * min_samples_leaf)
    depth_limit = np.inf if max_depth is None else max_depth
    nodes: dict[str, list] = {
        key: []
        for key in (
            "children_left",
            "children_right",
            "feature",
            "threshold",
            "value",
            "impurity",
            "n_node_samples",
            "weighted_n_node_samples",
        )
    }
    weights = criterion.weight(stats)
    stack = [(np.flatnonzero(weights != 0), 0, LEAF, False)]
    deepest = 0
    while stack:
        samples, depth, parent, is_left = stack.pop()
        node = len(nodes["feature"])
        if parent != LEAF:
            nodes["children_left" if is_left else "children_right"][parent] = node
        deepest = max(deepest, depth)
        node_stats = stats[samples]
        total = node_stats.sum(axis=0)
        impurity = float(criterion.impurity(total))
        for key, item in (
            ("children_left", LEAF),
            ("children_right", LEAF),
            ("feature", UNDEFINED),
            ("threshold", float(UNDEFINED)),
            ("value", criterion.node_value(total)),
            ("impurity", impurity),
            ("n_node_samples", len(samples)),
            ("weighted_n_node_samples", float(criterion.weight(total))),
        ):
            nodes[key].append(item)

        if depth >= depth_limit or len(samples) < min_samples_split or impurity <= EPSILON:
            continue
        features, columns = candidate_features(X, samples, max_features, rng)
        split = best_split(columns, features, node_stats, criterion, min_samples_leaf)
        if split is None:
            continue
        nodes["feature"][node], nodes["threshold"][node] = split.feature, split.threshold
        stack.append((samples[~split.goes_left], depth + 1, node, False))
        stack.append((samples[split.goes_left], depth + 1, node, True))  # popped first: left is next

    tree = Tree(X.shape[1])
    for key, items in nodes.items():
        dtype = (
            np.float64 if key in ("threshold", "value", "impurity", "weighted_n_node_samples") else np.intp
        )
        setattr(tree, key, np.array(items, dtype=dtype))
    tree.max_depth = deepest
    return tree
