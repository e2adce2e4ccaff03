r"""Agglomerative (bottom-up hierarchical) clustering.

Start with every sample in its own cluster and merge the two closest clusters, n − 1 times,
until one cluster is left. The merges form a binary tree, the *dendrogram*; cutting it
where k clusters remain gives a flat clustering. What "closest" means is the *linkage*:

* ``single``: the closest pair of members, :math:`\min_{a \in A, b \in B} d(a, b)`;
* ``complete``: the farthest pair, :math:`\max_{a, b} d(a, b)`;
* ``average``: the mean over all pairs, :math:`\frac{1}{|A||B|}\sum_{a, b} d(a, b)`;
* ``ward``: the merge that least increases the total within-cluster variance, expressed
  as the distance :math:`\sqrt{\tfrac{2|A||B|}{|A|+|B|}}\,\|\bar a - \bar b\|`.

None of them needs the members again after a merge: the distance from the new cluster
:math:`A \cup B` to any other cluster C follows from :math:`d(A, C)`, :math:`d(B, C)` and
:math:`d(A, B)` (the Lance–Williams update), so one n × n matrix of cluster distances,
updated one row and column per merge, is all the memory needed (and single linkage does
not even need that, see :func:`minimum_spanning_tree`).

The tree is built the way SciPy builds it, step for step, so ``children_`` and
``distances_`` are the same numbers as scikit-learn's (which calls SciPy), ties included:

* distances are summed feature by feature, in SciPy's order, so equal distances are
  exactly equal;
* ward, complete and average use the *nearest-neighbour chain*: follow nearest neighbours
  from cluster to cluster until two clusters are each other's nearest neighbour, and
  merge those. That is the same tree as always merging the globally closest pair, because
  these linkages are *reducible*: :math:`d(A \cup B, C) \ge \min(d(A, C), d(B, C))`, so a
  merge never brings the new cluster closer to any other than its nearer part was, and the
  rest of the chain stays valid. Ties go to the previous cluster in the chain, then to the
  lowest index;
* single linkage is Prim's minimum spanning tree: grow a tree from sample 0, each time
  adding the outside sample closest to the tree (ties to the lowest index). The tree's
  edges, sorted by length, are the merges.

The merges are then sorted by height (stably) and numbered: leaves are 0 … n − 1 and
merge i creates node n + i, scikit-learn's and SciPy's encoding of ``children_``.
"""

from __future__ import annotations

import heapq
import numbers
from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, ClusterMixin
from mlroadmap.algorithms.validation import validate_data

LINKAGES = ("ward", "complete", "average", "single")
# the Minkowski exponent of each metric name, as scikit-learn and SciPy name them
METRICS = {"euclidean": 2.0, "l2": 2.0, "manhattan": 1.0, "l1": 1.0, "cityblock": 1.0}
BLOCK_ROWS = 64  # rows of the distance matrix computed together


def pairwise_distances(X: np.ndarray, p: float) -> np.ndarray:
    r"""The n × n matrix of :math:`d(x, y) = \left(\sum_j |x_j - y_j|^p\right)^{1/p}`,
    p = 2 (Euclidean) or 1 (Manhattan).

    The sum runs over the features one after the other, as SciPy's ``pdist`` adds them,
    so every distance is bit-for-bit SciPy's: samples at exactly equal distances (common
    in data recorded to one decimal, like iris) tie exactly in both libraries, and the
    ties are broken the same way. (The faster :math:`\|x\|^2 - 2 x \cdot y + \|y\|^2`
    would round differently and break ties differently.) Rows are taken in blocks small
    enough to stay in cache, and only the upper triangle is computed.
    """
    n_samples = X.shape[0]
    columns = np.ascontiguousarray(X.T)
    distances = np.empty((n_samples, n_samples))
    for start in range(0, n_samples, BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, n_samples)
        total = np.zeros((stop - start, n_samples - start))
        term = np.empty_like(total)
        for feature in columns:
            np.subtract(feature[start:stop, None], feature[None, start:], out=term)
            if p == 2.0:
                np.multiply(term, term, out=term)
            else:
                np.abs(term, out=term)
            total += term
        distances[start:stop, start:] = total
        distances[start:, start:stop] = total.T
    if p == 2.0:
        np.sqrt(distances, out=distances)
    return distances


