"""The coefficient of determination R², with scikit-learn's edge cases.

R² compares a model with the laziest possible one, which always predicts the mean
of y_true. It is the share of the variance of y_true that the model explains:

    ss_res = sum of (y_true[i] - y_pred[i]) ** 2        the model's squared errors
    ss_tot = sum of (y_true[i] - mean(y_true)) ** 2     the mean predictor's
    r2     = 1 - ss_res / ss_tot

1 is perfect, 0 is no better than the mean of y_true, and a bad model goes below 0
(there is no lower bound).

    y_true, y_pred are 1-D float arrays of the same length n >= 2 (with a single
    sample R² is undefined; scikit-learn returns NaN and warns). Return r2 as a
    Python float.

Edge cases that matter: when y_true is constant, ss_tot = 0 and the formula breaks;
scikit-learn then returns 1.0 if the predictions are perfect (ss_res = 0) and 0.0
otherwise, never NaN or -inf. The baseline is the mean of y_true, not of y_pred.
"""

import numpy as np


def r2(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    # TODO: compare the squared errors with those of the mean of y_true; handle ss_tot == 0 first.
    raise NotImplementedError("r2: replace this line with your code")
