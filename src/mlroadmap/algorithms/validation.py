"""Input validation with scikit-learn's rules and messages, without importing scikit-learn.

The messages match scikit-learn's on purpose: a learner who moves to the real library
meets the same sentences, and scikit-learn's estimator checks compare some of them.
"""

from __future__ import annotations

import numbers
import sys
import warnings
from functools import cache
from typing import Any

import numpy as np


class NotFittedError(ValueError, AttributeError):
    """Raised when a method needs ``fit`` first (both a ValueError and an AttributeError, as in sklearn)."""


class DataConversionWarning(UserWarning):
    """The input's form was changed on the way in (e.g. a column vector ``y`` flattened)."""


class ConvergenceWarning(UserWarning):
    """An iterative solver stopped at ``max_iter`` before meeting its tolerance."""


@cache
def _bridged(ours: type, name: str) -> type:
    """``ours``, or a subclass of both ``ours`` and scikit-learn's class of the same name.

    scikit-learn's estimator checks (and user code) catch ``sklearn.exceptions.NotFittedError``
    and filter ``sklearn.exceptions.DataConversionWarning``. When scikit-learn is already
    loaded, we raise a class that is both; we never import scikit-learn ourselves.
    """
    exceptions = sys.modules.get("sklearn.exceptions")
    theirs = getattr(exceptions, name, None)
    if theirs is None:
        return ours
    return type(name, (ours, theirs), {"__module__": __name__, "__doc__": ours.__doc__})


def _class(ours: type) -> type:
    return _bridged(ours, ours.__name__) if "sklearn.exceptions" in sys.modules else ours


def _is_sparse(X: Any) -> bool:
    return type(X).__module__.startswith("scipy.sparse")


def _name(estimator: Any) -> str:
    return type(estimator).__name__ if estimator is not None else ""


def check_array(
    X: Any,
    *,
    ensure_2d: bool = True,
    dtype: Any = "numeric",
    ensure_min_samples: int = 1,
    ensure_min_features: int = 1,
    allow_nan: bool = False,
    input_name: str = "",
    estimator: Any = None,
) -> np.ndarray:
    """``X`` as a NumPy array: dense, numeric (float64 unless ``dtype`` says otherwise),
    2-D, finite, with at least one sample and one feature."""
    by = f" by {_name(estimator)}" if estimator is not None else ""
    if _is_sparse(X):
        raise TypeError(
            f"Sparse data was passed for {input_name or 'X'}, but dense data is required. "
            "Use '.toarray()' to convert to a dense numpy array."
        )
    array = np.asarray(X)
    if np.iscomplexobj(array):
        raise ValueError(f"Complex data not supported\n{array}\n")
    if dtype == "numeric":
        if array.dtype.kind not in "biuf":
            array = array.astype(np.float64)  # strings or objects: numpy's own TypeError/ValueError
    elif dtype is not None:
        array = array.astype(dtype, copy=False)
    if ensure_2d:
        if array.ndim == 0:
            raise ValueError(
                f"Expected 2D array, got scalar array instead:\narray={array}.\n"
                "Reshape your data either using array.reshape(-1, 1) if your data has a single "
                "feature or array.reshape(1, -1) if it contains a single sample."
            )
        if array.ndim == 1:
            raise ValueError(
                f"Expected 2D array, got 1D array instead:\narray={array}.\n"
                "Reshape your data either using array.reshape(-1, 1) if your data has a single "
                "feature or array.reshape(1, -1) if it contains a single sample."
            )
        if array.ndim > 2:
            raise ValueError(
                f"Found array with dim {array.ndim}. {_name(estimator) or 'Estimator'} expected <= 2."
            )
    n_samples = array.shape[0] if array.ndim else 1
    if n_samples < ensure_min_samples:
        raise ValueError(
            f"Found array with {n_samples} sample(s) (shape={array.shape}) while a minimum of "
            f"{ensure_min_samples} is required{by}."
        )
    if ensure_2d and array.shape[1] < ensure_min_features:
        raise ValueError(
            f"Found array with {array.shape[1]} feature(s) (shape={array.shape}) while a minimum of "
            f"{ensure_min_features} is required{by}."
        )
    if array.dtype.kind == "f":
        _assert_finite(array, allow_nan, input_name, estimator)
    return array


