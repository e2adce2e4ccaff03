"""Scaling, encoding and feature construction: scikit-learn's ``preprocessing``, from scratch."""

from mlroadmap.algorithms.preprocessing._encoders import OneHotEncoder, OrdinalEncoder
from mlroadmap.algorithms.preprocessing._normalizer import Normalizer
from mlroadmap.algorithms.preprocessing._polynomial import PolynomialFeatures
from mlroadmap.algorithms.preprocessing._scalers import MinMaxScaler, RobustScaler, StandardScaler

__all__ = [
    "MinMaxScaler",
    "Normalizer",
    "OneHotEncoder",
    "OrdinalEncoder",
    "PolynomialFeatures",
    "RobustScaler",
    "StandardScaler",
]
