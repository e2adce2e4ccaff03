"""Check of exercise 04: per-column percentiles learned on the training set, applied to both sets.

The reference is plain NumPy (the grader never imports scikit-learn);
``tests/test_scikit_learn_topic_references.py`` checks it against pandas' quantiles
and clip, and runs scikit-learn's ``check_estimator`` on the solution's class.

Tolerance: a percentile is a linear interpolation between two sorted values and
clipping copies values, so any correct code gives the same numbers to rounding
(rtol=1e-12, atol=1e-12).
"""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_diabetes, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    wine, cancer = load_wine(), load_breast_cancer()
    diabetes = load_diabetes(scaled=False)
    return [
        Case(
            "one column you can check by hand, low=25, high=75",
            (np.array([[1.0], [2.0], [3.0], [4.0], [100.0]]), np.array([[0.0], [2.5], [50.0]]), 25.0, 75.0),
        ),
        Case(
            "wine: even rows to fit, odd rows to clip, defaults 5 and 95", (wine.data[::2], wine.data[1::2])
        ),
        Case(
            "breast cancer: the first 400 tumours to fit, the rest to clip, 1 and 99",
            (cancer.data[:400], cancer.data[400:], 1.0, 99.0),
        ),
        Case(
            "raw diabetes, low=0 and high=100: the training set is left as it is",
            (diabetes.data[:300], diabetes.data[300:], 0.0, 100.0),
        ),
    ]


def _clip(X, bounds_from, low, high, axis=0):
    return np.clip(X, np.percentile(bounds_from, low, axis=axis), np.percentile(bounds_from, high, axis=axis))


def reference(X_train, X_test, low=5.0, high=95.0):
    return _clip(X_train, X_train, low, high), _clip(X_test, X_train, low, high)


def refitted_on_test(X_train, X_test, low=5.0, high=95.0):
    return _clip(X_train, X_train, low, high), _clip(X_test, X_test, low, high)


def fitted_on_both(X_train, X_test, low=5.0, high=95.0):
    both = np.vstack([X_train, X_test])
    return _clip(X_train, both, low, high), _clip(X_test, both, low, high)


def one_bound_for_all_columns(X_train, X_test, low=5.0, high=95.0):
    return _clip(X_train, X_train, low, high, axis=None), _clip(X_test, X_train, low, high, axis=None)


CHECK = Check(
    function="clip_outliers",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-12),
    reference=reference,
    mutants=[
        Mutant(
            refitted_on_test,
            "You fitted the clipper again on the test set, so it was clipped to its own "
            "percentiles: fit once on X_train, then only transform X_test.",
        ),
        Mutant(
            fitted_on_both,
            "You learned the percentiles from the training and test sets together: the "
            "test set must not influence what fit learns.",
        ),
        Mutant(
            one_bound_for_all_columns,
            "You computed one pair of percentiles over the whole matrix: compute them "
            "column by column, with axis=0.",
        ),
    ],
)
