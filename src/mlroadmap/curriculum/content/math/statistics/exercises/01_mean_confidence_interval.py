"""A confidence interval for a mean: the sample mean plus or minus t standard errors.

You report a model's average latency, or the mean body mass of a penguin species,
from a sample. The interval says how far the true mean could plausibly be:

    x       a 1-D float array of n >= 2 values
    t_crit  the critical value of Student's t with n - 1 degrees of freedom for the
            confidence you want (about 2.09 for 95% with n = 20; it is given to you)

    s  = sqrt( sum over i of (x[i] - mean)**2 / (n - 1) )    the *sample* standard
                                                                 deviation (ddof=1)
    se = s / sqrt(n)                                          the standard error of the mean

    Return the tuple (mean - t_crit * se, mean + t_crit * se), two floats.

Edge cases that matter: n = 2 (the smallest sample with a standard deviation); a
sample with no spread gives a zero-width interval. Divide by n - 1, not n: the
deviations from the sample's own mean are a little too small, and n - 1 corrects that.
"""

import numpy as np


def mean_confidence_interval(x: np.ndarray, t_crit: float) -> tuple[float, float]:
    # TODO: the mean, the sample standard deviation, the standard error, then the interval.
    raise NotImplementedError("mean_confidence_interval: replace this line with your code")
