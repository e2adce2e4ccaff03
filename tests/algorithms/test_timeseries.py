"""mlroadmap.algorithms.timeseries against statsmodels and pandas, on the Mauna Loa CO2 series."""

from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest
from statsmodels.tsa import stattools
from statsmodels.tsa.ar_model import AutoReg
from statsmodels.tsa.filters.filtertools import convolution_filter
from statsmodels.tsa.holtwinters import Holt, SimpleExpSmoothing
from statsmodels.tsa.seasonal import seasonal_decompose as sm_seasonal_decompose
from statsmodels.tsa.tsatools import lagmat as sm_lagmat

from mlroadmap.algorithms import timeseries as ts
from mlroadmap.datasets import load_co2

MONTHLY = load_co2("MS", fill="linear").values  # 526 months
WEEKLY = load_co2(fill="linear").values  # 2284 weeks
RNG = np.random.default_rng(20240601)
NOISE = RNG.normal(size=300)


def _ar2(n: int, seed: int) -> np.ndarray:
    """A seeded AR(2) process x_t = 2 + 0.6 x_{t-1} - 0.3 x_{t-2} + e_t."""
    e = np.random.default_rng(seed).normal(size=n + 50)
    x = np.zeros(n + 50)
    for t in range(2, n + 50):
        x[t] = 2.0 + 0.6 * x[t - 1] - 0.3 * x[t - 2] + e[t]
    return x[50:]


AR2 = _ar2(400, 7)
SERIES = {
    "co2 monthly": MONTHLY,
    "co2 weekly": WEEKLY,
    "co2 monthly, differenced": np.diff(MONTHLY),
    "white noise": NOISE,
    "AR(2)": AR2,
}


# ---------------------------------------------------------------- moving averages


@pytest.mark.parametrize("window", [1, 2, 3, 4, 7, 12, 13, 52])
@pytest.mark.parametrize("name", ["co2 monthly", "co2 weekly", "white noise"])
def test_trailing_moving_average_matches_pandas_rolling(name, window):
    x = SERIES[name]
    expected = pd.Series(x).rolling(window).mean().to_numpy()
    np.testing.assert_allclose(ts.moving_average(x, window), expected, rtol=1e-9, equal_nan=True)
    theirs = convolution_filter(x, np.full(window, 1.0 / window), nsides=1)
    np.testing.assert_allclose(ts.moving_average(x, window), theirs, rtol=1e-12, equal_nan=True)


@pytest.mark.parametrize("window", [1, 3, 5, 13, 53])
def test_centred_odd_moving_average_matches_pandas_center(window):
    x = MONTHLY
    expected = pd.Series(x).rolling(window, center=True).mean().to_numpy()
    np.testing.assert_allclose(
        ts.moving_average(x, window, centered=True), expected, rtol=1e-9, equal_nan=True
    )


