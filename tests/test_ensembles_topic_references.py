"""The ensembles topic's solutions against scikit-learn's ensembles.

Each solution is the grader's reference, so it is checked here against code that shares
none of it: a fitted ``RandomForestClassifier`` (its ``predict_proba`` is the mean of its
trees'), the initial decision function of ``GradientBoostingClassifier`` and an
intercept-only ``LogisticRegression``, and the staged predictions and trees of a
``GradientBoostingRegressor``. scikit-learn draws its bootstrap samples with the legacy
``RandomState``, so the bootstrap exercise is checked against ``Generator.choice`` and
a set difference, and statistically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.special import logit
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier
from sklearn.linear_model import LogisticRegression

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_diabetes, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/ensembles"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


# ---------------------------------------------------------------- bootstrap


def test_bootstrap_matches_generator_choice_and_a_set_difference() -> None:
    check, bootstrap = _check("01_bootstrap.py"), _solution("01_bootstrap.py")
    extra = [Case(f"n = {n}, seed {seed}", (n, seed)) for n, seed in [(2, 5), (37, 11), (5000, 123)]]
    for case in [*check.cases(), *extra]:
        n, seed = case.args
        indices, oob = _call(bootstrap, case)
        expected_indices = np.random.default_rng(seed).choice(n, size=n, replace=True)
        expected_oob = np.array([i not in set(expected_indices.tolist()) for i in range(n)])
        problem = compare([expected_indices, expected_oob], [indices, oob], check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_out_of_bag_fraction_is_about_one_over_e() -> None:
    bootstrap = _solution("01_bootstrap.py")
    n = 500
    fractions = [bootstrap(n, seed)[1].mean() for seed in range(200)]
    assert abs(np.mean(fractions) - (1 - 1 / n) ** n) < 0.005


# ---------------------------------------------------------------- forest


def test_forest_predict_on_the_check_cases_matches_a_loop() -> None:
    check, forest = _check("02_forest.py"), _solution("02_forest.py")
    for case in check.cases():
        tree_probas, classes = case.args
        T, n, K = tree_probas.shape
        mean = np.array(
            [[sum(tree_probas[t, i, k] for t in range(T)) / T for k in range(K)] for i in range(n)]
        )
        labels = np.array([classes[max(range(K), key=lambda k: (mean[i, k], -k))] for i in range(n)])
        problem = compare([mean, labels], list(_call(forest, case)), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


@pytest.mark.parametrize("name", ["iris", "wine", "cancer"])
@pytest.mark.parametrize("max_depth", [2, None])
def test_forest_predict_matches_random_forest_classifier(name: str, max_depth: int | None) -> None:
    check, forest = _check("02_forest.py"), _solution("02_forest.py")
    data = {"iris": load_iris, "wine": load_wine, "cancer": load_breast_cancer}[name]()
    y = np.array([3, 8, 11])[data.target]  # labels that are not column indices
    order = np.random.default_rng(81).permutation(len(y))
    train, test = order[: len(y) // 2], order[len(y) // 2 :]
    model = RandomForestClassifier(n_estimators=30, max_depth=max_depth, random_state=0).fit(
        data.data[train], y[train]
    )
    tree_probas = np.stack([tree.predict_proba(data.data[test]) for tree in model.estimators_])
    proba, labels = forest(tree_probas, model.classes_)
    problem = compare(
        [model.predict_proba(data.data[test]), model.predict(data.data[test])], [proba, labels], check.rule
    )
    assert problem is None, f"{name}, depth {max_depth}: {problem}"


# ---------------------------------------------------------------- initial log-odds


def test_initial_log_odds_matches_gradient_boosting_and_logistic_regression() -> None:
    check, log_odds = _check("03_log_odds.py"), _solution("03_log_odds.py")
    rng = np.random.default_rng(82)
    extra = [
        Case(
            "random labels and weights, seed 82",
            (rng.integers(0, 2, size=50), rng.uniform(0.1, 3.0, size=50)),
        )
    ]
    for case in [*check.cases(), *extra]:
        y, weights = case.args
        got = _call(log_odds, case)
        if np.unique(y).size < 2:  # scikit-learn refuses one class: the clipped logit it would use
            eps = np.finfo(np.float64).eps
            assert compare(float(logit(np.clip(y.mean(), eps, 1 - eps))), got, check.rule) is None, case.name
            continue
        X = np.zeros((len(y), 1))
        boosting = GradientBoostingClassifier(n_estimators=1, learning_rate=0.0).fit(
            X, y, sample_weight=weights
        )
        problem = compare(float(boosting.decision_function(X[:1])[0]), got, check.rule)
        assert problem is None, f"case '{case.name}': {problem}"
        intercept_only = LogisticRegression(C=np.inf, tol=1e-12, max_iter=10_000).fit(
            X, y, sample_weight=weights
        )
        assert abs(intercept_only.intercept_[0] - got) < 1e-5, case.name


# ---------------------------------------------------------------- boosting stages


def test_boosting_stages_on_the_check_cases_match_a_loop() -> None:
    check, stages = _check("04_boosting.py"), _solution("04_boosting.py")
    for case in check.cases():
        y, h, nu = case.args
        F = [np.full(len(y), sum(y) / len(y))]
        residuals = []
        for m in range(len(h)):
            residuals.append(y - F[-1])
            F.append(F[-1] + nu * h[m])
        expected = [np.array(F), np.array(residuals).reshape(len(h), len(y))]
        problem = compare(expected, list(_call(stages, case)), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


@pytest.mark.parametrize(("learning_rate", "max_depth"), [(0.1, 1), (0.5, 3), (1.0, 2)])
def test_boosting_stages_match_gradient_boosting_regressor(learning_rate: float, max_depth: int) -> None:
    check, stages = _check("04_boosting.py"), _solution("04_boosting.py")
    diabetes = load_diabetes()
    X, y = diabetes.data, diabetes.target
    model = GradientBoostingRegressor(
        n_estimators=15, learning_rate=learning_rate, max_depth=max_depth, random_state=0
    ).fit(X, y)
    h = np.array([tree.predict(X) for tree in model.estimators_[:, 0]])
    F, residuals = stages(y, h, learning_rate)
    expected_F = np.vstack([model.init_.predict(X)[None, :], np.array(list(model.staged_predict(X)))])
    problem = compare(expected_F, F, check.rule)
    assert problem is None, problem
    # each tree's leaves hold the mean of the residuals it was fitted to
    for m, tree in enumerate(model.estimators_[:, 0]):
        leaves = tree.apply(X)
        for leaf in np.unique(leaves):
            assert abs(residuals[m][leaves == leaf].mean() - tree.tree_.value[leaf, 0, 0]) < 1e-8 * (
                1 + abs(y).max()
            )
