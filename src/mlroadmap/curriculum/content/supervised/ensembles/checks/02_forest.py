"""Check of exercise 02: forest_predict (mean of the trees' probabilities, argmax to a label)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def stump_forest(X, y, X_query, n_trees, seed):
    """Probabilities of a forest of bootstrapped stumps: a random feature, split at its median."""
    rng = np.random.default_rng(seed)
    classes = np.unique(y)
    out = np.empty((n_trees, len(X_query), len(classes)))
    for t in range(n_trees):
        boot = rng.integers(0, len(y), size=len(y))
        j = rng.integers(0, X.shape[1])
        threshold = np.median(X[boot, j])
        for side, query_side in [(X[boot, j] <= threshold, X_query[:, j] <= threshold)]:
            left = (y[boot][side][:, None] == classes).mean(axis=0)
            right = (y[boot][~side][:, None] == classes).mean(axis=0)
            out[t] = np.where(query_side[:, None], left, right)
    return out, classes


def cases() -> list[Case]:
    cancer, wine = load_breast_cancer(), load_wine()
    rng = np.random.default_rng(25)
    soft = np.array([[[0.9, 0.1]], [[0.4, 0.6]], [[0.45, 0.55]]])  # 3 trees, 1 sample
    one_hot = np.eye(3)[rng.integers(0, 3, size=(7, 6))]  # fully grown trees: pure leaves
    dirichlet = rng.dirichlet([0.5, 0.5, 0.5, 0.5], size=(20, 15))
    return [
        Case("by hand: two of three trees vote 1, the mean says 0", (soft, np.array([0, 1]))),
        Case(
            "a tie in the mean: the first class wins",
            (np.array([[[0.5, 0.5]], [[0.3, 0.7]], [[0.7, 0.3]]]), np.array([4, 9])),
        ),
        Case(
            "labels 2, 5 and 9; 7 fully grown trees (one-hot leaves), seed 25", (one_hot, np.array([2, 5, 9]))
        ),
        Case("one tree", (dirichlet[:1], np.array([0, 1, 2, 3]))),
        Case("20 trees with soft leaves, 4 classes, seed 25", (dirichlet, np.array([0, 1, 2, 3]))),
        Case(
            "breast cancer: 25 bootstrapped stumps, 100 queries, seed 26",
            stump_forest(cancer.data[:469], cancer.target[:469], cancer.data[469:], 25, 26),
        ),
        Case(
            "wine: 15 bootstrapped stumps, labels 0 to 2, seed 27",
            stump_forest(wine.data[::2], wine.target[::2], wine.data[1::2], 15, 27),
        ),
    ]


def hard_vote(tree_probas, classes):
    K = tree_probas.shape[2]
    votes = (np.argmax(tree_probas, axis=2)[:, :, None] == np.arange(K)).mean(axis=0)
    return votes, classes[np.argmax(votes, axis=1)]


def summed(tree_probas, classes):
    total = tree_probas.sum(axis=0)
    return total, classes[np.argmax(total, axis=1)]


def index_not_label(tree_probas, classes):
    proba = tree_probas.mean(axis=0)
    return proba, np.argmax(proba, axis=1)


CHECK = Check(
    function="forest_predict",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12, dtype_kind=True),
    mutants=[
        Mutant(
            hard_vote,
            "You counted each tree's predicted class (a hard vote): scikit-learn's random forest "
            "averages the trees' probabilities, so a tree that is 51 % sure weighs less than one "
            "that is 100 % sure.",
        ),
        Mutant(
            summed,
            "You summed the trees' probabilities: divide by the number of trees (take the mean "
            "over axis 0) so that each row sums to 1.",
        ),
        Mutant(
            index_not_label,
            "You returned the column index of the largest probability: map it to the label "
            "with classes[...].",
        ),
    ],
)
