"""The feature-scaling topic's solutions against scikit-learn's scalers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.preprocessing import MinMaxScaler, Normalizer, RobustScaler, StandardScaler

from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/data/feature-scaling"


def _load(kind: str, file: str):
    return load_module(TOPIC / kind / file)


def _pairs(file: str):
    check = _load("checks", file).CHECK
    return check, getattr(_load("solutions", file), check.function)


EXTRA = [np.random.default_rng(seed).normal(size=(25, 4)) * [1, 10, 100, 1000] for seed in range(3)]


def test_min_max_matches_minmaxscaler():
    check, solution = _pairs("01_min_max.py")
    for case in [*check.cases(), *[Case(f"extra {i}", (X,)) for i, X in enumerate(EXTRA)]]:
        X = case.args[0]
        feature_range = case.args[1] if len(case.args) > 1 else (0.0, 1.0)
        expected = MinMaxScaler(feature_range=feature_range).fit_transform(X.astype(float))
        assert compare(expected, solution(*case.args), check.rule) is None, case.name


def test_robust_matches_robustscaler():
    check, solution = _pairs("02_robust.py")
    for X in [c.args[0] for c in check.cases()] + EXTRA:
        assert compare(RobustScaler().fit_transform(X), solution(X), check.rule) is None


def test_train_test_matches_a_standardscaler_fitted_on_train():
    check, solution = _pairs("03_train_test.py")
    for case in check.cases():
        X_train, X_test = case.args
        expected = StandardScaler().fit(X_train).transform(X_test)
        assert compare(expected, solution(X_train, X_test), check.rule) is None, case.name


@pytest.mark.parametrize("norm", ["l1", "l2", "max"])
def test_normalize_matches_normalizer(norm):
    check, solution = _pairs("04_normalize_rows.py")
    for X in [c.args[0] for c in check.cases()] + EXTRA:
        assert compare(Normalizer(norm=norm).fit_transform(X), solution(X, norm), check.rule) is None