def lance_williams(
    linkage: str, d_xi: np.ndarray, d_yi: np.ndarray, d_xy: float, n_x: int, n_y: int, n_i: np.ndarray
) -> np.ndarray:
    r"""The distance from every cluster i to the merge of clusters x and y, from the old
    distances :math:`d_{xi}`, :math:`d_{yi}`, :math:`d_{xy}` and the cluster sizes:

    * complete: :math:`\max(d_{xi}, d_{yi})`;
    * average: :math:`(n_x d_{xi} + n_y d_{yi}) / (n_x + n_y)`;
    * ward: :math:`\sqrt{\frac{(n_i + n_x) d_{xi}^2 + (n_i + n_y) d_{yi}^2 - n_i d_{xy}^2}{n_x + n_y + n_i}}`.

    The operations are SciPy's, in its order, so the results are bit-for-bit its own.
    An infinite input (a cluster that no longer exists) gives an infinite output.
    """
    if linkage == "complete":
        return np.maximum(d_xi, d_yi)
    if linkage == "average":
        return (n_x * d_xi + n_y * d_yi) / (n_x + n_y)
    t = 1.0 / (n_x + n_y + n_i)
    return np.sqrt((n_i + n_x) * t * d_xi * d_xi + (n_i + n_y) * t * d_yi * d_yi - n_i * t * d_xy * d_xy)


def nearest_neighbour_chain(distances: np.ndarray, linkage: str) -> tuple[np.ndarray, np.ndarray]:
    """The n − 1 merges of ward, complete or average linkage, in the order they are found:
    the pairs of sample indices standing for the two clusters, and the merge heights.

    Cluster j is stored at row j of the distance matrix; the merge of x < y is stored at
    row y, and x is retired (its column set to infinity, its row never read again), so
    that a cluster is named by one of its samples. ``distances`` is overwritten.
    """
    n_samples = distances.shape[0]
    np.fill_diagonal(distances, np.inf)
    sizes = np.ones(n_samples, dtype=np.intp)
    pairs = np.empty((n_samples - 1, 2), dtype=np.intp)
    heights = np.empty(n_samples - 1)
    chain: list[int] = []
    for merge in range(n_samples - 1):
        if not chain:
            chain.append(int(np.argmax(sizes > 0)))
        while True:
            x = chain[-1]
            y = int(np.argmin(distances[x]))  # the nearest neighbour, lowest index on ties
            if len(chain) > 1 and not distances[x, y] < distances[x, chain[-2]]:
                y = chain[-2]  # no closer than the one we came from: a mutual pair
                break
            chain.append(y)
        del chain[-2:]
        x, y = min(x, y), max(x, y)
        height = distances[x, y]
        n_x, n_y = sizes[x], sizes[y]
        pairs[merge], heights[merge] = (x, y), height
        sizes[x], sizes[y] = 0, n_x + n_y
        # only the clusters still alive need new distances (to y) and a retired x (column x);
        # at i = y the update sees d_yy = inf and returns inf, keeping the diagonal infinite
        alive = np.flatnonzero(sizes)
        updated = lance_williams(
            linkage, distances[x, alive], distances[y, alive], height, n_x, n_y, sizes[alive]
        )
        distances[y, alive] = distances[alive, y] = updated
        distances[alive, x] = np.inf
    return pairs, heights


def distances_from(columns: np.ndarray, p: float) -> Callable[[int], np.ndarray]:
    """A function giving the distances from sample i to every sample, summed over the
    features in the same order as :func:`pairwise_distances` (``columns`` is X transposed,
    C-ordered, so the differences are (features, samples) and reduce over the first axis)."""
    scratch = np.empty_like(columns)

    def distances(i: int) -> np.ndarray:
        np.subtract(columns, columns[:, i, None], out=scratch)
        if p == 2.0:
            np.multiply(scratch, scratch, out=scratch)
            return np.sqrt(scratch.sum(axis=0))
        return np.abs(scratch, out=scratch).sum(axis=0)

    return distances


