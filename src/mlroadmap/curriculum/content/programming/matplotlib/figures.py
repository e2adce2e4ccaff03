"""Figures of the matplotlib lesson, drawn from the Mauna Loa CO2 series, the Palmer
penguins and a gradient-descent run on the digits."""

from __future__ import annotations

from typing import Any

import numpy as np


def figure_two_panels() -> Any:
    import matplotlib.pyplot as plt

    from mlroadmap.datasets import load_co2, load_penguins

    co2 = load_co2("MS", fill="linear")
    trend = np.convolve(co2.values, np.ones(12) / 12, mode="valid")  # trailing 12-month mean
    penguins = load_penguins()
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8))
    left.plot(co2.dates, co2.values, lw=0.8, label="monthly mean")
    left.plot(co2.dates[11:], trend, lw=2, label="12-month mean")
    left.set(xlabel="date", ylabel="CO2 (ppm)", title="Mauna Loa CO2: ax.plot")
    left.legend()
    for species in sorted(set(penguins["species"])):
        keep = penguins["species"] == species
        right.scatter(penguins["bill_length_mm"][keep], penguins["bill_depth_mm"][keep], s=12, label=species)
    right.set(xlabel="bill length (mm)", ylabel="bill depth (mm)", title="Palmer penguins: ax.scatter")
    right.legend()
    fig.tight_layout()
    return fig


def _training_run(X: np.ndarray, y: np.ndarray, epochs: int, rate: float) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression by gradient descent on 10% of the rows; losses per epoch."""
    order = np.random.default_rng(0).permutation(len(y))
    train, val = order[: len(y) // 10], order[len(y) // 10 :]
    mu, sigma = X[train].mean(axis=0), X[train].std(axis=0)
    Z = np.column_stack([np.ones(len(y)), (X - mu) / np.where(sigma == 0, 1.0, sigma)])
    w = np.zeros(Z.shape[1])
    losses: list[tuple[float, float]] = []
    for _ in range(epochs):
        z = Z[train] @ w
        w -= rate * Z[train].T @ (1.0 / (1.0 + np.exp(-z)) - y[train]) / len(train)
        losses.append(
            tuple(float(np.mean(np.logaddexp(0.0, Z[r] @ w) - y[r] * (Z[r] @ w))) for r in (train, val))
        )
    return np.array(losses)[:, 0], np.array(losses)[:, 1]


def figure_learning_curves() -> Any:
    import matplotlib.pyplot as plt

    from mlroadmap.datasets import load_digits

    digits = load_digits()
    keep = (digits.target == 5) | (digits.target == 9)
    train, val = _training_run(digits.data[keep], (digits.target[keep] == 9).astype(float), 300, 1.0)
    epochs = np.arange(1, len(train) + 1)
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))
    for ax, scale in zip(axes, ("linear", "log"), strict=True):
        ax.plot(epochs, train, label="train")
        ax.plot(epochs, val, label="validation")
        ax.axvline(epochs[np.argmin(val)], color="grey", ls=":", label="lowest validation loss")
        ax.set_yscale(scale)
        ax.set(xlabel="epoch", ylabel="log loss", title=f"digits 5 vs 9, {scale} y axis")
        ax.legend()
    fig.tight_layout()
    return fig


def figure_residuals() -> Any:
    import matplotlib.pyplot as plt

    from mlroadmap.datasets import load_co2

    co2 = load_co2("MS", fill="linear")
    months = np.arange(len(co2.values), dtype=float)
    slope, intercept = np.polyfit(months, co2.values, 1)
    predicted = intercept + slope * months
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
    left.scatter(co2.values, predicted, s=6)
    left.axline((320, 320), slope=1, color="grey")
    left.set(xlabel="actual (ppm)", ylabel="predicted (ppm)", title="A straight line fitted to CO2")
    right.scatter(predicted, co2.values - predicted, s=6)
    right.axhline(0, color="grey")
    right.set(xlabel="predicted (ppm)", ylabel="residual (ppm)", title="Its residuals: a curve, not noise")
    fig.tight_layout()
    return fig
