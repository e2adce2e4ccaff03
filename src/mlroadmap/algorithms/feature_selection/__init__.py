"""Choosing features: scikit-learn's ``feature_selection``, from scratch."""

from mlroadmap.algorithms.feature_selection._mutual_info import mutual_info_classif
from mlroadmap.algorithms.feature_selection._rfe import RFE
from mlroadmap.algorithms.feature_selection._scores import chi2, f_classif, f_regression, r_regression
from mlroadmap.algorithms.feature_selection._select_k_best import SelectKBest
from mlroadmap.algorithms.feature_selection._variance_threshold import VarianceThreshold

__all__ = [
    "RFE",
    "SelectKBest",
    "VarianceThreshold",
    "chi2",
    "f_classif",
    "f_regression",
    "mutual_info_classif",
    "r_regression",
]