def minimum_spanning_tree(
    n_samples: int, distances_to: Callable[[int], np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Prim's algorithm from sample 0: the n − 1 edges (last sample added, new sample) and
    their lengths, in the order they are added. Each step adds the outside sample nearest
    to the tree, the lowest index on ties.

    An edge names the sample added just before, not necessarily the tree sample nearest to
    the new one (Müllner's MST-LINKAGE-CORE, as scikit-learn does). For single linkage that
    is enough: every sample added in between came in at a distance no larger, so once the
    edges are sorted by length the two are already in one cluster when this edge merges.

    A step needs only the distances from the sample just added (``distances_to(i)``), so
    without a precomputed matrix no n × n array is ever stored: O(n·d) memory, like
    scikit-learn's own single linkage.
    """
    nearest = np.full(n_samples, np.inf)  # each outside sample's distance to the tree
    outside = np.ones(n_samples, dtype=bool)
    edges = np.empty((n_samples - 1, 2), dtype=np.intp)
    lengths = np.empty(n_samples - 1)
    current = 0
    for step in range(n_samples - 1):
        outside[current] = False
        nearest[current] = np.inf
        np.minimum(nearest, distances_to(current), out=nearest, where=outside)
        new = int(np.argmin(nearest))
        edges[step], lengths[step] = (current, new), nearest[new]
        current = new
    return edges, lengths


def dendrogram(
    pairs: np.ndarray, heights: np.ndarray, n_samples: int, *, sorted_pairs: bool
) -> tuple[np.ndarray, np.ndarray]:
    """``children_`` and ``distances_``: the merges sorted by height (stably), each pair of
    samples replaced by the nodes that contain them at that point (found with a union–find
    over the 2n − 1 nodes). Merge i creates node n + i.

    With ``sorted_pairs`` each row is (smaller node, larger node), as SciPy writes it;
    otherwise the order of the pair is kept, as scikit-learn's own single linkage does.
    """
    order = np.argsort(heights, kind="stable")
    pairs, heights = pairs[order], heights[order]
    parent = np.arange(2 * n_samples - 1)
    children = np.empty((n_samples - 1, 2), dtype=np.intp)

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving
            node = parent[node]
        return node

    for merge, (a, b) in enumerate(pairs):
        left, right = root(a), root(b)
        if sorted_pairs and left > right:
            left, right = right, left
        children[merge] = left, right
        parent[left] = parent[right] = n_samples + merge
    return children, heights


def cut_tree(children: np.ndarray, n_samples: int, n_clusters: int) -> np.ndarray:
    """The labels of the ``n_clusters`` clusters left when the last ``n_clusters - 1``
    merges are undone.

    scikit-learn numbers those clusters by their position in its heap of node ids (a
    max-heap: each undone merge replaces the largest node by its two children); that heap
    is rebuilt here with the same operations, so the numbers are the same. Each sample then
    climbs the tree to its cluster's top node by pointer jumping (every node repeatedly
    jumps to its parent's parent), a few vectorized passes instead of one per level.
    """
    if n_clusters > n_samples:
        raise ValueError(
            "Cannot extract more clusters than samples: "
            f"{n_clusters} clusters were given for a tree with {n_samples} leaves."
        )
    heap = [-(2 * n_samples - 2)]  # node ids, negated: heapq is a min-heap
    for _ in range(n_clusters - 1):
        left, right = children[-heap[0] - n_samples]
        heapq.heappush(heap, -int(left))
        heapq.heappushpop(heap, -int(right))  # pushes right, pops the node just split
    tops = -np.array(heap)
    up = np.empty(2 * n_samples - 1, dtype=np.intp)
    up[children.ravel()] = np.repeat(np.arange(n_samples, 2 * n_samples - 1), 2)
    up[-1] = 2 * n_samples - 2  # the root
    up[tops] = tops  # a cluster's top node stops the climb
    while True:
        jumped = up[up]
        if np.array_equal(jumped, up):
            break
        up = jumped
    number = np.empty(2 * n_samples - 1, dtype=np.intp)
    number[tops] = np.arange(len(tops))
    return number[up[:n_samples]]


class AgglomerativeClustering(ClusterMixin, BaseEstimator):
    r"""Hierarchical clustering by repeatedly merging the two closest clusters.

    ``linkage`` is ``"ward"`` (the default; Euclidean only), ``"complete"``, ``"average"`` or
    ``"single"``; ``metric`` is ``"euclidean"`` (``"l2"``), ``"manhattan"`` (``"l1"``,
    ``"cityblock"``) or ``"precomputed"`` (X is then a square distance matrix).

    Give either ``n_clusters`` or a ``distance_threshold`` (with ``n_clusters=None``): the
    tree is then cut where the merges reach that height, and ``n_clusters_`` says how many
    clusters that leaves. The full tree is always built, as scikit-learn does without a
    connectivity constraint (``connectivity`` and ``memory`` are not offered), in O(n²)
    time, and O(n²) memory except for single linkage; ``compute_full_tree`` is kept for its
    API and its one check.

    Fitted: ``labels_``, ``n_clusters_``, ``n_leaves_``, ``n_connected_components_`` (always
    1: every pair of samples may merge), ``children_`` (row i: the two nodes merged at step
    i, creating node ``n_samples + i``) and ``distances_`` (their heights; with
    ``compute_distances=True`` or a ``distance_threshold``).
    """

    def __init__(
        self,
        n_clusters: int | None = 2,
        *,
        metric: str = "euclidean",
        compute_full_tree: str | bool = "auto",
        linkage: str = "ward",
        distance_threshold: float | None = None,
        compute_distances: bool = False,
    ) -> None:
        self.n_clusters = n_clusters
        self.metric = metric
        self.compute_full_tree = compute_full_tree
        self.linkage = linkage
        self.distance_threshold = distance_threshold
        self.compute_distances = compute_distances

    def _check_parameters(self) -> None:
        def invalid(name: str, allowed: str) -> ValueError:
            return ValueError(
                f"The {name!r} parameter of AgglomerativeClustering must be {allowed}. "
                f"Got {getattr(self, name)!r} instead."
            )

        n_clusters, threshold = self.n_clusters, self.distance_threshold
        if n_clusters is not None and (
            not isinstance(n_clusters, numbers.Integral) or isinstance(n_clusters, bool) or n_clusters < 1
        ):
            raise invalid("n_clusters", "an int in the range [1, inf) or None")
        if threshold is not None and (
            not isinstance(threshold, numbers.Real) or isinstance(threshold, bool) or not threshold >= 0
        ):
            raise invalid("distance_threshold", "a float in the range [0, inf) or None")
        if self.linkage not in LINKAGES:
            raise invalid("linkage", f"a str among {set(LINKAGES)}")
        if not (isinstance(self.metric, str) and (self.metric in METRICS or self.metric == "precomputed")):
            raise invalid("metric", f"a str among {{'precomputed', {', '.join(map(repr, METRICS))}}}")
        if not (isinstance(self.compute_full_tree, bool) or self.compute_full_tree == "auto"):
            raise invalid("compute_full_tree", "a str among {'auto'} or an instance of 'bool'")
        if not isinstance(self.compute_distances, bool):
            raise invalid("compute_distances", "an instance of 'bool'")
        if (n_clusters is None) == (threshold is None):
            raise ValueError(
                "Exactly one of n_clusters and distance_threshold has to be set, and the other "
                "needs to be None."
            )
        if threshold is not None and not self.compute_full_tree:
            raise ValueError("compute_full_tree must be True if distance_threshold is set.")
        if self.linkage == "ward" and self.metric not in ("euclidean", "l2"):
            raise ValueError(
                f"{self.metric} was provided as metric. Ward can only work with euclidean distances "
                "(i.e. 'euclidean' and 'l2')."
            )

    def fit(self, X: Any, y: Any = None) -> AgglomerativeClustering:
        """Build the full merge tree of ``X``, then cut it into clusters."""
        X = validate_data(self, X, dtype=np.float64, ensure_min_samples=2)
        self._check_parameters()
        n_samples = X.shape[0]
        if self.metric == "precomputed":
            if X.shape[0] != X.shape[1]:
                raise ValueError(f"Distance matrix should be square, got matrix of shape {X.shape}")
            upper = np.triu(X, k=1)  # SciPy reads the upper triangle
            distances = upper + upper.T
        if self.linkage == "single":
            if self.metric == "precomputed":
                distances_to = distances.__getitem__  # row i
            else:
                distances_to = distances_from(np.ascontiguousarray(X.T), METRICS[self.metric])
            pairs, heights = minimum_spanning_tree(n_samples, distances_to)
        else:
            if self.metric != "precomputed":
                distances = pairwise_distances(X, METRICS[self.metric])
            pairs, heights = nearest_neighbour_chain(distances, self.linkage)
        # scikit-learn's own single linkage keeps each pair as found; SciPy (all other cases) sorts it
        keep_order = self.linkage == "single" and self.metric != "precomputed"
        self.children_, heights = dendrogram(pairs, heights, n_samples, sorted_pairs=not keep_order)
        self.n_leaves_ = n_samples
        self.n_connected_components_ = 1
        if self.distance_threshold is not None or self.compute_distances:
            self.distances_ = heights
        if self.distance_threshold is not None:
            # each merge at or above the threshold is undone, and adds one cluster
            self.n_clusters_ = int(np.count_nonzero(heights >= self.distance_threshold)) + 1
        else:
            self.n_clusters_ = self.n_clusters
        self.labels_ = cut_tree(self.children_, n_samples, self.n_clusters_)
        return self
