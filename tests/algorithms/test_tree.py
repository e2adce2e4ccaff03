"""Decision trees against scikit-learn's, on its bundled datasets and on seeded random data.

scikit-learn visits the features in a random order at every node, so when two splits are
exactly as good it keeps whichever its own generator visited first. Where no such tie
occurs the trees must be identical (same nodes, thresholds, values, importances); where one
does, the two trees must part only at a genuine tie.
"""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import datasets
from sklearn import tree as sk_tree
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.algorithms.tree import DecisionTreeClassifier, DecisionTreeRegressor
from mlroadmap.algorithms.validation import NotFittedError


def load(name):
    return getattr(datasets, f"load_{name}")(return_X_y=True)


def random_classification(seed=0, n=300, d=6, k=3):
    rng = np.random.RandomState(seed)
    X = rng.normal(size=(n, d))
    y = (X[:, 0] + 0.5 * X[:, 1] ** 2 + 0.3 * rng.normal(size=n) > 0.4).astype(int) + (X[:, 2] > 1)
    return X, y % k


def random_regression(seed=0, n=300, d=5):
    rng = np.random.RandomState(seed)
    X = rng.uniform(-2, 2, size=(n, d))
    return X, np.sin(X[:, 0]) * 3 + X[:, 1] ** 2 + 0.1 * rng.normal(size=n)


