"""Time-series analysis: statsmodels' ``tsa`` essentials, from scratch.

Moving averages and classical decomposition, autocorrelation (ACF, PACF), exponential
smoothing with fixed parameters, and autoregressive models fitted by least squares.
Plain functions on 1-D arrays, named after their statsmodels counterparts; the test
suite checks each against statsmodels on the Mauna Loa CO2 series
(:func:`mlroadmap.datasets.load_co2`).
"""

from mlroadmap.algorithms.timeseries._autocorrelation import acf, acovf, levinson_durbin, pacf
from mlroadmap.algorithms.timeseries._autoregressive import fit_ar, forecast_ar, lagmat
from mlroadmap.algorithms.timeseries._decompose import DecomposeResult, seasonal_decompose
from mlroadmap.algorithms.timeseries._moving_average import moving_average, moving_average_weights
from mlroadmap.algorithms.timeseries._smoothing import SmoothingResult, holt, simple_exp_smoothing

__all__ = [
    "DecomposeResult",
    "SmoothingResult",
    "acf",
    "acovf",
    "fit_ar",
    "forecast_ar",
    "holt",
    "lagmat",
    "levinson_durbin",
    "moving_average",
    "moving_average_weights",
    "pacf",
    "seasonal_decompose",
    "simple_exp_smoothing",
]
