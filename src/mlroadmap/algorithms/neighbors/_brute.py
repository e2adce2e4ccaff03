"""Brute-force neighbour search: every distance, block by block, then the k smallest.

Three speed tricks, none of which changes a result:

* **Blocks that stay in cache.** The distances from a block of queries to all training
  rows are ``BLOCK_FLOATS`` numbers (2 MB), so the passes over them (the matrix product,
  the additions, the selection) run from the CPU's cache instead of main memory.
* **Both cores.** Blocks are independent, and NumPy, BLAS and SciPy release the GIL while
  they work, so a small pool of threads (one per core, as scikit-learn's OpenMP loop) runs
  blocks side by side. BLAS's own threads are held at one meanwhile (scikit-learn does the
  same): two threads each starting two BLAS threads for a small product would fight over
  the cores and make it many times slower.
* **Select without sorting.** Only the k smallest of each row matter. Folding the row's
  columns into ``GROUP`` interleaved slices and taking their element-wise minimum (one
  pass) gives ``n_fit / GROUP`` minima of disjoint groups; the k-th smallest of those is
  at least the row's k-th smallest (k groups each hold a value that small), and
  partitioning a short row is cheap. Every column at most that bound, usually just
  the k nearest, is then sorted by (distance, index): ties go to the lower index.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from mlroadmap.algorithms._blas import single_threaded_blas
from mlroadmap.algorithms.neighbors._distances import (
    reduced_minkowski_distances,
    root,
    squared_euclidean_distances,
)

BLOCK_FLOATS = 1 << 18  # 2 MB of float64 per block of distances: stays in the caches
GROUP = 8  # columns folded into each minimum of the selection's first pass
EPS = np.finfo(np.float64).eps


def smallest_k(distances: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the ``k`` smallest values of each row, ordered by (value, index).

    The lower index wins among equal values, as in a stable sort of the whole row.
    """
    return _smallest_k_candidates(distances, k, lambda rows, cols: distances[rows, cols])


def _smallest_k_candidates(
    ranking: np.ndarray, k: int, exact: Callable[[np.ndarray, np.ndarray], np.ndarray], slack: float = 0.0
) -> np.ndarray:
    """The ``k`` columns of each row smallest by ``exact``, among those ``ranking`` puts near the top.

    Every column at most ``(1 + slack)`` times a bound of the row's k-th smallest ``ranking``
    value is a candidate (usually few more than k). The candidates' ``exact(rows, cols)`` values are sorted
    by (row, value, column) and the first ``k`` of each row kept, so ties go to the lower
    index. A ``slack`` covering the rounding error of ``ranking`` relative to ``exact``
    makes the result the same as ranking every column by ``exact``.
    """
    n_rows, n_cols = ranking.shape
    if k >= n_cols:
        flat = np.arange(n_rows * n_cols)
    else:
        bound = _kth_smallest_bound(ranking, k)
        flat = np.flatnonzero(ranking <= (bound * (1.0 + slack) if slack else bound))
    rows, cols = np.divmod(flat, n_cols)
    order = np.lexsort((cols, exact(rows, cols), rows))
    counts = np.bincount(rows, minlength=n_rows)
    first = np.cumsum(counts) - counts
    return cols[order[first[:, None] + np.arange(k)]]


def _kth_smallest_bound(values: np.ndarray, k: int) -> np.ndarray:
    """Per row, a value at least the k-th smallest (often equal), shape ``(n_rows, 1)``."""
    width = values.shape[1] // GROUP
    if width < 4 * k:  # too few groups for a tight bound: the exact k-th smallest
        return np.partition(values, k - 1, axis=1)[:, k - 1 : k]
    minima = np.minimum(values[:, :width], values[:, width : 2 * width])
    for group in range(2, GROUP):
        np.minimum(minima, values[:, group * width : (group + 1) * width], out=minima)
    return np.partition(minima, k - 1, axis=1)[:, k - 1 : k]


def brute_kneighbors(X_fit: np.ndarray, X: np.ndarray, k: int, p: float) -> tuple[np.ndarray, np.ndarray]:
    """Distances and indices of the ``k`` nearest rows of ``X_fit`` for every row of ``X``.

    The Euclidean case ranks by the matrix-product expansion (unclipped, as scikit-learn's
    search), then recomputes the k distances it keeps as sums of squared differences: the
    expansion loses digits to cancellation (a point's distance to itself comes out near
    ``1e-8 * |x|``, even negative, instead of 0).
    The Manhattan case ranks with SciPy's compiled ``cdist`` (one pass, where NumPy needs
    three per feature), then recomputes the candidates within its rounding error of the
    k-th as plain sums in feature order, so the neighbours and ties are exactly those of
    the sums. Other exponents accumulate :math:`|x_k - y_k|^p` in NumPy, in blocks small
    enough for their ``(n_features, block, n_fit)`` temporary.
    """
    n_fit, n_features = X_fit.shape
    per_row = n_fit if p in (1.0, 2.0) else n_fit * n_features
    block = max(1, BLOCK_FLOATS // per_row)
    distances = np.empty((X.shape[0], k))
    indices = np.empty((X.shape[0], k), dtype=np.intp)
    fit_norms = np.einsum("ij,ij->i", X_fit, X_fit) if p == 2.0 else None
    if p == 1.0:
        from scipy.spatial.distance import cdist  # imported here: SciPy's spatial is slow to load

    def search_block(start: int) -> None:
        rows = slice(start, start + block)
        queries = X[rows]
        if p == 2.0:
            ranking = squared_euclidean_distances(queries, X_fit, y_norms=fit_norms, clip=False)
            chosen = smallest_k(ranking, k)
            exact = np.square(queries.T[:, :, None] - X_fit.T[:, chosen]).sum(axis=0)
            order = np.lexsort((chosen, exact), axis=1)
            indices[rows] = np.take_along_axis(chosen, order, axis=1)
            distances[rows] = np.take_along_axis(exact, order, axis=1)
            return
        if p == 1.0:

            def exact(i: np.ndarray, j: np.ndarray) -> np.ndarray:
                return np.abs(queries.T[:, i] - X_fit.T[:, j]).sum(axis=0)  # feature by feature

            # Any order of summing n nonnegative terms is within about n * eps of the exact
            # sum, relative to it: the slack keeps every column that could be among the k.
            ranking = cdist(queries, X_fit, "cityblock")
            chosen = _smallest_k_candidates(ranking, k, exact, slack=8 * n_features * EPS)
            indices[rows] = chosen
            distances[rows] = exact(np.repeat(np.arange(chosen.shape[0]), k), chosen.ravel()).reshape(
                chosen.shape
            )
            return
        reduced = reduced_minkowski_distances(queries, X_fit, p)
        chosen = smallest_k(reduced, k)
        indices[rows] = chosen
        distances[rows] = np.take_along_axis(reduced, chosen, axis=1)

    _run_parallel(search_block, range(0, X.shape[0], block))
    return root(distances, p), indices


def _run_parallel(task: Callable[[int], None], starts: range) -> None:
    """Run ``task(start)`` for every block start, on one thread per core, BLAS single-threaded."""
    workers = min(len(starts), _n_cores())
    with single_threaded_blas():
        if workers <= 1:
            for start in starts:
                task(start)
            return
        with ThreadPoolExecutor(workers) as pool:
            for finished in [pool.submit(task, start) for start in starts]:
                finished.result()  # re-raises an error from a worker


def _n_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
