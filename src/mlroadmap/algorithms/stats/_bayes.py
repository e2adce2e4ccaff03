r"""Bayes' theorem over a finite set of hypotheses.

:math:`P(H_i \mid E) = P(E \mid H_i) P(H_i) / P(E)` with the evidence
:math:`P(E) = \sum_j P(E \mid H_j) P(H_j)`: every hypothesis that could have produced
the evidence appears in the denominator, including the ones we hope are false
(a healthy patient with a false-positive test).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.stats._checks import sample_1d


def bayes(prior: Any, likelihood: Any) -> np.ndarray:
    """The posterior probabilities of the hypotheses after seeing the evidence.

    ``prior``       P(H_i), shape (k,), non-negative and summing to 1.
    ``likelihood``  P(E | H_i), shape (k,), non-negative (densities may exceed 1).
    Returns P(H_i | E), shape (k,), summing to 1.
    """
    prior = sample_1d(prior, "prior")
    likelihood = sample_1d(likelihood, "likelihood")
    if prior.shape != likelihood.shape:
        raise ValueError(
            f"prior and likelihood need one value per hypothesis, got {prior.size} and {likelihood.size}."
        )
    if (prior < 0).any() or abs(prior.sum() - 1.0) > 1e-8:
        raise ValueError("prior must hold non-negative probabilities that sum to 1.")
    if (likelihood < 0).any():
        raise ValueError("likelihood must not be negative.")
    joint = prior * likelihood  # P(E and H_i)
    evidence = joint.sum()  # P(E), the law of total probability
    if evidence == 0:
        raise ValueError("the evidence has probability 0 under every hypothesis with a positive prior.")
    return joint / evidence
