"""The smallest eps that makes each point a core point, for choosing eps.

Point i is a core point when at least min_samples points (itself included) lie within
eps of it. Sort the distances from i to all n points, itself first at distance 0:

    sorted distances of row i:  0 = r[0] <= r[1] <= ... <= r[n - 1]

Then i is core exactly when eps >= r[min_samples - 1], the distance to its
min_samples-th nearest point counting itself. That distance is the "core distance"
of i (OPTICS uses the same name). Plotting the core distances of all points in
decreasing order gives the k-distance curve, whose knee is a good eps.

    X           shape (n, d): the points.
    min_samples an int with 1 <= min_samples <= n.
    Return core, shape (n,), floats: the Euclidean (not squared) core distance of
    each point, in the order of the rows of X.

Edge cases that matter: with min_samples = 1 every core distance is 0; duplicate
points are at distance 0 from each other; min_samples = n gives each point's
distance to its farthest point.
"""

import numpy as np


def core_distances(X: np.ndarray, min_samples: int) -> np.ndarray:
    # TODO: build the (n, n) distance table, sort each row, and read the column of
    # the min_samples-th nearest point (the point itself is the first).
    raise NotImplementedError("core_distances: replace this line with your code")
