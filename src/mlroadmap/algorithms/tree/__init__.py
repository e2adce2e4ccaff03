"""Decision trees (CART): scikit-learn's ``tree`` module, from scratch."""

from mlroadmap.algorithms.tree._classes import DecisionTreeClassifier, DecisionTreeRegressor

__all__ = ["DecisionTreeClassifier", "DecisionTreeRegressor"]
