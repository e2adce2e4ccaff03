"""Check of exercise 05: gp_posterior (Cholesky, cho_solve, solve_triangular; the noise on the diagonal)."""

import numpy as np
from scipy import linalg

from mlroadmap.datasets import load_co2, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    months, co2 = load_co2("MS", fill="linear")
    t = months.astype("datetime64[M]").astype(float) / 12 + 1970  # decimal years
    window = (t >= 1990) & (t < 1994)
    grid = np.linspace(1989.5, 1995.0, 67)
    penguins = load_penguins()
    gentoo = (penguins["species"] == "Gentoo") & ~np.isnan(penguins["body_mass_g"])
    flipper, mass = penguins["flipper_length_mm"][gentoo], penguins["body_mass_g"][gentoo]
    return [
        Case(
            "two observations by hand, predicted at them, between them and far away",
            (np.array([0.0, 1.0]), np.array([1.0, 3.0]), np.array([0.0, 0.5, 1.0, 10.0]), 1.0, 1.0, 0.1),
        ),
        Case(
            "CO2 1990–1993, monthly, length scale 0.15 year, predicted on a grid to 1995",
            (t[window], co2[window], grid, 0.15, 3.0, 0.3),
        ),
        Case(
            "CO2 1990–1993, length scale 1 year: the seasons are smoothed away",
            (t[window], co2[window], grid, 1.0, 3.0, 0.3),
        ),
        Case(
            "Gentoo body mass against flipper length: many repeated x values",
            (flipper, mass, np.linspace(200.0, 240.0, 41), 8.0, 500.0, 300.0),
        ),
        Case(
            "one observation, predicted at it and next to it",
            (np.array([2.0]), np.array([5.0]), np.array([2.0, 2.5]), 0.5, 2.0, 0.5),
        ),
    ]


def _kernel(a: np.ndarray, b: np.ndarray, length_scale: float, signal_sd: float) -> np.ndarray:
    return signal_sd**2 * np.exp(-((a[:, None] - b[None, :]) ** 2) / (2 * length_scale**2))


def _posterior(x_train, y_train, x_test, length_scale, signal_sd, diagonal, mu, added=0.0):
    K = _kernel(x_train, x_train, length_scale, signal_sd) + diagonal * np.eye(len(x_train))
    factor = linalg.cho_factor(K, lower=True)
    K_s = _kernel(x_test, x_train, length_scale, signal_sd)
    mean = mu + K_s @ linalg.cho_solve(factor, y_train - mu)
    V = linalg.solve_triangular(factor[0], K_s.T, lower=True)
    return mean, np.sqrt(np.maximum(signal_sd**2 - (V**2).sum(axis=0) + added, 0.0))


def noise_not_squared(x_train, y_train, x_test, length_scale, signal_sd, noise_sd):
    return _posterior(x_train, y_train, x_test, length_scale, signal_sd, noise_sd, y_train.mean())


def zero_prior_mean(x_train, y_train, x_test, length_scale, signal_sd, noise_sd):
    return _posterior(x_train, y_train, x_test, length_scale, signal_sd, noise_sd**2, 0.0)


def noise_in_sd(x_train, y_train, x_test, length_scale, signal_sd, noise_sd):
    return _posterior(
        x_train, y_train, x_test, length_scale, signal_sd, noise_sd**2, y_train.mean(), noise_sd**2
    )


def variance_not_sd(x_train, y_train, x_test, length_scale, signal_sd, noise_sd):
    mean, sd = _posterior(x_train, y_train, x_test, length_scale, signal_sd, noise_sd**2, y_train.mean())
    return mean, sd**2


CHECK = Check(
    function="gp_posterior",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-8),
    mutants=[
        Mutant(
            noise_not_squared,
            "You added noise_sd to the diagonal of K: the noise enters as a variance, noise_sd**2.",
        ),
        Mutant(
            zero_prior_mean,
            "You used a prior mean of 0 instead of mean(y_train): far from the data your curve falls "
            "back to 0 ppm. Subtract mu before solving and add it back to the mean.",
        ),
        Mutant(
            noise_in_sd,
            "Your sd includes the observation noise (the spread of a new measurement): the task asks "
            "for the uncertainty of the curve itself, signal_sd**2 minus the column sums of V**2.",
        ),
        Mutant(
            variance_not_sd,
            "You returned the posterior variance: take its square root to get the standard deviation.",
        ),
    ],
)
