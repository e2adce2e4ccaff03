"""Fill missing values (NaN) with their column's mean, using a boolean mask.

Real data sets have holes, and most models refuse NaN. The simplest repair gives
every missing entry the mean of the values that *were* observed for the same
feature (scikit-learn's SimpleImputer(strategy="mean") does exactly this).

    X has shape (n, d) and dtype float; NaN marks a missing value.
    Return a new array with the same shape, where every NaN in column j is replaced by

        the mean of the non-missing values of column j

    and every other value is left as it is.

Edge cases that matter:
- A column where every value is missing has no mean: fill it with 0.
- A matrix without NaN comes back equal to X.
- Do not change X in place: X is the caller's data.

No Python loops: build the mask with np.isnan(X) and work on whole arrays.
"""

import numpy as np


def fill_missing(X: np.ndarray) -> np.ndarray:
    # TODO: find the NaNs, compute each column's mean over the observed values,
    # and put those means where the NaNs were (in a copy).
    raise NotImplementedError("fill_missing: replace this line with your code")
