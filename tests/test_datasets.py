"""Our direct readers of the bundled CSV files give exactly what the packages' loaders give."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import palmerpenguins
import pandas as pd
import pytest
import sklearn.datasets

from mlroadmap import datasets


@pytest.mark.parametrize("name", ["iris", "wine", "breast_cancer", "diabetes", "digits"])
def test_matches_scikit_learn(name):
    ours = getattr(datasets, f"load_{name}")()
    theirs = getattr(sklearn.datasets, f"load_{name}")()
    np.testing.assert_allclose(ours.data, theirs.data, rtol=1e-12, atol=1e-15)
    np.testing.assert_array_equal(ours.target, theirs.target)
    assert list(ours.feature_names) == list(theirs.feature_names)
    if "target_names" in theirs:
        assert list(ours.target_names) == [str(t) for t in theirs.target_names]


def test_unscaled_diabetes_matches():
    np.testing.assert_allclose(
        datasets.load_diabetes(scaled=False).data, sklearn.datasets.load_diabetes(scaled=False).data
    )


@pytest.mark.parametrize("raw", [False, True])
def test_penguins_match_palmerpenguins(raw):
    ours = datasets.load_penguins(raw=raw)
    theirs = palmerpenguins.load_penguins_raw() if raw else palmerpenguins.load_penguins()
    assert list(ours) == list(theirs.columns)
    for column in theirs.columns:
        expected = theirs[column]
        if pd.api.types.is_numeric_dtype(expected):
            np.testing.assert_allclose(ours[column], expected.to_numpy(dtype=float), equal_nan=True)
        else:
            assert [None if pd.isna(v) else v for v in expected] == list(ours[column]), column


def test_loading_does_not_import_the_packages():
    code = (
        "import sys; from mlroadmap import datasets; datasets.load_iris(); datasets.load_penguins(); "
        "assert not {'sklearn', 'palmerpenguins', 'pandas'} & set(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
