"""Figures of the statistics lesson, all simulated with ``mlroadmap.algorithms.stats`` and fixed seeds."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms import stats
from mlroadmap.datasets import load_penguins


def _body_mass(species: str | None = None) -> np.ndarray:
    penguins = load_penguins()
    mass = penguins["body_mass_g"]
    if species is not None:
        mass = mass[penguins["species"] == species]
    return mass[~np.isnan(mass)]


def figure_ci_coverage():
    import matplotlib.pyplot as plt

    population = _body_mass()  # all 342 penguins play the population
    mu = population.mean()
    rng = np.random.default_rng(0)
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 5), gridspec_kw={"width_ratios": [1.2, 1]})
    misses = 0
    for i in range(100):
        sample = population[rng.integers(0, population.size, size=15)]
        low, high = stats.t_confidence_interval(sample, 0.95)
        covers = low <= mu <= high
        misses += not covers
        left.plot([low, high], [i, i], color="#3182bd" if covers else "#de2d26", linewidth=1.5)
        left.plot(sample.mean(), i, "o", color="black", markersize=2)
    left.axvline(mu, color="black", linewidth=1)
    left.set(
        title=f"100 samples of 15 penguins: {100 - misses} intervals cover the true mean",
        xlabel="body mass (g): 95% t interval for the mean",
        ylabel="sample",
    )
    sizes = np.array([2, 3, 4, 5, 7, 10, 15, 20, 30, 50])
    t_cover, z_cover = [], []
    for n in sizes:
        draws = np.random.default_rng(n).normal(0.0, 1.0, size=(4000, n))
        means = draws.mean(axis=1)
        sample_se = draws.std(axis=1, ddof=1) / np.sqrt(n)
        population_se = draws.std(axis=1, ddof=0) / np.sqrt(n)
        critical = stats.t(n - 1).ppf(0.975)
        t_cover.append(np.mean(np.abs(means) <= critical * sample_se))
        z_cover.append(np.mean(np.abs(means) <= 1.96 * population_se))
    right.plot(sizes, t_cover, "o-", label="t critical value, s with ddof=1")
    right.plot(sizes, z_cover, "s-", label="1.96 and ddof=0")
    right.axhline(0.95, color="black", linewidth=1, linestyle="--")
    right.set_xscale("log")
    right.set_xticks(sizes, labels=[str(n) for n in sizes])
    right.minorticks_off()
    right.set(
        ylim=(0.45, 1.0),
        title="Coverage of '95%' intervals, 4,000 normal samples each",
        xlabel="sample size n (log scale)",
        ylabel="fraction of intervals covering μ",
    )
    right.legend()
    figure.tight_layout()
    return figure


def figure_permutation():
    import matplotlib.pyplot as plt

    adelie, chinstrap = _body_mass("Adelie"), _body_mass("Chinstrap")
    result = stats.permutation_test(chinstrap, adelie, n_resamples=9999, random_state=0)
    figure, ax = plt.subplots(figsize=(9, 4))
    ax.hist(result.null_distribution, bins=60, color="#bdbdbd", label="9,999 random relabellings")
    for sign in (-1, 1):
        ax.axvline(sign * result.statistic, color="#de2d26", linewidth=2)
    ax.set(
        title=(
            f"Chinstrap minus Adelie mean body mass: {result.statistic:.0f} g, "
            f"permutation p = {result.pvalue:.2f} (two-sided)"
        ),
        xlabel="difference of means (g) if species did not matter",
        ylabel="count",
    )
    ax.legend()
    figure.tight_layout()
    return figure


def figure_power():
    import matplotlib.pyplot as plt

    effects = np.linspace(0.0, 1.2, 13)
    figure, ax = plt.subplots(figsize=(8, 4.5))
    for n in (10, 30, 100):
        power = [
            stats.power_by_simulation(d, n, n_simulations=2000, random_state=int(100 * d) + n)
            for d in effects
        ]
        ax.plot(effects, power, "o-", label=f"n = {n} per group")
    ax.axhline(0.05, color="grey", linestyle=":", label="α = 0.05 (type I error rate)")
    ax.axhline(0.8, color="black", linestyle="--", linewidth=1, label="80% power")
    ax.set(
        title="Power of a two-sample t-test by simulation (2,000 experiments per point)",
        xlabel="effect size d = (μ₁ - μ₂) / σ",
        ylabel="fraction of experiments rejecting H₀",
    )
    ax.legend()
    figure.tight_layout()
    return figure


def figure_mcmc():
    import matplotlib.pyplot as plt

    a, b, k, n = 2.0, 2.0, 7, 20  # a Beta(2, 2) prior, 7 clicks in 20 visits
    posterior = stats.beta(*stats.beta_binomial_update(a, b, k, n))

    def log_density(theta: float) -> float:  # prior × likelihood, without the evidence
        if not 0.0 < theta < 1.0:
            return -np.inf
        return (a - 1 + k) * np.log(theta) + (b - 1 + n - k) * np.log1p(-theta)

    chain = stats.metropolis_hastings(log_density, 0.9, 20_000, step_size=0.2, burn_in=0, random_state=1)
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4))
    left.plot(chain.samples[:1500], linewidth=0.7)
    left.axvspan(0, 200, color="grey", alpha=0.2, label="burn-in, dropped")
    left.set(
        title=f"Trace from θ = 0.9 (acceptance rate {chain.acceptance_rate:.0%})",
        xlabel="step",
        ylabel="θ",
    )
    left.legend()
    theta = np.linspace(0, 1, 300)
    right.hist(chain.samples[200:], bins=60, density=True, color="#fdae6b", label="Metropolis–Hastings draws")
    right.plot(
        theta, posterior.pdf(theta), color="#a63603", linewidth=2, label="Beta(9, 15), the exact posterior"
    )
    right.plot(theta, stats.beta(a, b).pdf(theta), color="grey", linestyle="--", label="Beta(2, 2) prior")
    right.set(title="7 clicks in 20 visits: the posterior of the click rate", xlabel="θ", ylabel="density")
    right.legend()
    figure.tight_layout()
    return figure


def figure_bias_variance():
    import matplotlib.pyplot as plt

    x_train, x_test = np.linspace(0.0, 1.0, 25), np.linspace(0.02, 0.98, 50)

    def truth(x):
        return np.sin(2 * np.pi * x)

    degrees = np.arange(0, 13)
    runs = [
        stats.bias_variance(stats.polynomial_fit_predict(d), truth, x_train, x_test, 0.3, 300, random_state=d)
        for d in degrees
    ]
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    for d, color in ((1, "#3182bd"), (4, "#31a354"), (12, "#de2d26")):
        for row in runs[d].predictions[:15]:
            left.plot(x_test, row, color=color, alpha=0.3, linewidth=0.8)
        left.plot([], [], color=color, label=f"degree {d}: 15 fits")
    left.plot(x_test, truth(x_test), color="black", linewidth=2, label="true f(x) = sin 2πx")
    left.set(ylim=(-2, 2), title="Fits to 15 training sets of 25 noisy points", xlabel="x", ylabel="y")
    left.legend(fontsize=8)
    right.plot(degrees, [r.bias2 for r in runs], "o-", label="bias²")
    right.plot(degrees, [r.variance for r in runs], "o-", label="variance")
    right.plot(
        degrees, [r.bias2 + r.variance + r.noise for r in runs], "k-", label="bias² + variance + noise"
    )
    right.plot(
        degrees,
        [r.expected_mse for r in runs],
        "x",
        color="#de2d26",
        markersize=8,
        label="simulated test MSE",
    )
    right.axhline(0.09, color="grey", linestyle=":", label="noise σ² = 0.09")
    right.set(
        yscale="log",
        title="The bias–variance trade-off (300 training sets per degree)",
        xlabel="polynomial degree",
        ylabel="squared error (log scale)",
    )
    right.legend(fontsize=8)
    figure.tight_layout()
    return figure
