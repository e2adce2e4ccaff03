"""Figures of the python-basics lesson, drawn from the Mauna Loa CO2 series."""

from __future__ import annotations

from mlroadmap.datasets import load_co2


def figure_windows():
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    series = load_co2("MS", fill="linear").values
    window, horizon, n = 12, 3, 40
    shown = 8  # the first pairs, one per row

    figure, (top, bottom) = plt.subplots(
        2, 1, figsize=(8, 5.2), sharex=True, gridspec_kw={"height_ratios": [1, 1.4]}
    )
    top.plot(range(n), series[:n], marker="o", ms=3, color="tab:gray")
    top.axvspan(-0.5, window - 0.5, color="tab:blue", alpha=0.15, label=f"inputs of pair 0 ({window} months)")
    top.axvspan(
        window - 0.5,
        window + horizon - 0.5,
        color="tab:orange",
        alpha=0.3,
        label=f"target ({horizon} months)",
    )
    top.set(ylabel="CO2 (ppm)", title="Monthly CO2 at Mauna Loa from March 1958: one training pair")
    top.legend(fontsize=8, loc="upper left")

    for i in range(shown):
        for t in range(i, i + window):
            bottom.add_patch(Rectangle((t - 0.45, i - 0.4), 0.9, 0.8, color="tab:blue", alpha=0.6))
        for t in range(i + window, i + window + horizon):
            bottom.add_patch(Rectangle((t - 0.45, i - 0.4), 0.9, 0.8, color="tab:orange"))
    count = n - window - horizon + 1
    bottom.set(
        xlim=(-1, n),
        ylim=(shown - 0.5, -0.5),
        xlabel="month",
        ylabel="pair i",
        title=f"Pairs start one month apart: {n} months give {count} pairs (the first {shown} shown)",
    )
    figure.tight_layout()
    return figure
