"""The decision-trees topic's solutions against scikit-learn's trees and SciPy.

Each solution is the grader's reference, so it is checked here against computations
that share none of its code: the impurities scikit-learn stores in a fitted tree's
``tree_``, the split a depth-1 ``DecisionTreeClassifier`` chooses, its
``feature_importances_``, and ``scipy.stats.entropy``. The comparisons use each
exercise's own ``Rule``, on the check's cases and on extra seeded data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.stats
from sklearn.tree import DecisionTreeClassifier

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module as _load

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/decision-trees"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _root_impurity(y: np.ndarray, criterion: str, sample_weight: np.ndarray | None = None) -> float:
    """The impurity scikit-learn computes for the root node of a tree fitted on y."""
    tree = DecisionTreeClassifier(criterion=criterion, max_depth=1, random_state=0)
    tree.fit(np.zeros((len(y), 1)), y, sample_weight=sample_weight)
    return float(tree.tree_.impurity[0])


def test_gini_matches_sklearn_root_impurity() -> None:
    check, gini = _check("01_gini.py"), _solution("01_gini.py")
    rng = np.random.default_rng(41)
    extra = [
        Case(f"random labels, {k} classes, seed 41", (rng.integers(-3, k, size=n),))
        for k, n in [(2, 7), (6, 200)]
    ]
    for case in [*check.cases(), *extra]:
        (y,) = case.args
        problem = compare(_root_impurity(y, "gini"), _call(gini, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


def test_entropy_matches_sklearn_and_scipy() -> None:
    check, entropy = _check("02_entropy.py"), _solution("02_entropy.py")
    rng = np.random.default_rng(42)
    extra = [Case("random float counts, seed 42", (rng.uniform(0, 5, size=7),))]
    for case in [*check.cases(), *extra]:
        (counts,) = case.args
        got = _call(entropy, case)
        assert compare(float(scipy.stats.entropy(counts, base=2)), got, check.rule) is None, case.name
        # one sample per class, weighted by its count: the root's entropy in scikit-learn
        classes = np.flatnonzero(counts > 0)
        sklearn_value = _root_impurity(classes, "entropy", sample_weight=counts[classes].astype(float))
        assert compare(sklearn_value, got, check.rule) is None, case.name


def _sklearn_split(x: np.ndarray, y: np.ndarray) -> tuple[float, float] | None:
    """The threshold and weighted Gini decrease of a depth-1 tree, or None when it does not split."""
    t = DecisionTreeClassifier(max_depth=1, random_state=0).fit(x[:, None], y).tree_
    if t.node_count == 1:
        return None
    n, left, right = t.weighted_n_node_samples
    decrease = t.impurity[0] - (left * t.impurity[1] + right * t.impurity[2]) / n
    return float(t.threshold[0]), float(decrease)


def test_best_split_matches_a_depth_one_sklearn_tree() -> None:
    check, best_split = _check("03_best_split.py"), _solution("03_best_split.py")
    rng = np.random.default_rng(43)
    cancer = load_breast_cancer()
    extra = [
        Case(f"breast cancer feature {j}", (cancer.data[:, j], cancer.target)) for j in (0, 7, 20, 27)
    ] + [
        Case(
            f"random integers 0..{m}, {k} classes, seed 43",
            (rng.integers(0, m, size=n).astype(float), rng.integers(0, k, size=n)),
        )
        for m, k, n in [(3, 2, 9), (10, 3, 40), (50, 4, 300)]
    ]
    compared = 0
    for case in [*check.cases(), *extra]:
        # scikit-learn stores X as float32: give both sides the same float32-representable values
        x, y = case.args[0].astype(np.float32).astype(float), case.args[1]
        threshold, decrease = _call(best_split, Case(case.name, (x, y)))
        expected = _sklearn_split(x, y)
        if expected is None:  # scikit-learn keeps a pure node or a constant feature as a leaf
            assert decrease == 0.0, case.name
            assert np.isnan(threshold) == (np.unique(x).size == 1), case.name
            continue
        assert compare(expected[1], decrease, check.rule) is None, f"{case.name}: {expected} vs {decrease}"
        if compare(expected[0], threshold, check.rule) is not None:
            # a tie: scikit-learn's threshold must give the same decrease and be larger than ours
            goes_left = x <= expected[0]
            assert threshold < expected[0], case.name
            assert np.any(goes_left) and not np.all(goes_left), case.name
        compared += 1
    assert compared >= 12


def _importances_by_recursion(left, right, feature, impurity, n_samples, n_features) -> np.ndarray:
    """A plain walk from the root, node by node."""
    totals = np.zeros(n_features)

    def visit(t: int) -> None:
        if left[t] == -1:
            return
        totals[feature[t]] += (
            n_samples[t] * impurity[t]
            - n_samples[left[t]] * impurity[left[t]]
            - n_samples[right[t]] * impurity[right[t]]
        )
        visit(left[t])
        visit(right[t])

    visit(0)
    return totals / totals.sum() if totals.sum() > 0 else totals


def _tree_arrays(tree: DecisionTreeClassifier) -> tuple:
    t = tree.tree_
    return (
        t.children_left,
        t.children_right,
        t.feature,
        t.impurity,
        t.weighted_n_node_samples,
        tree.n_features_in_,
    )


def test_feature_importances_on_the_check_cases_match_a_recursive_walk() -> None:
    check, importances = _check("04_feature_importances.py"), _solution("04_feature_importances.py")
    for case in check.cases():
        problem = compare(_importances_by_recursion(*case.args), _call(importances, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


@pytest.mark.parametrize("criterion", ["gini", "entropy"])
def test_feature_importances_match_sklearn(criterion: str) -> None:
    check, importances = _check("04_feature_importances.py"), _solution("04_feature_importances.py")
    rng = np.random.default_rng(44)
    datasets = [load_iris(), load_wine(), load_breast_cancer()]
    for data in datasets:
        for depth in (1, 3, None):
            weights = rng.uniform(0.5, 2.0, size=len(data.target))
            for sample_weight in (None, weights):
                tree = DecisionTreeClassifier(criterion=criterion, max_depth=depth, random_state=0)
                tree.fit(data.data, data.target, sample_weight=sample_weight)
                got = importances(*_tree_arrays(tree))
                problem = compare(tree.feature_importances_, got, check.rule)
                assert problem is None, f"{criterion}, depth {depth}: {problem}"


def test_check_tree_builder_agrees_with_sklearn_on_iris() -> None:
    """The check grows its own trees; on iris they are the trees scikit-learn grows."""
    grow = _load(TOPIC / "checks" / "04_feature_importances.py").grow
    iris = load_iris()
    # petal length and width tie at the root; with only petal width and sepal features there is no tie
    X = iris.data[:, [0, 1, 3]]
    ours = grow(X, iris.target, 2)
    tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit(X, iris.target)
    for mine, theirs in zip(ours[:5], _tree_arrays(tree)[:5], strict=True):
        np.testing.assert_allclose(mine, theirs)
