"""Precision, recall and F1 of one positive class.

A spam filter, a tumour classifier or a fraud detector is judged on one class above
all: the positive one. Count, over the samples:

    tp = predicted positive and truly positive    (true positives)
    fp = predicted positive but truly negative    (false positives)
    fn = predicted negative but truly positive    (false negatives)

    precision = tp / (tp + fp)         of the samples you flagged, how many were right
    recall    = tp / (tp + fn)         of the true positives, how many you found
    f1        = 2 tp / (2 tp + fp + fn), the harmonic mean of precision and recall

    y_true, y_pred are 1-D arrays of the same length n >= 1 holding class labels
    (ints or strings); pos_label is the label of the positive class; every other
    label counts as negative.

    Return the tuple (precision, recall, f1) of three Python floats.

Edge cases that matter: a denominator of 0 (nothing predicted positive, no positive in
y_true, or neither) gives 0.0 for that value, as scikit-learn's default does, never
NaN; the positive label need not be 1 (it may be 0 or a string); more than two labels
may occur, and all but pos_label are negatives.
"""

import numpy as np


def precision_recall_f1(
    y_true: np.ndarray, y_pred: np.ndarray, pos_label: object = 1
) -> tuple[float, float, float]:
    # TODO: count tp, fp and fn for pos_label, then divide, giving 0.0 where a denominator is 0.
    raise NotImplementedError("precision_recall_f1: replace this line with your code")
