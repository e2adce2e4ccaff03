"""Robust scaling: centre on the median, divide by the interquartile range.

A single sensor glitch or a data-entry error can move a column's mean and standard
deviation far away from where most of the values are. The median and the
interquartile range (IQR) hardly move, so robust scaling keeps the bulk of the data
on a sensible scale even when a few values are extreme.

    X has shape (n, d). Return an array of shape (n, d) where

        X_scaled[i, j] = (X[i, j] - median_j) / (q75_j - q25_j)

    with q25_j and q75_j the 25th and 75th percentiles of column j, computed as
    np.percentile does by default (linear interpolation), like scikit-learn's RobustScaler.

Edge cases that matter:
- A column whose IQR is 0 keeps a scale of 1 (it is only centred), never NaN or inf.
- Do not change X in place.

No Python loops over rows or columns.
"""

import numpy as np


def robust_scale(X: np.ndarray) -> np.ndarray:
    q25, median, q75 = np.percentile(X, [25, 50, 75], axis=0)
    iqr = np.where(q75 - q25 == 0, 1.0, q75 - q25)
    return (X - median) / iqr
