"""MSE, RMSE and MAE: the average size of a regression model's errors.

A house-price model is off by some amount on every house. The three usual summaries
of the errors e_i = y_pred[i] - y_true[i] are

    mse  = (1 / n) * sum of e_i ** 2       (units squared: dollars²)
    rmse = sqrt(mse)                        (back in the units of y)
    mae  = (1 / n) * sum of |e_i|           (units of y, less swayed by a few huge errors)

    y_true, y_pred are 1-D float arrays of the same length n >= 1.

    Return the tuple (mse, rmse, mae) of three Python floats.

Edge cases that matter: the means divide by n, not n - 1 (these are averages of the
errors, not variance estimates); rmse takes the square root of the *mean*, so it is
never smaller than mae; with one sample all three follow from a single error.
"""

import numpy as np


def regression_errors(y_true: np.ndarray, y_pred: np.ndarray) -> tuple[float, float, float]:
    e = y_pred - y_true
    mse = float(np.mean(e**2))
    return mse, float(np.sqrt(mse)), float(np.mean(np.abs(e)))
