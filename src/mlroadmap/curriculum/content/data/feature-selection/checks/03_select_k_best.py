"""Check of exercise 03: exactly k True at the highest scores, stable ties, NaN lowest."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(13)
    return [
        Case("the 2 best of [3, 9, 1, 7]", (np.array([3.0, 9.0, 1.0, 7.0]), 2)),
        Case("a tie at the cut-off: [5, 1, 5, 5], k = 2", (np.array([5.0, 1.0, 5.0, 5.0]), 2)),
        Case("a NaN score (a constant feature), k = 2", (np.array([np.nan, 2.0, 0.5, 1.0]), 2)),
        Case("random scores, k = 5, seed 13", (rng.exponential(size=20), 5)),
        Case("all features", (np.array([2.0, 1.0, 3.0]), 3)),
    ]


def _mask(indices, d):
    support = np.zeros(d, dtype=bool)
    support[indices] = True
    return support


def lowest(scores, k):
    return _mask(np.argsort(np.nan_to_num(scores, nan=-np.inf), kind="stable")[:k], len(scores))


def first_wins_ties(scores, k):
    order = np.argsort(-np.nan_to_num(scores, nan=-np.inf), kind="stable")
    return _mask(order[:k], len(scores))


def nan_highest(scores, k):
    return _mask(np.argsort(np.nan_to_num(scores, nan=np.inf), kind="stable")[len(scores) - k :], len(scores))


CHECK = Check(
    function="select_k_best",
    cases=cases,
    rule=Rule(dtype_kind=True),
    mutants=[
        Mutant(
            lowest,
            "You kept the k lowest scores: np.argsort sorts in ascending order, so the best "
            "features are the last k.",
        ),
        Mutant(
            first_wins_ties,
            "Among equal scores you kept the leftmost features: a stable ascending sort "
            "that keeps the last k lets the rightmost win, as SelectKBest does.",
        ),
        Mutant(nan_highest, "A NaN score ranked as the best: treat it as the lowest possible score."),
    ],
)