def _assert_finite(array: np.ndarray, allow_nan: bool, input_name: str, estimator: Any) -> None:
    if np.isfinite(array).all():
        return
    subject = f"Input {input_name}" if input_name else "Input"
    if np.isinf(array).any():
        raise ValueError(f"{subject} contains infinity or a value too large for {array.dtype!r}.")
    if not allow_nan:
        extra = (
            f"\n{_name(estimator)} does not accept missing values encoded as NaN natively. "
            "Impute them first, e.g. with SimpleImputer, or drop the samples with missing values."
            if estimator is not None
            else ""
        )
        raise ValueError(f"{subject} contains NaN.{extra}")


def column_or_1d(y: Any, *, warn: bool = True, dtype: Any = None) -> np.ndarray:
    """``y`` as a 1-D array; a column vector is flattened with a DataConversionWarning."""
    array = np.asarray(y) if dtype is None else np.asarray(y, dtype=dtype)
    if array.ndim == 1:
        return array
    if array.ndim == 2 and array.shape[1] == 1:
        if warn:
            warnings.warn(
                "A column-vector y was passed when a 1d array was expected. Please change the shape "
                "of y to (n_samples, ), for example using ravel().",
                _class(DataConversionWarning),
                stacklevel=3,
            )
        return array.ravel()
    raise ValueError(f"y should be a 1d array, got an array of shape {array.shape} instead.")


def check_sample_weight(
    sample_weight: Any, n_samples: int, *, allow_none: bool = False, only_non_negative: bool = False
) -> np.ndarray | None:
    """Weights as a float64 array of shape (n_samples,): ones for None (or None itself with
    ``allow_none``, for code with a faster unweighted path), a scalar repeated, or a finite
    1-D array of the right length that is not all zeros."""
    if sample_weight is None:
        return None if allow_none else np.ones(n_samples)
    weights = np.asarray(sample_weight)
    if weights.ndim == 0:
        return np.full(n_samples, float(weights))
    weights = column_or_1d(weights, warn=False).astype(np.float64)
    if weights.shape != (n_samples,):
        raise ValueError(f"sample_weight.shape == {weights.shape}, expected {(n_samples,)}!")
    if not np.isfinite(weights).all():
        raise ValueError("Input sample_weight contains NaN or infinity.")
    if only_non_negative and (weights < 0).any():
        raise ValueError("Negative values in data passed to sample_weight")
    if not allow_none and not weights.any():  # metrics (allow_none) average with them: zeros are fine
        raise ValueError("Sample weights must contain at least one non-zero number.")
    return weights


def check_consistent_length(*arrays: Any) -> None:
    lengths = [len(a) for a in arrays if a is not None]
    if len(set(lengths)) > 1:
        raise ValueError(f"Found input variables with inconsistent numbers of samples: {lengths!r}")


def _feature_names(X: Any) -> np.ndarray | None:
    columns = getattr(X, "columns", None)
    if columns is None or not hasattr(X, "iloc"):
        return None
    names = np.asarray(columns, dtype=object)
    if all(isinstance(n, str) for n in names):
        return names
    return None


