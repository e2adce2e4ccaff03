r"""The Barnes–Hut approximation of the t-SNE gradient (van der Maaten, JMLR 2014).

With the Student-t kernel :math:`k_{ij} = (1 + \|y_i - y_j\|^2 / \alpha)^{-1}`, the
similarity :math:`w_{ij} = k_{ij}^{(\alpha+1)/2}` and :math:`Z = \sum_{k \ne l} w_{kl}`,

.. math::

    \frac{\partial C}{\partial y_i} = \frac{2(\alpha+1)}{\alpha}\Big(
        \underbrace{\sum_j p_{ij} k_{ij} (y_i - y_j)}_{\text{attraction}}
        - \frac{1}{Z}\underbrace{\sum_j w_{ij} k_{ij} (y_i - y_j)}_{\text{repulsion}}\Big).

The attraction only involves the non-zeros of the sparse :math:`P` (the k nearest
neighbours). The repulsion and :math:`Z` involve all pairs; Barnes–Hut summarises a whole
cell of the quadtree by its centre of mass when it looks small from :math:`y_i`:
when :math:`\text{cell width}^2 / \|y_i - \text{centre}\|^2 < \theta^2` (``angle`` is
:math:`\theta`), the cell's :math:`N_c` points count as :math:`N_c` points at the centre.

The tree is walked level by level for all points at once: a *frontier* holds the
(point, cell) pairs still to decide. Pairs whose cell is far enough, or a leaf, add their
summary and leave; the others are replaced by (point, child) pairs for the next level.
A point never interacts with itself: a cell containing :math:`y_i` counts :math:`N_c - 1`.

The forces are computed in single precision, as scikit-learn's Cython does: the traversal is
bound by memory traffic (gathers of coordinates, centres and cell sizes), which float32
halves, and an approximation with a relative error near ``1e-2`` gains nothing from 16 digits.
Per-point totals are accumulated in double precision.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from mlroadmap.algorithms.manifold._quadtree import build_tree

FLOAT = np.float32
TINY = np.finfo(np.float64).tiny


def kernel(sq_distances: np.ndarray, dof: float) -> tuple[np.ndarray, np.ndarray]:
    r"""The Student-t kernel :math:`k = (1 + d^2/\alpha)^{-1}` and :math:`w = k^{(\alpha+1)/2}`."""
    k = np.add(sq_distances / dof if dof != 1 else sq_distances, 1.0)
    np.reciprocal(k, out=k)
    return k, (k if dof == 1 else k ** ((dof + 1.0) / 2.0))


def segment_sums(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Sums of the runs ``values[:, starts[i]:starts[i + 1]]``, shape ``(m, len(starts) - 1)``
    (zero for an empty run), returned in double precision.

    ``np.add.reduceat`` over the runs: several times faster than ``np.bincount`` with
    weights, which scatters one value at a time.
    """
    present = starts[:-1] < starts[1:]
    sums = np.zeros((values.shape[0], starts.size - 1))
    if present.all():
        sums[:] = np.add.reduceat(values, starts[:-1], axis=1)
    elif present.any():
        sums[:, present] = np.add.reduceat(values, starts[:-1][present], axis=1)
    return sums


def repulsion(Y: np.ndarray, angle: float, dof: float) -> tuple[np.ndarray, float]:
    r"""The repulsive forces :math:`\sum_j w_{ij} k_{ij} (y_i - y_j)` (shape ``(n, d)``) and
    the normalisation :math:`Z = \sum_{i \ne j} w_{ij}`, both Barnes–Hut approximations."""
    n_points, n_dims = Y.shape
    tree = build_tree(np.ascontiguousarray(Y.T, dtype=FLOAT))
    theta2 = angle * angle
    # row 0: Z's terms; rows 1..d: the force, per point (in Morton order)
    totals = np.zeros((1 + n_dims, n_points))
    # the frontier: pairs (point, cell), the point by its position in Morton order; the
    # pairs stay sorted by point, so that per-point sums are sums over runs
    point = np.arange(n_points)
    cell = np.zeros(n_points, dtype=np.intp)
    for level in tree.levels:
        diff = tree.coords.take(point, axis=1)
        diff -= level.centre.take(cell, axis=1)
        sq_dist = diff[0] * diff[0]
        for axis in range(1, n_dims):
            sq_dist += diff[axis] * diff[axis]
        done = level.is_leaf[cell] | (level.squared_width < theta2 * sq_dist)
        # a summarised cell counts as its points at its centre (less the point itself)
        own = level.owner[point] == cell
        size = np.where(done, level.mass[cell] - own, 0)
        k, w = kernel(sq_dist, dof)
        terms = np.empty((1 + n_dims, point.size), dtype=FLOAT)
        np.multiply(size, w, out=terms[0])
        np.multiply(diff, terms[0] * k, out=terms[1:])
        totals += segment_sums(terms, np.searchsorted(point, np.arange(n_points + 1)))
        opened = np.flatnonzero(~done)
        if opened.size == 0:
            break
        parents = cell[opened]
        first = level.first_child[parents]
        n_children = level.first_child[parents + 1] - first
        point = np.repeat(point[opened], n_children)
        # the children of each opened cell: first, first + 1, ..., first + n_children - 1
        before = np.cumsum(n_children) - n_children  # pairs created for the earlier parents
        cell = np.repeat(first - before, n_children) + np.arange(point.size)
    return totals[1:, tree.rank].T, float(totals[0].sum())


def attraction(
    Y: np.ndarray, P: sparse.csr_array, dof: float, Z: float, compute_error: bool
) -> tuple[np.ndarray, float]:
    r"""The attractive forces :math:`\sum_j p_{ij} k_{ij} (y_i - y_j)` over the non-zeros of
    :math:`P`, and the KL divergence :math:`\sum p_{ij} \ln(p_{ij} / q_{ij})` (over the same
    pairs: the others have :math:`p_{ij} = 0`) when ``compute_error``.

    The pairs are read row by row from the CSR arrays: :math:`y_i` repeated along row
    :math:`i`, :math:`y_j` gathered by column index, and the sums over each row by
    ``np.add.reduceat`` at the row starts.
    """
    coords = np.ascontiguousarray(Y.T, dtype=FLOAT)
    diff = np.repeat(coords, np.diff(P.indptr), axis=1)
    diff -= coords.take(P.indices, axis=1)
    sq_dist = diff[0] * diff[0]
    for axis in range(1, diff.shape[0]):
        sq_dist += diff[axis] * diff[axis]
    k, w = kernel(sq_dist, dof)
    error = np.nan
    if compute_error:
        p = P.data.astype(np.float64)
        q = np.maximum(w / Z, TINY)
        error = float(np.dot(p, np.log(np.maximum(p, TINY) / q)))
    diff *= k * P.data.astype(FLOAT, copy=False)
    force = segment_sums(diff, P.indptr)
    return force.T, error


def kl_gradient_bh(
    Y: np.ndarray, P: sparse.csr_array, dof: float, angle: float, compute_error: bool = True
) -> tuple[float, np.ndarray]:
    """KL divergence (NaN unless ``compute_error``) and its Barnes–Hut gradient at ``Y``."""
    push, Z = repulsion(Y, angle, dof)
    Z = max(Z, np.finfo(np.float64).eps)
    pull, error = attraction(Y, P, dof, Z, compute_error)
    return error, (2.0 * (dof + 1.0) / dof) * (pull - push / Z)
