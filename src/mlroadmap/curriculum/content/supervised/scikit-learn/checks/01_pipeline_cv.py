"""Check of exercise 01: 5-fold accuracy of scaler + logistic regression, scaler fitted per fold.

The reference is written with ``mlroadmap.algorithms`` (the grader never imports
scikit-learn); ``tests/test_scikit_learn_topic_references.py`` checks it against
scikit-learn's own ``cross_val_score`` on these cases, fold by fold.

Tolerance: the result is a mean of fold accuracies, so it moves in steps of at least
1 / (5 * 114) ≈ 1.8e-3 when a single prediction changes (114 is the largest test fold,
breast cancer's). Our LogisticRegression matches scikit-learn's coefficients to about
1e-6 on standardized data, which flips no prediction on these cases (the oracle test
compares the predictions themselves). So rtol=1e-6 only absorbs the order in which the
fold accuracies are summed, and any real difference is a thousand times larger.
"""

import warnings

import numpy as np

from mlroadmap.algorithms.linear_model import ConvergenceWarning, LogisticRegression
from mlroadmap.algorithms.model_selection import KFold, StratifiedKFold
from mlroadmap.algorithms.preprocessing import StandardScaler
from mlroadmap.datasets import load_breast_cancer, load_iris, load_penguins, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

WINE_SMALL_SCALE = [i for i in range(13) if i not in (4, 12)]  # without magnesium and proline
SHAPE = [4, 5, 6, 7, 8, 9, 24, 25, 26, 27, 28, 29]  # mean and worst smoothness ... fractal dimension
LENGTHS = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]


def cases() -> list[Case]:
    iris, wine, cancer = load_iris(), load_wine(), load_breast_cancer()
    penguins = load_penguins()
    lengths = np.column_stack([penguins[name] for name in LENGTHS])
    measured = ~np.isnan(lengths).any(axis=1)
    species = np.unique(penguins["species"][measured].astype(str), return_inverse=True)[1]
    return [
        Case("iris: 150 flowers, rows sorted by species", (iris.data, iris.target)),
        Case(
            "wine: 178 wines, 11 features (magnesium and proline left out)",
            (wine.data[:, WINE_SMALL_SCALE], wine.target),
        ),
        Case("breast cancer: 569 tumours, the 12 shape features", (cancer.data[:, SHAPE], cancer.target)),
        Case("penguins: species from bill and flipper lengths (342 birds)", (lengths[measured], species)),
    ]


def _cross_validate(X, y, splitter, scale_inside=True):
    accuracies = []
    for train, test in splitter.split(X, y):
        X_train, X_test = X[train], X[test]
        if scale_inside:
            scaler = StandardScaler().fit(X_train)
            X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # unscaled data, in a mutant
            model = LogisticRegression(C=1.0, max_iter=1000).fit(X_train, y[train])
        accuracies.append(np.mean(model.predict(X_test) == y[test]))
    return float(np.mean(accuracies))


def reference(X, y):
    return _cross_validate(X, y, KFold(n_splits=5))


def scaled_before_splitting(X, y):
    return _cross_validate(StandardScaler().fit_transform(X), y, KFold(n_splits=5), scale_inside=False)


def stratified_folds(X, y):
    return _cross_validate(X, y, StratifiedKFold(n_splits=5))


def shuffled_folds(X, y):
    return _cross_validate(X, y, KFold(n_splits=5, shuffle=True, random_state=0))


def no_scaler(X, y):
    return _cross_validate(X, y, KFold(n_splits=5), scale_inside=False)


CHECK = Check(
    function="pipeline_cv_accuracy",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=0.0),
    reference=reference,
    mutants=[
        Mutant(
            scaled_before_splitting,
            "You standardized all of X before cross-validating, so every test fold helped "
            "compute the mean and scale it is scaled with: put the scaler inside the pipeline.",
        ),
        Mutant(
            stratified_folds,
            "Your folds are stratified: for a classifier, cv=5 means StratifiedKFold(5). "
            "Pass cv=KFold(n_splits=5), as the exercise asks.",
        ),
        Mutant(
            shuffled_folds,
            "Your folds are shuffled: KFold(n_splits=5) without shuffle=True takes "
            "consecutive blocks of rows, as the exercise asks.",
        ),
        Mutant(
            no_scaler,
            "You fitted the logistic regression on unscaled features: the penalty C treats "
            "every coefficient alike, so put a StandardScaler before it in the pipeline.",
        ),
    ],
)
