"""The ROC curve of a scoring classifier, one point per distinct score.

A classifier that outputs a score (a probability, a margin) becomes a yes/no rule
once you pick a threshold t: predict positive when score >= t. Lowering t finds more
positives (a higher true-positive rate) at the price of more false alarms (a higher
false-positive rate). The ROC curve shows every such trade-off at once:

    P = number of positives (y_true == 1), N = number of negatives (y_true == 0)
    for a threshold t:  tpr(t) = #(score >= t and y_true == 1) / P
                        fpr(t) = #(score >= t and y_true == 0) / N

Take as thresholds the *distinct* scores in decreasing order, preceded by +inf
(where nothing is predicted positive, the point (0, 0)). The last threshold, the
smallest score, flags everything: the point (1, 1).

    y_true is a 1-D int array of 0s and 1s holding at least one of each;
    scores is a 1-D float array of the same length (higher means "more positive").

    Return the tuple (fpr, tpr, thresholds) of three 1-D float arrays of the same
    length m + 1, where m is the number of distinct scores; thresholds[0] is np.inf.

Edge cases that matter: equal scores (ties) cannot be separated by any threshold, so
they enter the curve together as one point; a positive and a negative with the same
score make a diagonal step. Sorting the scores and taking cumulative sums of the
labels does it in O(n log n); keep only the last position of each run of equal scores.
"""

import numpy as np


def roc_curve(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    tps, fps = np.cumsum(y == 1), np.cumsum(y == 0)
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # the end of each run of equal scores
    tpr = np.r_[0, tps[last]] / tps[-1]
    fpr = np.r_[0, fps[last]] / fps[-1]
    return fpr, tpr, np.r_[np.inf, s[last]]
