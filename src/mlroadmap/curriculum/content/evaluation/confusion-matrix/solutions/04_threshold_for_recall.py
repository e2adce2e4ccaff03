"""The decision threshold that reaches a target recall, and the precision it costs.

A screening test must catch, say, 95 % of the sick patients; the question is how
many healthy people it will flag along the way. With a scoring classifier you
predict positive when score >= t, and sweeping t from high to low trades precision
for recall. Find the highest threshold that is good enough:

    P = number of positives (y_true == 1)
    for a threshold t:  tp(t) = #(score >= t and y_true == 1)
                        fp(t) = #(score >= t and y_true == 0)
                        recall(t) = tp(t) / P,  precision(t) = tp(t) / (tp(t) + fp(t))
    t* = the largest value among the scores with recall(t*) >= target_recall

    y_true is a 1-D int array of 0s and 1s with at least one 1; scores is a 1-D float
    array of the same length; target_recall is a float in (0, 1].

    Return the tuple (t*, precision(t*)) of two Python floats.

Edge cases that matter: only the scores themselves are candidate thresholds, and
samples with equal scores are flagged together; target_recall = 1.0 must be reached
exactly (t* is then the lowest score of a positive); the highest threshold is the
one that flags the fewest samples, so it has the best precision among the valid ones.
"""

import numpy as np


def threshold_for_recall(y_true: np.ndarray, scores: np.ndarray, target_recall: float) -> tuple[float, float]:
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], y_true[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # one threshold per distinct score
    tp = np.cumsum(y == 1)[last]
    flagged = last + 1
    first = np.argmax(tp / tp[-1] >= target_recall)  # recall only grows as t goes down
    return float(s[last[first]]), float(tp[first] / flagged[first])
