"""The time-series topic's solutions against statsmodels and pandas.

Each solution file is what `mlroadmap solution` shows, and each check's reference is a
function of `mlroadmap.algorithms.timeseries`; both must agree with the real library.
Here every solution is compared with statsmodels (and pandas where it has the same
computation) on the check's own cases and on extra seeded data, under the exercise's
own `Rule`, and the rule is shown to accept a different correct method.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from statsmodels.tsa.ar_model import AutoReg
from statsmodels.tsa.filters.filtertools import convolution_filter
from statsmodels.tsa.holtwinters import SimpleExpSmoothing
from statsmodels.tsa.seasonal import seasonal_decompose
from statsmodels.tsa.stattools import acf

from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case, Check
from mlroadmap.grading.worker import call, load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/math/time-series"


def _check(file: str) -> Check:
    return load_module(TOPIC / "checks" / file).CHECK


def _solution(file: str) -> Any:
    return getattr(load_module(TOPIC / "solutions" / file), _check(file).function)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution and the check's reference match ``oracle`` under the check's rule."""
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args)
        for name, function in (("solution", solution), ("reference", check.reference)):
            problem = compare(expected, call(function, case), check.rule)
            assert problem is None, f"{file} {name}, case '{case.name}': {problem}"


def _quiet(fit: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # statsmodels' notices about indexes and small samples
        return fit()


# ---------------------------------------------------------------- 01 centred moving average


def test_centered_moving_average_matches_statsmodels_filter() -> None:
    rng = np.random.default_rng(101)
    extra = [
        Case(f"random walk of {n}, period {m}, seed 101", (np.cumsum(rng.normal(size=n)), m))
        for n, m in [(3, 2), (4, 3), (25, 2), (60, 12), (61, 7), (400, 52), (400, 53)]
    ]

    def oracle(x: np.ndarray, period: int) -> np.ndarray:
        if period % 2 == 0:
            filt = np.array([0.5] + [1.0] * (period - 1) + [0.5]) / period  # seasonal_decompose's
        else:
            filt = np.repeat(1.0 / period, period)
        return np.asarray(convolution_filter(np.asarray(x, dtype=float), filt, nsides=2))

    _agree("01_centered_moving_average.py", oracle, extra)


def test_centered_moving_average_is_seasonal_decompose_trend_and_pandas_rolling() -> None:
    solution = _solution("01_centered_moving_average.py")
    for case in _check("01_centered_moving_average.py").cases():
        x, period = case.args
        got = solution(x.copy(), period)
        if len(x) >= 2 * period:
            trend = seasonal_decompose(x, period=period).trend
            np.testing.assert_allclose(got, trend, rtol=1e-9, equal_nan=True, err_msg=case.name)
        series = pd.Series(x)
        if period % 2:
            expected = series.rolling(period, center=True).mean()
        else:
            expected = series.rolling(period).mean().rolling(2).mean().shift(-(period // 2))
        np.testing.assert_allclose(got, expected.to_numpy(), rtol=1e-9, equal_nan=True, err_msg=case.name)


def test_centered_moving_average_rule_accepts_cumulative_sums() -> None:
    check = _check("01_centered_moving_average.py")

    def by_cumsum(x: np.ndarray, period: int) -> np.ndarray:  # two w-averages, averaged
        c = np.concatenate(([0.0], np.cumsum(x)))
        means = (c[period:] - c[:-period]) / period
        out = np.full(len(x), np.nan)
        if period % 2:
            out[period // 2 : len(x) - period // 2] = means
        else:
            out[period // 2 : len(x) - period // 2] = (means[:-1] + means[1:]) / 2
        return out

    for case in check.cases():
        assert compare(call(check.reference, case), call(by_cumsum, case), check.rule) is None, case.name


# ---------------------------------------------------------------- 02 autocorrelation


def test_autocorrelation_matches_statsmodels_acf() -> None:
    rng = np.random.default_rng(202)
    extra = [
        Case(f"random, n = {n}, lag {k}, seed 202", (rng.normal(size=n) * 3 + 7, k))
        for n, k in [(2, 1), (2, 0), (10, 9), (50, 1), (300, 25)]
    ]
    _agree("02_autocorrelation.py", lambda x, k: float(acf(x, nlags=k, fft=False)[k]), extra)
    _agree("02_autocorrelation.py", lambda x, k: float(acf(x, nlags=k, fft=True)[k]), extra)


def test_autocorrelation_rule_accepts_np_correlate() -> None:
    check = _check("02_autocorrelation.py")

    def by_correlate(x: np.ndarray, k: int) -> float:
        d = x - x.mean()
        full = np.correlate(d, d, mode="full")[len(x) - 1 :]
        return float(full[k] / full[0])

    for case in check.cases():
        assert compare(call(check.reference, case), call(by_correlate, case), check.rule) is None, case.name


# ---------------------------------------------------------------- 03 exponential smoothing


def test_exponential_smoothing_matches_statsmodels() -> None:
    rng = np.random.default_rng(303)
    extra = [
        Case(f"random walk of {n}, alpha {a}, seed 303", (50 + np.cumsum(rng.normal(size=n)), a))
        for n, a in [(2, 0.5), (3, 1.0), (40, 0.01), (500, 0.35)]
    ]

    def oracle(x: np.ndarray, alpha: float) -> np.ndarray:
        model = SimpleExpSmoothing(
            np.asarray(x, dtype=float), initialization_method="known", initial_level=x[0]
        )
        result = _quiet(lambda: model.fit(smoothing_level=alpha, optimized=False))
        return np.append(result.fittedvalues, result.forecast(1))

    extra_long = [c for c in extra if len(c.args[0]) > 1]
    cases = [c for c in _check("03_exponential_smoothing.py").cases() if len(c.args[0]) > 1]
    check, solution = _check("03_exponential_smoothing.py"), _solution("03_exponential_smoothing.py")
    for case in [*cases, *extra_long]:  # statsmodels refuses a series of one value
        expected = oracle(*case.args)
        for function in (solution, check.reference):
            assert compare(expected, call(function, case), check.rule) is None, case.name


def test_exponential_smoothing_of_one_value_and_by_lfilter() -> None:
    from scipy.signal import lfilter

    check, solution = _check("03_exponential_smoothing.py"), _solution("03_exponential_smoothing.py")
    np.testing.assert_array_equal(solution(np.array([7.5]), 0.3), [7.5, 7.5])

    def by_lfilter(x: np.ndarray, alpha: float) -> np.ndarray:
        # l_t = alpha x_t + (1 - alpha) l_{t-1} as a linear filter, with l_{-1} = x_0
        levels = lfilter([alpha], [1.0, alpha - 1.0], x, zi=[(1.0 - alpha) * x[0]])[0]
        return np.r_[x[0], levels]

    for case in check.cases():
        assert compare(call(solution, case), call(by_lfilter, case), check.rule) is None, case.name


# ---------------------------------------------------------------- 04 AR(p) fit


def test_fit_ar_matches_autoreg() -> None:
    rng = np.random.default_rng(404)
    extra = [
        Case(f"random walk of {n}, p = {p}, seed 404", (np.cumsum(rng.normal(size=n)), p))
        for n, p in [(3, 1), (9, 4), (100, 2), (600, 24)]
    ]
    _agree("04_fit_ar.py", lambda x, p: _quiet(lambda: AutoReg(x, lags=p).fit()).params, extra)


def test_fit_ar_forecasts_like_autoreg() -> None:
    from mlroadmap.algorithms.timeseries import forecast_ar

    solution = _solution("04_fit_ar.py")
    for case in _check("04_fit_ar.py").cases():
        x, p = case.args
        theirs = _quiet(lambda x=x, p=p: AutoReg(x, lags=p).fit())
        np.testing.assert_allclose(
            forecast_ar(solution(x.copy(), p), x, 12), theirs.forecast(12), rtol=1e-6, err_msg=case.name
        )


@pytest.mark.parametrize("method", ["normal equations", "QR"])
def test_fit_ar_rule_accepts_other_solvers(method: str) -> None:
    check = _check("04_fit_ar.py")

    def other(x: np.ndarray, p: int) -> np.ndarray:
        n = len(x)
        A = np.column_stack([np.ones(n - p)] + [x[p - j : n - j] for j in range(1, p + 1)])
        if method == "normal equations":
            return np.linalg.solve(A.T @ A, A.T @ x[p:])
        q, r = np.linalg.qr(A)
        return np.linalg.solve(r, q.T @ x[p:])

    for case in check.cases():
        assert compare(call(check.reference, case), call(other, case), check.rule) is None, case.name
