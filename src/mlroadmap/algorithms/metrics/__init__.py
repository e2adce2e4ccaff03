"""Scores and losses: scikit-learn's ``metrics``, from scratch.

Classification metrics read the confusion matrix (``_classification``), ranking metrics
sweep a threshold over scores (``_ranking``), regression metrics average residuals
(``_regression``), and scorers wrap any of them for model selection (``_scorer``).
"""

from mlroadmap.algorithms.metrics._classification import (
    accuracy_score,
    classification_report,
    confusion_matrix,
    f1_score,
    log_loss,
    precision_recall_fscore_support,
    precision_score,
    recall_score,
)
from mlroadmap.algorithms.metrics._cluster import (
    adjusted_rand_score,
    silhouette_samples,
    silhouette_score,
    trustworthiness,
)
from mlroadmap.algorithms.metrics._ranking import auc, roc_auc_score, roc_curve
from mlroadmap.algorithms.metrics._regression import (
    mean_absolute_error,
    mean_squared_error,
    r2_score,
    root_mean_squared_error,
)
from mlroadmap.algorithms.metrics._scorer import check_scoring, get_scorer, get_scorer_names, make_scorer
from mlroadmap.algorithms.metrics._targets import UndefinedMetricWarning, type_of_target

__all__ = [
    "UndefinedMetricWarning",
    "accuracy_score",
    "adjusted_rand_score",
    "auc",
    "check_scoring",
    "classification_report",
    "confusion_matrix",
    "f1_score",
    "get_scorer",
    "get_scorer_names",
    "log_loss",
    "make_scorer",
    "mean_absolute_error",
    "mean_squared_error",
    "precision_recall_fscore_support",
    "precision_score",
    "r2_score",
    "recall_score",
    "roc_auc_score",
    "roc_curve",
    "root_mean_squared_error",
    "silhouette_samples",
    "silhouette_score",
    "trustworthiness",
    "type_of_target",
]
