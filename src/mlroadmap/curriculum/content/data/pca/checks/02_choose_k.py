"""Check of exercise 02: n_components_for_variance (the fewest components going beyond a fraction)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _ratios(X: np.ndarray) -> np.ndarray:
    S = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return S**2 / (S**2).sum()


def cases() -> list[Case]:
    halves = np.array([0.5, 0.25, 0.125, 0.125])  # cumulative sums 0.5, 0.75, 0.875, 1: exact in floats
    quarters = np.full(4, 0.25)
    wine = load_wine().data
    wine_z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    digits = _ratios(load_digits().data)
    return [
        Case("ratios [0.5, 0.25, 0.125, 0.125], fraction 0.7: expect 2", (halves, 0.7)),
        Case("ratios [0.5, 0.25, 0.125, 0.125], fraction 0.75 (reached exactly): expect 3", (halves, 0.75)),
        Case("ratios [0.5, 0.25, 0.125, 0.125], fraction 0.4: one is enough", (halves, 0.4)),
        Case("ratios [0.5, 0.25, 0.125, 0.125], fraction 0.9: all four", (halves, 0.9)),
        Case("four equal ratios, fraction 0.5 (reached exactly after 2)", (quarters, 0.5)),
        Case("iris ratios, fraction 0.95", (_ratios(load_iris().data), 0.95)),
        Case("wine standardized ratios, fraction 0.8", (_ratios(wine_z), 0.8)),
        Case("breast cancer ratios, fraction 0.999", (_ratios(load_breast_cancer().data), 0.999)),
        Case("digits ratios, fraction 0.5", (digits, 0.5)),
        Case("digits ratios, fraction 0.9", (digits, 0.9)),
        Case("digits ratios, fraction 0.99", (digits, 0.99)),
    ]


def index_not_count(ratios, fraction):
    return int(np.searchsorted(np.cumsum(ratios), fraction, side="right"))


def reaching_is_enough(ratios, fraction):
    return int(np.searchsorted(np.cumsum(ratios), fraction, side="left")) + 1


CHECK = Check(
    function="n_components_for_variance",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    # On a cumulative sum equal to the fraction both mistakes give the same count, so the
    # narrower one comes first: a learner who fails only there gets its message.
    mutants=[
        Mutant(
            reaching_is_enough,
            "You stopped where the cumulative sum reaches the fraction: scikit-learn keeps "
            "components until their share is strictly greater than the fraction.",
        ),
        Mutant(
            index_not_count,
            "You returned the position of the first cumulative sum beyond the fraction, which "
            "counts from 0: the number of components is one more.",
        ),
    ],
)
