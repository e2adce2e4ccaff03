"""Check of exercise 02: f1_average (macro, weighted and micro F1 over the union of labels)."""

import numpy as np

from mlroadmap.datasets import load_digits, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _nearest_centroid(data, target, n_train_per_class):
    """Predictions of a nearest-centroid rule fitted on the first samples of each class."""
    X = (data - data.mean(axis=0)) / np.where(data.std(axis=0) > 0, data.std(axis=0), 1.0)
    classes = np.unique(target)
    centroids = np.array([X[target == c][:n_train_per_class].mean(axis=0) for c in classes])
    distances = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    return classes[distances.argmin(axis=1)]


def _datasets():
    wine, digits = load_wine(), load_digits()
    rng = np.random.default_rng(7)
    truth = rng.choice(4, size=120, p=[0.55, 0.25, 0.15, 0.05])
    guess = np.where(rng.random(120) < 0.6, truth, rng.integers(0, 4, size=120))
    return [
        (
            "10 samples by hand",
            np.array([0, 0, 0, 0, 1, 1, 2, 2, 2, 2]),
            np.array([0, 0, 1, 2, 1, 0, 2, 2, 2, 1]),
        ),
        ("class 2 only predicted, never true", np.array([0, 0, 1, 1, 1]), np.array([0, 2, 1, 1, 0])),
        (
            "string labels, 'fish' only predicted",
            np.array(["cat", "dog", "cat", "bird", "dog", "cat", "bird", "cat"]),
            np.array(["cat", "cat", "fish", "bird", "dog", "dog", "bird", "cat"]),
        ),
        (
            "wine, nearest centroid (59/71/48 samples)",
            wine.target,
            _nearest_centroid(wine.data, wine.target, 10),
        ),
        (
            "digits, nearest centroid (10 classes)",
            digits.target,
            _nearest_centroid(digits.data, digits.target, 5),
        ),
        ("4 imbalanced classes, 60% right, seed 7", truth, guess),
    ]


def cases() -> list[Case]:
    return [
        Case(f"{name}, average='{average}'", (y_true, y_pred, average))
        for name, y_true, y_pred in _datasets()
        for average in ("macro", "weighted", "micro")
    ]


def _per_class(y_true, y_pred, labels):
    tp = np.array([np.sum((y_true == c) & (y_pred == c)) for c in labels])
    support = np.array([np.sum(y_true == c) for c in labels])
    predicted = np.array([np.sum(y_pred == c) for c in labels])
    return tp, support, predicted


def _f1(
    y_true, y_pred, average, *, labels=None, weights="support", micro_as_mean=False, macro_weighted=False
):
    if labels is None:
        labels = np.unique(np.concatenate([y_true, y_pred]))
    tp, support, predicted = _per_class(y_true, y_pred, labels)
    f1 = 2 * tp / (support + predicted)
    if average == "micro" and not micro_as_mean:
        return float(2 * tp.sum() / (support.sum() + predicted.sum()))
    if (average == "macro" and not macro_weighted) or average == "micro":
        return float(f1.mean())
    w = support if weights == "support" else predicted
    return float((w * f1).sum() / w.sum())


def weighted_for_macro(y_true, y_pred, average):
    return _f1(y_true, y_pred, average, macro_weighted=True)


def micro_as_mean_of_f1(y_true, y_pred, average):
    return _f1(y_true, y_pred, average, micro_as_mean=True)


def classes_of_y_true_only(y_true, y_pred, average):
    return _f1(y_true, y_pred, average, labels=np.unique(y_true))


def weighted_by_predictions(y_true, y_pred, average):
    return _f1(y_true, y_pred, average, weights="predicted")


CHECK = Check(
    function="f1_average",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            weighted_for_macro,
            "You averaged the per-class F1 weighted by support, but macro averaging gives every "
            "class the same weight: take the plain mean of the per-class scores.",
        ),
        Mutant(
            micro_as_mean_of_f1,
            "You computed micro F1 as a mean of per-class F1 scores (that is macro): micro averaging "
            "pools tp, fp and fn over all classes first and computes one F1 from the totals.",
        ),
        Mutant(
            classes_of_y_true_only,
            "You took the classes from y_true only: a label that appears only in the predictions is "
            "a class too, with F1 = 0, and it pulls the macro average down.",
        ),
        Mutant(
            weighted_by_predictions,
            "You weighted the per-class F1 by how often each class was predicted: the weighted "
            "average uses the support, the number of true samples of each class.",
        ),
    ],
)
