"""Check of exercise 03: m_step (soft counts, weighted means and covariances, reg_covar)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_penguins, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def one_hot(y: np.ndarray) -> np.ndarray:
    return (y[:, None] == np.unique(y)).astype(float)


def soft(n: int, K: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).dirichlet(np.full(K, 0.7), size=n)


def penguins() -> np.ndarray:
    table = load_penguins()
    X = np.column_stack([table["bill_length_mm"], table["flipper_length_mm"]])
    return X[~np.isnan(X).any(axis=1)]


def cases() -> list[Case]:
    iris = load_iris()
    wine = load_wine()
    W = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    P = penguins()
    line = np.array([[0.0], [1.0], [2.0], [10.0]])
    return [
        Case(
            "1-d, four points, hard assignments {0, 1, 2} and {10}, no reg_covar",
            (line, np.array([[1.0, 0.0]] * 3 + [[0.0, 1.0]]), 0.0),
        ),
        Case("1-d, four points shared half and half, reg_covar 0.5", (line, np.full((4, 2), 0.5), 0.5)),
        Case(
            "iris, responsibilities one-hot from the species, reg_covar 1e-6",
            (iris.data, one_hot(iris.target), 1e-6),
        ),
        Case("iris, soft responsibilities for 4 components, seed 42", (iris.data, soft(150, 4, 42), 1e-6)),
        Case(
            "wine standardized, soft responsibilities for 3 components, seed 43", (W, soft(178, 3, 43), 1e-3)
        ),
        Case(
            "penguins (bill and flipper length in mm), 2 components, seed 44", (P, soft(len(P), 2, 44), 1e-6)
        ),
        Case("a single component: the plain mean and covariance", (iris.data[:30], np.ones((30, 1)), 0.0)),
    ]


def _fit(X, resp, reg_covar, weight_of=None, counts_of=None, centre=None):
    counts = resp.sum(axis=0)
    divisor = counts if counts_of is None else counts_of(X, counts)
    means = resp.T @ X / divisor[:, None]
    centres = means if centre is None else centre(X, means)
    diff = X[None, :, :] - centres[:, None, :]
    w = resp if weight_of is None else weight_of(resp)
    covariances = np.einsum("nk,kni,knj->kij", w, diff, diff) / divisor[:, None, None]
    covariances += reg_covar * np.eye(X.shape[1])
    return counts / len(X), means, covariances


def covariance_unweighted(X, resp, reg_covar):
    weights, means, _ = _fit(X, resp, reg_covar)
    diff = X[None, :, :] - means[:, None, :]
    covariances = np.einsum("kni,knj->kij", diff, diff) / len(X) + reg_covar * np.eye(X.shape[1])
    return weights, means, covariances


def divided_by_n(X, resp, reg_covar):
    return _fit(X, resp, reg_covar, counts_of=lambda X, counts: np.full(len(counts), float(len(X))))


def weights_as_counts(X, resp, reg_covar):
    weights, means, covariances = _fit(X, resp, reg_covar)
    return weights * len(X), means, covariances


def reg_covar_forgotten(X, resp, reg_covar):
    return _fit(X, resp, 0.0)


def centred_on_global_mean(X, resp, reg_covar):
    return _fit(X, resp, reg_covar, centre=lambda X, means: np.broadcast_to(X.mean(axis=0), means.shape))


CHECK = Check(
    function="m_step",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-10),
    mutants=[
        Mutant(
            covariance_unweighted,
            "Your covariances give every point the same weight: weight each outer product "
            "(x_i - mu_k)(x_i - mu_k)^T by resp[i, k] and divide by N_k.",
        ),
        Mutant(
            divided_by_n,
            "You divided the sums by n, the number of points: a component's mean and covariance are "
            "averages over its own soft members, so divide by N_k = resp[:, k].sum().",
        ),
        Mutant(
            weights_as_counts,
            "Your mixing weights are the soft counts N_k: divide them by n so that they sum to 1.",
        ),
        Mutant(
            reg_covar_forgotten,
            "You forgot reg_covar: add reg_covar * I to every covariance, as GaussianMixture does, so "
            "that a collapsing component stays invertible.",
        ),
        Mutant(
            centred_on_global_mean,
            "You centred the covariances on the mean of all the data: each Sigma_k measures the spread "
            "around its own new mean mu_k.",
        ),
    ],
)
