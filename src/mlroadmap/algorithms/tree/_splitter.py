r"""The best split of every node of a level at once: sort once, cumulative sums, score every threshold.

The builder keeps, for each feature, the samples of the level *sorted by that feature
within each node*: row ``f`` of ``layout`` lists the node's samples one node after the
other (each node a contiguous segment, the same segment in every row), each segment in
increasing order of feature ``f``. The candidate features of a node are drawn at random
(see ``candidate_features``); each pair (node, candidate feature) is then one segment of
sorted samples, and all the pairs of the level are laid end to end in a single array.

On that array a split "after sorted sample :math:`i`" of a pair is admissible when the
next value of the feature is larger (values closer than ``FEATURE_THRESHOLD`` count as
equal) and it leaves at least ``min_samples_leaf`` samples on each side. The statistics
of the left child at every admissible split are a cumulative sum of the per-sample
statistics (class counts or :math:`(w, wy)`) along the pair, and the right child's are
the node's total minus the left's. The samples between two consecutive admissible splits
always go to the same side, so they are first summed as one *run* (one ``bincount``); the
cumulative sum then runs over the runs, which for features with few distinct values
(pixels, counts) is far shorter than the samples. Every admissible split of every
candidate feature of every node is scored in one array expression, and each node keeps
its first best split: scikit-learn's tie rule, features in their visiting order, then
the smallest threshold.
"""

from __future__ import annotations

import numpy as np

FEATURE_THRESHOLD = 1e-7  # two feature values closer than this cannot be separated (as scikit-learn)
NO_FEATURE = -1


def candidate_features(
    varies: np.ndarray, max_features: int, visiting_keys: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The (node, feature) pairs to search, node by node, each node's features in visiting order.

    ``varies`` (n_nodes, n_features) says which features are not constant in a node. Each
    node visits the features in its own random order, the order of its row of uniform
    draws ``visiting_keys``. As in scikit-learn, it draws ``max_features`` of them; a
    feature constant in the node counts as drawn but cannot split, and drawing goes on
    past ``max_features`` until one non-constant feature is found (or none is left).
    """
    n_nodes, n_features = varies.shape
    visiting_order = visiting_keys.argsort(axis=1)
    varies_in_order = varies[np.arange(n_nodes)[:, None], visiting_order]
    if max_features < n_features:
        first_non_constant = varies_in_order.argmax(axis=1)  # 0 when all are constant: none searched
        n_drawn = np.maximum(max_features, first_non_constant + 1)
        varies_in_order &= np.arange(n_features) < n_drawn[:, None]
    node, rank = np.nonzero(varies_in_order)  # row-major: node by node, in visiting order
    return node, visiting_order[node, rank]


def best_splits(
    columns: np.ndarray,
    layout: np.ndarray,
    starts: np.ndarray,
    counts: np.ndarray,
    totals: np.ndarray,
    criterion,
    sums_by_group,
    *,
    visiting_keys: np.ndarray,
    max_features: int,
    min_samples_leaf: int,
) -> tuple[np.ndarray, np.ndarray]:
    """The best split (feature, threshold) of each node given by its segment of ``layout``
    (``starts``, ``counts``; ``totals`` its statistics); ``NO_FEATURE`` where no threshold
    leaves ``min_samples_leaf`` samples on each side.

    ``columns`` is X transposed, in float64 (one row per feature), padded to a power-of-two
    width; the layout holds stacked samples (see ``build_trees``: sample ``i`` of tree ``t``
    is ``t * width + i``, so ``stacked & (width - 1)`` is ``i``);
    ``sums_by_group(samples, group, n_groups, split_only)`` sums the per-sample statistics
    of stacked ``samples`` by group; ``visiting_keys`` orders each node's features (``candidate_features``).
    """
    n_nodes, (n_features, width), n_level = len(starts), columns.shape, layout.shape[1]
    feature = np.full(n_nodes, NO_FEATURE)
    threshold = np.full(n_nodes, np.nan)

    # A feature is constant in a node when its first and last sorted values are equal.
    ends = layout[:, np.concatenate((starts, starts + counts - 1))] & (width - 1)
    lowest_highest = columns[np.arange(n_features)[:, None], ends]
    varies = (lowest_highest[:, n_nodes:] > lowest_highest[:, :n_nodes] + FEATURE_THRESHOLD).T
    pair_node, pair_feature = candidate_features(varies, max_features, visiting_keys)
    if len(pair_node) == 0:
        return feature, threshold

    # All pairs end to end: the node's samples sorted by the feature, with their values.
    # Flat indices into the layout and the columns are much faster than 2-D ones, and the
    # arrays this long are updated in place: allocating them is a large part of the cost.
    length = counts[pair_node]
    pair_end = np.cumsum(length)
    pair_first = pair_end - length
    at = np.repeat(pair_feature * n_level + starts[pair_node] - pair_first, length)
    at += np.arange(len(at))
    samples = layout.ravel()[at]
    at = np.bitwise_and(samples, width - 1, out=at)  # the samples' columns ...
    at += np.repeat(pair_feature * width, length)  # ... in their features' rows
    values = columns.ravel()[at]

    # Admissible splits "after sorted sample i": the next value is larger (never after the
    # last sample of a pair), and each side keeps min_samples_leaf samples.
    is_cut = values[1:] > values[:-1] + FEATURE_THRESHOLD
    is_cut[pair_end[:-1] - 1] = False
    cuts = np.flatnonzero(is_cut)
    cut_pair = np.searchsorted(pair_end, cuts, side="right")
    if min_samples_leaf > 1:
        n_left = cuts - pair_first[cut_pair] + 1
        admissible = (n_left >= min_samples_leaf) & (length[cut_pair] - n_left >= min_samples_leaf)
        cuts, cut_pair = cuts[admissible], cut_pair[admissible]
    if len(cuts) == 0:
        return feature, threshold

    # Runs: a new one starts with each pair and after each cut. Sum each (run 0 is empty),
    # then cumulate: the left child of a cut holds its pair's runs up to the cut's.
    run = np.zeros(len(values), dtype=np.intp)
    run[pair_first] = 1
    run[cuts + 1] = 1
    run = np.cumsum(run, out=run)
    cumulative = np.cumsum(sums_by_group(samples, run, run[-1] + 1, split_only=True), axis=0)
    left = cumulative[run[cuts]] - cumulative[run[pair_first[cut_pair]] - 1]
    cut_node = pair_node[cut_pair]
    right = totals[cut_node][:, criterion.split_columns] - left
    score = criterion.split_score(left, right)
    score[np.isnan(score)] = -np.inf  # never taken (scikit-learn keeps splits better than -inf)

    # Each node's first best split: the cuts are listed node by node, in visiting order.
    new_node = np.concatenate(([True], cut_node[1:] != cut_node[:-1]))
    node_first = np.flatnonzero(new_node)
    best_score = np.maximum.reduceat(score, node_first)
    is_best = score == best_score[np.cumsum(new_node) - 1]
    best = np.minimum.reduceat(np.where(is_best, np.arange(len(cuts)), len(cuts)), node_first)
    best = best[best_score > -np.inf]
    i = cuts[best]
    feature[cut_node[best]] = pair_feature[cut_pair[best]]
    threshold[cut_node[best]] = _midpoint(values[i], values[i + 1])
    return feature, threshold


def _midpoint(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """The thresholds between consecutive values, computed as scikit-learn does; where rounding
    puts one on the upper value (or it overflows), the lower value itself."""
    threshold = low / 2.0 + high / 2.0
    return np.where((threshold == high) | np.isinf(threshold), low, threshold)
