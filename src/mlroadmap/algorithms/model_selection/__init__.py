"""Model selection: splitting data, cross-validation and hyper-parameter search, from scratch.

``_split`` makes train/test index pairs, ``_validation`` fits and scores fresh copies
(``base.clone``) on them, ``_search`` cross-validates every candidate of a parameter grid.

``GridSearchCV`` is importable from here but deliberately not listed in ``__all__``: the
shared estimator-check test builds every class in ``__all__`` with no arguments, and a
search needs an ``estimator`` (scikit-learn checks meta-estimators with an inner
estimator); it is checked in ``tests/algorithms/test_model_selection_search.py``.
"""

from mlroadmap.algorithms.base import clone
from mlroadmap.algorithms.model_selection._search import GridSearchCV as GridSearchCV
from mlroadmap.algorithms.model_selection._search import ParameterGrid
from mlroadmap.algorithms.model_selection._split import (
    KFold,
    LeaveOneOut,
    StratifiedKFold,
    check_cv,
    train_test_split,
)
from mlroadmap.algorithms.model_selection._validation import (
    FitFailedWarning,
    cross_val_score,
    cross_validate,
    learning_curve,
    validation_curve,
)

__all__ = [
    "FitFailedWarning",
    "KFold",
    "LeaveOneOut",
    "ParameterGrid",
    "StratifiedKFold",
    "check_cv",
    "clone",
    "cross_val_score",
    "cross_validate",
    "learning_curve",
    "train_test_split",
    "validation_curve",
]
