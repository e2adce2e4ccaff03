"""Figures of the naive-bayes lesson, drawn from the penguins data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_penguins


def figure_densities():
    import matplotlib.pyplot as plt
    from sklearn.naive_bayes import GaussianNB

    penguins = load_penguins()
    flipper = penguins["flipper_length_mm"]
    species = penguins["species"]
    known = ~np.isnan(flipper)
    x, s = flipper[known], species[known].astype(str)
    names = sorted(set(s))
    y = np.searchsorted(names, s)
    model = GaussianNB().fit(x[:, None], y)
    grid = np.linspace(165, 240, 400)
    colours = ["#4c72b0", "#dd8452", "#55a868"]
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(7, 6), sharex=True)
    for k, name in enumerate(names):
        mu, sigma = model.theta_[k, 0], np.sqrt(model.var_[k, 0])
        top.hist(x[y == k], bins=np.arange(165, 241, 3), density=True, alpha=0.35, color=colours[k])
        density = np.exp(-0.5 * (grid - mu) ** 2 / sigma**2) / np.sqrt(2 * np.pi * sigma**2)
        top.plot(grid, density, color=colours[k], label=f"{name}: mean {mu:.0f} mm, sd {sigma:.1f} mm")
    top.set(ylabel="density", title="p(flipper length | species): histograms and the fitted normals")
    top.legend(fontsize=8)
    posterior = model.predict_proba(grid[:, None])
    for k, name in enumerate(names):
        bottom.plot(grid, posterior[:, k], color=colours[k], label=name)
    bottom.legend(fontsize=8)
    bottom.set(
        xlabel="flipper length (mm)",
        ylabel="P(species | flipper length)",
        title="The posterior, with the priors " + " / ".join(f"{q:.0%}" for q in model.class_prior_),
    )
    figure.tight_layout()
    return figure
