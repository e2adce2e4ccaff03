"""Min-max scaling: map every column linearly into a range.

Distance-based models (k-nearest neighbours, SVMs with an RBF kernel, k-means) and
gradient descent care about the scale of each feature: a column measured in grams
swamps one measured in metres. Min-max scaling maps each column onto a fixed range.

    X has shape (n, d). feature_range = (lo, hi). Return an array of shape (n, d) where

        X_scaled[i, j] = lo + (X[i, j] - min_j) / (max_j - min_j) * (hi - lo)

    with min_j and max_j the minimum and maximum of column j.

Edge cases that matter:
- A constant column has max_j - min_j = 0: use a range of 1 for it, so it maps to lo
  (as scikit-learn's MinMaxScaler does), never to NaN.
- X may hold integers; return floats. Do not change X in place.

No Python loops over rows or columns.
"""

import numpy as np


def min_max_scale(X: np.ndarray, feature_range: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    # TODO: compute each column's minimum and range, then map X into feature_range.
    raise NotImplementedError("min_max_scale: replace this line with your code")
