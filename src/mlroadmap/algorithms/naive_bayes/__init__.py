"""Naive Bayes: scikit-learn's ``naive_bayes`` (``GaussianNB``), from scratch."""

from mlroadmap.algorithms.naive_bayes._gaussian import GaussianNB

__all__ = ["GaussianNB"]
