"""The feature-selection topic's solutions against scikit-learn's selectors and score functions."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.feature_selection import SelectKBest, VarianceThreshold, f_classif, f_regression

from mlroadmap.grading.compare import compare
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/data/feature-selection"


def _pair(file: str):
    check = load_module(TOPIC / "checks" / file).CHECK
    return check, getattr(load_module(TOPIC / "solutions" / file), check.function)


def test_variance_support_matches_variancethreshold():
    check, solution = _pair("01_variance_threshold.py")
    for case in check.cases():
        X, threshold = case.args[0], case.args[1] if len(case.args) > 1 else 0.0
        # VarianceThreshold refuses to drop every column; a wide extra column keeps it working
        wide = np.column_stack([X, np.arange(len(X)) * 1e6])
        expected = VarianceThreshold(threshold).fit(wide).get_support()[:-1]
        assert compare(expected, solution(X, threshold), check.rule) is None, case.name


def test_anova_f_matches_f_classif():
    check, solution = _pair("02_anova_f.py")
    for case in check.cases():
        assert compare(f_classif(*case.args)[0], solution(*case.args), check.rule) is None, case.name


def test_select_k_best_matches_selectkbest_on_real_scores_and_ties():
    check, solution = _pair("03_select_k_best.py")
    rng = np.random.default_rng(15)
    for case in [c for c in check.cases() if not np.isnan(c.args[0]).any()]:
        scores, k = case.args
        selector = SelectKBest(lambda X, y, s=scores: s, k=k).fit(np.zeros((2, len(scores))), [0, 1])
        assert compare(selector.get_support(), solution(scores, k), check.rule) is None, case.name
    for _ in range(20):
        scores = rng.integers(0, 4, size=12).astype(float)  # many ties
        k = int(rng.integers(1, 12))
        selector = SelectKBest(lambda X, y, s=scores: s, k=k).fit(np.zeros((2, 12)), [0, 1])
        assert compare(selector.get_support(), solution(scores, k), check.rule) is None


def test_nan_scores_rank_lowest_as_in_selectkbest():
    _, solution = _pair("03_select_k_best.py")
    scores = np.array([np.nan, 2.0, 0.5, 1.0])
    selector = SelectKBest(lambda X, y: scores, k=2).fit(np.zeros((2, 4)), [0, 1])
    assert list(selector.get_support()) == list(solution(scores, 2))


def test_f_regression_matches_scikit_learn():
    check, solution = _pair("04_f_regression.py")
    for case in check.cases():
        assert compare(f_regression(*case.args)[0], solution(*case.args), check.rule) is None, case.name
