"""The data-cleaning topic's solutions against pandas, on the raw penguins table and more."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import palmerpenguins
import pandas as pd
import pytest

from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/data/data-cleaning"


def _load(kind: str, file: str):
    return load_module(TOPIC / kind / file)


def _pair(file: str):
    check = _load("checks", file).CHECK
    return check, getattr(_load("solutions", file), check.function)


RAW = palmerpenguins.load_penguins_raw()


def test_species_names_match_pandas_string_methods():
    check, solution = _pair("01_species_names.py")
    for case in check.cases():
        series = pd.Series(case.args[0], dtype=object)
        expected = series.str.strip().str.split().str[0].str.capitalize()
        assert solution(case.args[0]) == [None if pd.isna(v) else v for v in expected], case.name


@pytest.mark.parametrize("column", ["Body Mass (g)", "Delta 15 N (o/oo)", "Culmen Length (mm)"])
@pytest.mark.parametrize("by", ["Species", "Island", "Sex"])
def test_group_median_matches_pandas_groupby(column, by):
    _, solution = _pair("02_group_median.py")
    frame = RAW[[column, by]].copy()
    frame[by] = frame[by].fillna("unknown")
    expected = frame.groupby(by)[column].transform(lambda s: s.fillna(s.median()))
    expected = expected.fillna(frame[column].median())
    got = solution(frame[column].to_numpy(dtype=float), list(frame[by]))
    np.testing.assert_allclose(got, expected.to_numpy(), rtol=1e-12)


def test_group_median_on_the_checks_cases_matches_pandas():
    check, solution = _pair("02_group_median.py")
    for case in check.cases():
        values, groups = case.args
        frame = pd.DataFrame({"v": values, "g": groups})
        expected = (
            frame.groupby("g")["v"].transform(lambda s: s.fillna(s.median())).fillna(frame["v"].median())
        )
        assert compare(expected.to_numpy(), solution(values, groups), check.rule) is None, case.name


def test_outliers_match_pandas_quantiles():
    check, solution = _pair("03_outliers.py")
    for case in check.cases():
        x = pd.Series(case.args[0])
        k = case.args[1] if len(case.args) > 1 else 1.5
        q1, q3 = x.quantile(0.25), x.quantile(0.75)  # skips NaN, linear interpolation
        expected = ((x < q1 - k * (q3 - q1)) | (x > q3 + k * (q3 - q1))).to_numpy()
        assert compare(expected, solution(*case.args), check.rule) is None, case.name


@pytest.mark.parametrize("column", ["Island", "Sex", "Clutch Completion", "Species", "Comments"])
def test_one_hot_matches_get_dummies(column):
    _, solution = _pair("04_one_hot.py")
    values = [None if pd.isna(v) else v for v in RAW[column]]
    dummies = pd.get_dummies(RAW[column], dtype=int)
    categories, matrix = solution(values)
    assert categories == sorted(dummies.columns)
    assert compare(dummies[categories].to_numpy(), plain(matrix)) is None
