"""Per-class precision and recall read off a confusion matrix.

Once the confusion matrix C is counted (rows: true class, columns: predicted
class), every per-class metric is a ratio of its entries; scikit-learn's
classification_report prints exactly these numbers.

    C is a (k, k) integer array of counts.
    precision[c] = C[c, c] / (sum of column c)   of the samples predicted c, the share truly c
    recall[c]    = C[c, c] / (sum of row c)      of the samples truly c, the share predicted c

    Return the tuple (precision, recall) of two float arrays of shape (k,).

Edge cases that matter: a class that is never predicted has an empty column, and a
class with no true sample an empty row; the ratio is then 0 / 0 and must be 0.0 (as
scikit-learn's zero_division default), never NaN, and without a warning; k may be 1.
"""

import numpy as np


def per_class_precision_recall(C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    tp = np.diag(C).astype(float)
    predicted, actual = C.sum(axis=0), C.sum(axis=1)
    precision = np.divide(tp, predicted, out=np.zeros_like(tp), where=predicted > 0)
    recall = np.divide(tp, actual, out=np.zeros_like(tp), where=actual > 0)
    return precision, recall