def assert_same_tree(ours, theirs):
    a, b = ours.tree_, theirs.tree_
    assert a.node_count == b.node_count
    np.testing.assert_array_equal(a.children_left, b.children_left)
    np.testing.assert_array_equal(a.children_right, b.children_right)
    np.testing.assert_array_equal(a.feature, b.feature)
    np.testing.assert_array_equal(a.threshold, b.threshold)
    np.testing.assert_array_equal(a.n_node_samples, b.n_node_samples)
    np.testing.assert_allclose(a.weighted_n_node_samples, b.weighted_n_node_samples, rtol=1e-12)
    np.testing.assert_allclose(a.value, b.value[:, 0, :], rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(a.impurity, b.impurity, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ours.feature_importances_, theirs.feature_importances_, atol=1e-10)
    assert ours.get_depth() == theirs.get_depth()
    assert ours.get_n_leaves() == theirs.get_n_leaves()


TIE_FREE = [
    ("diabetes", DecisionTreeRegressor, sk_tree.DecisionTreeRegressor, {"max_depth": 3}),
    ("diabetes", DecisionTreeRegressor, sk_tree.DecisionTreeRegressor, {"min_samples_leaf": 10}),
    (
        "diabetes",
        DecisionTreeRegressor,
        sk_tree.DecisionTreeRegressor,
        {"min_samples_leaf": 0.02, "min_samples_split": 0.1},
    ),
    ("digits", DecisionTreeClassifier, sk_tree.DecisionTreeClassifier, {"max_depth": 3}),
    (  # at depth 4 two splits tie exactly (scikit-learn's own seeds disagree there)
        "digits",
        DecisionTreeClassifier,
        sk_tree.DecisionTreeClassifier,
        {"max_depth": 3, "criterion": "entropy"},
    ),
    (
        "random_classification",
        DecisionTreeClassifier,
        sk_tree.DecisionTreeClassifier,
        {"max_depth": 5, "min_samples_leaf": 10},
    ),
    ("random_regression", DecisionTreeRegressor, sk_tree.DecisionTreeRegressor, {"max_depth": 3}),
]


@pytest.mark.parametrize(("data", "ours_cls", "theirs_cls", "params"), TIE_FREE)
def test_identical_to_scikit_learn_when_no_split_is_tied(data, ours_cls, theirs_cls, params):
    X, y = {"random_classification": random_classification, "random_regression": random_regression}.get(
        data, lambda: load(data)
    )()
    ours = ours_cls(random_state=0, **params).fit(X, y)
    theirs = theirs_cls(random_state=0, **params).fit(X, y)
    assert_same_tree(ours, theirs)
    X_new = X + np.random.RandomState(1).normal(scale=0.1 * X.std(axis=0), size=X.shape)
    np.testing.assert_array_equal(ours.apply(X_new), theirs.apply(X_new))
    if hasattr(theirs, "predict_proba"):
        np.testing.assert_array_equal(ours.predict(X_new), theirs.predict(X_new))
        np.testing.assert_allclose(ours.predict_proba(X_new), theirs.predict_proba(X_new), atol=1e-12)
    else:  # leaf means: the same samples, summed in another order
        np.testing.assert_allclose(ours.predict(X_new), theirs.predict(X_new), rtol=1e-12)


def test_sample_weight_as_scikit_learn():
    X, y = load("diabetes")
    weights = np.random.RandomState(0).randint(0, 4, size=len(y)).astype(float)
    ours = DecisionTreeRegressor(max_depth=4, random_state=0).fit(X, y, sample_weight=weights)
    theirs = sk_tree.DecisionTreeRegressor(max_depth=4, random_state=0).fit(X, y, sample_weight=weights)
    assert_same_tree(ours, theirs)


def _children_impurity(X, y, samples, feature, threshold, *, classification):
    """W_L I_L + W_R I_R of one split, computed directly on the node's samples."""
    total = 0.0
    for side in (X[samples, feature] <= threshold, X[samples, feature] > threshold):
        values = y[samples][side]
        if classification:
            p = np.bincount(values) / len(values)
            total += len(values) * (1 - (p**2).sum())
        else:
            total += len(values) * values.var()
    return total


def _assert_parted_only_at_ties(ours, theirs, X, y, classification):
    """Walk both trees from the root; where they choose different splits, the splits must tie."""
    X = X.astype(np.float32)
    a, b = ours.tree_, theirs.tree_
    stack = [(0, 0, np.arange(len(X)))]
    n_ties = 0
    while stack:
        i, j, samples = stack.pop()
        leaf_a, leaf_b = a.children_left[i] == -1, b.children_left[j] == -1
        assert leaf_a == leaf_b
        if leaf_a:
            np.testing.assert_allclose(a.value[i], b.value[j, 0], atol=1e-12)
            continue
        if (a.feature[i], a.threshold[i]) != (b.feature[j], b.threshold[j]):
            mine = _children_impurity(
                X, y, samples, a.feature[i], a.threshold[i], classification=classification
            )
            reference = _children_impurity(
                X, y, samples, b.feature[j], b.threshold[j], classification=classification
            )
            assert mine == pytest.approx(reference, rel=1e-9, abs=1e-9)
            n_ties += 1
            continue
        goes_left = X[samples, a.feature[i]] <= a.threshold[i]
        stack.append((a.children_left[i], b.children_left[j], samples[goes_left]))
        stack.append((a.children_right[i], b.children_right[j], samples[~goes_left]))
    return n_ties


@pytest.mark.parametrize(
    "data", ["iris", "wine", "breast_cancer", "digits", "diabetes", "random_classification"]
)
def test_fully_grown_trees_part_from_scikit_learns_only_at_exact_ties(data):
    X, y = random_classification() if data == "random_classification" else load(data)
    classification = data != "diabetes"
    ours_cls, theirs_cls = (
        (DecisionTreeClassifier, sk_tree.DecisionTreeClassifier)
        if classification
        else (DecisionTreeRegressor, sk_tree.DecisionTreeRegressor)
    )
    for seed in range(2):
        ours, theirs = ours_cls(random_state=seed).fit(X, y), theirs_cls(random_state=seed).fit(X, y)
        _assert_parted_only_at_ties(ours, theirs, X, y, classification)
        np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


@pytest.mark.parametrize("data", ["iris", "wine", "breast_cancer", "digits"])
def test_held_out_accuracy_within_one_point_of_scikit_learn(data):
    """Ties make single held-out scores differ by a few points either way; on average they agree."""
    X, y = load(data)
    differences = []
    for split in range(4):
        X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=split, stratify=y)
        for seed in range(4):
            ours = DecisionTreeClassifier(random_state=seed).fit(X_train, y_train).score(X_test, y_test)
            theirs = (
                sk_tree.DecisionTreeClassifier(random_state=seed).fit(X_train, y_train).score(X_test, y_test)
            )
            differences.append(ours - theirs)
    assert abs(np.mean(differences)) <= 0.01


@pytest.mark.parametrize("max_features", ["sqrt", "log2", 3, 0.5, None])
def test_max_features_resolves_as_scikit_learn_and_trees_still_fit(max_features):
    X, y = load("breast_cancer")
    X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0, stratify=y)
    ours = DecisionTreeClassifier(max_features=max_features, random_state=0).fit(X_train, y_train)
    theirs = sk_tree.DecisionTreeClassifier(max_features=max_features, random_state=0).fit(X_train, y_train)
    assert ours.max_features_ == theirs.max_features_
    assert ours.score(X_train, y_train) == 1.0
    assert ours.score(X_test, y_test) > 0.85


def test_string_labels_and_probabilities():
    X, y = load("iris")
    names = np.array(["setosa", "versicolor", "virginica"])[y]
    ours = DecisionTreeClassifier(max_depth=2, random_state=0).fit(X, names)
    theirs = sk_tree.DecisionTreeClassifier(max_depth=2, random_state=0).fit(X, names)
    np.testing.assert_array_equal(ours.classes_, theirs.classes_)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-12)
    np.testing.assert_allclose(ours.predict_proba(X).sum(axis=1), 1.0)


