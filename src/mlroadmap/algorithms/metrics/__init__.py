"""Scores and losses: scikit-learn's ``metrics``, from scratch."""

from mlroadmap.algorithms.metrics._classification import accuracy_score
from mlroadmap.algorithms.metrics._regression import r2_score

__all__ = ["accuracy_score", "r2_score"]
