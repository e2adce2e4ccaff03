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


def _statsmodels_co2() -> pd.Series:
    import statsmodels.datasets.co2

    return statsmodels.datasets.co2.load_pandas().data["co2"]


def test_co2_matches_statsmodels():
    ours = datasets.load_co2()
    theirs = _statsmodels_co2()
    assert ours.dates.dtype == np.dtype("datetime64[D]")
    np.testing.assert_array_equal(ours.dates, theirs.index.to_numpy().astype("datetime64[D]"))
    np.testing.assert_array_equal(ours.values, theirs.to_numpy(dtype=float))  # NaN equals NaN here
    assert np.isnan(ours.values).sum() == theirs.isna().sum() > 0
    dates, values = datasets.load_co2()  # a named tuple unpacks
    assert len(dates) == len(values) == len(theirs)


@pytest.mark.parametrize("fill", [None, "linear", "ffill"])
def test_co2_monthly_means_match_pandas_resample(fill):
    monthly = _statsmodels_co2().resample("MS").mean()
    expected = {None: monthly, "linear": monthly.interpolate(), "ffill": monthly.ffill()}[fill]
    ours = datasets.load_co2("MS", fill=fill)
    np.testing.assert_array_equal(ours.dates, expected.index.to_numpy().astype("datetime64[D]"))
    np.testing.assert_allclose(ours.values, expected.to_numpy(dtype=float), rtol=1e-13, equal_nan=True)
    assert np.isnan(ours.values).any() == (fill is None)


@pytest.mark.parametrize("fill", ["linear", "ffill"])
def test_co2_weekly_filling_matches_pandas(fill):
    weekly = _statsmodels_co2()
    expected = weekly.interpolate() if fill == "linear" else weekly.ffill()
    np.testing.assert_allclose(
        datasets.load_co2(fill=fill).values, expected.to_numpy(dtype=float), rtol=1e-13
    )


def test_co2_filling_leaves_leading_gaps_like_pandas():
    from mlroadmap.datasets._co2 import _filled

    x = np.array([np.nan, np.nan, 1.0, np.nan, 4.0, np.nan])
    for fill, method in [("linear", "interpolate"), ("ffill", "ffill")]:
        expected = getattr(pd.Series(x), method)().to_numpy()
        np.testing.assert_array_equal(_filled(x, fill), expected)


def test_co2_returns_fresh_arrays():
    first = datasets.load_co2("MS")
    first.values[:] = 0.0
    assert datasets.load_co2("MS").values[0] == pytest.approx(316.1)


@pytest.mark.parametrize(
    ("kwargs", "phrase"),
    [({"freq": "D"}, "freq must be"), ({"freq": "MS", "fill": "bfill"}, "fill must be")],
)
def test_co2_rejects_unknown_options(kwargs, phrase):
    with pytest.raises(ValueError, match=phrase):
        datasets.load_co2(**kwargs)


def test_loading_co2_does_not_import_statsmodels():
    code = (
        "import sys; from mlroadmap import datasets; datasets.load_co2('MS', fill='linear'); "
        "assert not {'statsmodels', 'pandas'} & set(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
