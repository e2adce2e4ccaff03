"""The fitted tree as parallel arrays (one entry per node), grown level by level.

Node ``0`` is the root; nodes are numbered depth first with the left child first (as
scikit-learn, so the arrays of both libraries line up). For node ``i``:
``children_left[i]``/``children_right[i]`` are the children's ids (``LEAF`` for a
leaf); ``feature[i]`` and ``threshold[i]`` the test ``x[feature] <= threshold`` that sends a
sample left (``UNDEFINED`` in a leaf); ``value[i]`` the class proportions (classification)
or the mean target (regression) of the node's training samples; ``impurity[i]``,
``n_node_samples[i]`` and ``weighted_n_node_samples[i]`` describe those samples.
"""

from __future__ import annotations

import itertools

import numpy as np

from mlroadmap.algorithms.tree._splitter import NO_FEATURE, best_splits

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


class StackedTrees:
    """Several trees' node arrays end to end, to descend all the trees at once.

    A leaf's children are the leaf itself, so every (sample, tree) pair can go one level
    down per step, as many steps as the deepest tree has levels: one loop over the depth,
    vectorized over samples and trees, instead of one descent per tree.
    """

    MAX_PAIRS = 2**20  # (sample, tree) pairs descended at once, to bound the memory

    def __init__(self, trees: list[Tree]) -> None:
        sizes = np.array([tree.node_count for tree in trees])
        self.root = np.cumsum(sizes) - sizes  # where each tree's nodes start
        offset = np.repeat(self.root, sizes)
        is_leaf = np.concatenate([tree.children_left == LEAF for tree in trees])
        itself = np.arange(len(is_leaf))
        self.left = np.where(is_leaf, itself, np.concatenate([tree.children_left for tree in trees]) + offset)
        self.right = np.where(
            is_leaf, itself, np.concatenate([tree.children_right for tree in trees]) + offset
        )
        self.feature = np.where(is_leaf, 0, np.concatenate([tree.feature for tree in trees]))
        self.threshold = np.concatenate([tree.threshold for tree in trees])
        self.value = np.concatenate([tree.value for tree in trees])
        self.depth = max(tree.max_depth for tree in trees)

    def apply(self, X: np.ndarray) -> np.ndarray:
        """The (stacked) leaf of each row of ``X`` in each tree, shape (n_samples, n_trees)."""
        X = np.ascontiguousarray(X)
        node = np.tile(self.root, (len(X), 1))
        row_start = (np.arange(len(X)) * X.shape[1])[:, None]
        for _ in range(self.depth):
            goes_left = X.ravel()[row_start + self.feature[node]] <= self.threshold[node]
            node = np.where(goes_left, self.left[node], self.right[node])
        return node

    def leaf_values(self, X: np.ndarray):
        """Yield ``(rows, values)``, chunk of rows after chunk: the value of each row's leaf in
        each tree, shape (n_rows, n_trees, n_outputs)."""
        step = max(1, self.MAX_PAIRS // len(self.root))
        for start in range(0, len(X), step):
            rows = slice(start, start + step)
            yield rows, self.value[self.apply(X[rows])]


@np.errstate(invalid="ignore", divide="ignore")  # scores of empty sides are never kept
def build_trees(
    X: np.ndarray,
    targets: np.ndarray,
    sample_weights: np.ndarray,
    criterion,
    *,
    max_depth: int | None,
    min_samples_split: int,
    min_samples_leaf: int,
    max_features: int,
    rngs: list[np.random.RandomState],
) -> list[Tree]:
    """Grow one tree per row of ``sample_weights`` (and per generator of ``rngs``) on the same
    ``X`` and ``targets``, level by level (breadth first), searching the splits of a whole
    level at once.

    Each feature's column is sorted once, at the root. The level's samples are kept in
    ``layout`` (one row per feature): every node is a contiguous segment, the same in every
    row, sorted by the row's feature; ``best_splits`` scores every threshold of every node
    from it. Splitting a level is then a *stable partition* of each row (the samples going
    left, then those going right), which keeps every child's segment sorted, so nothing is
    sorted again; the samples of the nodes that become leaves leave the layout.

    Several trees (a forest's) grow side by side: tree ``t``'s copy of sample ``i`` is the
    *stacked sample* ``t * width + i``, with the tree's weight, and a level holds the nodes
    of every tree. ``width`` is ``n_samples`` rounded up to a power of two, so the sample of
    a stacked sample is ``stacked & (width - 1)`` (a modulo, much faster than ``%``). Each tree draws
    its features from its own generator, in the same order as when grown alone, so it is
    the tree it would be alone.

    A node becomes a leaf when it is at ``max_depth``, has fewer than ``min_samples_split``
    samples, is pure (impurity ≤ machine epsilon) or has no admissible split; otherwise it
    takes the best split even if that split does not lower the impurity (scikit-learn's
    rule too). Samples of zero weight are left out, as in scikit-learn. The nodes are
    numbered depth first at the end.
    """
    (n_trees, n_samples), n_features = sample_weights.shape, X.shape[1]
    min_samples_split = max(min_samples_split, 2 * min_samples_leaf)
    depth_limit = np.inf if max_depth is None else max_depth
    width = 1 << (n_samples - 1).bit_length()  # padding samples have no weight: never in the layout
    columns = np.zeros((n_features, width))  # one row per feature, float32 values exact in float64
    columns[:, :n_samples] = X.T
    stacked_weights = np.zeros((n_trees, width))
    stacked_weights[:, :n_samples] = sample_weights
    stacked_weights = stacked_weights.ravel()
    stacked_targets = np.tile(np.resize(targets, width), n_trees)

    def sums_by_group(stacked: np.ndarray, group: np.ndarray, n_groups: int, split_only: bool = False):
        return criterion.sums_by_group(stacked_targets, stacked_weights, stacked, group, n_groups, split_only)

    column_order = np.argsort(columns[:, :n_samples], axis=1, kind="stable")  # the only sort
    stacked = column_order[:, None, :] + width * np.arange(n_trees)[:, None]
    layout = stacked[stacked_weights[stacked] != 0].reshape(n_features, -1)  # tree after tree
    if n_trees * width < 2**31:  # smaller indices: less memory to move at every level
        layout = layout.astype(np.int32)
    counts = np.count_nonzero(sample_weights, axis=1)  # samples per node of the level
    tree_of = np.arange(n_trees)  # tree of each node of the level
    levels = []
    while len(counts):
        depth = len(levels)
        node = np.repeat(np.arange(len(counts)), counts)  # the node of each position of a row
        totals = sums_by_group(layout[0], node, len(counts))
        impurity = criterion.impurity(totals)
        feature = np.full(len(counts), NO_FEATURE)
        threshold = np.full(len(counts), np.nan)
        may_split = np.flatnonzero(
            (depth < depth_limit) & (counts >= min_samples_split) & (impurity > EPSILON)
        )
        if len(may_split):
            feature[may_split], threshold[may_split] = best_splits(
                columns,
                layout,
                (np.cumsum(counts) - counts)[may_split],
                counts[may_split],
                totals[may_split],
                criterion,
                sums_by_group,
                visiting_keys=_visiting_keys(rngs, tree_of[may_split], n_features),
                max_features=max_features,
                min_samples_leaf=min_samples_leaf,
            )
        levels.append((tree_of, counts, totals, impurity, feature, threshold))
        if (feature == NO_FEATURE).all():
            break
        layout, counts, tree_of = _partition(
            columns, layout, node, tree_of, feature, threshold, len(stacked_weights)
        )
    return _depth_first_trees(levels, criterion, n_features, n_trees)


def _visiting_keys(rngs: list, tree_of: np.ndarray, n_features: int) -> np.ndarray:
    """One row of uniform draws per node (their order is the node's visiting order of the
    features): each tree draws for its nodes, in their order, from its own generator."""
    if len(rngs) == 1:
        return rngs[0].random_sample((len(tree_of), n_features))
    keys = np.empty((len(tree_of), n_features))
    nodes_per_tree = np.bincount(tree_of, minlength=len(rngs))
    keys[np.argsort(tree_of, kind="stable")] = np.concatenate(
        [rng.random_sample((k, n_features)) for rng, k in zip(rngs, nodes_per_tree, strict=True) if k]
    )
    return keys


def _partition(
    columns: np.ndarray,
    layout: np.ndarray,
    node: np.ndarray,
    tree_of: np.ndarray,
    feature: np.ndarray,
    threshold: np.ndarray,
    n_stacked: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The next level's layout, node sizes and trees: the left children of the split nodes,
    then their right children, both in the order of their parents.

    Every row of the layout keeps, in order, the samples that go left, then those that go
    right (the samples of leaves leave): each child is a contiguous segment, the same in
    every row, still sorted by the row's feature.
    """
    width = columns.shape[1]  # a power of two (see build_trees)
    is_split = feature != NO_FEATURE
    n_split = np.count_nonzero(is_split)
    left_child = np.where(is_split, np.cumsum(is_split) - 1, 2 * n_split)  # leaves: past the end
    row_start = np.where(is_split, feature, 0) * width
    stacked = layout[0]
    # A leaf's threshold is NaN: its samples never go right.
    goes_right = columns.ravel()[row_start[node] + (stacked & (width - 1))] > threshold[node]
    child = left_child[node] + n_split * goes_right
    side_of = np.empty(n_stacked, dtype=np.uint8)  # 0 left, 1 right, 2 in a leaf
    side_of[stacked] = np.where(child < 2 * n_split, goes_right, 2)
    side = side_of[layout]
    n_rows = len(layout)
    layout = np.concatenate(
        (layout[side == 0].reshape(n_rows, -1), layout[side == 1].reshape(n_rows, -1)), axis=1
    )
    counts = np.bincount(child, minlength=2 * n_split + 1)[:-1]  # the last: samples of the leaves
    return layout, counts, np.tile(tree_of[is_split], 2)


def _depth_first_trees(levels: list, criterion, n_features: int, n_trees: int) -> list[Tree]:
    """Number the nodes grown level by level depth first (left child first), as scikit-learn,
    and cut them into one ``Tree`` per tree.

    In the order they were grown (level after level), the children of the ``j``-th of the
    ``s`` split nodes of a level are the next level's nodes ``j`` and ``s + j``. Depth
    first, a left child comes right after its parent, and a right child after its left
    sibling's whole subtree.
    """
    tree_of, counts, totals, impurity, feature, threshold = (
        np.concatenate(part) for part in zip(*levels, strict=True)
    )
    level_first = np.cumsum([0] + [len(level[0]) for level in levels])
    n_nodes = len(counts)
    is_split = feature != NO_FEATURE
    split_nodes = [
        start + np.flatnonzero(is_split[start:end]) for start, end in itertools.pairwise(level_first)
    ]
    left, right = np.full(n_nodes, LEAF), np.full(n_nodes, LEAF)  # breadth-first numbers
    for split, next_level in zip(split_nodes, level_first[1:], strict=False):
        left[split] = next_level + np.arange(len(split))
        right[split] = left[split] + len(split)
    size = np.ones(n_nodes, dtype=np.intp)  # nodes in each subtree, bottom up
    for split in reversed(split_nodes):
        size[split] += size[left[split]] + size[right[split]]
    number = np.zeros(n_nodes, dtype=np.intp)  # depth-first numbers within each tree, top down
    for split in split_nodes:
        number[left[split]] = number[split] + 1
        number[right[split]] = number[split] + 1 + size[left[split]]

    order = np.lexsort((number, tree_of))  # tree after tree, each depth first
    columns = {
        "children_left": np.where(is_split, number[left], LEAF),
        "children_right": np.where(is_split, number[right], LEAF),
        "feature": np.where(is_split, feature, UNDEFINED),
        "threshold": np.where(is_split, threshold, float(UNDEFINED)),
        "value": criterion.node_value(totals),
        "impurity": impurity,
        "n_node_samples": counts,
        "weighted_n_node_samples": criterion.weight(totals).astype(np.float64),
    }
    depth = np.repeat(np.arange(len(levels)), np.diff(level_first))
    nodes_per_tree = np.bincount(tree_of, minlength=n_trees)
    tree_first = np.cumsum(nodes_per_tree) - nodes_per_tree
    max_depth = np.maximum.reduceat(depth[order], tree_first)
    trees = []
    for t, (start, end) in enumerate(itertools.pairwise([*tree_first, n_nodes])):
        tree = Tree(n_features)
        for key, values in columns.items():
            setattr(tree, key, values[order[start:end]])
        tree.max_depth = int(max_depth[t])
        trees.append(tree)
    return trees
