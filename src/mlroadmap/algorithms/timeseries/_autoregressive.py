"""Autoregressive models AR(p): the lag matrix, the least-squares fit and the forecast."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.timeseries._checks import series, whole


def lagmat(x: Any, maxlag: int, trim: str = "both") -> np.ndarray:
    r"""The matrix of lagged values: column j holds :math:`x_{t-j-1}`, lag 1 first.

    ``trim="both"`` keeps the rows :math:`t = p, \dots, n - 1` that have every lag, an
    ``(n - p, p)`` matrix whose row t lines up with the target :math:`x_t`
    (``x[p:]``). ``trim="forward"`` keeps all ``n`` rows and puts 0 where a lag falls
    before the start. These are statsmodels' ``lagmat(x, maxlag, trim=...)``.
    """
    if trim not in ("both", "forward"):
        raise ValueError(f"trim must be 'both' or 'forward', got {trim!r}.")
    x = series(x)
    p = whole(maxlag, "maxlag", minimum=1, maximum=len(x) - 1)
    padded = np.concatenate([np.zeros(p), x])
    # window t of padded is x[t - p], ..., x[t - 1]; reversed, the most recent comes first
    windows = np.lib.stride_tricks.sliding_window_view(padded, p)[: len(x), ::-1]
    return windows[p:].copy() if trim == "both" else windows.copy()


def fit_ar(x: Any, p: int) -> np.ndarray:
    r"""The AR(p) model with a constant, fitted by least squares (conditional on the first p values).

    :math:`x_t = c + \phi_1 x_{t-1} + \dots + \phi_p x_{t-p} + \varepsilon_t`: stack the
    rows :math:`[1, x_{t-1}, \dots, x_{t-p}]` for :math:`t = p, \dots, n - 1` into a
    design matrix :math:`A` and solve :math:`\min \lVert A \theta - x_{p:} \rVert^2`.
    Returns :math:`\theta = (c, \phi_1, \dots, \phi_p)`, in the order of statsmodels'
    ``AutoReg(x, lags=p).fit().params``. Needs at least ``2p + 1`` values, so that the
    ``n - p`` equations are no fewer than the ``p + 1`` unknowns.
    """
    x = series(x)
    p = whole(p, "p", minimum=1)
    if len(x) < 2 * p + 1:
        raise ValueError(f"an AR({p}) fit needs at least {2 * p + 1} values, got {len(x)}.")
    design = np.column_stack([np.ones(len(x) - p), lagmat(x, p)])
    return np.linalg.lstsq(design, x[p:], rcond=None)[0]


def forecast_ar(params: Any, history: Any, steps: int) -> np.ndarray:
    r"""Forecast ``steps`` values ahead with AR coefficients ``params = (c, phi_1, ..., phi_p)``.

    Each forecast uses the p most recent values, observed or already forecast:
    :math:`\hat x_{n+h} = c + \sum_{j=1}^{p} \phi_j \hat x_{n+h-j}`, with
    :math:`\hat x_s = x_s` for :math:`s < n`. This is ``AutoReg(...).fit().forecast(steps)``
    when ``history`` is the series the model was fitted on.
    """
    params = series(params, "params", min_size=2)
    p = len(params) - 1
    history = series(history, "history", min_size=p)
    steps = whole(steps, "steps", minimum=1)
    c, phi = params[0], params[1:]
    recent = history[::-1][:p].copy()  # x_{n-1}, x_{n-2}, ..., x_{n-p}: lag 1 first, like phi
    out = np.empty(steps)
    for h in range(steps):  # a recurrence: each forecast feeds the next one
        out[h] = c + phi @ recent
        recent = np.concatenate([[out[h]], recent[:-1]])
    return out
