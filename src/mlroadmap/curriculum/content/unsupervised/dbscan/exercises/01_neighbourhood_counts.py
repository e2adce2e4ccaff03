"""How many points lie in each point's ε-neighbourhood?

DBSCAN measures density by counting: the ε-neighbourhood of a point is the set of
points at Euclidean distance *at most* eps from it, and the point itself belongs to
it (its distance to itself is 0):

    counts[i] = number of j (i included) with ||X[i] - X[j]|| <= eps

A point is a core point when counts[i] >= min_samples, so an off-by-one here changes
which points are core.

    X   shape (n, d): the points.
    eps a float > 0.
    Return counts, shape (n,), integers >= 1.

Edge cases that matter: a point at distance exactly eps is inside (<=, as in
scikit-learn); duplicate points count separately; with a tiny eps every count is 1.

No Python loops: build the (n, n) table of squared distances by broadcasting and
compare it with eps ** 2 (or take the square root and compare with eps).
"""

import numpy as np


def neighbourhood_counts(X: np.ndarray, eps: float) -> np.ndarray:
    # TODO: build the (n, n) table of squared distances, mark the pairs within eps
    # (<=) and count the marks in each row.
    raise NotImplementedError("neighbourhood_counts: replace this line with your code")
