"""DBSCAN's cluster labels, numbered as scikit-learn numbers them.

Clusters grow from core points (at least min_samples points within distance
eps, itself included):

1. Two core points within eps of each other belong to the same cluster, and so on
   transitively: a cluster is a connected group of core points.
2. A border point (not core, within eps of a core point) joins the cluster of a core
   point in reach. If core points of several clusters are in reach, it joins the
   cluster with the smallest number. A border point never extends a cluster: the
   points near it join only if they are near a core point themselves.
3. Every other point is noise and gets the label -1.

Clusters are numbered 0, 1, 2, ... in the order of their smallest core point index:
go through the points in order and start the next cluster at each core point not
yet labelled. This is what sklearn.cluster.DBSCAN(eps, min_samples).fit(X).labels_
returns.

    X           shape (n, d): the points.
    eps         a float > 0.
    min_samples an int >= 1.
    Return labels, shape (n,), integers: -1 for noise, else the cluster number.

Edge cases that matter: distance exactly eps counts (<=); a border point in reach of
two clusters; all points noise; min_samples = 1 (every point is core).

One way: a breadth-first search from each unlabelled core point, in index order,
that labels every neighbour it reaches but only continues from core points.
"""

import numpy as np


def dbscan_labels(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    near = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1) <= eps**2
    core = near.sum(axis=1) >= min_samples
    labels = np.full(len(X), -1)
    cluster = 0
    for start in np.flatnonzero(core):
        if labels[start] != -1:
            continue
        labels[start] = cluster
        frontier = [start]
        while frontier:  # only core points are expanded
            reached = np.flatnonzero(near[frontier].any(axis=0) & (labels == -1))
            labels[reached] = cluster
            frontier = list(reached[core[reached]])
        cluster += 1
    return labels
