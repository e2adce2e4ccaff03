"""Check of exercise 04: kl_gradient (Student-t Q, KL(P || Q) and its gradient with the factor 4)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def joint(X: np.ndarray, beta: float) -> np.ndarray:
    """A symmetric P from one Gaussian precision (zero diagonal, summing to 1)."""
    D = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)
    off = ~np.eye(len(X), dtype=bool)
    D = D - np.where(off, D, np.inf).min(axis=1, keepdims=True)
    E = np.where(off, np.exp(-beta * D), 0.0)
    C = E / E.sum(axis=1, keepdims=True)
    return (C + C.T) / (2 * len(X))


def cases() -> list[Case]:
    iris = load_iris().data
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(21)
    three = np.array([[0.0, 0.3, 0.1], [0.3, 0.0, 0.1], [0.1, 0.1, 0.0]])
    sparse = np.zeros((4, 4))
    sparse[0, 1] = sparse[1, 0] = sparse[2, 3] = sparse[3, 2] = 0.25  # two pairs, other P = 0
    return [
        Case(
            "three points, a P you can check by hand", (three, np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]]))
        ),
        Case(
            "four points, P = 0 outside two pairs",
            (sparse, np.array([[0.0, 0.0], [3.0, 0.0], [0.0, 1.0], [2.0, 2.0]])),
        ),
        Case(
            "iris P (beta = 1), a small random start like t-SNE's, seed 21",
            (joint(iris, 1.0), 1e-2 * rng.normal(size=(150, 2))),
        ),
        Case(
            "iris P (beta = 1), the first two standardized features as the map",
            (joint(iris, 1.0), (iris[:, :2] - iris[:, :2].mean(axis=0)) / iris[:, :2].std(axis=0)),
        ),
        Case(
            "wine standardized (beta = 0.1), a 3-d map, seed 22",
            (joint(Z, 0.1), np.random.default_rng(22).normal(size=(178, 3))),
        ),
    ]


def _kl(P, Q):
    positive = P > 0
    return float((P[positive] * np.log(P[positive] / Q[positive])).sum())


def _result(P, Y, W, factor=4.0, sign=1.0):
    Q = W / W.sum()
    M = (P - Q) * W
    return _kl(P, Q), sign * factor * (M.sum(axis=1)[:, None] * Y - M @ Y)


def _squared(Y):
    return ((Y[:, None, :] - Y[None, :, :]) ** 2).sum(axis=-1)


def _student(Y):
    W = 1.0 / (1.0 + _squared(Y))
    np.fill_diagonal(W, 0.0)
    return W


def factor_four_missing(P, Y):
    return _result(P, Y, _student(Y), factor=1.0)


def gaussian_kernel(P, Y):
    with np.errstate(under="ignore"):
        W = np.exp(-_squared(Y))
    np.fill_diagonal(W, 0.0)
    return _result(P, Y, W)


def diagonal_in_q(P, Y):
    W = 1.0 / (1.0 + _squared(Y))  # W[i, i] = 1 stays in the normalisation
    Q = W / W.sum()
    np.fill_diagonal(Q, 0.0)
    M = (P - Q) * W
    return _kl(P, Q), 4.0 * (M.sum(axis=1)[:, None] * Y - M @ Y)


def sign_flipped(P, Y):
    return _result(P, Y, _student(Y), sign=-1.0)


CHECK = Check(
    function="kl_gradient",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-10),
    mutants=[
        Mutant(
            factor_four_missing,
            "Your gradient is a quarter of the right one: the derivative of the KL divergence with "
            "the Student-t kernel carries a factor 4 (2 from the symmetric pairs, 2 from the kernel).",
        ),
        Mutant(
            gaussian_kernel,
            "You used a Gaussian kernel exp(-||y_i - y_j||^2) in the map: that is symmetric SNE, "
            "whose light tails crowd the clusters together. t-SNE uses 1 / (1 + ||y_i - y_j||^2).",
        ),
        Mutant(
            diagonal_in_q,
            "You normalised Q with the diagonal W[i, i] = 1 still in the sum: a point is not its own "
            "pair, so set W[i, i] = 0 before dividing by the total.",
        ),
        Mutant(
            sign_flipped,
            "Your gradient has the wrong sign: with (y_j - y_i) instead of (y_i - y_j), a descent step "
            "would push apart the pairs that should attract.",
        ),
    ],
)
