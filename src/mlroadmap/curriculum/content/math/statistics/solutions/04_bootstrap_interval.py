"""A bootstrap percentile interval for the mean, from given resample indices.

How uncertain is a model's mean error, a median latency or an AUC? Often there is no
formula, and the bootstrap answers anyway: treat the sample as the population, draw
many new samples of the same size *with replacement*, recompute the statistic on each,
and read the interval off the spread of those values.

    x           a 1-D float array of n values
    indices     an int array of shape (B, n): row r lists the positions in x that make
                up bootstrap resample r (drawn with replacement; given to you so the
                result is reproducible)
    confidence  a float in (0, 1), e.g. 0.95

    1. the resampled means: means[r] = mean of x[indices[r]], B values
    2. alpha = 1 - confidence
    3. return (low, high), the 100 * alpha/2 and 100 * (1 - alpha/2) percentiles of the
       B means, as np.percentile computes them (its default linear interpolation)

    Return two floats.

Edge cases that matter: n = 1 (every resample repeats the one value); a few resamples
(B = 5). np.percentile takes percents (2.5), not fractions (0.025).
"""

import numpy as np


def bootstrap_interval(x: np.ndarray, indices: np.ndarray, confidence: float) -> tuple[float, float]:
    means = x[indices].mean(axis=1)  # one mean per resample, shape (B,)
    alpha = 1.0 - confidence
    low, high = np.percentile(means, [100 * alpha / 2, 100 * (1 - alpha / 2)])
    return float(low), float(high)
