"""The area under the ROC curve (ROC-AUC) by the trapezoid rule.

The AUC sums up a ranking in one number: it is the probability that a random
positive gets a higher score than a random negative, a tie counting as one half.
1.0 is a perfect ranking, 0.5 is guessing, below 0.5 the scores point the wrong way.

Build the ROC curve with ties grouped (one point per distinct score, plus (0, 0)):
sort the scores in decreasing order, and at the end of each run of equal scores
record fpr = (negatives so far) / N and tpr = (positives so far) / P. Then add up
the trapezoids between consecutive points (fpr[i], tpr[i]) and (fpr[i+1], tpr[i+1]):

    auc = sum over i of (fpr[i+1] - fpr[i]) * (tpr[i] + tpr[i+1]) / 2

    y_true is a 1-D int array of 0s and 1s holding at least one of each;
    scores is a 1-D float array of the same length. Return a Python float.

Edge cases that matter: a run of equal scores holding positives and negatives is one
diagonal segment, whose trapezoid gives the tied pairs exactly one half; all scores
equal gives 0.5; the order of the samples must not change the result.
"""

import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]
    tpr = np.r_[0, np.cumsum(y == 1)[last]] / np.sum(y == 1)
    fpr = np.r_[0, np.cumsum(y == 0)[last]] / np.sum(y == 0)
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
