"""Nearest neighbours: scikit-learn's ``neighbors``, from scratch (brute force and a KD-tree)."""

from mlroadmap.algorithms.neighbors._classification import KNeighborsClassifier
from mlroadmap.algorithms.neighbors._regression import KNeighborsRegressor

__all__ = ["KNeighborsClassifier", "KNeighborsRegressor"]
