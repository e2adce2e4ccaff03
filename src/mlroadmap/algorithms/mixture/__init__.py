"""Mixture models: scikit-learn's ``mixture``, from scratch."""

from mlroadmap.algorithms.mixture._gaussian_mixture import GaussianMixture
from mlroadmap.algorithms.validation import ConvergenceWarning

__all__ = ["ConvergenceWarning", "GaussianMixture"]
