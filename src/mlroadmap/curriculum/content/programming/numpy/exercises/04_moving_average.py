"""The moving average of a series, in O(n) with a cumulative sum.

Smoothing a noisy series (a training-loss curve, daily sales, sensor readings) with
a moving average is one of the first things you do with a time series.

    x is a 1-D array of length n; window is an int with 1 <= window <= n.
    Return the "valid" moving average: a 1-D float array of length n - window + 1,

        out[i] = (x[i] + x[i + 1] + ... + x[i + window - 1]) / window

    the mean of the window that starts at position i.

The point of this exercise is the cumulative-sum trick: if c[k] is the sum of the
first k values (so c[0] = 0), the sum of any window is the difference of two entries
of c. That is O(n) whatever the window, with no Python loop (and no np.convolve).

Edge cases that matter: window == 1 gives x itself (as floats); window == n gives a
single value, the mean of x; x may hold integers.
"""

import numpy as np


def moving_average(x: np.ndarray, window: int) -> np.ndarray:
    # TODO: build the cumulative sums, subtract them pairwise, divide by window.
    raise NotImplementedError("moving_average: replace this line with your code")
