"""Gradient boosting for squared error: residuals, learning rate and staged predictions.

Gradient boosting builds its model one weak learner at a time. For the squared error
L = (y - F)^2 / 2 the negative gradient is the residual y - F, so each new learner
is fitted to the current residuals, and its prediction is added after shrinking it
by the learning rate nu.

This exercise leaves the fitting out: the weak learners are given by their
predictions on the training samples.

    y has shape (n,): the targets.
    weak_predictions has shape (M, n): h_m(x_i), the prediction of learner m
        (m = 0, ..., M - 1) on sample i, in the order they were added.
    learning_rate is nu, a float in (0, 1].
    Return a tuple (F, residuals):

        F          shape (M + 1, n): F[0] = the mean of y (the best constant),
                   F[m + 1] = F[m] + nu * h_m
        residuals  shape (M, n): residuals[m] = y - F[m], the targets learner m
                   was fitted to.

Edge case: M may be 0 (no learner): F is then one row, the mean of y, and residuals
has shape (0, n).

A loop over the M stages is fine (or np.cumsum over them); no loop over samples.
"""

import numpy as np


def boosting_stages(
    y: np.ndarray, weak_predictions: np.ndarray, learning_rate: float
) -> tuple[np.ndarray, np.ndarray]:
    # TODO: start from the mean of y, add the shrunken predictions stage by stage,
    # and record the residuals each learner saw.
    raise NotImplementedError("boosting_stages: replace this line with your code")
