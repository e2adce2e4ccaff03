"""Cut a dendrogram into k flat clusters, from a scipy-style linkage matrix.

scipy.cluster.hierarchy.linkage records the n - 1 merges of n points in a matrix Z of
shape (n - 1, 4). Row s says: at step s, clusters Z[s, 0] and Z[s, 1] merged at
distance Z[s, 2] into a new cluster of Z[s, 3] points, and that new cluster gets the id
n + s. Ids 0 to n - 1 are the single points. The rows come in the order of the merges.

To get k clusters, replay the merges and stop before the last k - 1 of them: after the
first n - k merges, exactly k clusters are left.

    Z           shape (n - 1, 4), floats: a linkage matrix (ids stored as floats).
    n_clusters  int, 1 <= n_clusters <= n.
    Return labels of shape (n,), integers from 0 to n_clusters - 1, numbered in the
    order in which the clusters first appear: point 0 is in cluster 0, the first point
    not in cluster 0 is in cluster 1, and so on.

Edge cases: n_clusters = n gives 0, 1, ..., n - 1; n_clusters = 1 gives all zeros;
a single point (Z of shape (0, 4)) gives [0].

A loop over the merges is fine (there is one per row of Z); keep, for every point,
the id of the cluster it is in now.
"""

import numpy as np


def cut_tree(Z: np.ndarray, n_clusters: int) -> np.ndarray:
    n = len(Z) + 1
    cluster = np.arange(n)  # the id of the cluster each point is in
    for step, (a, b) in enumerate(Z[: n - n_clusters, :2]):
        cluster[(cluster == a) | (cluster == b)] = n + step
    _, first, inverse = np.unique(cluster, return_index=True, return_inverse=True)
    rank = np.argsort(np.argsort(first))  # clusters by the position of their first point
    return rank[inverse]
