"""Simple exponential smoothing: one pass over the series, a forecast at every step.

Exponential smoothing is the workhorse of demand forecasting and of monitoring
dashboards: cheap, online (one number of state), and hard to beat on series without a
trend. Each new observation pulls the level a fraction alpha of the way towards it.

    x is a 1-D float array of length n >= 1; alpha is a float in [0, 1].
    Start with the level l = x[0]. For t = 0, 1, ..., n - 1:

        forecast of x[t]  =  l                              (made before x[t] is seen)
        new level         l = alpha * x[t] + (1 - alpha) * l

    Return the n + 1 forecasts as a float array: the n one-step-ahead forecasts of
    x[0], ..., x[n-1], then the forecast of the next, unseen value (the last level).

So out[0] = x[0], out[t + 1] = alpha * x[t] + (1 - alpha) * out[t]. This is
statsmodels' SimpleExpSmoothing(x, initialization_method="known",
initial_level=x[0]).fit(smoothing_level=alpha, optimized=False): its fittedvalues
followed by forecast(1).

Edge cases that matter: alpha = 1 forecasts each value by the previous one (the
naive forecast); alpha = 0 never moves from x[0]; a single value gives [x[0], x[0]].
"""

import numpy as np


def exponential_smoothing(x: np.ndarray, alpha: float) -> np.ndarray:
    out = np.empty(len(x) + 1)
    out[0] = x[0]
    for t in range(len(x)):
        out[t + 1] = alpha * x[t] + (1 - alpha) * out[t]
    return out
