"""Check of exercise 03: perplexity_search (scikit-learn's bisection on beta, entropy in nats)."""

import numpy as np

from mlroadmap.datasets import load_digits, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def squared_distances(X: np.ndarray) -> np.ndarray:
    return ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)


def cases() -> list[Case]:
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(11)
    blobs = np.concatenate([rng.normal(0.0, 0.1, size=(20, 2)), rng.normal(50.0, 5.0, size=(20, 2))])
    return [
        Case(
            "five points on a line (0, 1, 2, 4, 8), perplexity 2",
            (squared_distances(np.array([[0.0], [1.0], [2.0], [4.0], [8.0]])), 2.0),
        ),
        Case("iris, perplexity 30", (squared_distances(load_iris().data), 30.0)),
        Case("wine standardized, perplexity 5", (squared_distances(Z), 5.0)),
        Case(
            "the first 200 digits (distances in the thousands), perplexity 30",
            (squared_distances(load_digits().data[:200]), 30.0),
        ),
        Case(
            "a tight blob and a wide one far apart, perplexity 8, seed 11",
            (squared_distances(blobs), 8.0),
        ),
        Case(
            "random 60×3, perplexity 1.5, seed 12",
            (squared_distances(np.random.default_rng(12).normal(size=(60, 3))), 1.5),
        ),
    ]


def _search(distances_sq, target, entropy_scale=1.0, with_self=False, flip=False):
    """The bisection with one mistake switched on."""
    n = len(distances_sq)
    off = np.ones((n, n), dtype=bool) if with_self else ~np.eye(n, dtype=bool)
    D = distances_sq - np.where(off, distances_sq, np.inf).min(axis=1, keepdims=True)
    D = np.where(off, D, 0.0)
    beta, lo, hi = np.ones(n), np.zeros(n), np.full(n, np.inf)
    with np.errstate(under="ignore", over="ignore", divide="ignore", invalid="ignore"):
        for _ in range(100):
            E = np.where(off, np.exp(-beta[:, None] * D), 0.0)
            S = E.sum(axis=1)
            P = E / S[:, None]
            gap = (np.log(S) + beta * (P * D).sum(axis=1)) * entropy_scale - target
            flat, peaked = gap > 1e-5, gap < -1e-5
            if flip:
                flat, peaked = peaked, flat
            if not (flat | peaked).any():
                break
            lo, hi = np.where(flat, beta, lo), np.where(peaked, beta, hi)
            beta = np.where(flat, np.where(np.isinf(hi), 2 * beta, (beta + hi) / 2), beta)
            beta = np.where(peaked, (beta + lo) / 2, beta)
    return P


def entropy_in_bits(distances_sq, perplexity):
    return _search(distances_sq, np.log(perplexity), entropy_scale=1 / np.log(2.0))


def perplexity_not_logged(distances_sq, perplexity):
    return _search(distances_sq, perplexity)


def self_included(distances_sq, perplexity):
    return _search(distances_sq, np.log(perplexity), with_self=True)


def wrong_direction(distances_sq, perplexity):
    return _search(distances_sq, np.log(perplexity), flip=True)


CHECK = Check(
    function="perplexity_search",
    cases=cases,
    rule=Rule(rtol=1e-3, atol=1e-8),
    mutants=[
        Mutant(
            entropy_in_bits,
            "You measured the entropy in bits (log2) but compared it with log(perplexity) in nats: "
            "exp(H) with the natural log and 2 ** H with log2 are the same perplexity, so use one "
            "base on both sides.",
        ),
        Mutant(
            perplexity_not_logged,
            "You compared the entropy with the perplexity itself: the perplexity is exp(H), so the "
            "target entropy is log(perplexity).",
        ),
        Mutant(
            self_included,
            "You counted the point as its own neighbour while searching: leave j = i out of p(.|i) "
            "and of the entropy, as in exercise 1.",
        ),
        Mutant(
            wrong_direction,
            "Your bisection runs the wrong way: when the entropy is too large the distribution is too "
            "flat, so beta must grow (lo = beta), and when it is too small beta must shrink.",
        ),
    ],
)
