"""Write your own transformer: clip every column to percentiles learned in fit.

A few extreme values can dominate a linear model. Clipping each feature to, say, its
5th and 95th percentiles tames them, but the percentiles are learned from data, so the
clipper is a transformer like any other: fitted on the training set only, then applied
unchanged to new data. Written with scikit-learn's conventions, it fits in a pipeline,
a ColumnTransformer or a grid search like the library's own steps.

    Write the class PercentileClipper(TransformerMixin, BaseEstimator):
    - __init__(self, low=5.0, high=95.0) stores the two hyper-parameters unchanged,
      under the same names, and does nothing else;
    - fit(X, y=None) learns lower_ and upper_, the low-th and high-th percentiles of
      each column of X (np.percentile, its default linear interpolation), and returns self;
    - transform(X) returns X with every column clipped to [lower_, upper_].
    Then write clip_outliers(X_train, X_test, low, high): fit one clipper on X_train
    and return the pair (clipped X_train, clipped X_test), both float arrays of the
    shapes given.

Edge case that matters: the test set is clipped with the training set's percentiles,
so low=0 and high=100 leave X_train unchanged but may still clip X_test.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data


class PercentileClipper(TransformerMixin, BaseEstimator):
    def __init__(self, low: float = 5.0, high: float = 95.0) -> None:
        # TODO: store the hyper-parameters, nothing else.
        raise NotImplementedError("PercentileClipper.__init__: replace this line with your code")

    def fit(self, X, y=None):
        # TODO: learn lower_ and upper_ from X, column by column, and return self.
        raise NotImplementedError("PercentileClipper.fit: replace this line with your code")

    def transform(self, X):
        # TODO: clip X to the learned bounds.
        raise NotImplementedError("PercentileClipper.transform: replace this line with your code")


def clip_outliers(
    X_train: np.ndarray, X_test: np.ndarray, low: float = 5.0, high: float = 95.0
) -> tuple[np.ndarray, np.ndarray]:
    # TODO: fit one PercentileClipper on the training set and transform both sets.
    raise NotImplementedError("clip_outliers: replace this line with your code")
