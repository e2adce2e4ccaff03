"""Feature importances of a fitted tree: the impurity decrease each feature brings.

scikit-learn's feature_importances_ (the "mean decrease in impurity") adds up, for
every split on feature f, how much that split reduces the impurity, weighted by the
number of samples that reach it; then it rescales the totals to sum to 1.

The tree arrives as the parallel arrays of scikit-learn's tree_ attribute, one entry
per node (m nodes, the root is node 0):

    children_left, children_right  shape (m,), integers: the node ids of the two
        children, or -1 for a leaf.
    feature     shape (m,), integers: the feature a node splits on (-2 for a leaf).
    impurity    shape (m,), floats: the node's impurity G_t (Gini or entropy).
    n_samples   shape (m,), floats: the (weighted) number of samples N_t reaching it.
    n_features  an int d.

For an internal node t with children L and R the weighted decrease is

    D_t = N_t * G_t - N_L * G_L - N_R * G_R

and importance[f] = sum of D_t over the internal nodes with feature[t] == f, divided by
the sum over all features. Return an array of shape (d,).

Edge cases that matter:
- A tree that is only a root (no split) has all importances 0, not NaN.
- A feature no node splits on has importance 0.

No Python loops: select the internal nodes with a mask, index the children with the
arrays themselves, and add up per feature with np.bincount(..., weights=...).
"""

import numpy as np


def feature_importances(
    children_left: np.ndarray,
    children_right: np.ndarray,
    feature: np.ndarray,
    impurity: np.ndarray,
    n_samples: np.ndarray,
    n_features: int,
) -> np.ndarray:
    internal = np.flatnonzero(children_left != -1)
    left, right = children_left[internal], children_right[internal]
    weighted = n_samples * impurity
    decrease = weighted[internal] - weighted[left] - weighted[right]
    totals = np.bincount(feature[internal], weights=decrease, minlength=n_features)
    total = totals.sum()
    return totals / total if total > 0 else totals
