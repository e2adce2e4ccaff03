"""Check of exercise 01: log_gaussian_density (log N(x | mu, Sigma) through the Cholesky factor)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris = load_iris()
    setosa = iris.data[iris.target == 0]
    wine = load_wine()
    W = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    cls = W[wine.target == 1]
    rng = np.random.default_rng(31)
    A = rng.normal(size=(3, 3))
    return [
        Case("one point at the mean of N(0, 1)", (np.array([[0.0]]), np.array([0.0]), np.array([[1.0]]))),
        Case(
            "1-d, variance 4, points at -2, 0 and 3",
            (np.array([[-2.0], [0.0], [3.0]]), np.array([0.0]), np.array([[4.0]])),
        ),
        Case(
            "2-d, a diagonal covariance diag(1, 9), mean (1, -1)",
            (np.array([[1.0, -1.0], [2.0, 2.0], [0.0, -4.0]]), np.array([1.0, -1.0]), np.diag([1.0, 9.0])),
        ),
        Case(
            "2-d with correlation 0.8",
            (
                np.array([[1.0, 1.0], [1.0, -1.0], [0.0, 0.0]]),
                np.zeros(2),
                np.array([[1.0, 0.8], [0.8, 1.0]]),
            ),
        ),
        Case(
            "all 150 iris flowers under the setosa Gaussian (4-d)",
            (iris.data, setosa.mean(axis=0), np.cov(setosa, rowvar=False, bias=True)),
        ),
        Case(
            "all wines (standardized, 13-d) under the class-1 Gaussian",
            (W, cls.mean(axis=0), np.cov(cls, rowvar=False, bias=True)),
        ),
        Case(
            "random 3-d covariance A A^T + 0.1 I, 40 points, seed 31",
            (rng.normal(size=(40, 3)) * 2, rng.normal(size=3), A @ A.T + 0.1 * np.eye(3)),
        ),
    ]


def _parts(X, mean, cov):
    L = np.linalg.cholesky(cov)
    z = np.linalg.solve(L, (X - mean).T)
    return X.shape[1] * np.log(2 * np.pi), 2.0 * np.log(np.diag(L)).sum(), (z**2).sum(axis=0)


def log_det_missing(X, mean, cov):
    const, _, maha = _parts(X, mean, cov)
    return -0.5 * (const + maha)


def covariance_not_inverted(X, mean, cov):
    const, log_det, _ = _parts(X, mean, cov)
    diff = X - mean
    return -0.5 * (const + log_det + np.einsum("ni,ij,nj->n", diff, cov, diff))


def two_pi_missing(X, mean, cov):
    _, log_det, maha = _parts(X, mean, cov)
    return -0.5 * (log_det + maha)


def log_det_not_halved(X, mean, cov):
    const, log_det, maha = _parts(X, mean, cov)
    return -0.5 * (const + maha) - log_det


CHECK = Check(
    function="log_gaussian_density",
    cases=cases,
    rule=Rule(rtol=1e-8, atol=1e-9),
    mutants=[
        Mutant(
            log_det_missing,
            "You left out the -1/2 log det Sigma term: it normalises the density, so a wide "
            "Gaussian has lower density everywhere than a narrow one.",
        ),
        Mutant(
            covariance_not_inverted,
            "You used Sigma itself in the quadratic form: the distance is (x - mu)^T Sigma^{-1} (x - mu), "
            "which is ||z||^2 with L z = x - mu.",
        ),
        Mutant(
            two_pi_missing,
            "You dropped the constant -d/2 log(2 pi): it does not change which point is most likely, "
            "but without it the values are not log-densities and likelihoods of different models "
            "cannot be compared.",
        ),
        Mutant(
            log_det_not_halved,
            "You subtracted the whole log det Sigma: like every other term it is multiplied by 1/2 "
            "(log det Sigma = 2 * sum of log(diag(L)), so the term is sum of log(diag(L))).",
        ),
    ],
)
