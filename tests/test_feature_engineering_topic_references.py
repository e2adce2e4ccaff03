"""The feature-engineering topic's solutions against scikit-learn and pandas."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.preprocessing import KBinsDiscretizer, PolynomialFeatures

from mlroadmap.grading.compare import compare
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/data/feature-engineering"
EXTRA = [np.random.default_rng(seed).gamma(2.0, size=60) for seed in range(3)]


def _pair(file: str):
    check = load_module(TOPIC / "checks" / file).CHECK
    return check, getattr(load_module(TOPIC / "solutions" / file), check.function)


def _kbins(x: np.ndarray, n_bins: int, strategy: str) -> np.ndarray:
    if np.ptp(x) == 0 or n_bins == 1:  # one bin for everything (scikit-learn refuses n_bins=1)
        return np.zeros(len(x), dtype=int)
    options = {"quantile_method": "linear"} if strategy == "quantile" else {}
    binner = KBinsDiscretizer(n_bins=n_bins, encode="ordinal", strategy=strategy, **options)
    return binner.fit_transform(x.reshape(-1, 1)).ravel().astype(int)


def test_uniform_bins_match_kbinsdiscretizer():
    check, solution = _pair("01_uniform_bins.py")
    for x, n_bins in [c.args for c in check.cases()] + [(x, 7) for x in EXTRA]:
        assert compare(_kbins(x, n_bins, "uniform"), solution(x, n_bins), check.rule) is None


def test_quantile_bins_match_kbinsdiscretizer():
    check, solution = _pair("02_quantile_bins.py")
    for x, n_bins in [c.args for c in check.cases()] + [(x, 4) for x in EXTRA]:
        assert compare(_kbins(x, n_bins, "quantile"), solution(x, n_bins), check.rule) is None


def test_date_parts_match_pandas():
    check, solution = _pair("03_date_parts.py")
    rng = np.random.default_rng(9)
    random_days = np.datetime64("1999-01-01") + rng.integers(0, 12_000, size=200)
    for dates in [c.args[0] for c in check.cases()] + [[str(d) for d in random_days]]:
        parsed = pd.to_datetime(pd.Series(dates))
        expected = np.column_stack([parsed.dt.year, parsed.dt.month, parsed.dt.day_of_year])
        assert compare(expected, solution(dates), check.rule) is None


def test_interactions_match_polynomialfeatures():
    check, solution = _pair("04_interactions.py")
    for X in [c.args[0] for c in check.cases()]:
        expected = PolynomialFeatures(degree=2, interaction_only=True, include_bias=False).fit_transform(X)
        assert compare(expected, solution(X), check.rule) is None
