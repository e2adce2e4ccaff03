"""Figures of the pandas lesson, drawn with pandas from the penguins and the Mauna Loa CO2 series."""

from __future__ import annotations

from typing import Any

import numpy as np


def figure_mass_pivot() -> Any:
    import matplotlib.pyplot as plt
    import pandas as pd

    from mlroadmap.datasets import load_penguins

    df = pd.DataFrame(load_penguins())
    table = df.pivot_table(
        values="body_mass_g",
        index="species",
        columns="island",
        aggfunc="mean",
        margins=True,
        margins_name="All",
    )
    counts = df.pivot_table(
        values="body_mass_g",
        index="species",
        columns="island",
        aggfunc="count",
        margins=True,
        margins_name="All",
    )
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    image = ax.imshow(np.ma.masked_invalid(table.to_numpy()), cmap="viridis")
    for i in range(table.shape[0]):
        for j in range(table.shape[1]):
            value = table.iat[i, j]
            text = "no penguin\n(NaN)" if np.isnan(value) else f"{value:.0f} g\nn = {counts.iat[i, j]:.0f}"
            colour = "white" if value < 4500 else "black"
            ax.text(j, i, text, ha="center", va="center", fontsize=8, color=colour)
    ax.set_xticks(range(table.shape[1]), table.columns)
    ax.set_yticks(range(table.shape[0]), table.index)
    ax.set(title="pivot_table(aggfunc='mean', margins=True)", xlabel="island", ylabel="species")
    colorbar = fig.colorbar(image, ax=ax)
    colorbar.ax.set_xlabel("mean (g)", fontsize=8)
    fig.tight_layout()
    return fig


def figure_co2_resample() -> Any:
    import matplotlib.pyplot as plt
    import pandas as pd

    from mlroadmap.datasets import load_co2

    dates, values = load_co2()
    weekly = pd.Series(values, index=pd.DatetimeIndex(dates), name="co2")["1985":"1994"]
    co2 = weekly.resample("MS").mean()
    trend = co2.rolling(12).mean()
    yoy = co2.diff(12)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7.0, 5.2), sharex=True, height_ratios=(2, 1))
    top.plot(weekly.index, weekly.to_numpy(), ".", ms=2, color="0.6", label="weekly values")
    top.plot(co2.index, co2.to_numpy(), lw=1, label="resample('MS').mean()")
    top.plot(trend.index, trend.to_numpy(), lw=2.5, label="rolling(12).mean()")
    top.set(title="Mauna Loa CO2, 1985–1994", ylabel="CO2 (ppm)")
    top.legend(loc="upper left", fontsize=8)
    bottom.bar(yoy.index, yoy.to_numpy(), width=25, color="tab:green")
    bottom.set(
        title="diff(12): growth over the same month a year earlier", xlabel="month", ylabel="ppm per year"
    )
    fig.tight_layout()
    return fig
