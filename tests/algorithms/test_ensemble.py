"""Random forests and gradient boosting against scikit-learn's, on its bundled datasets.

Forests draw their bootstrap samples exactly as scikit-learn does (same seeds, same draws),
but the random feature subsets at each split come from a different generator, so forests
are compared by held-out scores. Gradient boosting with all features differs from
scikit-learn only where two features give a tree the same partition of the training set
(scikit-learn's random visiting order picks one, ours may pick the other): on the training
samples the predictions agree to rounding, on new samples they may not.
"""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import datasets
from sklearn import ensemble as sk_ensemble
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from mlroadmap.algorithms.ensemble import (
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
)


def split(name, seed=0):
    X, y = getattr(datasets, f"load_{name}")(return_X_y=True)
    return train_test_split(X, y, random_state=seed)


def held_out_scores(ours, theirs, data, seeds=(0,)):
    mine, reference = [], []
    for seed in seeds:
        X_train, X_test, y_train, y_test = split(data, seed)
        mine.append(clone(ours).fit(X_train, y_train).score(X_test, y_test))
        reference.append(clone(theirs).fit(X_train, y_train).score(X_test, y_test))
    return np.mean(mine), np.mean(reference)


@pytest.mark.parametrize(
    ("data", "n_estimators", "seeds", "forest_seeds"),
    [
        ("breast_cancer", 50, (0, 1, 2, 3), (0,)),
        ("wine", 50, (0, 1, 2, 3), (0, 1, 2, 3, 4)),
        ("digits", 30, (0,), (0,)),
    ],
)
def test_random_forest_classifier_accuracy_within_a_point(data, n_estimators, seeds, forest_seeds):
    """On wine (45 test samples) the gap of a single pair of forests moves by about a point
    from seed to seed (the feature draws differ), so it is averaged over five."""
    mine, reference = np.mean(
        [
            held_out_scores(
                RandomForestClassifier(n_estimators, random_state=seed),
                sk_ensemble.RandomForestClassifier(n_estimators, random_state=seed),
                data,
                seeds,
            )
            for seed in forest_seeds
        ],
        axis=0,
    )
    assert mine >= reference - 0.01


def test_random_forest_regressor_r2_within_a_point():
    mine, reference = held_out_scores(
        RandomForestRegressor(30, min_samples_leaf=5, random_state=0),
        sk_ensemble.RandomForestRegressor(30, min_samples_leaf=5, random_state=0),
        "diabetes",
        seeds=(0, 1),
    )
    assert mine == pytest.approx(reference, abs=0.01)


def test_forest_bootstrap_samples_are_scikit_learns():
    X, y = datasets.load_breast_cancer(return_X_y=True)
    ours = RandomForestClassifier(8, random_state=3).fit(X, y)
    theirs = sk_ensemble.RandomForestClassifier(8, random_state=3).fit(X, y)
    for mine, reference in zip(ours.estimators_, theirs.estimators_, strict=True):
        assert mine.random_state == reference.random_state
        assert mine.tree_.n_node_samples[0] == reference.tree_.n_node_samples[0]  # distinct samples drawn
        assert mine.tree_.weighted_n_node_samples[0] == reference.tree_.weighted_n_node_samples[0]


def test_forest_without_bootstrap_or_random_features_is_one_tree_repeated():
    X, y = datasets.load_diabetes(return_X_y=True)
    forest = RandomForestRegressor(3, bootstrap=False, max_depth=3, random_state=0).fit(X, y)
    reference = sk_ensemble.RandomForestRegressor(3, bootstrap=False, max_depth=3, random_state=0).fit(X, y)
    np.testing.assert_allclose(forest.predict(X), reference.predict(X), rtol=1e-12)
    np.testing.assert_allclose(forest.feature_importances_, reference.feature_importances_, atol=1e-10)


