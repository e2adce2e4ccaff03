r"""Every pair of points within distance ``eps``: the neighbour search behind DBSCAN.

Two searches, both free of Python loops over points or pairs:

* :func:`blocked_radius_neighbors` compares every point with every other, a block of rows
  at a time: :math:`O(n^2)` work, but in a few large array operations, which is what high
  dimensions need (no spatial index prunes much there).
* :func:`grid_radius_neighbors` is a uniform grid, or *cell list*, for low dimensions.
  Cut space into cubes of side ``eps``: two points within ``eps`` of each other differ by
  at most ``eps`` in every coordinate (true of every Minkowski distance with
  :math:`p \ge 1`), so they lie in the same cube or in touching ones. Each point is then
  compared only with the points of the :math:`3^d` cells around it (its own included):
  about :math:`3^d / V_d` times its true neighbours, where :math:`V_d` is the volume of
  the unit ball (2.9 times in 2-D, 6.4 in 3-D, 16 in 4-D), instead of all ``n`` points.

scikit-learn answers these queries with a KD-tree when there are at most 15 features
and more than 11 points, and by brute force otherwise. The two round differently for
the Euclidean distance: the tree adds :math:`(x_k - y_k)^2` feature by feature and
compares with ``eps * eps``; the brute force uses the matrix-product expansion
:math:`\|x\|^2 - 2\,x \cdot y + \|y\|^2`. The grid rounds as the tree does and the
blocked search as the brute force, so points at exactly ``eps`` fall on scikit-learn's
side of it, except from 5 to 15 features, where the blocked search stands in for the tree.
"""

from __future__ import annotations

import itertools

import numpy as np
from scipy.sparse import csr_matrix

from mlroadmap.algorithms.neighbors._distances import (
    reduced_minkowski_distances,
    squared_euclidean_distances,
)

BLOCK_FLOATS = 1 << 21  # 16 MB of float64 distances per block of rows
CHUNK_PAIRS = 1 << 18  # candidate pairs tested at once by the grid: a few MB of temporaries
GRID_MAX_FEATURES = 4  # 3^(d-1) runs of cells per point: 3 in 2-D, 9 in 3-D, 27 in 4-D
BRUTE_MAX_SAMPLES = 11  # scikit-learn searches by brute force up to here (its n_neighbors=5 >= n // 2)
MAX_REACH = 2.0**49  # data spanning more eps than this: cells could not outgrow the rounding


def reduced_radius(eps: float, p: float) -> float:
    """``eps`` on the scale of the reduced distance :math:`\\sum_k |x_k - y_k|^p`, computed
    as scikit-learn computes it (``eps * eps`` for the Euclidean distance)."""
    if p == 2.0:
        return eps * eps
    return eps if p == 1.0 else eps**p


def index_dtype(n: int) -> type:
    """The narrowest integer type that can index ``n`` points (halves the neighbour lists)."""
    return np.int32 if n < 2**31 else np.int64


