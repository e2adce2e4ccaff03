"""Check of exercise 05: log_loss (mean of -ln p of the true class, clipped at machine epsilon)."""

import numpy as np

from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

EPS = np.finfo(float).eps


def _wine_proba():
    """A softmax over negative squared distances to the class centroids of standardized wine."""
    wine = load_wine()
    X = (wine.data - wine.data.mean(axis=0)) / wine.data.std(axis=0)
    centroids = np.array([X[wine.target == c].mean(axis=0) for c in range(3)])
    logits = -0.5 * ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return wine.target, e / e.sum(axis=1, keepdims=True)


def cases() -> list[Case]:
    rng = np.random.default_rng(9)
    dirichlet = rng.dirichlet(np.ones(4), size=50)
    wine_y, wine_p = _wine_proba()
    return [
        Case(
            "binary by hand: true classes get 0.9, 0.8, 0.6",
            (np.array([1, 0, 1]), np.array([[0.1, 0.9], [0.8, 0.2], [0.4, 0.6]])),
        ),
        Case(
            "3 classes by hand",
            (
                np.array([0, 2, 1, 2]),
                np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.3, 0.4, 0.3], [0.5, 0.4, 0.1]]),
            ),
        ),
        Case(
            "probability 0 for a true class: clipped to eps",
            (np.array([0, 1, 1]), np.array([[0.9, 0.1], [1.0, 0.0], [0.3, 0.7]])),
        ),
        Case(
            "a probability of 1e-20 for a true class: clipped to eps",
            (np.array([1, 0]), np.array([[1.0 - 1e-20, 1e-20], [0.75, 0.25]])),
        ),
        Case("every true class predicted with probability 1", (np.array([0, 1, 2]), np.eye(3))),
        Case("one sample", (np.array([1]), np.array([[0.25, 0.5, 0.25]]))),
        Case(
            "50 samples, 4 classes, Dirichlet probabilities, seed 9", (rng.integers(0, 4, size=50), dirichlet)
        ),
        Case("wine: softmax of distances to the class centroids", (wine_y, wine_p)),
    ]


def _true_class(y_true, proba):
    return proba[np.arange(len(y_true)), y_true]


def not_clipped(y_true, proba):
    with np.errstate(divide="ignore"):
        return float(-np.mean(np.log(_true_class(y_true, proba))))


def old_epsilon(y_true, proba):
    return float(-np.mean(np.log(np.clip(_true_class(y_true, proba), 1e-15, 1 - 1e-15))))


def base_two(y_true, proba):
    return float(-np.mean(np.log2(np.clip(_true_class(y_true, proba), EPS, 1 - EPS))))


def summed(y_true, proba):
    return float(-np.sum(np.log(np.clip(_true_class(y_true, proba), EPS, 1 - EPS))))


def predicted_class(y_true, proba):
    return float(-np.mean(np.log(np.clip(proba.max(axis=1), EPS, 1 - EPS))))


CHECK = Check(
    function="log_loss",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            not_clipped,
            "You took the log of the raw probabilities: a true class given probability 0 makes the "
            "loss infinite, so clip p into [eps, 1 - eps] first.",
        ),
        Mutant(
            old_epsilon,
            "You clipped at 1e-15, the old scikit-learn default: current scikit-learn clips at "
            "np.finfo(float).eps, about 2.2e-16.",
        ),
        Mutant(
            base_two,
            "You used log base 2: the log loss uses the natural logarithm, np.log (a loss in nats, "
            "not bits).",
        ),
        Mutant(summed, "You summed the losses over the samples: the log loss is their mean, divided by n."),
        Mutant(
            predicted_class,
            "You used the largest probability of each row, the predicted class: the loss looks at the "
            "probability given to the true class, proba[i, y_true[i]].",
        ),
    ],
)