def test_forest_probabilities_are_the_mean_of_the_trees():
    X_train, X_test, y_train, _ = split("wine")
    forest = RandomForestClassifier(5, random_state=0).fit(X_train, y_train)
    mean = np.mean([tree.predict_proba(X_test) for tree in forest.estimators_], axis=0)
    np.testing.assert_allclose(forest.predict_proba(X_test), mean)
    np.testing.assert_allclose(forest.feature_importances_.sum(), 1.0)


def test_out_of_bag_scores_close_to_scikit_learns():
    X, y = datasets.load_breast_cancer(return_X_y=True)
    ours = RandomForestClassifier(40, oob_score=True, random_state=0).fit(X, y)
    theirs = sk_ensemble.RandomForestClassifier(40, oob_score=True, random_state=0).fit(X, y)
    assert ours.oob_score_ == pytest.approx(theirs.oob_score_, abs=0.02)
    assert ours.oob_decision_function_.shape == theirs.oob_decision_function_.shape
    X, y = datasets.load_diabetes(return_X_y=True)
    ours = RandomForestRegressor(30, oob_score=True, min_samples_leaf=5, random_state=0).fit(X, y)
    theirs = sk_ensemble.RandomForestRegressor(30, oob_score=True, min_samples_leaf=5, random_state=0).fit(
        X, y
    )
    assert ours.oob_score_ == pytest.approx(theirs.oob_score_, abs=0.02)
    with pytest.raises(ValueError, match="Out of bag estimation only available if bootstrap=True"):
        RandomForestClassifier(oob_score=True, bootstrap=False).fit(X[:20], y[:20] > 100)


def test_gradient_boosting_regressor_matches_scikit_learn_on_the_training_samples():
    """Held-out predictions differ where two features tie on the training samples."""
    X_train, X_test, y_train, y_test = split("diabetes")
    ours = GradientBoostingRegressor(n_estimators=60, random_state=0).fit(X_train, y_train)
    theirs = sk_ensemble.GradientBoostingRegressor(n_estimators=60, random_state=0).fit(X_train, y_train)
    np.testing.assert_allclose(ours.predict(X_train), theirs.predict(X_train), rtol=1e-10, atol=1e-8)
    np.testing.assert_allclose(ours.train_score_, theirs.train_score_, rtol=1e-10)
    assert ours.score(X_test, y_test) == pytest.approx(theirs.score(X_test, y_test), abs=0.01)


@pytest.mark.parametrize("data", ["breast_cancer", "wine"])
def test_gradient_boosting_classifier_matches_scikit_learn_on_the_training_samples(data):
    X_train, X_test, y_train, y_test = split(data)
    ours = GradientBoostingClassifier(n_estimators=30, random_state=0).fit(X_train, y_train)
    theirs = sk_ensemble.GradientBoostingClassifier(n_estimators=30, random_state=0).fit(X_train, y_train)
    np.testing.assert_allclose(
        ours.init_raw_prediction_, theirs._raw_predict_init(X_train[:1])[0], rtol=1e-12
    )
    np.testing.assert_allclose(
        ours.decision_function(X_train), theirs.decision_function(X_train), rtol=1e-9, atol=1e-9
    )
    np.testing.assert_allclose(ours.predict_proba(X_train), theirs.predict_proba(X_train), atol=1e-12)
    np.testing.assert_allclose(ours.train_score_, theirs.train_score_, rtol=1e-9)
    assert ours.decision_function(X_test).shape == theirs.decision_function(X_test).shape
    assert ours.score(X_test, y_test) >= theirs.score(X_test, y_test) - 0.01


def test_gradient_boosting_on_digits_within_a_point():
    mine, reference = held_out_scores(
        GradientBoostingClassifier(n_estimators=6, learning_rate=0.5, random_state=0),
        sk_ensemble.GradientBoostingClassifier(n_estimators=6, learning_rate=0.5, random_state=0),
        "digits",
    )
    assert mine >= reference - 0.01


