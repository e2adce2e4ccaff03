"""Check of exercise 03: initial_log_odds (weighted positive fraction, clipped, log-odds)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    y = load_breast_cancer().target
    rng = np.random.default_rng(28)
    return [
        Case("y = [0, 1, 1, 1]: expect log(3)", (np.array([0, 1, 1, 1]), None)),
        Case("balanced: expect 0", (np.array([1, 0, 1, 0, 0, 1]), None)),
        Case("breast cancer: 357 benign (1) of 569", (y, None)),
        Case(
            "weights that make [0, 1] 3 to 1 for the positive class", (np.array([0, 1]), np.array([1.0, 3.0]))
        ),
        Case("a zero weight", (np.array([0, 0, 1, 1]), np.array([2.0, 0.0, 1.0, 1.0]))),
        Case("breast cancer with random weights, seed 28", (y, rng.uniform(0.0, 2.0, size=len(y)))),
        Case("only positives: p is clipped to 1 - eps", (np.ones(5, dtype=int), None)),
        Case("only negatives: p is clipped to eps", (np.zeros(3, dtype=int), None)),
    ]


def _fraction(y, sample_weight):
    w = np.ones(len(y)) if sample_weight is None else sample_weight
    return (w * y).sum() / w.sum()


def _clip(p):
    eps = np.finfo(np.float64).eps
    return np.clip(p, eps, 1 - eps)


def weights_ignored(y, sample_weight):
    p = _clip(np.mean(y))
    return float(np.log(p / (1 - p)))


def log_of_p(y, sample_weight):
    return float(np.log(_clip(_fraction(y, sample_weight))))


def inverted_odds(y, sample_weight):
    p = _clip(_fraction(y, sample_weight))
    return float(np.log((1 - p) / p))


CHECK = Check(
    function="initial_log_odds",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            weights_ignored,
            "You ignored sample_weight: the positive fraction is sum(w * y) / sum(w).",
        ),
        Mutant(
            log_of_p,
            "You returned log(p): the raw score of a logistic model is the log-odds, "
            "log(p / (1 - p)), which the sigmoid maps back to p.",
        ),
        Mutant(
            inverted_odds,
            "You computed the log-odds of the negative class, log((1 - p) / p): the score "
            "counts towards class 1, log(p / (1 - p)).",
        ),
    ],
)
