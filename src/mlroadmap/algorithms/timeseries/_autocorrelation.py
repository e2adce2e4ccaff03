"""Autocovariance, autocorrelation (ACF) and partial autocorrelation (PACF)."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.timeseries._autoregressive import lagmat
from mlroadmap.algorithms.timeseries._checks import series, whole

PACF_METHODS = ("yw", "ywm", "ols")


def acovf(x: Any, nlags: int | None = None, *, adjusted: bool = False) -> np.ndarray:
    r"""Autocovariances :math:`\gamma_0, \dots, \gamma_K` of a series, :math:`K` = ``nlags``.

    With :math:`\bar x` the mean of the :math:`n` values,
    :math:`\gamma_k = \frac{1}{n} \sum_{t=0}^{n-1-k} (x_t - \bar x)(x_{t+k} - \bar x)`.
    Dividing by :math:`n` (not by the :math:`n - k` pairs) is the usual choice: it keeps
    the autocovariance matrix positive semi-definite. ``adjusted=True`` divides by
    :math:`n - k` instead. ``nlags=None`` gives every lag, up to ``n - 1``.

    All lags at once with the FFT: the autocovariance is the inverse transform of the
    power spectrum :math:`|\hat d|^2` of the centred series, zero-padded to at least
    ``2n - 1`` values so that the circular correlation does not wrap around.
    """
    x = series(x)
    n = len(x)
    nlags = n - 1 if nlags is None else whole(nlags, "nlags", minimum=0, maximum=n - 1)
    d = x - x.mean()
    size = 1 << (2 * n - 1).bit_length()  # a power of two >= 2n - 1: fast, and no wrap-around
    spectrum = np.fft.rfft(d, n=size)
    sums = np.fft.irfft(spectrum.real**2 + spectrum.imag**2, n=size)[: nlags + 1]
    return sums / (n - np.arange(nlags + 1) if adjusted else n)


def acf(x: Any, nlags: int | None = None) -> np.ndarray:
    r"""Autocorrelations :math:`\rho_0 = 1, \rho_1, \dots, \rho_K`: :math:`\rho_k = \gamma_k / \gamma_0`.

    statsmodels' ``acf(x, nlags=K)`` with its defaults (``adjusted=False``); ``nlags=None``
    uses its default too, :math:`\min(\lfloor 10 \log_{10} n \rfloor, n - 1)`.
    A constant series has no defined autocorrelation (0 / 0): that is an error.
    """
    x = series(x, min_size=2)
    n = len(x)
    if nlags is None:
        nlags = min(int(10 * np.log10(n)), n - 1)
    gamma = acovf(x, whole(nlags, "nlags", minimum=0, maximum=n - 1))
    if gamma[0] <= 0:
        raise ValueError("x is constant: its autocorrelation is undefined (0 / 0).")
    return gamma / gamma[0]


def levinson_durbin(gamma: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Solve the Yule-Walker equations of orders 1, 2, …, K from autocovariances.

    ``gamma`` holds :math:`\gamma_0, \dots, \gamma_K`. For each order k, the AR(k)
    coefficients :math:`\phi_{k,1}, \dots, \phi_{k,k}` come from those of order k - 1:

    :math:`\phi_{k,k} = (\gamma_k - \sum_{j=1}^{k-1} \phi_{k-1,j} \gamma_{k-j}) / v_{k-1}`,
    :math:`\phi_{k,j} = \phi_{k-1,j} - \phi_{k,k} \phi_{k-1,k-j}`,
    :math:`v_k = v_{k-1} (1 - \phi_{k,k}^2)`, starting from :math:`v_0 = \gamma_0`.

    Returns the AR(K) coefficients :math:`\phi_{K,1..K}`, the innovation variances
    :math:`v_0, \dots, v_K`, and the partial autocorrelations
    :math:`1, \phi_{1,1}, \phi_{2,2}, \dots, \phi_{K,K}`: the last coefficient of each order.
    O(K²) work instead of solving K Toeplitz systems.
    """
    gamma = series(gamma, "gamma", min_size=1)
    if gamma[0] <= 0:
        raise ValueError("gamma[0], the variance, must be positive.")
    order = len(gamma) - 1
    phi = np.zeros(0)
    variance = np.empty(order + 1)
    variance[0] = gamma[0]
    pacf = np.ones(order + 1)
    for k in range(1, order + 1):
        reflection = (gamma[k] - phi @ gamma[k - 1 : 0 : -1]) / variance[k - 1]
        phi = np.concatenate([phi - reflection * phi[::-1], [reflection]])
        variance[k] = variance[k - 1] * (1.0 - reflection**2)
        pacf[k] = reflection
    return phi, variance, pacf


def pacf(x: Any, nlags: int | None = None, method: str = "yw") -> np.ndarray:
    r"""Partial autocorrelations :math:`1, \alpha_1, \dots, \alpha_K`.

    :math:`\alpha_k` is the correlation of :math:`x_t` and :math:`x_{t-k}` once the lags
    in between are accounted for: the last coefficient of the best AR(k) predictor.

    ``method`` names how the AR(k) fits are found, as in statsmodels' ``pacf``:

    - ``"yw"`` (statsmodels' default, also called ``"ywadjusted"`` and ``"ld"``): the
      Yule-Walker equations on the autocovariances divided by ``n - k``, solved for every
      order at once by :func:`levinson_durbin`;
    - ``"ywm"`` (``"ywmle"``, ``"ldb"``): the same with the autocovariances divided by
      ``n``, which keeps every :math:`|\alpha_k| \le 1`;
    - ``"ols"``: for each k, the least-squares regression of :math:`x_t` on a constant and
      :math:`x_{t-1}, \dots, x_{t-k}` over :math:`t = k, \dots, n - 1`; :math:`\alpha_k` is
      the coefficient of :math:`x_{t-k}`.

    ``nlags`` may be at most ``n // 2`` (statsmodels' limit); None uses statsmodels'
    default, :math:`\min(\lfloor 10 \log_{10} n \rfloor, n // 2 - 1)`.
    """
    if method not in PACF_METHODS:
        raise ValueError(f"method must be one of {', '.join(PACF_METHODS)}, got {method!r}.")
    x = series(x, min_size=2)
    n = len(x)
    if nlags is None:
        nlags = max(min(int(10 * np.log10(n)), n // 2 - 1), 1)
    nlags = whole(nlags, "nlags", minimum=1, maximum=n // 2)
    if np.ptp(x) == 0:
        raise ValueError("x is constant: its partial autocorrelation is undefined (0 / 0).")
    if method == "ols":
        lags = lagmat(x, nlags, trim="forward")  # row t holds x[t-1], ..., x[t-nlags] (0 before the start)
        out = np.ones(nlags + 1)
        for k in range(1, nlags + 1):
            design = np.column_stack([np.ones(n - k), lags[k:, :k]])
            out[k] = np.linalg.lstsq(design, x[k:], rcond=None)[0][-1]
        return out
    return levinson_durbin(acovf(x, nlags, adjusted=method == "yw"))[2]