def test_subsampled_boosting_close_to_scikit_learn():
    """Different random subsamples: compared over several splits, within two points."""
    mine, reference = held_out_scores(
        GradientBoostingRegressor(n_estimators=50, subsample=0.7, random_state=0),
        sk_ensemble.GradientBoostingRegressor(n_estimators=50, subsample=0.7, random_state=0),
        "diabetes",
        seeds=(0, 1, 2),
    )
    assert mine == pytest.approx(reference, abs=0.02)


def test_single_class_and_string_labels_as_scikit_learn():
    X = np.random.RandomState(0).normal(size=(30, 3))
    one_class = np.full(30, "a")
    with pytest.raises(ValueError, match="class") as theirs:
        sk_ensemble.GradientBoostingClassifier(n_estimators=3).fit(X, one_class)
    with pytest.raises(ValueError, match="minimum of 2 classes"):
        GradientBoostingClassifier(n_estimators=3).fit(X, one_class)
    assert "minimum of 2 classes" in str(theirs.value)
    forest = RandomForestClassifier(3).fit(X, one_class)
    reference = sk_ensemble.RandomForestClassifier(3).fit(X, one_class)
    np.testing.assert_array_equal(forest.predict(X), reference.predict(X))
    labels = np.where(X[:, 0] > 0, "pos", "neg")
    for model in (RandomForestClassifier(5, random_state=0), GradientBoostingClassifier(n_estimators=5)):
        assert set(model.fit(X, labels).predict(X)) <= {"pos", "neg"}
        assert list(model.classes_) == ["neg", "pos"]


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (RandomForestClassifier(3), sk_ensemble.RandomForestClassifier(3)),
        (GradientBoostingClassifier(n_estimators=3), sk_ensemble.GradientBoostingClassifier(n_estimators=3)),
        (GradientBoostingRegressor(n_estimators=3), sk_ensemble.GradientBoostingRegressor(n_estimators=3)),
    ],
    ids=["forest", "boosting_classifier", "boosting_regressor"],
)
@pytest.mark.parametrize(
    ("X", "y", "phrase"),
    [
        (np.array([[0.0, np.inf], [1.0, 2.0]]), [0, 1], "infinity"),
        (np.empty((0, 2)), [], "0 sample"),
        (np.array([1.0, 2.0, 3.0]), [0, 1, 0], "Expected 2D array"),
        (np.ones((4, 2)), [0, 1, 0], "inconsistent numbers of samples"),
    ],
    ids=["inf", "empty", "1-D X", "mismatched lengths"],
)
def test_bad_input_raises_like_scikit_learn(ours, theirs, X, y, phrase):
    with pytest.raises(Exception) as reference:
        clone(theirs).fit(X, y)
    with pytest.raises(type(reference.value), match=phrase):
        clone(ours).fit(X, y)


def test_nan_refused_like_scikit_learns_gradient_boosting():
    X, y = np.array([[0.0, np.nan], [1.0, 2.0], [2.0, 3.0]]), [0, 1, 1]
    with pytest.raises(ValueError, match="NaN"):
        sk_ensemble.GradientBoostingClassifier(n_estimators=2).fit(X, y)
    with pytest.raises(ValueError, match="NaN"):
        GradientBoostingClassifier(n_estimators=2).fit(X, y)
    with pytest.raises(ValueError, match="NaN"):  # a known difference: scikit-learn's forests route NaN
        RandomForestClassifier(2).fit(X, y)


def test_pipeline_grid_search_and_clone():
    X_train, X_test, y_train, y_test = split("breast_cancer")
    pipeline = make_pipeline(StandardScaler(), GradientBoostingClassifier(n_estimators=20, random_state=0))
    assert pipeline.fit(X_train, y_train).score(X_test, y_test) > 0.9
    search = GridSearchCV(RandomForestClassifier(10, random_state=0), {"max_depth": [2, None]}, cv=3)
    assert search.fit(X_train, y_train).best_estimator_.score(X_test, y_test) > 0.9
    model = GradientBoostingRegressor(n_estimators=7, learning_rate=0.3)
    assert clone(model).get_params() == model.get_params()
