r"""A quadtree (an octree in 3-D, a binary tree in 1-D) built level by level from Morton codes.

The bounding box of the points is cut in half along every axis, again and again: a cell
at level :math:`\ell` has up to :math:`2^d` children at level :math:`\ell + 1`.
Interleaving the bits of a point's grid coordinates gives its *Morton code* (Z-order): two
points lie in the same level-:math:`\ell` cell exactly when their codes agree on the first
:math:`\ell d` bits. So after one sort by code every cell of every level is a contiguous
run of points: its boundaries are where the shifted codes change, its number of points and
centre of mass come from ``np.add.reduceat`` over the runs. No point is inserted one at a time.

A cell is a *leaf* when it holds one point, or several that share the finest grid cell
(duplicates, up to :math:`2^{-21}` of the box). The tree stops at the first level where
every cell is a leaf.

Coordinates are stored axis by axis (shape ``(d, n)``): gathering one contiguous array per
axis is several times faster in NumPy than gathering rows of an ``(n, d)`` array.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BITS = 21  # grid resolution per axis: 3 x 21 bits fit in an int64


@dataclass
class Level:
    """The cells of one level, in Morton order.

    Cell ``c`` holds the points at positions ``start[c]`` to ``start[c + 1] - 1`` of the
    Morton order (``start`` has one more entry than there are cells). Its children are
    the cells ``first_child[c]`` to ``first_child[c + 1] - 1`` of the next level.
    """

    start: np.ndarray
    count: np.ndarray
    mass: np.ndarray  # the counts, in the coordinates' dtype
    centre: np.ndarray  # (d, n_cells): centres of mass
    owner: np.ndarray  # owner[r]: the cell holding the point at position r of the Morton order
    is_leaf: np.ndarray
    squared_width: float  # the squared largest side of the level's cells
    first_child: np.ndarray | None = None


@dataclass
class Tree:
    rank: np.ndarray  # rank[i]: the position of point i in the Morton order
    coords: np.ndarray  # (d, n): the points in Morton order, axis by axis
    levels: list[Level]


def _spread_table(n_dims: int) -> np.ndarray:
    """For every byte value, its 8 bits spread ``n_dims`` apart (bit b moves to bit b * n_dims)."""
    byte = np.arange(256, dtype=np.int64)
    spread = np.zeros(256, dtype=np.int64)
    for b in range(8):
        spread |= ((byte >> b) & 1) << (b * n_dims)
    return spread


SPREAD = {n_dims: _spread_table(n_dims) for n_dims in (1, 2, 3)}


def morton_codes(grid: np.ndarray) -> np.ndarray:
    """Interleave the bits of integer grid coordinates (shape ``(d, n)``) into one code each.

    Bit ``b`` of axis ``a`` goes to bit ``b d + (d - 1 - a)``: within each group of ``d``
    bits the first axis is the most significant. The bits are spread a byte at a time
    through a 256-entry table, for all points at once.
    """
    n_dims = grid.shape[0]
    spread = SPREAD[n_dims]
    codes = np.zeros(grid.shape[1], dtype=np.int64)
    for axis in range(n_dims):
        for shift in range(0, BITS, 8):
            byte = (grid[axis] >> shift) & 0xFF
            codes |= spread[byte] << (shift * n_dims + n_dims - 1 - axis)
    return codes


def build_tree(coords: np.ndarray) -> Tree:
    """The tree of the points whose coordinates are ``coords`` (shape ``(d, n)``)."""
    n_dims, n_points = coords.shape
    low = coords.min(axis=1, keepdims=True)
    extent = coords.max(axis=1, keepdims=True) - low
    extent[extent == 0] = 1.0
    # grid coordinates in [0, 2**BITS): the top edge of the box goes in the last cell
    cells = (1 << BITS) - 1
    grid = np.minimum((coords - low) * ((1 << BITS) / extent), cells).astype(np.int64)
    codes = morton_codes(grid)
    order = np.argsort(codes, kind="stable")
    codes, coords = codes[order], coords[:, order]
    rank = np.empty(n_points, dtype=np.intp)
    rank[order] = np.arange(n_points)
    width = float(extent.max())
    levels: list[Level] = []
    for level in range(BITS + 1):
        keys = codes >> (n_dims * (BITS - level))
        changes = np.flatnonzero(keys[1:] != keys[:-1]) + 1  # where the next cell begins
        start = np.concatenate(([0], changes, [n_points]))
        count = start[1:] - start[:-1]
        first = start[:-1]
        mass = count.astype(coords.dtype)
        centre = np.add.reduceat(coords, first, axis=1) / mass
        # one point, or several in the same finest grid cell
        is_leaf = (count == 1) | (codes[first] == codes[start[1:] - 1])
        owner = np.repeat(np.arange(count.size), count)
        current = Level(start, count, mass, centre, owner, is_leaf, (width / (1 << level)) ** 2)
        if levels:
            levels[-1].first_child = np.searchsorted(start, levels[-1].start)
        levels.append(current)
        if is_leaf.all():
            break
    return Tree(rank, coords, levels)
