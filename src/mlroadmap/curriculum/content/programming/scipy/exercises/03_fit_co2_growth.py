"""scipy.optimize.curve_fit: how fast does the CO2 excess grow?

Fitting the parameters of a model that is not linear in them (a growth curve, a
learning-curve extrapolation, a dose-response, a saturation) is an optimisation
problem: find the parameters that make the model closest to the data.
scipy.optimize.curve_fit solves it by nonlinear least squares.

    Atmospheric CO2 at Mauna Loa stays above a pre-industrial level of about 280 ppm,
    and the excess over it has grown roughly exponentially:

        y(t) = 280 + A * exp(r * (t - 1958))

    A (ppm) is the excess in 1958 and r (per year) its growth rate.

    t is a 1-D float array of times in decimal years (the year plus the fraction of
    it that has passed: 2 July 1958 is about 1958.5); y holds the CO2 values in ppm
    at those times, with no NaN. Return np.array([A, r]), the parameters that
    minimise the sum of squared errors

        sum over i of (y[i] - 280 - A * exp(r * (t[i] - 1958))) ** 2

    with scipy.optimize.curve_fit. Start the search from A = 30, r = 0.01
    (p0=(30.0, 0.01)): from curve_fit's default start, A = r = 1, exp(r * 43)
    is about 10**18 and the search gets lost.

The result is compared with a relative tolerance of 1e-4, so any least-squares
route that converges passes (curve_fit, least_squares, minimize). Transforming the
data first (a straight line through log(y - 280)) fits a different criterion and
gives different parameters.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
from scipy import optimize


def fit_co2_growth(t: np.ndarray, y: np.ndarray) -> np.ndarray:
    # TODO: write the model as a function model(t, A, r), then call
    # optimize.curve_fit with a sensible starting point.
    raise NotImplementedError("fit_co2_growth: replace this line with your code")