@pytest.mark.parametrize("window", [2, 4, 12, 52])
@pytest.mark.parametrize("name", ["co2 monthly", "co2 weekly", "AR(2)"])
def test_centred_even_moving_average_is_the_2xm_average(name, window):
    x = SERIES[name]
    ours = ts.moving_average(x, window, centered=True)
    # a w-average followed by a 2-average, moved back by w/2 so that it is centred
    two_by_m = pd.Series(x).rolling(window).mean().rolling(2).mean().shift(-(window // 2)).to_numpy()
    np.testing.assert_allclose(ours, two_by_m, rtol=1e-9, equal_nan=True)
    filt = np.r_[0.5, np.ones(window - 1), 0.5] / window  # what seasonal_decompose uses
    np.testing.assert_allclose(ours, convolution_filter(x, filt, nsides=2), rtol=1e-12, equal_nan=True)
    assert np.isnan(ours[: window // 2]).all() and np.isnan(ours[-(window // 2) :]).all()
    assert not np.isnan(ours[window // 2 : -(window // 2)]).any()


def test_moving_average_edge_cases():
    x = np.array([4.0, 1.0, 7.0, 2.0])
    np.testing.assert_array_equal(ts.moving_average(x, 1), x)
    np.testing.assert_array_equal(ts.moving_average(x, 1, centered=True), x)
    np.testing.assert_allclose(ts.moving_average(x, 4), [np.nan, np.nan, np.nan, 3.5], equal_nan=True)
    np.testing.assert_allclose(
        ts.moving_average(x[:3], 3, centered=True), [np.nan, 4.0, np.nan], equal_nan=True
    )
    assert np.isnan(ts.moving_average(x, 4, centered=True)).all()  # the 2×4 filter needs 5 values
    assert ts.moving_average([1, 2, 3], 2).dtype == np.float64  # integers are accepted


# ---------------------------------------------------------------- decomposition


@pytest.mark.parametrize("model", ["additive", "multiplicative"])
@pytest.mark.parametrize(
    ("name", "period"),
    [("co2 monthly", 12), ("co2 monthly", 7), ("co2 monthly", 4), ("co2 weekly", 52), ("co2 weekly", 53)],
)
def test_seasonal_decompose_matches_statsmodels(name, period, model):
    x = SERIES[name]
    ours = ts.seasonal_decompose(x, period, model)
    theirs = sm_seasonal_decompose(x, model=model, period=period)
    for part in ("trend", "seasonal", "resid"):
        np.testing.assert_allclose(
            getattr(ours, part), getattr(theirs, part), rtol=1e-10, atol=1e-12, equal_nan=True, err_msg=part
        )
        assert np.array_equal(np.isnan(getattr(ours, part)), np.isnan(getattr(theirs, part))), part
    np.testing.assert_array_equal(ours.observed, x)


def test_seasonal_pattern_is_centred_and_periodic():
    add = ts.seasonal_decompose(MONTHLY, 12)
    np.testing.assert_allclose(add.seasonal[:12].sum(), 0.0, atol=1e-10)
    np.testing.assert_array_equal(add.seasonal[12:24], add.seasonal[:12])
    mul = ts.seasonal_decompose(MONTHLY, 12, "mul")
    np.testing.assert_allclose(mul.seasonal[:12].mean(), 1.0, rtol=1e-12)
    rebuilt = add.trend + add.seasonal + add.resid
    np.testing.assert_allclose(rebuilt[6:-6], MONTHLY[6:-6], rtol=1e-12)


@pytest.mark.parametrize("period", [2, 3, 12])
def test_seasonal_decompose_on_exactly_two_periods(period):
    x = 10.0 + np.random.default_rng(period).normal(size=2 * period)
    for model in ("additive", "multiplicative"):
        ours = ts.seasonal_decompose(x, period, model)
        theirs = sm_seasonal_decompose(x, model=model, period=period)
        np.testing.assert_allclose(ours.seasonal, theirs.seasonal, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(ours.resid, theirs.resid, rtol=1e-10, atol=1e-12, equal_nan=True)


# ---------------------------------------------------------------- autocorrelation


@pytest.mark.parametrize("adjusted", [False, True])
@pytest.mark.parametrize("name", list(SERIES))
def test_acovf_matches_statsmodels(name, adjusted):
    x = SERIES[name]
    np.testing.assert_allclose(
        ts.acovf(x, 60, adjusted=adjusted),
        stattools.acovf(x, adjusted=adjusted, fft=False)[:61],
        rtol=1e-9,
        atol=1e-12,
    )


@pytest.mark.parametrize("nlags", [None, 0, 1, 40])
@pytest.mark.parametrize("name", list(SERIES))
def test_acf_matches_statsmodels(name, nlags):
    x = SERIES[name]
    expected = stattools.acf(x, nlags=nlags, fft=False)  # the direct sums, not statsmodels' own FFT
    np.testing.assert_allclose(ts.acf(x, nlags), expected, rtol=1e-9, atol=1e-12)


def test_acf_of_a_short_series_to_its_last_lag():
    x = np.array([2.0, 5.0, 1.0, 4.0, 3.0])
    np.testing.assert_allclose(ts.acf(x, 4), stattools.acf(x, nlags=4, fft=False), rtol=1e-12, atol=1e-15)
    # by hand: deviations -1, 2, -2, 1, 0; gamma_1 = (-2 - 4 - 2 + 0) / 5, gamma_0 = 10 / 5
    assert ts.acf(x, 1)[1] == pytest.approx(-8 / 10)


@pytest.mark.parametrize(
    ("method", "aliases"), [("yw", ["ywadjusted", "ld"]), ("ywm", ["ywmle", "ldb"]), ("ols", ["ols"])]
)
@pytest.mark.parametrize("name", list(SERIES))
def test_pacf_matches_statsmodels(name, method, aliases):
    x = SERIES[name]
    for nlags in (None, 1, 5, 30):
        ours = ts.pacf(x, nlags, method)
        for alias in aliases:
            np.testing.assert_allclose(
                ours, stattools.pacf(x, nlags=nlags, method=alias), rtol=1e-8, atol=1e-10, err_msg=alias
            )


def test_pacf_up_to_half_the_series():
    x = NOISE[:20]
    for method in ("yw", "ywm", "ols"):
        np.testing.assert_allclose(
            ts.pacf(x, 10, method), stattools.pacf(x, nlags=10, method=method), rtol=1e-8
        )


def test_pacf_of_an_ar2_process_cuts_off_after_lag_2():
    values = ts.pacf(_ar2(5000, 3), 6, "ols")
    assert values[1] == pytest.approx(0.6 / 1.3, abs=0.03)  # rho_1 = phi_1 / (1 - phi_2)
    assert values[2] == pytest.approx(-0.3, abs=0.03)
    assert np.abs(values[3:]).max() < 0.05


def test_levinson_durbin_matches_statsmodels():
    for x in (MONTHLY, AR2, NOISE):
        gamma = stattools.acovf(x, fft=False)[:16]
        phi, variance, partial = ts.levinson_durbin(gamma)
        sigma_v, arcoefs, pacf_theirs, sigma, _ = stattools.levinson_durbin(gamma, nlags=15, isacov=True)
        np.testing.assert_allclose(phi, arcoefs, rtol=1e-8, atol=1e-10)
        np.testing.assert_allclose(partial, pacf_theirs, rtol=1e-8, atol=1e-10)
        np.testing.assert_allclose(variance[1:], sigma[1:], rtol=1e-8)  # statsmodels leaves sigma[0] at 0
        assert variance[0] == gamma[0]
        assert variance[-1] == pytest.approx(sigma_v)
        # the AR(15) coefficients solve the Yule-Walker system of order 15
        toeplitz = gamma[np.abs(np.subtract.outer(np.arange(15), np.arange(15)))]
        np.testing.assert_allclose(toeplitz @ phi, gamma[1:], rtol=1e-6, atol=1e-8)


# ---------------------------------------------------------------- exponential smoothing


def _quiet(fit):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # statsmodels' convergence and index notices
        return fit()


@pytest.mark.parametrize("alpha", [0.0, 0.1, 0.5, 0.9, 1.0])
@pytest.mark.parametrize("name", ["co2 monthly", "white noise", "AR(2)"])
def test_simple_exp_smoothing_matches_statsmodels(name, alpha):
    x = SERIES[name]
    for initial in (None, float(x[:12].mean())):
        ours = ts.simple_exp_smoothing(x, alpha, initial_level=initial)
        level0 = x[0] if initial is None else initial
        model = SimpleExpSmoothing(x, initialization_method="known", initial_level=level0)
        theirs = _quiet(lambda m=model: m.fit(smoothing_level=alpha, optimized=False))
        np.testing.assert_allclose(ours.fittedvalues, theirs.fittedvalues, rtol=1e-10)
        np.testing.assert_allclose(ours.level, theirs.level, rtol=1e-10)
        np.testing.assert_allclose(ours.forecast(24), theirs.forecast(24), rtol=1e-10)
        assert ours.trend is None


@pytest.mark.parametrize(("alpha", "beta"), [(0.5, 0.1), (0.9, 0.5), (0.2, 0.0), (1.0, 1.0), (0.0, 0.3)])
@pytest.mark.parametrize("name", ["co2 monthly", "co2 weekly", "AR(2)"])
def test_holt_matches_statsmodels(name, alpha, beta):
    x = SERIES[name]
    for level0, trend0 in ((None, None), (float(x[0]) - 1.0, 0.25)):
        ours = ts.holt(x, alpha, beta, initial_level=level0, initial_trend=trend0)
        model = Holt(
            x,
            initialization_method="known",
            initial_level=x[0] if level0 is None else level0,
            initial_trend=x[1] - x[0] if trend0 is None else trend0,
        )
        theirs = _quiet(lambda m=model: m.fit(smoothing_level=alpha, smoothing_trend=beta, optimized=False))
        np.testing.assert_allclose(ours.fittedvalues, theirs.fittedvalues, rtol=1e-9)
        np.testing.assert_allclose(ours.level, theirs.level, rtol=1e-9)
        np.testing.assert_allclose(ours.trend, theirs.trend, rtol=1e-7, atol=1e-9)
        np.testing.assert_allclose(ours.forecast(60), theirs.forecast(60), rtol=1e-9)


def test_smoothing_extremes():
    x = np.array([3.0, 5.0, 4.0, 6.0])
    ones = ts.simple_exp_smoothing(x, 1.0)
    np.testing.assert_array_equal(ones.level, x)  # alpha = 1: the level is the last observation
    np.testing.assert_array_equal(ones.fittedvalues, [3.0, 3.0, 5.0, 4.0])
    zero = ts.simple_exp_smoothing(x, 0.0, initial_level=2.5)
    np.testing.assert_array_equal(zero.level, 2.5)  # alpha = 0: nothing is learnt
    np.testing.assert_array_equal(zero.forecast(3), 2.5)
    line = np.arange(10.0) * 2 + 1
    # a line is followed exactly once the state before x_0 lies on it: level x_0 - slope
    on_line = ts.holt(line, 0.3, 0.2, initial_level=-1.0, initial_trend=2.0)
    np.testing.assert_allclose(on_line.fittedvalues, line)
    np.testing.assert_allclose(on_line.forecast(3), [21.0, 23.0, 25.0])


# ---------------------------------------------------------------- autoregression


@pytest.mark.parametrize("trim", ["both", "forward"])
@pytest.mark.parametrize("maxlag", [1, 3, 12])
def test_lagmat_matches_statsmodels(maxlag, trim):
    x = MONTHLY[:40]
    np.testing.assert_array_equal(ts.lagmat(x, maxlag, trim), sm_lagmat(x, maxlag, trim=trim))


@pytest.mark.parametrize("p", [1, 2, 3, 12, 13])
@pytest.mark.parametrize("name", ["co2 monthly", "co2 monthly, differenced", "AR(2)", "white noise"])
def test_fit_ar_matches_autoreg(name, p):
    x = SERIES[name]
    result = AutoReg(x, lags=p).fit()
    params = ts.fit_ar(x, p)
    np.testing.assert_allclose(params, result.params, rtol=1e-8, atol=1e-8)
    np.testing.assert_allclose(ts.forecast_ar(params, x, 36), result.forecast(36), rtol=1e-8)
    # forecasting from statsmodels' own parameters: the recurrence alone, to rounding
    np.testing.assert_allclose(ts.forecast_ar(result.params, x, 36), result.forecast(36), rtol=1e-12)


def test_fit_ar_recovers_a_known_process():
    c, phi1, phi2 = ts.fit_ar(_ar2(20000, 11), 2)
    assert (c, phi1, phi2) == pytest.approx((2.0, 0.6, -0.3), abs=0.03)


def test_fit_ar_on_the_smallest_sample():
    x = np.array([1.0, 3.0, 2.0, 5.0, 4.0])  # p = 2: 3 equations, 3 unknowns, an exact fit
    params = ts.fit_ar(x, 2)
    theirs = _quiet(lambda: AutoReg(x, lags=2).fit())  # no residual degrees of freedom left: it warns
    np.testing.assert_allclose(params, theirs.params, rtol=1e-8, atol=1e-10)
    np.testing.assert_allclose(np.column_stack([np.ones(3), ts.lagmat(x, 2)]) @ params, x[2:], atol=1e-10)


def test_forecast_ar_by_hand():
    # x_t = 1 + 0.5 x_{t-1} + 0.25 x_{t-2}; history ends with 4, 8
    np.testing.assert_allclose(ts.forecast_ar([1.0, 0.5, 0.25], [0.0, 4.0, 8.0], 2), [6.0, 6.0])


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("call", "phrase"),
    [
        (lambda: ts.moving_average([1.0, np.nan, 2.0], 2), "NaN or infinity"),
        (lambda: ts.moving_average([1.0, np.inf], 1), "NaN or infinity"),
        (lambda: ts.moving_average(np.ones((3, 2)), 2), "1-D series"),
        (lambda: ts.moving_average([], 1), "at least 1"),
        (lambda: ts.moving_average([1.0, 2.0], 0), "at least 1"),
        (lambda: ts.moving_average([1.0, 2.0], 3), "at most 2"),
        (lambda: ts.moving_average([1.0, 2.0], 1.5), "whole number"),
        (lambda: ts.moving_average(["a", "b"], 1), "array of numbers"),
        (lambda: ts.seasonal_decompose(MONTHLY, 1), "at least 2"),
        (lambda: ts.seasonal_decompose(MONTHLY[:23], 12), "two full periods"),
        (lambda: ts.seasonal_decompose(MONTHLY, 12, "log"), "'additive' or 'multiplicative'"),
        (lambda: ts.seasonal_decompose(np.diff(MONTHLY), 12, "multiplicative"), "positive values"),
        (lambda: ts.acf([1.0, 2.0, 3.0], 3), "at most 2"),
        (lambda: ts.acf([1.0], 0), "at least 2"),
        (lambda: ts.acf(np.full(10, 3.0), 2), "constant"),
        (lambda: ts.acf([1.0, 2.0, 3.0], -1), "at least 0"),
        (lambda: ts.pacf(NOISE[:20], 11), "at most 10"),
        (lambda: ts.pacf(NOISE, 5, "burg"), "method must be"),
        (lambda: ts.pacf(np.ones(30), 3), "constant"),
        (lambda: ts.levinson_durbin([0.0, 1.0]), "must be positive"),
        (lambda: ts.simple_exp_smoothing(MONTHLY, 1.5), "in [0, 1]"),
        (lambda: ts.simple_exp_smoothing(MONTHLY, np.nan), "number in [0, 1]"),
        (lambda: ts.simple_exp_smoothing(MONTHLY, 0.5, initial_level=np.inf), "finite number"),
        (lambda: ts.holt(MONTHLY, 0.5, -0.1), "beta must lie"),
        (lambda: ts.holt([1.0], 0.5, 0.5), "at least 2"),
        (lambda: ts.simple_exp_smoothing(MONTHLY, 0.5).forecast(0), "at least 1"),
        (lambda: ts.lagmat(MONTHLY[:5], 5), "at most 4"),
        (lambda: ts.lagmat(MONTHLY[:5], 2, trim="backward"), "trim must be"),
        (lambda: ts.fit_ar(MONTHLY[:6], 3), "at least 7 values"),
        (lambda: ts.fit_ar(MONTHLY, 0), "at least 1"),
        (lambda: ts.forecast_ar([1.0], MONTHLY, 3), "at least 2"),
        (lambda: ts.forecast_ar([1.0, 0.5, 0.2], [1.0], 3), "at least 2"),
        (lambda: ts.forecast_ar([1.0, 0.5], MONTHLY, 0), "at least 1"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(call, phrase):
    with pytest.raises(ValueError, match=re.escape(phrase)):
        call()
