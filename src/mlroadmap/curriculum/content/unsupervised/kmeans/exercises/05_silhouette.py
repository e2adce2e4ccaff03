"""The silhouette of every sample: is it closer to its own cluster than to the next one?

For sample i in cluster A (with |A| samples), using Euclidean distances (not squared):

    a(i) = mean distance from i to the *other* samples of A   (divide by |A| - 1)
    b(i) = min over the other clusters B of the mean distance from i to the samples of B
    s(i) = (b(i) - a(i)) / max(a(i), b(i))

s is near 1 when i sits well inside its cluster, near 0 on a border and negative
when i is closer to another cluster. A sample alone in its cluster has s(i) = 0 by
convention. The mean of s over all samples is the silhouette score.

    X      shape (n, d): the samples.
    labels shape (n,), integers (any values, not necessarily 0 .. k - 1), with at
           least 2 and at most n - 1 distinct values.
    Return s, shape (n,), floats in [-1, 1].

Edge cases that matter: a cluster with a single sample (s = 0, not NaN); labels such
as 3, 7 and 10; clusters of very different sizes.
"""

import numpy as np


def silhouette_samples(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    # TODO: build the (n, n) distance table, the mean distance from each sample to
    # each cluster, then a (own cluster, itself left out), b (nearest other cluster) and s.
    raise NotImplementedError("silhouette_samples: replace this line with your code")