def test_a_single_class_is_learned_as_scikit_learn_does():
    X = np.random.RandomState(0).normal(size=(20, 3))
    y = np.full(20, "only")
    ours, theirs = DecisionTreeClassifier().fit(X, y), sk_tree.DecisionTreeClassifier().fit(X, y)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))
    assert ours.get_n_leaves() == theirs.get_n_leaves() == 1
    np.testing.assert_array_equal(ours.feature_importances_, theirs.feature_importances_)


BAD_INPUTS = {
    "inf": (np.array([[0.0, np.inf], [1.0, 2.0]]), [0, 1], "infinity"),
    "empty": (np.empty((0, 2)), [], "0 sample"),
    "1-D X": (np.array([1.0, 2.0, 3.0]), [0, 1, 0], "Expected 2D array"),
    "mismatched lengths": (np.ones((4, 2)), [0, 1, 0], "inconsistent numbers of samples"),
    "complex": (np.array([[1 + 1j, 2.0], [3.0, 4.0]]), [0, 1], "Complex data not supported"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
@pytest.mark.parametrize(
    ("ours_cls", "theirs_cls"),
    [
        (DecisionTreeClassifier, sk_tree.DecisionTreeClassifier),
        (DecisionTreeRegressor, sk_tree.DecisionTreeRegressor),
    ],
)
def test_bad_input_raises_like_scikit_learn(case, ours_cls, theirs_cls):
    X, y, phrase = BAD_INPUTS[case]
    with pytest.raises(Exception) as theirs:
        theirs_cls().fit(X, y)
    with pytest.raises(type(theirs.value), match=phrase):
        ours_cls().fit(X, y)


def test_nan_is_refused_where_scikit_learn_routes_it():
    """A known difference: scikit-learn's trees learn where to send missing values; ours refuse them."""
    X, y = np.array([[0.0, np.nan], [1.0, 2.0], [2.0, 3.0]]), [0, 1, 1]
    sk_tree.DecisionTreeClassifier().fit(X, y)
    with pytest.raises(ValueError, match="NaN"):
        DecisionTreeClassifier().fit(X, y)


def test_continuous_target_is_refused_by_the_classifier():
    X, y = load("diabetes")
    with pytest.raises(ValueError, match="Unknown label type"):
        sk_tree.DecisionTreeClassifier().fit(X, y + 0.5)
    with pytest.raises(ValueError, match="Unknown label type"):
        DecisionTreeClassifier().fit(X, y + 0.5)


def test_unfitted_and_wrong_width():
    X, y = load("iris")
    with pytest.raises(NotFittedError):
        DecisionTreeClassifier().predict(X)
    tree = DecisionTreeClassifier().fit(X, y)
    with pytest.raises(ValueError, match="X has 3 features, but DecisionTreeClassifier is expecting 4"):
        tree.predict(X[:, :3])


@pytest.mark.parametrize(
    ("params", "phrase"),
    [
        ({"max_depth": 0}, "max_depth"),
        ({"min_samples_split": 1}, "min_samples_split"),
        ({"min_samples_leaf": 0}, "min_samples_leaf"),
        ({"max_features": "all"}, "max_features"),
        ({"criterion": "mse"}, "criterion"),
    ],
)
def test_invalid_hyper_parameters_raise_value_errors_in_fit(params, phrase):
    X, y = load("iris")
    with pytest.raises(ValueError):
        sk_tree.DecisionTreeClassifier(**params).fit(X, y)
    with pytest.raises(ValueError, match=phrase):
        DecisionTreeClassifier(**params).fit(X, y)


def test_clone_pipeline_and_grid_search():
    X, y = load("breast_cancer")
    tree = DecisionTreeClassifier(max_depth=3, random_state=0)
    copy = clone(tree)
    assert copy.get_params() == tree.get_params() and copy is not tree
    pipeline = make_pipeline(StandardScaler(), DecisionTreeClassifier(random_state=0)).fit(X, y)
    assert pipeline.score(X, y) == 1.0
    grid = {"max_depth": [2, 3], "min_samples_leaf": [10, 20]}
    search = GridSearchCV(DecisionTreeRegressor(random_state=0), grid, cv=3).fit(*load("diabetes"))
    reference = GridSearchCV(sk_tree.DecisionTreeRegressor(random_state=0), grid, cv=3).fit(*load("diabetes"))
    assert search.best_params_ == reference.best_params_
    np.testing.assert_allclose(
        search.cv_results_["mean_test_score"], reference.cv_results_["mean_test_score"]
    )