def _check_feature_names(estimator: Any, X: Any, reset: bool) -> None:
    names = _feature_names(X)
    if reset:
        if names is not None:
            estimator.feature_names_in_ = names
        elif hasattr(estimator, "feature_names_in_"):
            del estimator.feature_names_in_
        return
    fitted = getattr(estimator, "feature_names_in_", None)
    if fitted is None and names is None:
        return
    if names is not None and fitted is None:
        warnings.warn(
            f"X has feature names, but {_name(estimator)} was fitted without feature names", stacklevel=3
        )
    elif names is None:
        warnings.warn(
            f"X does not have valid feature names, but {_name(estimator)} was fitted with feature names",
            stacklevel=3,
        )
    elif len(names) != len(fitted) or (names != fitted).any():
        raise ValueError(
            "The feature names should match those that were passed during fit.\n"
            f"Feature names seen at fit time: {list(fitted)}\nFeature names now: {list(names)}\n"
        )


def validate_data(
    estimator: Any,
    X: Any,
    y: Any = "no_validation",
    *,
    reset: bool = True,
    y_numeric: bool = False,
    **check_params: Any,
) -> Any:
    """Validate ``X`` (and ``y``), and set or check ``n_features_in_`` and ``feature_names_in_``.

    ``reset=True`` in ``fit``; ``reset=False`` in every other method, where a different
    number of features is an error.
    """
    _check_feature_names(estimator, X, reset)
    if y is None and getattr(estimator, "_requires_y", False):
        raise ValueError(f"{_name(estimator)} requires y to be passed, but the target y is None.")
    X = check_array(X, estimator=estimator, input_name="X", **check_params)
    n_features = X.shape[1] if X.ndim == 2 else 1
    if reset:
        estimator.n_features_in_ = n_features
    elif hasattr(estimator, "n_features_in_") and n_features != estimator.n_features_in_:
        raise ValueError(
            f"X has {n_features} features, but {_name(estimator)} is expecting "
            f"{estimator.n_features_in_} features as input."
        )
    if isinstance(y, str) and y == "no_validation":
        return X
    if y is None:
        raise ValueError(f"{_name(estimator)} requires y to be passed, but the target y is None.")
    y = column_or_1d(y)
    if y_numeric:
        if y.dtype.kind not in "biuf":
            y = y.astype(np.float64)
        _assert_finite(y.astype(np.float64, copy=False), False, "y", None)
    elif y.dtype.kind == "f":
        _assert_finite(y, False, "y", None)
    check_consistent_length(X, y)
    return X, y


def not_fitted(estimator: Any) -> NotFittedError:
    """The error for a method that needs ``fit`` first, with scikit-learn's message and class."""
    return _class(NotFittedError)(
        f"This {_name(estimator)} instance is not fitted yet. Call 'fit' with appropriate "
        "arguments before using this estimator."
    )


def check_is_fitted(estimator: Any) -> None:
    """A fitted estimator has attributes ending in ``_`` (set by ``fit``)."""
    if not [k for k in vars(estimator) if k.endswith("_") and not k.startswith("__")]:
        raise not_fitted(estimator)


def check_classification_targets(y: np.ndarray) -> None:
    """Classes must be discrete: integers, strings or booleans, not continuous values."""
    if y.dtype.kind == "f" and not np.all(np.mod(y[np.isfinite(y)], 1) == 0):
        raise ValueError(
            "Unknown label type: continuous. Maybe you are trying to fit a classifier, which expects "
            "discrete classes on a regression target with continuous values."
        )
    if y.dtype.kind == "O" and not all(isinstance(v, str | numbers.Integral | bool) for v in y):
        raise ValueError("Unknown label type: unknown. Labels must be integers, strings or booleans.")


def check_random_state(seed: Any) -> np.random.RandomState:
    """A RandomState from None (the global one), an int seed, or an existing RandomState.

    scikit-learn's convention, kept so that equal seeds give the same draws in both libraries.
    """
    if seed is None or seed is np.random:
        return np.random.mtrand._rand
    if isinstance(seed, numbers.Integral):
        return np.random.RandomState(int(seed))
    if isinstance(seed, np.random.RandomState):
        return seed
    raise ValueError(f"{seed!r} cannot be used to seed a numpy.random.RandomState instance")
