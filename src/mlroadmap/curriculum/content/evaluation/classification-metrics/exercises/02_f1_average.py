"""The F1 score of a multi-class classifier: macro, weighted and micro averages.

With more than two classes, every class c gets its own F1 score, treating c as the
positive class and all the others as negative:

    tp_c = number of samples with y_true == c and y_pred == c
    fp_c = number with y_pred == c but y_true != c
    fn_c = number with y_true == c but y_pred != c
    f1_c = 2 tp_c / (2 tp_c + fp_c + fn_c)
    support_c = number of samples with y_true == c

The classes are every label that occurs in y_true *or* in y_pred. Then:

    "macro":    the plain mean of f1_c over the classes: each class counts the same
    "weighted": sum over c of support_c * f1_c, divided by n: big classes count more
    "micro":    pool the counts first, 2 sum(tp_c) / (2 sum(tp_c) + sum(fp_c) + sum(fn_c)),
                which for single-label data equals the accuracy

    y_true, y_pred are 1-D arrays of length n >= 1 holding labels (ints or strings);
    average is one of "macro", "weighted", "micro". Return a Python float.

Edge cases that matter: a class that appears only in y_pred has support 0 and
f1_c = 0, and it still counts in the macro mean; a class that is never predicted has
f1_c = 0; 2 tp_c + fp_c + fn_c is never 0, because every class occurs somewhere.
"""

import numpy as np


def f1_average(y_true: np.ndarray, y_pred: np.ndarray, average: str) -> float:
    # TODO: per-class tp, support and predicted counts over the union of labels, then average as asked.
    raise NotImplementedError("f1_average: replace this line with your code")
