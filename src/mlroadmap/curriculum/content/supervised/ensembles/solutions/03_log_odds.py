"""The initial prediction of binary gradient boosting: the log-odds of the positive class.

Gradient boosting for binary classification works on the log-odds scale: the model's
raw score F(x) becomes a probability through the sigmoid, p = 1 / (1 + exp(-F)). Before
the first tree, F is a constant, the best one for the log loss: the log-odds of the
(weighted) fraction of positive samples.

    y has shape (n,) with labels 0 or 1. sample_weight is None (every weight 1) or an
    array of shape (n,) of non-negative weights with a positive sum.
    Return one float:

        p  = sum_i w_i y_i / sum_i w_i
        p  is clipped to [eps, 1 - eps], eps = np.finfo(np.float64).eps
        F0 = log(p / (1 - p))

    The clipping is what scikit-learn's GradientBoostingClassifier does: with only one
    class in y, p is 0 or 1, and the log-odds would be infinite.
"""

import numpy as np


def initial_log_odds(y: np.ndarray, sample_weight: np.ndarray | None) -> float:
    w = np.ones(len(y)) if sample_weight is None else sample_weight
    eps = np.finfo(np.float64).eps
    p = np.clip((w * y).sum() / w.sum(), eps, 1 - eps)
    return float(np.log(p / (1 - p)))
