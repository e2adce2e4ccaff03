"""The centred moving average: the trend estimate of classical decomposition.

To see the trend of a seasonal series (monthly CO2, weekly sales), average over one
full period centred on each point: every season then weighs the same and the
seasonal ups and downs cancel.

    x is a 1-D float array of length n; period is an int with 2 <= period <= n
    (period < n when it is even). Return a float array of length n, like x:

    odd period = 2h + 1:  out[t] = (x[t-h] + ... + x[t+h]) / period

    even period = 2h:     out[t] = (0.5 x[t-h] + x[t-h+1] + ... + x[t+h-1] + 0.5 x[t+h]) / period

    and NaN at the h positions at each end, where the window does not fit.

An even window has no middle value, so the even case averages two neighbouring
windows of length period (one starting at t - h, one ending at t + h): that is the
"2×period" moving average, with period + 1 weights and halves at both ends. For
period = 12 on monthly data, every calendar month gets the same total weight 1/12.

Edge cases that matter: period 2 (weights 1/4, 1/2, 1/4); the out array must be as
long as x, with exactly h NaNs at each end; x itself must not change.
"""

import numpy as np


def centered_moving_average(x: np.ndarray, period: int) -> np.ndarray:
    # TODO: build the weights (period of them, or period + 1 with halves at the ends
    # when period is even), take the valid window sums, and pad h NaNs at both ends.
    raise NotImplementedError("centered_moving_average: replace this line with your code")
