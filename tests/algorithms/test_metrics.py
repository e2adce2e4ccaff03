"""Our metrics agree with scikit-learn's to 1e-12, on seeded random data, on real model
outputs and on the edge cases (zero division, ties, a single class), and fail the same way."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pytest
from sklearn import metrics as sk
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.linear_model import LogisticRegression

from mlroadmap.algorithms import metrics as ours

TOL = 1e-12
SEEDS = range(3)


def assert_same(mine, theirs):
    mine, theirs = np.asarray(mine, dtype=float), np.asarray(theirs, dtype=float)
    assert mine.shape == theirs.shape
    np.testing.assert_allclose(mine, theirs, rtol=0, atol=TOL, equal_nan=True)


def breast_cancer():
    """Standardized, so that logistic regression converges in a few iterations."""
    X, y = load_breast_cancer(return_X_y=True)
    return (X - X.mean(axis=0)) / X.std(axis=0), y


def labels(seed, n_classes, n=150, never_predicted=None):
    rng = np.random.RandomState(seed)
    y_true, y_pred, weights = rng.randint(0, n_classes, n), rng.randint(0, n_classes, n), rng.rand(n)
    if never_predicted is not None:
        y_pred[y_pred == never_predicted] = (never_predicted + 1) % n_classes
    return y_true, y_pred, weights


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


# --- classification --------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("weighted", [False, True])
def test_accuracy_and_confusion_matrix(seed, weighted):
    y_true, y_pred, w = labels(seed, 4)
    sw = w if weighted else None
    assert_same(
        ours.accuracy_score(y_true, y_pred, sample_weight=sw),
        sk.accuracy_score(y_true, y_pred, sample_weight=sw),
    )
    assert_same(
        ours.accuracy_score(y_true, y_pred, normalize=False, sample_weight=sw),
        sk.accuracy_score(y_true, y_pred, normalize=False, sample_weight=sw),
    )
    for normalize in (None, "true", "pred", "all"):
        mine = ours.confusion_matrix(y_true, y_pred, sample_weight=sw, normalize=normalize)
        theirs = sk.confusion_matrix(y_true, y_pred, sample_weight=sw, normalize=normalize)
        assert mine.dtype == theirs.dtype
        assert_same(mine, theirs)
    # A subset and a label never seen, in a chosen order; an all-zero row normalizes to 0.
    for normalize in (None, "true"):
        assert_same(
            ours.confusion_matrix(y_true, y_pred, labels=[3, 0, 9], normalize=normalize),
            sk.confusion_matrix(y_true, y_pred, labels=[3, 0, 9], normalize=normalize),
        )


def test_confusion_matrix_string_labels_and_integer_weights():
    rng = np.random.RandomState(0)
    y_true, y_pred = rng.choice(["cat", "dog", "emu"], 80), rng.choice(["cat", "dog", "emu"], 80)
    weights = rng.randint(1, 4, 80)
    mine = ours.confusion_matrix(y_true, y_pred, sample_weight=weights)
    theirs = sk.confusion_matrix(y_true, y_pred, sample_weight=weights)
    assert mine.dtype == theirs.dtype == np.int64
    assert_same(mine, theirs)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_classes", [2, 3, 5])
@pytest.mark.parametrize("zero_division", ["warn", 0.0, 1.0, np.nan])
def test_precision_recall_f1(seed, n_classes, zero_division):
    # One class is never predicted, so its precision is 0/0.
    y_true, y_pred, w = labels(seed, n_classes, never_predicted=seed % n_classes)
    averages = [None, "micro", "macro", "weighted"] + (["binary"] if n_classes == 2 else [])
    for name in ("precision_score", "recall_score", "f1_score"):
        for average in averages:
            for sw in (None, w):
                kwargs = {"average": average, "sample_weight": sw, "zero_division": zero_division}
                assert_same(
                    getattr(ours, name)(y_true, y_pred, **kwargs), getattr(sk, name)(y_true, y_pred, **kwargs)
                )
            if average != "binary":
                kwargs = {"average": average, "labels": [1, 0, 7], "zero_division": zero_division}
                assert_same(
                    getattr(ours, name)(y_true, y_pred, **kwargs), getattr(sk, name)(y_true, y_pred, **kwargs)
                )


def test_binary_pos_label_with_strings():
    rng = np.random.RandomState(1)
    y_true, y_pred = rng.choice(["ham", "spam"], 60), rng.choice(["ham", "spam"], 60)
    for name in ("precision_score", "recall_score", "f1_score"):
        assert_same(
            getattr(ours, name)(y_true, y_pred, pos_label="spam"),
            getattr(sk, name)(y_true, y_pred, pos_label="spam"),
        )
    mine = ours.precision_recall_fscore_support(y_true, y_pred, beta=2.0, average=None)
    theirs = sk.precision_recall_fscore_support(y_true, y_pred, beta=2.0, average=None)
    for a, b in zip(mine, theirs, strict=True):
        assert_same(a, b)


def test_zero_division_warns_like_scikit_learn():
    y_true, y_pred = [0, 1, 1, 0], [0, 0, 0, 0]
    with pytest.warns(ours.UndefinedMetricWarning, match="Precision is ill-defined"):
        warnings.simplefilter("always")
        assert ours.precision_score(y_true, y_pred) == sk.precision_score(y_true, y_pred) == 0.0
    assert ours.precision_score(y_true, y_pred, zero_division=1.0) == 1.0


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("weighted", [False, True])
def test_classification_report_text_and_dict(seed, weighted):
    y_true, y_pred, w = labels(seed, 3, never_predicted=1)
    sw = w if weighted else None
    assert ours.classification_report(y_true, y_pred, sample_weight=sw) == sk.classification_report(
        y_true, y_pred, sample_weight=sw
    )
    kwargs = {"labels": [0, 2], "target_names": ["zero", "a much longer name"], "digits": 4}
    assert ours.classification_report(y_true, y_pred, **kwargs) == sk.classification_report(
        y_true, y_pred, **kwargs
    )
    mine = ours.classification_report(y_true, y_pred, sample_weight=sw, output_dict=True)
    theirs = sk.classification_report(y_true, y_pred, sample_weight=sw, output_dict=True)
    assert mine.keys() == theirs.keys()
    for key, value in theirs.items():
        if isinstance(value, dict):
            assert mine[key].keys() == value.keys()
            assert_same(list(mine[key].values()), list(value.values()))
        else:
            assert_same(mine[key], value)


@pytest.mark.parametrize("seed", SEEDS)
def test_log_loss(seed):
    rng = np.random.RandomState(seed)
    y = rng.randint(0, 4, 120)
    y[:4] = np.arange(4)
    proba = rng.dirichlet(np.ones(4), 120)
    proba[0] = [1.0, 0.0, 0.0, 0.0]  # a sure right answer
    proba[1] = [1.0, 0.0, 0.0, 0.0]  # a sure wrong answer: clipped, not infinite
    w = rng.rand(120)
    for kwargs in ({}, {"sample_weight": w}, {"normalize": False}, {"normalize": False, "sample_weight": w}):
        assert_same(ours.log_loss(y, proba, **kwargs), sk.log_loss(y, proba, **kwargs))
    binary, p1 = rng.randint(0, 2, 50), rng.rand(50)
    assert_same(ours.log_loss(binary, p1), sk.log_loss(binary, p1))
    assert_same(ours.log_loss(binary, p1.astype(np.float32)), sk.log_loss(binary, p1.astype(np.float32)))
    # labels: a class absent from y_true still has its column.
    three = np.c_[1 - p1, p1, np.zeros(50)]
    assert_same(ours.log_loss(binary, three, labels=[0, 1, 2]), sk.log_loss(binary, three, labels=[0, 1, 2]))


# --- ranking ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("drop_intermediate", [True, False])
def test_roc_curve_with_ties_and_weights(seed, drop_intermediate):
    rng = np.random.RandomState(seed)
    y, scores, w = rng.randint(0, 2, 300), np.round(rng.rand(300), 1), rng.rand(300)  # many ties
    w[:10] = 0.0  # zero-weight samples are dropped
    for sw in (None, w):
        mine = ours.roc_curve(y, scores, sample_weight=sw, drop_intermediate=drop_intermediate)
        theirs = sk.roc_curve(y, scores, sample_weight=sw, drop_intermediate=drop_intermediate)
        for a, b in zip(mine, theirs, strict=True):
            assert_same(a, b)
        assert_same(
            ours.roc_auc_score(y, scores, sample_weight=sw), sk.roc_auc_score(y, scores, sample_weight=sw)
        )
        assert_same(
            ours.roc_auc_score(y, scores, sample_weight=sw, max_fpr=0.3),
            sk.roc_auc_score(y, scores, sample_weight=sw, max_fpr=0.3),
        )
    labels_text = np.where(y == 1, "pos", "neg")
    for a, b in zip(
        ours.roc_curve(labels_text, scores, pos_label="pos"),
        sk.roc_curve(labels_text, scores, pos_label="pos"),
        strict=True,
    ):
        assert_same(a, b)


def test_auc_is_the_mann_whitney_statistic():
    rng = np.random.RandomState(3)
    y, scores = rng.randint(0, 2, 200), np.round(rng.randn(200), 1)
    positives, negatives = scores[y == 1], scores[y == 0]
    wins = (positives[:, None] > negatives[None, :]).sum() + 0.5 * (
        positives[:, None] == negatives[None, :]
    ).sum()
    assert ours.roc_auc_score(y, scores) == pytest.approx(wins / (len(positives) * len(negatives)), abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_multiclass_roc_auc(seed):
    rng = np.random.RandomState(seed)
    y = rng.randint(0, 4, 200)
    proba = rng.dirichlet(np.ones(4), 200)
    w = rng.rand(200)
    for average in ("macro", "weighted", "micro", None):
        for sw in (None, w):
            kwargs = {"multi_class": "ovr", "average": average, "sample_weight": sw}
            assert_same(ours.roc_auc_score(y, proba, **kwargs), sk.roc_auc_score(y, proba, **kwargs))
    for average in ("macro", "weighted"):
        kwargs = {"multi_class": "ovo", "average": average}
        assert_same(ours.roc_auc_score(y, proba, **kwargs), sk.roc_auc_score(y, proba, **kwargs))


def test_on_real_model_outputs():
    X, y = breast_cancer()
    model = LogisticRegression().fit(X, y)
    predicted, proba, decision = model.predict(X), model.predict_proba(X), model.decision_function(X)
    for name in ("accuracy_score", "precision_score", "recall_score", "f1_score", "confusion_matrix"):
        assert_same(getattr(ours, name)(y, predicted), getattr(sk, name)(y, predicted))
    assert_same(ours.log_loss(y, proba), sk.log_loss(y, proba))
    assert_same(ours.roc_auc_score(y, decision), sk.roc_auc_score(y, decision))
    for a, b in zip(ours.roc_curve(y, proba[:, 1]), sk.roc_curve(y, proba[:, 1]), strict=True):
        assert_same(a, b)
    assert ours.classification_report(y, predicted) == sk.classification_report(y, predicted)

    X, y = load_iris(return_X_y=True)
    proba = LogisticRegression(max_iter=1000).fit(X, y).predict_proba(X)
    assert_same(ours.log_loss(y, proba), sk.log_loss(y, proba))
    assert_same(
        ours.roc_auc_score(y, proba, multi_class="ovr"), sk.roc_auc_score(y, proba, multi_class="ovr")
    )


# --- regression ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_regression_metrics(seed):
    rng = np.random.RandomState(seed)
    y = rng.randn(100, 3)
    y_hat = y + rng.randn(100, 3)
    w = rng.rand(100)
    for name in ("mean_squared_error", "mean_absolute_error", "r2_score", "root_mean_squared_error"):
        for multioutput in ("raw_values", "uniform_average", [0.2, 0.3, 0.5]):
            for sw in (None, w):
                kwargs = {"multioutput": multioutput, "sample_weight": sw}
                assert_same(getattr(ours, name)(y, y_hat, **kwargs), getattr(sk, name)(y, y_hat, **kwargs))
        assert_same(getattr(ours, name)(y[:, 0], y_hat[:, 0]), getattr(sk, name)(y[:, 0], y_hat[:, 0]))
    assert_same(
        ours.r2_score(y, y_hat, multioutput="variance_weighted"),
        sk.r2_score(y, y_hat, multioutput="variance_weighted"),
    )


def test_r2_of_a_constant_target():
    constant = np.ones(5)
    for y_hat in (constant, constant + 1):
        for force_finite in (True, False):
            assert_same(
                ours.r2_score(constant, y_hat, force_finite=force_finite),
                sk.r2_score(constant, y_hat, force_finite=force_finite),
            )


# --- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "phrase"),
    [
        (lambda m: m.accuracy_score([0, 1, 1], [0, 1]), "inconsistent numbers of samples"),
        (lambda m: m.f1_score([0, 1, 2], [0, 1, 2]), "Target is multiclass but average='binary'"),
        (lambda m: m.precision_score([0, 1], [0.5, 1.0]), "can't handle a mix of binary and continuous"),
        (lambda m: m.recall_score(["a", "b"], ["a", "b"]), "pos_label=1 is not a valid label"),
        (lambda m: m.roc_curve([0, 1, 1], [0.1, np.nan, 0.3]), "contains NaN"),
        (lambda m: m.roc_auc_score([0, 1, 2], [0.1, 0.2, 0.3]), "multi_class must be in"),
        (lambda m: m.roc_curve(["a", "b"], [0.1, 0.2]), "pos_label is not specified"),
        (lambda m: m.log_loss([1, 1, 1], [0.5, 0.5, 0.5]), "y_true contains only one label"),
        (lambda m: m.log_loss([0, 1], [0.5, 1.5]), "y_prob contains values greater than 1"),
        (
            lambda m: m.log_loss([0, 1, 2], [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]),
            "different number of classes",
        ),
        (
            lambda m: m.confusion_matrix([0, 1], [0, 1], labels=[5]),
            "At least one label specified must be in y_true",
        ),
        (lambda m: m.mean_squared_error([[1, 2]], [[1, 2, 3]]), "different number of output"),
        (
            lambda m: m.r2_score([1.0, 2.0], [1.0, 2.0], multioutput="mean"),
            "'multioutput'",
        ),
    ],
)
def test_errors_match_scikit_learn(call, phrase):
    with pytest.raises(ValueError, match=phrase):
        call(sk)
    with pytest.raises(ValueError, match=phrase):
        call(ours)


def test_roc_auc_with_a_single_class_is_nan_with_a_warning_as_in_scikit_learn():
    # scikit-learn >= 1.6 returns NaN with an UndefinedMetricWarning (it used to raise ValueError).
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        theirs = sk.roc_auc_score([1, 1, 1], [0.1, 0.2, 0.3])
        mine = ours.roc_auc_score([1, 1, 1], [0.1, 0.2, 0.3])
    assert np.isnan(theirs) and np.isnan(mine)
    assert sum("Only one class is present in y_true" in str(w.message) for w in caught) == 2


# --- scorers ---------------------------------------------------------------------------


def test_scorers_match_scikit_learns():
    X, y = breast_cancer()
    model = LogisticRegression().fit(X[:400], y[:400])
    for name in ("accuracy", "f1", "precision_macro", "recall_weighted", "roc_auc", "neg_log_loss"):
        assert_same(
            ours.get_scorer(name)(model, X[400:], y[400:]), sk.get_scorer(name)(model, X[400:], y[400:])
        )
    assert set(ours.get_scorer_names()) <= set(sk.get_scorer_names())
    with pytest.raises(ValueError, match="is not a valid scoring value"):
        ours.get_scorer("accuracyy")


def test_importing_metrics_does_not_import_scikit_learn():
    code = (
        "import sys, mlroadmap.algorithms.metrics; "
        "assert not [m for m in sys.modules if m.startswith('sklearn')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
