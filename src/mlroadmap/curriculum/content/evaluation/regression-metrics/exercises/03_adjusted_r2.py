"""Adjusted R²: R² with a penalty for every feature the model uses.

On the training data, adding a feature never lowers R², even a column of pure noise.
Adjusted R² charges for each of the p features, so a useless one lowers it:

    r2     = 1 - ss_res / ss_tot, as in the previous exercise, with its edge cases
             (constant y_true: 1.0 for perfect predictions, 0.0 otherwise)
    adj_r2 = 1 - (1 - r2) * (n - 1) / (n - p - 1)

The two factors are the degrees of freedom: n - 1 for the mean predictor's variance
estimate, n - p - 1 for the residual variance of a model with p slopes and an
intercept. Equivalently, adj_r2 = 1 - (ss_res / (n - p - 1)) / (ss_tot / (n - 1)).

    y_true, y_pred are 1-D float arrays of the same length n; n_features is p >= 0,
    with n > p + 1. Return adj_r2 as a Python float.

Edge cases that matter: p = 0 gives r2 itself; adj_r2 can be negative even when r2
is positive; p counts the features, not the intercept.
"""

import numpy as np


def adjusted_r2(y_true: np.ndarray, y_pred: np.ndarray, n_features: int) -> float:
    # TODO: compute R² with its edge cases, then scale 1 - R² by (n - 1) / (n - p - 1).
    raise NotImplementedError("adjusted_r2: replace this line with your code")
