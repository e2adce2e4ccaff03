"""Clustering: scikit-learn's ``cluster``, from scratch."""

from mlroadmap.algorithms.cluster._agglomerative import AgglomerativeClustering
from mlroadmap.algorithms.cluster._dbscan import DBSCAN
from mlroadmap.algorithms.cluster._kmeans import KMeans

__all__ = ["DBSCAN", "AgglomerativeClustering", "KMeans"]
