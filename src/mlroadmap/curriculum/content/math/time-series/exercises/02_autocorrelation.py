"""The lag-k autocorrelation of a series: how much x_t resembles x_{t+k}.

The autocorrelation function (ACF) tells you whether a series has memory, at which
lags it repeats (12 for a yearly cycle in monthly data), and whether the residuals of
a forecasting model are still predictable. It is the first plot of any time series.

    x is a 1-D float array of length n >= 2, not constant; k is an int, 0 <= k < n.
    With m the mean of all n values, return the float

        r_k = sum_{t=0}^{n-1-k} (x[t] - m) * (x[t+k] - m)  /  sum_{t=0}^{n-1} (x[t] - m)**2

    (statsmodels' acf(x, nlags=k)[k]).

Two conventions matter. Both sums use the one mean m of the whole series. And the
numerator is *not* divided by its n - k pairs: the top and the bottom are both taken
as sums (or both divided by n), which keeps every r_k between -1 and 1 and makes the
ACF a proper correlation structure. So r_k is not np.corrcoef(x[:-k], x[k:]).

Edge cases that matter: k = 0 gives 1.0; k = n - 1 has a single pair; the result is
a Python float (or a 0-d NumPy number).
"""

import numpy as np


def autocorrelation(x: np.ndarray, k: int) -> float:
    # TODO: centre x on its mean, multiply it with itself shifted by k, sum, divide.
    raise NotImplementedError("autocorrelation: replace this line with your code")
