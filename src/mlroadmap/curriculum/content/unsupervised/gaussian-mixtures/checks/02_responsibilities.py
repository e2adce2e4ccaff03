"""Check of exercise 02: responsibilities (E-step in logs, mean log-likelihood)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def class_gaussians(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The weights, means and covariances of a mixture with one Gaussian per class."""
    classes = np.unique(y)
    weights = np.array([np.mean(y == c) for c in classes])
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    covs = np.array([np.cov(X[y == c], rowvar=False, bias=True) + 1e-6 * np.eye(X.shape[1]) for c in classes])
    return weights, means, covs


def cases() -> list[Case]:
    iris = load_iris()
    wine = load_wine()
    W = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    rng = np.random.default_rng(41)
    one_d = (np.array([0.5, 0.5]), np.array([[-1.0], [1.0]]), np.array([[[1.0]], [[1.0]]]))
    return [
        Case(
            "1-d, two equal components at -1 and 1, points at -1, 0 and 2",
            (np.array([[-1.0], [0.0], [2.0]]), *one_d),
        ),
        Case(
            "1-d, weights 0.9 and 0.1, variances 1 and 4",
            (
                np.array([[-1.0], [0.0], [0.5], [3.0]]),
                np.array([0.9, 0.1]),
                np.array([[-1.0], [1.0]]),
                np.array([[[1.0]], [[4.0]]]),
            ),
        ),
        Case("iris, one Gaussian per species", (iris.data, *class_gaussians(iris.data, iris.target))),
        Case("wine standardized (13-d), one Gaussian per class", (W, *class_gaussians(W, wine.target))),
        Case(
            "iris, the species Gaussians, and a point 1000 cm away from every flower",
            (
                np.vstack([iris.data[::10], [1000.0, 1000.0, 1000.0, 1000.0]]),
                *class_gaussians(iris.data, iris.target),
            ),
        ),
        Case(
            "random 2-d, four components with random weights, seed 41",
            (
                rng.normal(size=(60, 2)) * 3,
                rng.dirichlet(np.ones(4)),
                rng.normal(size=(4, 2)) * 2,
                np.array([a @ a.T + 0.2 * np.eye(2) for a in rng.normal(size=(4, 2, 2))]),
            ),
        ),
        Case(
            "a single component: every responsibility is 1",
            (
                iris.data[:20],
                np.array([1.0]),
                iris.data[:20].mean(axis=0)[None],
                np.cov(iris.data[:20], rowvar=False, bias=True)[None],
            ),
        ),
    ]


def _log_rho(X, weights, means, covariances, with_weights=True):
    columns = []
    for m, c in zip(means, covariances, strict=True):
        L = np.linalg.cholesky(c)
        z = np.linalg.solve(L, (X - m).T)
        columns.append(
            -0.5 * (X.shape[1] * np.log(2 * np.pi) + 2.0 * np.log(np.diag(L)).sum() + (z**2).sum(axis=0))
        )
    log_rho = np.column_stack(columns)
    return log_rho + np.log(weights) if with_weights else log_rho


def _lse(a, axis):
    top = a.max(axis=axis, keepdims=True)
    return top + np.log(np.exp(a - top).sum(axis=axis, keepdims=True))


def over_samples(X, weights, means, covariances):
    log_rho = _log_rho(X, weights, means, covariances)
    return np.exp(log_rho - _lse(log_rho, axis=0)), float(_lse(log_rho, axis=1).mean())


def weights_forgotten(X, weights, means, covariances):
    log_rho = _log_rho(X, weights, means, covariances, with_weights=False)
    log_p = _lse(log_rho, axis=1)
    return np.exp(log_rho - log_p), float(log_p.mean())


def not_in_logs(X, weights, means, covariances):
    with np.errstate(under="ignore", divide="ignore", invalid="ignore"):
        rho = np.exp(_log_rho(X, weights, means, covariances))
        p = rho.sum(axis=1, keepdims=True)
        return rho / p, float(np.log(p).mean())


def log_likelihood_summed(X, weights, means, covariances):
    log_rho = _log_rho(X, weights, means, covariances)
    log_p = _lse(log_rho, axis=1)
    return np.exp(log_rho - log_p), float(log_p.sum())


CHECK = Check(
    function="responsibilities",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-10),
    mutants=[
        Mutant(
            over_samples,
            "You normalised each component over the points: a responsibility says how the components "
            "share one point, so each *row* must sum to 1 (logsumexp over axis=1).",
        ),
        Mutant(
            weights_forgotten,
            "You left out the mixing weights: log rho[i, k] = log pi_k + log N(x_i | mu_k, Sigma_k), "
            "so a component that covers few points gets less responsibility.",
        ),
        Mutant(
            not_in_logs,
            "You exponentiated before normalising: far from every component all the densities underflow "
            "to 0 and the point gets 0 / 0 = NaN. Use a logsumexp that subtracts the row's maximum first.",
        ),
        Mutant(
            log_likelihood_summed,
            "Your responsibilities are right, but you returned the total log-likelihood: return its mean "
            "over the points, as GaussianMixture.score does.",
        ),
    ],
)
