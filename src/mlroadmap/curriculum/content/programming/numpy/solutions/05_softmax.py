"""A numerically stable softmax over the rows of a matrix of logits.

A classifier's last layer gives one score (a logit) per class; softmax turns each
row of scores into probabilities that are positive and sum to 1. Attention layers
use it too, with -inf marking the positions a token may not look at.

    logits has shape (n, k): n samples, k classes. It may contain -inf.
    Return P with the same shape, where

        P[i, j] = exp(logits[i, j]) / sum over c of exp(logits[i, c])

    so every row of P sums to 1.

Computed literally, exp(1000) overflows to inf and inf / inf is NaN; exp(-1000)
underflows to 0 and 0 / 0 is NaN too. Your version must give the right answer for
such rows: use the fact that softmax does not change when the same number is
subtracted from every logit of a row.

Edge cases that matter: logits around 1000 or -1000, rows on very different
scales, a single class (k = 1, so P is all ones), equal logits (a uniform row),
-inf logits (probability 0).

No Python loops over rows: reduce with axis=1 and keepdims=True.
"""

import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)  # each row's largest is now 0
    e = np.exp(shifted)  # in (0, 1]: no overflow
    return e / e.sum(axis=1, keepdims=True)
