"""Linear models: scikit-learn's ``linear_model``, from scratch.

Least squares, ridge (closed form), lasso and elastic net (coordinate descent) and
logistic regression (L-BFGS or Newton), each verified against scikit-learn.
"""

from mlroadmap.algorithms.linear_model._elastic_net import ElasticNet, Lasso
from mlroadmap.algorithms.linear_model._least_squares import LinearRegression
from mlroadmap.algorithms.linear_model._logistic import LogisticRegression
from mlroadmap.algorithms.linear_model._ridge import Ridge
from mlroadmap.algorithms.validation import ConvergenceWarning

__all__ = ["ConvergenceWarning", "ElasticNet", "Lasso", "LinearRegression", "LogisticRegression", "Ridge"]
