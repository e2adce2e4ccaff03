"""Manifold learning: scikit-learn's ``manifold``, from scratch.

``TSNE`` embeds data in two or three dimensions for a look at its neighbourhoods;
``trustworthiness`` (also in :mod:`mlroadmap.algorithms.metrics`, where scikit-learn keeps it
in ``manifold``) measures how well an embedding keeps them.
"""

from mlroadmap.algorithms.manifold._t_sne import TSNE
from mlroadmap.algorithms.metrics._cluster import trustworthiness

__all__ = ["TSNE", "trustworthiness"]
