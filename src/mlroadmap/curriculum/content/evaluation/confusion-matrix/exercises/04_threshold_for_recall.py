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
    # TODO: sweep the distinct scores from high to low and stop at the first with enough recall.
    raise NotImplementedError("threshold_for_recall: replace this line with your code")
