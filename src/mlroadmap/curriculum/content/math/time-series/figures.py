"""Figures of the time-series lesson, all on the Mauna Loa CO2 series (monthly means)."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.timeseries import acf, holt, seasonal_decompose, simple_exp_smoothing
from mlroadmap.datasets import load_co2


def figure_decomposition():
    import matplotlib.pyplot as plt

    dates, x = load_co2("MS", fill="linear")
    parts = seasonal_decompose(x, period=12)
    figure, axes = plt.subplots(3, 1, figsize=(10, 7.5), sharex=True)
    axes[0].plot(dates, x, color="tab:gray", linewidth=0.8, label="monthly mean")
    axes[0].plot(dates, parts.trend, color="tab:red", linewidth=1.6, label="trend (2×12 moving average)")
    axes[0].set(ylabel="CO2 (ppm)", title="Mauna Loa CO2, 1958–2001: the series and its trend")
    axes[0].legend(loc="upper left")
    axes[1].plot(dates, parts.seasonal, color="tab:green", linewidth=0.9)
    axes[1].set(ylabel="ppm", title="Seasonal component: the same 12 values every year (peak in May)")
    axes[2].plot(dates, parts.resid, color="tab:blue", linewidth=0.7)
    axes[2].axhline(0.0, color="black", linewidth=0.6)
    axes[2].set(ylabel="ppm", xlabel="date", title="Residual: what trend and season leave (NaN at the ends)")
    figure.tight_layout()
    return figure


def figure_acf():
    import matplotlib.pyplot as plt

    _, x = load_co2("MS", fill="linear")
    series = {
        "CO2 level: slow decay, the trend dominates": x,
        "month-to-month change: peaks at lags 12, 24, 36": np.diff(x),
    }
    lags = np.arange(41)
    figure, axes = plt.subplots(1, 2, figsize=(11, 3.8), sharey=True)
    for ax, (title, values) in zip(axes, series.items(), strict=True):
        r = acf(values, nlags=40)
        ax.vlines(lags, 0.0, r, color="tab:blue", linewidth=2)
        ax.plot(lags, r, "o", color="tab:blue", markersize=3)
        band = 1.96 / np.sqrt(len(values))  # where white noise would stay 95% of the time
        ax.axhspan(-band, band, color="tab:gray", alpha=0.3, label="±1.96/√n")
        ax.axhline(0.0, color="black", linewidth=0.6)
        ax.set(xlabel="lag k (months)", title=title)
    axes[0].set_ylabel("autocorrelation r_k")
    axes[0].legend(loc="lower left")
    figure.tight_layout()
    return figure


def figure_holt_forecast():
    import matplotlib.pyplot as plt

    dates, x = load_co2("MS", fill="linear")
    split = int(np.flatnonzero(dates == np.datetime64("1997-01-01"))[0])  # hold out 1997–2001
    train, test = x[:split], x[split:]
    steps = len(test)
    # exponential smoothing has no season: smooth the seasonally adjusted series, then add
    # the seasonal pattern back for the months ahead
    parts = seasonal_decompose(train, period=12)
    adjusted = train - parts.seasonal
    pattern = parts.seasonal[:12]
    ahead = pattern[(split + np.arange(steps)) % 12]
    forecasts = {
        "simple exponential smoothing (alpha 0.5): flat": simple_exp_smoothing(adjusted, 0.5).forecast(steps),
        "Holt (alpha 0.5, beta 0.05): level + trend": holt(adjusted, 0.5, 0.05).forecast(steps),
    }
    figure, ax = plt.subplots(figsize=(10, 4.2))
    recent = dates[:split] >= np.datetime64("1990-01-01")  # the last training years, for scale
    ax.plot(dates[:split][recent], train[recent], color="tab:gray", label="training data (from 1990)")
    ax.plot(dates[split:], test, color="black", linewidth=1.2, label="held out: 1997–2001")
    colours = ("tab:orange", "tab:red")
    for (label, values), colour in zip(forecasts.items(), colours, strict=True):
        ax.plot(dates[split:], values + ahead, color=colour, linestyle="--", label=label + ", + season")
    ax.set(
        xlabel="date",
        ylabel="CO2 (ppm)",
        title="Forecasting five years ahead from the seasonally adjusted series",
    )
    ax.legend(loc="upper left", fontsize=8)
    figure.tight_layout()
    return figure
