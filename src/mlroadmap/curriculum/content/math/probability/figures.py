"""Figures of the probability lesson: six distributions, the law of large numbers and the CLT.

Every sample is drawn with ``mlroadmap.algorithms.stats`` and a fixed seed.
"""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms import stats


def figure_distributions():
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(2, 3, figsize=(12, 6.5))
    discrete = [
        ("Bernoulli(p = 0.3): one click", stats.bernoulli(0.3), np.arange(0, 2)),
        ("Binomial(n = 20, p = 0.3): clicks in 20 visits", stats.binom(20, 0.3), np.arange(0, 21)),
        ("Poisson(μ = 4): emails per hour", stats.poisson(4.0), np.arange(0, 15)),
    ]
    for ax, (title, distribution, k) in zip(axes[0], discrete, strict=True):
        draws = distribution.rvs(5000, random_state=1)
        counts = np.array([np.mean(draws == j) for j in k])
        ax.bar(k, counts, width=0.8, color="#9ecae1", label="5,000 draws")
        ax.plot(k, distribution.pmf(k), "o", color="#08519c", label="pmf")
        ax.set(title=title, xlabel="k", ylabel="P(X = k)")
        ax.set_xticks(k if k.size <= 2 else k[::5])
        ax.legend(fontsize=8)
    continuous = [
        ("Normal(μ = 0, σ = 1): noise", stats.norm(0.0, 1.0), np.linspace(-4, 4, 300)),
        ("Exponential(scale = 1/λ = 2): waiting time", stats.expon(scale=2.0), np.linspace(0, 14, 300)),
        ("Beta(a = 3, b = 8): a click rate", stats.beta(3.0, 8.0), np.linspace(0, 1, 300)),
    ]
    for ax, (title, distribution, x) in zip(axes[1], continuous, strict=True):
        draws = distribution.rvs(5000, random_state=2)
        ax.hist(draws, bins=40, range=(x[0], x[-1]), density=True, color="#fdd0a2", label="5,000 draws")
        ax.plot(x, distribution.pdf(x), color="#a63603", linewidth=2, label="pdf")
        ax.set(title=title, xlabel="x", ylabel="density f(x)")
        ax.legend(fontsize=8)
    figure.tight_layout()
    return figure


def figure_lln():
    import matplotlib.pyplot as plt

    die = np.arange(1, 7)
    sigma = np.sqrt(((die - 3.5) ** 2).mean())
    n = np.arange(1, 5001)
    figure, ax = plt.subplots(figsize=(9, 4.2))
    for seed in range(5):
        rolls = np.random.default_rng(seed).integers(1, 7, size=n.size)
        ax.plot(n, np.cumsum(rolls) / n, linewidth=1, label=f"rolls with seed {seed}")
    ax.fill_between(
        n,
        3.5 - 2 * sigma / np.sqrt(n),
        3.5 + 2 * sigma / np.sqrt(n),
        color="grey",
        alpha=0.2,
        label="3.5 ± 2σ/√n",
    )
    ax.axhline(3.5, color="black", linewidth=1)
    ax.set(
        xscale="log",
        ylim=(1, 6),
        xlabel="number of rolls n (log scale)",
        ylabel="mean of the first n rolls",
        title="The law of large numbers: running means of a fair die settle at E[X] = 3.5",
    )
    ax.legend(fontsize=8, ncol=2)
    figure.tight_layout()
    return figure


def figure_clt():
    import matplotlib.pyplot as plt

    scale = 1.0  # exponential with mean 1 and standard deviation 1: strongly skewed
    z = np.linspace(-4, 4, 300)
    figure, axes = plt.subplots(1, 4, figsize=(13, 3.6), sharey=True)
    for ax, n in zip(axes, [1, 2, 10, 50], strict=True):
        draws = stats.expon(scale=scale).rvs((20_000, n), random_state=n)
        standardized = (draws.mean(axis=1) - scale) / (scale / np.sqrt(n))
        ax.hist(standardized, bins=80, range=(-4, 6), density=True, color="#c7e9c0", label="20,000 means")
        ax.plot(z, stats.norm().pdf(z), color="#006d2c", linewidth=2, label="N(0, 1)")
        ax.set(title=f"mean of n = {n} exponential draws", xlabel="(mean - μ) / (σ / √n)")
    axes[0].set_ylabel("density")
    axes[0].legend(fontsize=8)
    figure.suptitle("The central limit theorem: standardized means of a skewed distribution become normal")
    figure.tight_layout()
    return figure
