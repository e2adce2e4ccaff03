r"""Mutual information between each feature and a discrete target, estimated from samples.

For a continuous feature :math:`x` and classes :math:`y` the estimator is the k-nearest-neighbour
one of Ross (2014), the discrete-target version of Kraskov, Stögbauer and Grassberger (2004):

.. math::
    \hat I(x; y) = \psi(N) + \langle \psi(k) \rangle - \langle \psi(N_y) \rangle - \langle \psi(m) \rangle

For sample :math:`i`: :math:`d_i` is the distance to its k-th nearest neighbour *within its
class* (of size :math:`N_y`), and :math:`m_i` counts the samples of *any* class closer than
:math:`d_i` (itself included); :math:`\psi` is the digamma function (``scipy.special.digamma``)
and :math:`\langle\cdot\rangle` the mean over samples. A feature that separates the classes
has neighbours of its own class close by, so few other samples in that radius: small
:math:`m_i`, large :math:`\hat I`. Samples alone in their class are left out. A negative
estimate is reported as 0.

A feature is one-dimensional, so neighbours are found by sorting, not with a tree.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.special import digamma

from mlroadmap.algorithms.validation import (
    check_array,
    check_classification_targets,
    check_consistent_length,
    check_random_state,
    column_or_1d,
)


def _kth_neighbour_distance(values: np.ndarray, k: int) -> np.ndarray:
    """Distance from each value to its k-th nearest other value (1-D, k < len(values))."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    n = ordered.size
    # the k nearest neighbours of a point are among the k points on each side of it in sorted order
    offsets = np.concatenate([np.arange(-k, 0), np.arange(1, k + 1)])
    positions = np.arange(n)[:, np.newaxis] + offsets
    inside = (positions >= 0) & (positions < n)
    gaps = np.where(inside, np.abs(ordered[np.clip(positions, 0, n - 1)] - ordered[:, np.newaxis]), np.inf)
    kth = np.partition(gaps, k - 1, axis=1)[:, k - 1]
    distance = np.empty(n)
    distance[order] = kth
    return distance


def _count_within(values: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """For each value, how many values lie within ``radius`` of it (itself included).

    The test is on squared distances, :math:`(x_j - x_i)^2 \\le r_i^2`, which is how a
    Euclidean KD-tree decides (so a point on the boundary is counted exactly as scikit-learn
    counts it). The window found by binary search is adjusted by that exact test, since
    rounding in ``x ± r`` can misplace its edges by a point.
    """
    ordered = np.sort(values)
    n = ordered.size
    limit = radius**2

    def inside(position: np.ndarray) -> np.ndarray:
        valid = (position >= 0) & (position < n)
        return valid & ((ordered[np.clip(position, 0, n - 1)] - values) ** 2 <= limit)

    low = np.searchsorted(ordered, values - radius, side="left")
    high = np.searchsorted(ordered, values + radius, side="right")  # one past the last inside
    for _ in range(n):
        grow, shrink = inside(low - 1), ~inside(low) & (low < high)
        if not (grow.any() or shrink.any()):
            break
        low = low - grow + shrink
    for _ in range(n):
        grow, shrink = inside(high), ~inside(high - 1) & (high > low)
        if not (grow.any() or shrink.any()):
            break
        high = high + grow - shrink
    return high - low


def mutual_info_continuous_discrete(x: np.ndarray, y: np.ndarray, n_neighbors: int = 3) -> float:
    """Ross's kNN estimate of I(x; y) for continuous ``x`` and discrete ``y`` (in nats)."""
    _, label, class_sizes = np.unique(y, return_inverse=True, return_counts=True)
    sizes = class_sizes[label]
    radius = np.empty(x.size)
    k_used = np.empty(x.size)
    for c in np.flatnonzero(class_sizes > 1):
        members = label == c
        k = min(n_neighbors, class_sizes[c] - 1)
        # just inside the k-th neighbour: m_i counts the samples strictly closer than it
        radius[members] = np.nextafter(_kth_neighbour_distance(x[members], k), 0)
        k_used[members] = k
    kept = sizes > 1
    x, radius, k_used, sizes = x[kept], radius[kept], k_used[kept], sizes[kept]
    m = _count_within(x, radius)
    mi = digamma(x.size) + np.mean(digamma(k_used)) - np.mean(digamma(sizes)) - np.mean(digamma(m))
    return max(0.0, float(mi))


def mutual_info_discrete(x: np.ndarray, y: np.ndarray) -> float:
    r"""Plug-in :math:`I(x; y) = \sum_{a,b} p_{ab} \log \frac{p_{ab}}{p_a p_b}` from the contingency table."""
    _, a = np.unique(x, return_inverse=True)
    _, b = np.unique(y, return_inverse=True)
    table = np.zeros((a.max() + 1, b.max() + 1))
    np.add.at(table, (a, b), 1)
    n = x.size
    rows, cols = np.nonzero(table)
    joint = table[rows, cols]
    mi = np.sum(joint / n * np.log(n * joint / (table.sum(axis=1)[rows] * table.sum(axis=0)[cols])))
    return max(0.0, float(mi))


def mutual_info_classif(
    X: Any,
    y: Any,
    *,
    discrete_features: str | bool | Any = "auto",
    n_neighbors: int = 3,
    copy: bool = True,
    random_state: Any = None,
    n_jobs: Any = None,
) -> np.ndarray:
    r"""Estimated mutual information (nats) between each feature of ``X`` and the classes ``y``.

    Continuous features are divided by their standard deviation, then, as Kraskov et al.
    advise to break ties between repeated values, get a tiny Gaussian noise
    :math:`10^{-10} \max(1, \overline{|x|})\, \varepsilon`, :math:`\varepsilon \sim N(0, 1)` drawn
    from ``check_random_state(random_state)`` in one ``(n_samples, n_continuous)`` block: the same
    draws as scikit-learn, so a seeded call gives its result. Discrete features (``discrete_features``:
    ``"auto"`` = none for dense input, a bool for all, or a mask / indices) use the contingency
    table. ``n_jobs`` is accepted for compatibility and ignored.
    """
    X = check_array(X, dtype=np.float64)
    y = column_or_1d(y)
    check_consistent_length(X, y)
    check_classification_targets(y)
    n_samples, n_features = X.shape
    if isinstance(discrete_features, str | bool):
        if isinstance(discrete_features, str) and discrete_features != "auto":
            raise ValueError("Invalid string value for discrete_features.")
        discrete = np.full(n_features, discrete_features is True)
    else:
        given = np.asarray(discrete_features)
        discrete = given if given.dtype == bool else np.isin(np.arange(n_features), given)
    continuous = ~discrete
    rng = check_random_state(random_state)
    if continuous.any():
        X = X.astype(np.float64, copy=copy)
        columns = X[:, continuous]
        std = np.nanstd(columns, axis=0)  # nanstd, as scikit-learn's ``scale``: bit-for-bit the same
        std[std < 10 * np.finfo(np.float64).eps] = 1.0
        columns /= std
        scale = np.maximum(1, np.mean(np.abs(columns), axis=0))
        columns += 1e-10 * scale * rng.standard_normal(size=(n_samples, int(continuous.sum())))
        X[:, continuous] = columns
    return np.array(
        [
            mutual_info_discrete(X[:, j], y)
            if discrete[j]
            else mutual_info_continuous_discrete(X[:, j], y, n_neighbors)
            for j in range(n_features)
        ]
    )
