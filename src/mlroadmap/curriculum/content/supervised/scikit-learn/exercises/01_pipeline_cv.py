"""Cross-validate a pipeline, so that the scaler is fitted inside every fold.

A scaler learns a mean and a standard deviation from the data it is fitted on. If it
sees all of X before cross-validation, every test fold has already leaked into the
training. Put the scaler and the model in one pipeline and cross-validate the
pipeline: then each fold fits its own scaler on its own training rows.

    X is a float array of shape (n_samples, n_features), y the n class labels.
    Return, as a float, the mean accuracy over the 5 folds of
        make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
    cross-validated with the folds of KFold(n_splits=5): consecutive blocks of rows,
    not shuffled and not stratified.

Edge case that matters: for a classifier, cv=5 does not mean KFold(5), it means
StratifiedKFold(5). Pass the splitter itself.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def pipeline_cv_accuracy(X: np.ndarray, y: np.ndarray) -> float:
    # TODO: build the pipeline, then cross-validate it with KFold(n_splits=5).
    raise NotImplementedError("pipeline_cv_accuracy: replace this line with your code")
