"""Matrix decompositions: scikit-learn's ``decomposition``, from scratch."""

from mlroadmap.algorithms.decomposition._pca import PCA

__all__ = ["PCA"]
