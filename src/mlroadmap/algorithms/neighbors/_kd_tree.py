"""A KD-tree: boxes split at the median of their widest coordinate, searched with pruning.

Each node owns a contiguous slice of a permutation of the training rows and the
bounding box of those rows. A query walks the tree depth first, nearer child first,
and skips every node whose box lies farther than the current k-th nearest distance:
no point inside such a box can enter the result.
"""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.neighbors._distances import reduced_minkowski_distances, root


class KDTree:
    """Build in ``__init__`` (one ``argpartition`` per node), query with :meth:`query`.

    Leaves hold at most ``leaf_size`` points. Nodes are stored in flat arrays:
    ``start``/``end`` into ``order`` (the permutation of the rows), ``left``/``right``
    children (-1 for a leaf), and the boxes ``lower``/``upper``.
    """

    def __init__(self, X: np.ndarray, leaf_size: int = 30) -> None:
        self.data = X
        self.order = np.arange(X.shape[0])
        starts, ends, lefts, rights, lowers, uppers = [], [], [], [], [], []
        pending = [(0, X.shape[0], -1, False)]  # (start, end, parent, is_right_child)
        while pending:
            start, end, parent, is_right = pending.pop()
            node = len(starts)
            if parent >= 0:
                (rights if is_right else lefts)[parent] = node
            points = X[self.order[start:end]]
            lower, upper = points.min(axis=0), points.max(axis=0)
            starts.append(start), ends.append(end), lefts.append(-1), rights.append(-1)
            lowers.append(lower), uppers.append(upper)
            if end - start <= leaf_size:
                continue
            axis = int(np.argmax(upper - lower))
            middle = (end - start) // 2
            half = np.argpartition(points[:, axis], middle)  # median split, linear time
            self.order[start:end] = self.order[start:end][half]
            pending.append((start + middle, end, node, True))
            pending.append((start, start + middle, node, False))
        self.start, self.end = np.array(starts), np.array(ends)
        self.left, self.right = np.array(lefts), np.array(rights)
        self.lower, self.upper = np.array(lowers), np.array(uppers)

    def _reduced_box_distance(self, point: np.ndarray, nodes: list[int], p: float) -> np.ndarray:
        """The reduced distance from ``point`` to the nearest point of each node's box."""
        gap = np.maximum(np.maximum(self.lower[nodes] - point, point - self.upper[nodes]), 0.0)
        return (gap**p).sum(axis=1)

    def _query_one(self, point: np.ndarray, k: int, p: float) -> tuple[np.ndarray, np.ndarray]:
        best_reduced = np.full(k, np.inf)
        best_index = np.full(k, np.iinfo(np.intp).max)
        stack = [(0, 0.0)]
        while stack:
            node, bound = stack.pop()
            # Strictly farther only (a tied point may still win on its lower index), with a
            # margin for the rounding of the box distance, summed in another order.
            if bound > best_reduced[-1] * (1.0 + 1e-9):
                continue
            if self.left[node] < 0:
                rows = self.order[self.start[node] : self.end[node]]
                reduced = reduced_minkowski_distances(point[None, :], self.data[rows], p)[0]
                candidates = np.concatenate((best_reduced, reduced))
                indices = np.concatenate((best_index, rows))
                keep = np.lexsort((indices, candidates))[:k]
                best_reduced, best_index = candidates[keep], indices[keep]
                continue
            children = [self.left[node], self.right[node]]
            near, far = self._reduced_box_distance(point, children, p)
            if near > far:
                near, far = far, near
                children.reverse()
            stack.append((children[1], far))
            stack.append((children[0], near))
        return best_reduced, best_index

    def query(self, X: np.ndarray, k: int, p: float) -> tuple[np.ndarray, np.ndarray]:
        """Distances and indices of the ``k`` nearest training rows, ordered by (distance, index)."""
        reduced = np.empty((X.shape[0], k))
        indices = np.empty((X.shape[0], k), dtype=np.intp)
        for i, point in enumerate(X):  # one walk per query point; each step is vectorized
            reduced[i], indices[i] = self._query_one(point, k, p)
        return root(reduced, p), indices
