"""The log loss (cross-entropy) of predicted class probabilities.

Accuracy only asks whether the most probable class was right. The log loss asks how
much probability the model gave to what actually happened, and punishes confident
mistakes hard: it is the loss that logistic regression and neural networks minimize.

    y_true is a 1-D int array of length n >= 1 with labels in 0, 1, ..., k - 1;
    proba is an (n, k) float array, row i holding the predicted probabilities of the
    k classes for sample i (each row sums to 1).

    p_i  = proba[i, y_true[i]], the probability given to the true class,
           clipped into [eps, 1 - eps] with eps = np.finfo(float).eps (about 2.2e-16)
    loss = -(1 / n) * sum over i of ln(p_i)        (the natural logarithm)

    Return the loss as a Python float.

Edge cases that matter: a probability of exactly 0 for the true class would give
ln(0) = -inf; the clipping turns it into a large but finite penalty, -ln(eps), about
36.04; a probability of exactly 1 gives a loss near 0; k may be 2 (binary) or more;
the result is a mean over samples, not a sum.
"""

import numpy as np


def log_loss(y_true: np.ndarray, proba: np.ndarray) -> float:
    # TODO: pick the probability of each true class, clip it into [eps, 1 - eps], average -ln.
    raise NotImplementedError("log_loss: replace this line with your code")
