"""Our validation speaks scikit-learn's language without importing scikit-learn."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pytest
import sklearn.exceptions
from sklearn.utils.validation import check_array as sklearn_check_array

from mlroadmap.algorithms.preprocessing import StandardScaler
from mlroadmap.algorithms.validation import (
    DataConversionWarning,
    NotFittedError,
    check_array,
    check_is_fitted,
    column_or_1d,
)


def test_not_fitted_is_ours_and_scikit_learns_once_scikit_learn_is_loaded():
    with pytest.raises(sklearn.exceptions.NotFittedError) as caught:
        check_is_fitted(StandardScaler())
    assert isinstance(caught.value, NotFittedError)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, AttributeError)


def test_without_scikit_learn_nothing_imports_it():
    code = (
        "import sys\n"
        "from mlroadmap.algorithms.validation import check_is_fitted, NotFittedError\n"
        "from mlroadmap.algorithms.preprocessing import StandardScaler\n"
        "try:\n    check_is_fitted(StandardScaler())\nexcept NotFittedError:\n    pass\n"
        "assert not [m for m in sys.modules if m.startswith('sklearn')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_column_vector_warning_is_caught_by_scikit_learns_filter():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore")
        warnings.simplefilter("always", sklearn.exceptions.DataConversionWarning)
        column_or_1d(np.zeros((3, 1)))
    assert len(caught) == 1 and issubclass(caught[0].category, DataConversionWarning)


@pytest.mark.parametrize(
    "bad",
    [
        np.array([1.0, 2.0]),
        np.zeros((0, 3)),
        np.zeros((3, 0)),
        np.array([[np.nan]]),
        np.array([[np.inf]]),
        np.array([[1 + 2j]]),
        np.float64(3.0),
    ],
    ids=["1-D", "no samples", "no features", "NaN", "inf", "complex", "scalar"],
)
def test_check_array_refuses_what_scikit_learn_refuses_with_the_same_message(bad):
    with pytest.raises(ValueError) as theirs:
        sklearn_check_array(bad)
    with pytest.raises(ValueError) as ours:
        check_array(bad)
    assert str(ours.value).splitlines()[0] == str(theirs.value).splitlines()[0]
