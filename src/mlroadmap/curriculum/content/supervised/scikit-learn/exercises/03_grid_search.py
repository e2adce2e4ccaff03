"""Choose ridge's alpha with GridSearchCV.

A hyper-parameter is set in the estimator's constructor and never learned by fit.
GridSearchCV tries every value of a grid: for each one it cross-validates a fresh copy
of the estimator, keeps the mean validation score in cv_results_, and picks the
value with the highest mean score. Then it refits that model on all the data.

    X is a float array of shape (n_samples, n_features), y the n float targets,
    alphas a list of candidate values of Ridge's alpha.
    Return, as a float, the alpha that
        GridSearchCV(Ridge(), {"alpha": alphas}, cv=KFold(n_splits=5))
    chooses with its default scoring (Ridge's score, the R² on the validation fold).

Edge cases that matter:
- The choice is made on the validation folds, never on the training data.
- scikit-learn always maximizes a score: an error such as the mean squared error is
  used negated ("neg_mean_squared_error").
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold


def best_alpha(X: np.ndarray, y: np.ndarray, alphas: list[float]) -> float:
    # TODO: fit a GridSearchCV, then read the chosen alpha from best_params_.
    raise NotImplementedError("best_alpha: replace this line with your code")