def blocked_radius_neighbors(X: np.ndarray, eps: float, p: float) -> tuple[np.ndarray, np.ndarray]:
    """``(n_neighbors, neighbors)``: how many points lie within ``eps`` of each point, itself
    included, and their indices, row after row. Blocks of rows are compared with all of ``X``,
    so the full n × n matrix is never held.

    The Euclidean distance goes through the matrix-product expansion, as scikit-learn's
    brute-force search does (it is not exactly symmetric, so both orders are computed).
    """
    n = X.shape[0]
    block = max(1, BLOCK_FLOATS // (n if p == 2.0 else n * X.shape[1]))
    radius = reduced_radius(eps, p)
    counts, neighbors = [], []
    for start in range(0, n, block):
        if p == 2.0:
            near = squared_euclidean_distances(X[start : start + block], X) <= radius
        else:
            near = reduced_minkowski_distances(X[start : start + block], X, p) <= radius
        counts.append(near.sum(axis=1))
        neighbors.append(np.nonzero(near)[1].astype(index_dtype(n)))
    return np.concatenate(counts), np.concatenate(neighbors)


def _grid_cells(X: np.ndarray, eps: float) -> np.ndarray | None:
    """Each point's integer cell coordinates, from 1 up (so that every occupied cell has
    neighbours at coordinates >= 0); ``None`` when the data spans too many cells to index.

    Two points within ``eps`` differ by at most ``eps`` in every coordinate, plus the few
    rounding errors of the distance. Computing ``floor((x - low) / width)`` rounds too, by
    about ``2**-52`` of the number of cells spanned, so the cells are made wider than
    ``eps`` by more than both: a neighbour is then never two cells away.

    Empty stretches of each axis are squeezed out (a gap of more than one cell becomes a
    gap of two), which keeps the cell ids small without changing who neighbours whom.
    """
    span = X - X.min(axis=0)
    reach = span.max() / eps  # how many eps the data spans along its longest axis
    if not reach < MAX_REACH:
        return None
    width = eps * (1.0 + 1e-6 + 8 * np.finfo(np.float64).eps * reach)
    cell = np.floor(span / width).astype(np.int64)
    for k in range(X.shape[1]):
        values, inverse = np.unique(cell[:, k], return_inverse=True)
        squeezed = np.r_[1, 1 + np.cumsum(np.minimum(np.diff(values), 2))]
        cell[:, k] = squeezed[inverse]
    return cell


def grid_radius_neighbors(X: np.ndarray, eps: float, p: float) -> tuple[np.ndarray, np.ndarray] | None:
    """``(n_neighbors, neighbors)`` as :func:`blocked_radius_neighbors` gives them, found on
    a grid; ``None`` when the grid cannot index the data (then use the blocked search).

    1. Give each point the integer coordinates of its cell and turn them into one cell
       id, row-major like a flat array index. Sort the points by cell id: the points of
       a cell are then a contiguous *run* of the sorted order.
    2. Cells that differ only in the last coordinate have consecutive ids, so the three
       cells ``(..., c - 1)``, ``(..., c)``, ``(..., c + 1)`` form a single run: the
       points with ids from ``id - 1`` to ``id + 1``, which ``searchsorted`` finds. The
       :math:`3^d` neighbouring cells of a cell are :math:`3^{d-1}` such runs, one per
       neighbouring line of cells (3 in 2-D, 9 in 3-D), found once per occupied cell.
    3. Going through the points in their own order, ``np.repeat`` expands each point
       into its candidate pairs, the points of its cell's runs, a chunk of points at a
       time so that the temporaries stay bounded.
    4. Test each candidate with the distance computed as scikit-learn's KD-tree computes
       it, :math:`\\sum_k |x_k - y_k|^p` feature by feature, against ``eps`` on that scale.
    """
    n, d = X.shape
    cell = _grid_cells(X, eps)
    if cell is None:
        return None
    shape = cell.max(axis=0) + 2
    if np.prod(shape.astype(float)) >= 2.0**62:  # cell ids must fit in int64
        return None
    strides = np.ones(d, dtype=np.int64)
    for k in range(d - 2, -1, -1):
        strides[k] = strides[k + 1] * shape[k + 1]

    # 1. sort the points by cell id
    cell_id = cell @ strides
    order = np.argsort(cell_id, kind="stable")
    sorted_id = cell_id[order]
    first_of_cell = np.r_[True, sorted_id[1:] != sorted_id[:-1]]
    occupied = sorted_id[first_of_cell]
    cell_of_point = np.empty(n, dtype=np.intp)
    cell_of_point[order] = np.cumsum(first_of_cell) - 1

    # 2. for every occupied cell, the runs of its 3^(d-1) neighbouring lines of cells
    lines = np.array(list(itertools.product((-1, 0, 1), repeat=d - 1)), dtype=np.int64)
    middle = occupied[:, None] + lines.reshape(3 ** (d - 1), d - 1) @ strides[:-1]
    run_start = np.searchsorted(sorted_id, middle - 1, side="left")
    run_length = np.searchsorted(sorted_id, middle + 1, side="right") - run_start

    # 3. expand each point into its candidates, in chunks of about CHUNK_PAIRS entries
    per_point = run_length.sum(axis=1)[cell_of_point]
    cost = np.cumsum(per_point + 3 ** (d - 1))  # candidates and runs held per point
    bounds = np.searchsorted(cost, np.arange(CHUNK_PAIRS, cost[-1], CHUNK_PAIRS))
    sorted_X = [np.ascontiguousarray(X[order, k]) for k in range(d)]
    neighbor_of_sorted = order.astype(index_dtype(n))
    radius = reduced_radius(eps, p)
    counts, neighbors = [], []
    for lo, hi in itertools.pairwise(np.unique(np.r_[0, bounds, n])):
        start = run_start[cell_of_point[lo:hi]].ravel()
        length = run_length[cell_of_point[lo:hi]].ravel()
        # candidate t of the chunk lies in run r: it is run r's element t - (r's first t)
        j = np.arange(length.sum()) + np.repeat(start - (np.cumsum(length) - length), length)
        # 4. the exact test, feature by feature, in scikit-learn's order
        reduced = _reduced_term(np.repeat(X[lo:hi, 0], per_point[lo:hi]) - sorted_X[0][j], p)
        for k in range(1, d):
            reduced += _reduced_term(np.repeat(X[lo:hi, k], per_point[lo:hi]) - sorted_X[k][j], p)
        near = reduced <= radius
        point_of_candidate = np.repeat(np.arange(hi - lo), per_point[lo:hi])
        counts.append(np.bincount(point_of_candidate[near], minlength=hi - lo))
        neighbors.append(neighbor_of_sorted[j[near]])
    return np.concatenate(counts), np.concatenate(neighbors)


def _reduced_term(gap: np.ndarray, p: float) -> np.ndarray:
    """One feature's share :math:`|x_k - y_k|^p` of the reduced distance."""
    if p == 2.0:
        return gap * gap
    gap = np.abs(gap)
    return gap if p == 1.0 else gap**p


def radius_graph(X: np.ndarray, eps: float, p: float) -> csr_matrix:
    """The ε-neighbourhood graph: row ``i`` holds the points within ``eps`` of point ``i``,
    itself included. Found on the grid where scikit-learn would use its KD-tree and the
    :math:`3^d` cells are few, by blocks of distances otherwise.

    Both searches list the neighbours row after row, with the count of each row: that is
    already the layout of a CSR matrix (row ``i``'s slice of ``indices`` starts at the
    number of neighbours of the rows before it). No sort is needed.
    """
    n, d = X.shape
    found = None
    if d <= GRID_MAX_FEATURES and n > BRUTE_MAX_SAMPLES and 1.0 <= p < np.inf:
        found = grid_radius_neighbors(X, eps, p)
    n_neighbors, neighbors = blocked_radius_neighbors(X, eps, p) if found is None else found
    indptr = np.r_[0, np.cumsum(n_neighbors)]
    dtype = index_dtype(int(indptr[-1]))  # the pairs outnumber the points (each is its own)
    indices = neighbors.astype(dtype, copy=False)
    return csr_matrix((np.ones(len(indices), dtype=bool), indices, indptr.astype(dtype)), shape=(n, n))
