"""k-means++ seeding: choose the next centre with probability proportional to D².

k-means++ picks the first centre uniformly, then each next centre at random, with
probability proportional to D(x)², the squared distance from x to its *nearest*
centre chosen so far. Far-away points are likely, points already chosen have
probability 0.

To make the choice deterministic, the random draw is passed in: u is a uniform number
in [0, 1). With D2 the array of D(x)² and c = np.cumsum(D2) (so c[-1] is the total),
the chosen sample is the smallest i with

    c[i] > u * c[-1]

(strictly greater: a sample with D² = 0 is never chosen). Each sample i owns the
interval (c[i - 1], c[i]] of length D2[i], so this picks i with probability
D2[i] / c[-1].

    X       shape (n, d): the samples.
    centres shape (m, d), m >= 1: the centres chosen so far; at least one sample is
            not a centre, so the total c[-1] is > 0.
    u       a float in [0, 1).
    Return the index of the next centre, a Python int in 0 .. n - 1.

Edge cases that matter: several centres chosen already (take the minimum over them);
u = 0 when the first sample is already a centre; duplicate samples.
"""

import numpy as np


def kmeanspp_next(X: np.ndarray, centres: np.ndarray, u: float) -> int:
    D2 = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1).min(axis=1)  # (n,)
    c = np.cumsum(D2)
    return int(np.searchsorted(c, u * c[-1], side="right"))
