"""Scaling, encoding and feature construction: scikit-learn's ``preprocessing``, from scratch."""

from mlroadmap.algorithms.preprocessing._scalers import StandardScaler

__all__ = ["StandardScaler"]
