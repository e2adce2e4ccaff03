"""How many components keep a given fraction of the variance?

scikit-learn's PCA(n_components=0.95) keeps the fewest components whose explained
variance ratios add up to *more than* 0.95. With the cumulative sums

    c[j] = ratios[0] + ratios[1] + ... + ratios[j]

the answer is the smallest count k such that c[k - 1] > fraction (strictly greater).

    ratios   shape (r,): explained variance ratios, largest first, adding up to 1.
    fraction a float in (0, 1).
    Return k, a Python int between 1 and r.

Edge cases that matter: a cumulative sum that equals the fraction exactly is not
enough (the next component is needed); the first component alone may already be
enough (k = 1). You may assume some count exceeds the fraction.
"""

import numpy as np


def n_components_for_variance(ratios: np.ndarray, fraction: float) -> int:
    # TODO: take the cumulative sum of the ratios and find the first count that goes
    # beyond the fraction.
    raise NotImplementedError("n_components_for_variance: replace this line with your code")
