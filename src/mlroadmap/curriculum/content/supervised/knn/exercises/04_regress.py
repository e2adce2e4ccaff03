"""k-NN regression: the (weighted) mean of the neighbours' targets.

For a numeric target, k-NN predicts the average target of a query's k nearest training
points. With weights="distance" it takes a weighted average in which closer points
count more.

    neighbor_targets   shape (m, k), floats: the targets of each query's k neighbours.
    neighbor_distances shape (m, k), floats >= 0: their distances to the query.
    weights            "uniform" or "distance".
    Return shape (m,):

        prediction[i] = sum_j w[i, j] * y[i, j] / sum_j w[i, j]

    with w = 1 for "uniform" and w = 1 / distance for "distance".

Edge case, as in scikit-learn's KNeighborsRegressor: with weights="distance", a row
where some distances are 0 gives weight 1 to those neighbours and weight 0 to the
others, so the prediction is the mean target of the exact matches.

No Python loops.
"""

import numpy as np


def knn_regress(neighbor_targets: np.ndarray, neighbor_distances: np.ndarray, weights: str) -> np.ndarray:
    # TODO: build the weights (mind the zero distances), then return the weighted
    # mean of each row.
    raise NotImplementedError("knn_regress: replace this line with your code")
