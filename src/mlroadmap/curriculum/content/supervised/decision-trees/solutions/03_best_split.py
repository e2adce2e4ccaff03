"""The best threshold of one feature: the split that most decreases the Gini impurity.

To grow a tree, CART tries every feature and every threshold t, sends the samples with
x <= t to the left child and the others to the right child, and keeps the split with
the largest weighted impurity decrease. This exercise does it for one feature, with
no loop over the candidate thresholds.

    x has shape (n,): the values of one feature (floats, n >= 2).
    y has shape (n,): the class labels (integers).
    Return a tuple (threshold, decrease) of two floats, where for a split at t

        decrease(t) = G(parent) - (n_L / n) * G(left) - (n_R / n) * G(right)

    G is the Gini impurity 1 - sum_k p_k ** 2, n_L and n_R count the samples with
    x <= t and x > t, and n = n_L + n_R.

The candidate thresholds are the midpoints between *distinct* consecutive values of
the sorted x: for sorted values 1, 2, 2, 5 they are 1.5 and 3.5, never between the two
2s (no threshold can separate equal values). Return the candidate with the largest
decrease; when several are within 1e-12 of the largest, return the smallest threshold.

The vectorized recipe: sort x (and y with it), one-hot encode the sorted labels, and
take a cumulative sum down the rows: row i holds the class counts of the left child
when the cut falls after sorted position i.

Edge cases that matter:
- A constant feature has no candidate: return (nan, 0.0).
- A pure node gives decrease 0 for every candidate: return the smallest midpoint.
"""

import numpy as np


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    _, codes = np.unique(ys, return_inverse=True)
    onehot = (codes[:, None] == np.arange(codes.max() + 1)).astype(float)  # (n, k)
    left = np.cumsum(onehot, axis=0)[:-1]  # (n - 1, k): counts left of cut i
    total = onehot.sum(axis=0)
    right = total - left
    n = len(y)
    n_left = np.arange(1, n, dtype=float)
    n_right = n - n_left
    g_left = 1.0 - ((left / n_left[:, None]) ** 2).sum(axis=1)
    g_right = 1.0 - ((right / n_right[:, None]) ** 2).sum(axis=1)
    g_parent = 1.0 - ((total / n) ** 2).sum()
    decrease = g_parent - (n_left * g_left + n_right * g_right) / n
    valid = np.flatnonzero(xs[1:] > xs[:-1])  # cuts between distinct values only
    if valid.size == 0:
        return float("nan"), 0.0
    best = valid[np.flatnonzero(decrease[valid] >= decrease[valid].max() - 1e-12)[0]]
    return float((xs[best] + xs[best + 1]) / 2), float(decrease[best])
