"""Check of exercise 01: conditional_probabilities (p(j|i) for given betas, p(i|i) = 0)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def squared_distances(X: np.ndarray) -> np.ndarray:
    return ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)


def cases() -> list[Case]:
    line = np.array([[0.0], [1.0], [3.0]])
    iris = load_iris().data
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(7)
    R = rng.normal(size=(25, 4))
    far = np.array([[0.0, 0.0], [30.0, 0.0], [31.0, 0.0], [0.0, 40.0]])
    return [
        Case("three points on a line (0, 1, 3), beta = 1", (squared_distances(line), np.ones(3))),
        Case(
            "three points on a line, betas 0.1, 1 and 0 (a uniform row)",
            (squared_distances(line), np.array([0.1, 1.0, 0.0])),
        ),
        Case("two points", (squared_distances(np.array([[0.0, 0.0], [1.0, 2.0]])), np.array([0.5, 2.0]))),
        Case("iris, 150 flowers (with duplicates), beta = 2", (squared_distances(iris), np.full(150, 2.0))),
        Case(
            "wine standardized, 178 wines, betas from 0.01 to 1",
            (squared_distances(Z), np.linspace(0.01, 1.0, 178)),
        ),
        Case("random 25×4, random betas, seed 7", (squared_distances(R), rng.uniform(0.05, 3.0, size=25))),
        Case(
            "far-apart points, beta = 2 (naive exp underflows to 0 / 0)",
            (squared_distances(far), np.full(4, 2.0)),
        ),
    ]


def _normalise(E: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return E / E.sum(axis=1, keepdims=True)


def _by_column(E: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return E / E.sum(axis=0, keepdims=True)


def self_included(distances_sq, beta):
    E = np.exp(-beta[:, None] * (distances_sq - distances_sq.min(axis=1, keepdims=True)))
    return _normalise(E)


def distance_not_squared(distances_sq, beta):
    distances = np.sqrt(distances_sq)
    off = ~np.eye(len(distances), dtype=bool)
    nearest = np.where(off, distances, np.inf).min(axis=1, keepdims=True)
    shifted = np.where(off, distances - nearest, 0.0)
    return _normalise(np.where(off, np.exp(-beta[:, None] * shifted), 0.0))


def normalised_by_column(distances_sq, beta):
    off = ~np.eye(len(distances_sq), dtype=bool)
    nearest = np.where(off, distances_sq, np.inf).min(axis=1, keepdims=True)
    E = np.where(off, np.exp(-beta[:, None] * np.where(off, distances_sq - nearest, 0.0)), 0.0)
    return _by_column(E)


def not_shifted(distances_sq, beta):
    off = ~np.eye(len(distances_sq), dtype=bool)
    with np.errstate(under="ignore"):
        return _normalise(np.where(off, np.exp(-beta[:, None] * distances_sq), 0.0))


CHECK = Check(
    function="conditional_probabilities",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-12),
    mutants=[
        Mutant(
            self_included,
            "You let each point pick itself: exp(-beta * 0) = 1 is the largest term of its row. "
            "p(i|i) must be 0, so leave the diagonal out of the sum and set it to 0.",
        ),
        Mutant(
            distance_not_squared,
            "You exponentiated the distance itself: the Gaussian uses the squared distance, "
            "which distances_sq already holds, so do not take its square root.",
        ),
        Mutant(
            normalised_by_column,
            "You normalised each column: p(j|i) is a distribution over j for a fixed i, so each "
            "row must sum to 1 (sum over axis=1).",
        ),
        Mutant(
            not_shifted,
            "Far from every other point, all the exp(-beta * D) of a row underflow to 0 and the row "
            "becomes 0 / 0 = NaN: subtract the row's smallest off-diagonal distance before "
            "exponentiating.",
        ),
    ],
)
