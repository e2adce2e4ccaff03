"""The Mauna Loa weekly CO2 series that statsmodels bundles, read without importing statsmodels."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import numpy as np

from mlroadmap.datasets._bundled import _package_dir

FREQUENCIES = ("W-SAT", "MS")
FILLS = (None, "linear", "ffill")


class TimeSeries(NamedTuple):
    """A series with its dates: ``dates, values = load_co2()`` also works."""

    dates: np.ndarray
    """datetime64[D], one per value, increasing"""
    values: np.ndarray
    """float64, NaN where nothing was measured"""


@cache
def _weekly() -> tuple[np.ndarray, np.ndarray]:
    path = _package_dir("statsmodels") / "datasets" / "co2" / "co2.csv"
    with path.open(encoding="utf-8") as f:
        header = f.readline().strip()
        if header != "date,co2":
            raise ValueError(f"{path}: unexpected header {header!r}")
        rows = [line.strip().split(",") for line in f if line.strip()]
    stamps = [d for d, _ in rows]
    dates = np.array([f"{d[:4]}-{d[4:6]}-{d[6:]}" for d in stamps], dtype="datetime64[D]")
    values = np.array([float(v) if v else np.nan for _, v in rows])
    return dates, values


def _monthly_means(dates: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The mean of each calendar month's observed values (NaN for a month without any),
    for every month from the first to the last: pandas' ``resample("MS").mean()``."""
    months = dates.astype("datetime64[M]")
    offset = (months - months[0]).astype(int)
    count = int(offset[-1]) + 1
    observed = ~np.isnan(values)
    sums = np.bincount(offset[observed], weights=values[observed], minlength=count)
    counts = np.bincount(offset[observed], minlength=count)
    means = np.full(count, np.nan)
    np.divide(sums, counts, out=means, where=counts > 0)
    month_starts = (months[0] + np.arange(count)).astype("datetime64[D]")
    return month_starts, means


def _filled(values: np.ndarray, fill: str | None) -> np.ndarray:
    missing = np.isnan(values)
    if fill is None or not missing.any():
        return values
    positions = np.arange(len(values))
    if fill == "linear":  # pandas' interpolate(): straight lines between neighbours, by position
        out = values.copy()
        out[missing] = np.interp(positions[missing], positions[~missing], values[~missing])
        # like pandas, leading NaNs stay NaN (np.interp would copy the first value backwards)
        out[: np.argmax(~missing)] = np.nan
        return out
    # ffill: the index of the last observed value at or before each position
    last = np.maximum.accumulate(np.where(missing, -1, positions))
    return np.where(last >= 0, values[np.maximum(last, 0)], np.nan)


def load_co2(freq: str = "W-SAT", fill: str | None = None) -> TimeSeries:
    """Atmospheric CO2 at Mauna Loa in ppm, March 1958 to December 2001.

    ``freq="W-SAT"`` (the default) gives the 2284 weekly averages as statsmodels ships
    them (``statsmodels.datasets.co2.load_pandas().data``), dated on Saturdays, with 59
    weeks missing (NaN). ``freq="MS"`` gives the 526 monthly means, dated on the first
    of each month, as pandas' ``resample("MS").mean()`` computes them; 5 months have no
    measurement at all and are NaN.

    ``fill`` fills the gaps: None keeps the NaNs; ``"linear"`` draws a straight line
    between the neighbouring values, as pandas' ``Series.interpolate()``; ``"ffill"``
    repeats the last observed value, as ``Series.ffill()``. For the lessons, the monthly
    series with linear filling is the usual choice: ``load_co2("MS", fill="linear")``.

    Each call returns fresh arrays, so changing them in place is harmless.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be 'W-SAT' (weekly) or 'MS' (monthly means), got {freq!r}.")
    if fill not in FILLS:
        raise ValueError(f"fill must be None, 'linear' or 'ffill', got {fill!r}.")
    dates, values = _weekly()
    if freq == "MS":
        dates, values = _monthly_means(dates, values)
    return TimeSeries(dates.copy(), _filled(values, fill).copy())
