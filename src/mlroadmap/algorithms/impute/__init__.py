"""Filling in missing values: scikit-learn's ``impute``, from scratch."""

from mlroadmap.algorithms.impute._simple import SimpleImputer

__all__ = ["SimpleImputer"]
