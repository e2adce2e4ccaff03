"""Core, border or noise: the three kinds of points of DBSCAN.

With the ε-neighbourhood of a point being every point within distance eps of it
(distance <= eps, the point itself included):

- a **core** point has at least min_samples points in its ε-neighbourhood;
- a **border** point is not core, but lies within eps of at least one core point;
- every other point is **noise**.

    X           shape (n, d): the points.
    eps         a float > 0.
    min_samples an int >= 1.
    Return types, a NumPy array of shape (n,) holding the strings "core", "border"
    and "noise".

Edge cases that matter: a point at distance exactly eps counts (<=); a point close
only to other non-core points is noise, not border; with min_samples = 1 every point
is core; with a tiny eps and min_samples >= 2 every point is noise.
"""

import numpy as np


def point_types(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    # TODO: mark the pairs within eps, find the core points from the counts, then
    # the non-core points with a core point in reach.
    raise NotImplementedError("point_types: replace this line with your code")
