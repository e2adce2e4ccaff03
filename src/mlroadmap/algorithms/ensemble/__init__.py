"""Ensembles of trees: scikit-learn's random forests and gradient boosting, from scratch."""

from mlroadmap.algorithms.ensemble._forest import RandomForestClassifier, RandomForestRegressor
from mlroadmap.algorithms.ensemble._gradient_boosting import (
    GradientBoostingClassifier,
    GradientBoostingRegressor,
)

__all__ = [
    "GradientBoostingClassifier",
    "GradientBoostingRegressor",
    "RandomForestClassifier",
    "RandomForestRegressor",
]
