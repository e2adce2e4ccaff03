"""k-NN classification: a (weighted) majority vote among each query's neighbours.

Once the k nearest training points of a query are known, k-NN predicts the class most
of them carry. With weights="distance" closer neighbours count more.

    neighbor_labels    shape (m, k), integers: the labels of each query's k neighbours.
    neighbor_distances shape (m, k), floats >= 0: their distances to the query.
    weights            "uniform" (every neighbour has weight 1) or "distance"
                       (weight 1 / distance).
    Return shape (m,), integers: for each query, the label with the largest total
    weight among its neighbours.

Rules, as in scikit-learn's KNeighborsClassifier:
- A tie between labels goes to the *smallest* label (not to the nearest neighbour's).
- With weights="distance", a row where some distances are 0 gives weight 1 to the
  neighbours at distance 0 and weight 0 to the others (1 / 0 would be infinite).

The candidate labels are those that appear anywhere in neighbor_labels. No Python
loops: compare neighbor_labels[:, :, None] with the sorted labels to get an (m, k, c)
array, weight it and sum over the neighbours.
"""

import numpy as np


def knn_vote(neighbor_labels: np.ndarray, neighbor_distances: np.ndarray, weights: str) -> np.ndarray:
    if weights == "distance":
        zero = neighbor_distances == 0
        with np.errstate(divide="ignore"):
            w = np.where(zero.any(axis=1, keepdims=True), zero, 1.0 / neighbor_distances)
    else:
        w = np.ones(neighbor_distances.shape)
    classes = np.unique(neighbor_labels)  # sorted: argmax's first maximum is the smallest label
    scores = ((neighbor_labels[:, :, None] == classes) * w[:, :, None]).sum(axis=1)  # (m, c)
    return classes[np.argmax(scores, axis=1)]
