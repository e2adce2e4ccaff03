"""Support vector machines: scikit-learn's ``svm``, from scratch.

``SVC`` is trained by SMO on the dual, ``LinearSVC`` by L-BFGS on the primal.
"""

from mlroadmap.algorithms.svm._linear_svc import LinearSVC
from mlroadmap.algorithms.svm._svc import SVC
from mlroadmap.algorithms.validation import ConvergenceWarning

__all__ = ["SVC", "ConvergenceWarning", "LinearSVC"]
