"""Output feature names, as scikit-learn's ``get_feature_names_out`` reports them."""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.validation import check_is_fitted


def feature_names_in(estimator: Any, input_features: Any = None) -> np.ndarray:
    """Input feature names: ``input_features``, else ``feature_names_in_``, else x0, x1, ..."""
    fitted_names = getattr(estimator, "feature_names_in_", None)
    n_features = getattr(estimator, "n_features_in_", None)
    if input_features is not None:
        input_features = np.asarray(input_features, dtype=object)
        if fitted_names is not None and not np.array_equal(fitted_names, input_features):
            raise ValueError("input_features is not equal to feature_names_in_")
        if n_features is not None and len(input_features) != n_features:
            raise ValueError(
                "input_features should have length equal to number of features "
                f"({n_features}), got {len(input_features)}"
            )
        return input_features
    if fitted_names is not None:
        return fitted_names
    if n_features is None:
        raise ValueError("Unable to generate feature names without n_features_in_")
    return np.asarray([f"x{i}" for i in range(n_features)], dtype=object)


class OneToOneFeatureMixin:
    """For transformers whose output column j is a function of input column j only: same names."""

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self)
        return feature_names_in(self, input_features)
