"""Check of exercise 04: gmm_bic (total log-likelihood and the parameter count of each covariance type)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

TYPES = ("full", "tied", "diag", "spherical")


def class_mixture(X: np.ndarray, y: np.ndarray, covariance_type: str) -> tuple:
    """A mixture with one component per class, its covariances stored as scikit-learn stores them."""
    classes = np.unique(y)
    weights = np.array([np.mean(y == c) for c in classes])
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    full = np.array([np.cov(X[y == c], rowvar=False, bias=True) for c in classes])
    covariances = {
        "full": full,
        "tied": (weights[:, None, None] * full).sum(axis=0),  # the pooled within-class covariance
        "diag": np.array([np.diag(c) for c in full]),
        "spherical": np.array([np.diag(c).mean() for c in full]),
    }[covariance_type]
    return weights, means, covariances, covariance_type


def cases() -> list[Case]:
    iris = load_iris()
    wine = load_wine()
    W = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    line = np.array([[-1.0], [0.0], [0.5], [2.0]])
    out = []
    for t in TYPES:
        one_d = {
            "full": np.array([[[1.0]], [[4.0]]]),
            "tied": np.array([[2.0]]),
            "diag": np.array([[1.0], [4.0]]),
            "spherical": np.array([1.0, 4.0]),
        }[t]
        out += [
            Case(
                f"{t}: 1-d, two components at -1 and 1, four points",
                (line, np.array([0.4, 0.6]), np.array([[-1.0], [1.0]]), one_d, t),
            ),
            Case(
                f"{t}: iris, one component per species",
                (iris.data, *class_mixture(iris.data, iris.target, t)),
            ),
            Case(
                f"{t}: wine standardized (13-d), one component per class",
                (W, *class_mixture(W, wine.target, t)),
            ),
        ]
    out.append(
        Case(
            "full: iris with a single component",
            (iris.data, *class_mixture(iris.data, np.zeros(150, dtype=int), "full")),
        )
    )
    return out


def _bic(X, weights, means, covariances, covariance_type, count=None, average=False):
    (n, d), K = X.shape, len(weights)
    full = {
        "full": lambda c: c,
        "tied": lambda c: np.broadcast_to(c, (K, d, d)),
        "diag": lambda c: np.array([np.diag(v) for v in c]),
        "spherical": lambda c: c[:, None, None] * np.eye(d),
    }[covariance_type](covariances)
    columns = []
    for m, c in zip(means, full, strict=True):
        L = np.linalg.cholesky(c)
        z = np.linalg.solve(L, (X - m).T)
        columns.append(-0.5 * (d * np.log(2 * np.pi) + 2.0 * np.log(np.diag(L)).sum() + (z**2).sum(axis=0)))
    log_rho = np.column_stack(columns) + np.log(weights)
    top = log_rho.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(log_rho - top).sum(axis=1, keepdims=True))
    log_likelihood = float(log_p.mean() if average else log_p.sum())
    cov_params = {"full": K * d * (d + 1) / 2, "tied": d * (d + 1) / 2, "diag": K * d, "spherical": K}
    n_params = (
        (K - 1) + K * d + cov_params[covariance_type] if count is None else count(K, d, covariance_type)
    )
    return -2.0 * log_likelihood + n_params * np.log(n)


def _right_count(K, d, covariance_type):
    return (
        (K - 1)
        + K * d
        + {"full": K * d * (d + 1) / 2, "tied": d * (d + 1) / 2, "diag": K * d, "spherical": K}[
            covariance_type
        ]
    )


def full_counted_d_squared(X, weights, means, covariances, covariance_type):
    def count(K, d, t):
        return _right_count(K, d, t) + (K * d * (d - 1) / 2 if t == "full" else 0)

    return _bic(X, weights, means, covariances, covariance_type, count=count)


def weights_all_free(X, weights, means, covariances, covariance_type):
    return _bic(
        X, weights, means, covariances, covariance_type, count=lambda K, d, t: _right_count(K, d, t) + 1
    )


def tied_per_component(X, weights, means, covariances, covariance_type):
    def count(K, d, t):
        return _right_count(K, d, t) + ((K - 1) * d * (d + 1) / 2 if t == "tied" else 0)

    return _bic(X, weights, means, covariances, covariance_type, count=count)


def mean_log_likelihood(X, weights, means, covariances, covariance_type):
    return _bic(X, weights, means, covariances, covariance_type, average=True)


CHECK = Check(
    function="gmm_bic",
    cases=cases,
    rule=Rule(rtol=1e-8, atol=1e-8),
    mutants=[
        Mutant(
            full_counted_d_squared,
            "You counted d * d parameters for each full covariance matrix: it is symmetric, so only "
            "d (d + 1) / 2 of its entries are free.",
        ),
        Mutant(
            weights_all_free,
            "You counted K free mixing weights: they must sum to 1, so only K - 1 of them are free.",
        ),
        Mutant(
            tied_per_component,
            "You counted a tied covariance once per component: 'tied' means one matrix shared by all "
            "components, d (d + 1) / 2 parameters in all.",
        ),
        Mutant(
            mean_log_likelihood,
            "You used the mean log-likelihood (what GaussianMixture.score returns): the BIC needs the "
            "total over the n points, -2 * sum of log p(x_i).",
        ),
    ],
)
