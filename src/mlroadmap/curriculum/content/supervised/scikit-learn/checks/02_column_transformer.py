"""Check of exercise 02: median + standardize the numbers, most frequent + one-hot the text.

The reference is written with ``mlroadmap.algorithms`` (the grader never imports
scikit-learn or pandas); ``tests/test_scikit_learn_topic_references.py`` checks it
against scikit-learn's ``ColumnTransformer`` on these cases.

Tolerance: every step is closed-form (a median, a mean and a standard deviation, 0/1
columns), so ours and scikit-learn's agree to a few units in the last place; the
standardized values are of order 1 and some are near 0, hence rtol=1e-9 with
atol=1e-12. A wrong step (a mean for a median, a scaled one-hot column) moves values
by far more than that.
"""

import numpy as np

from mlroadmap.algorithms.impute import SimpleImputer
from mlroadmap.algorithms.preprocessing import OneHotEncoder, StandardScaler
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

MEASUREMENTS = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]


def cases() -> list[Case]:
    penguins, raw = load_penguins(), load_penguins(raw=True)
    first = slice(0, 20)
    return [
        Case(
            "five rows you can check by hand",
            ([np.array([1.0, np.nan, 3.0, 10.0, 6.0])], [["b", None, "a", "b", "b"]]),
        ),
        Case(
            "penguins: the four measurements, island and sex (11 sexes missing)",
            ([penguins[name] for name in MEASUREMENTS], [list(penguins["island"]), list(penguins["sex"])]),
        ),
        Case(
            "raw penguins: the two isotope ratios (14 and 13 missing), clutch completion, sex",
            (
                [raw["Delta 15 N (o/oo)"], raw["Delta 13 C (o/oo)"]],
                [list(raw["Clutch Completion"]), list(raw["Sex"])],
            ),
        ),
        Case(
            "the first 20 penguins: one island only, row 3 missing everything",
            (
                [penguins["bill_length_mm"][first], penguins["body_mass_g"][first]],
                [list(penguins["island"][first]), list(penguins["sex"][first])],
            ),
        ),
    ]


def _numbers(numeric, strategy="median", scale_first=False):
    X = np.column_stack(numeric)
    if scale_first:
        return SimpleImputer(strategy=strategy).fit_transform(StandardScaler().fit_transform(X))
    return StandardScaler().fit_transform(SimpleImputer(strategy=strategy).fit_transform(X))


def _text(text, impute=True):
    X = np.array(text, dtype=object).T
    if impute:
        X = SimpleImputer(strategy="most_frequent", missing_values=None).fit_transform(X)
    return OneHotEncoder(sparse_output=False).fit_transform(X)  # a missing value: its own last column


def reference(numeric, text):
    return np.hstack([_numbers(numeric), _text(text)])


def mean_imputation(numeric, text):
    return np.hstack([_numbers(numeric, strategy="mean"), _text(text)])


def missing_as_a_category(numeric, text):
    return np.hstack([_numbers(numeric), _text(text, impute=False)])


def one_hot_standardized(numeric, text):
    return StandardScaler().fit_transform(reference(numeric, text))


def scaled_before_imputing(numeric, text):
    return np.hstack([_numbers(numeric, scale_first=True), _text(text)])


CHECK = Check(
    function="design_matrix",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    reference=reference,
    mutants=[
        Mutant(
            mean_imputation,
            "You filled the missing numbers with the column mean: the exercise asks for "
            'SimpleImputer(strategy="median"), which one extreme penguin cannot pull.',
        ),
        Mutant(
            missing_as_a_category,
            "A missing text value got a one-hot column of its own: impute the text columns "
            "before encoding them. If you did, the imputer did not see None as missing: in a "
            "NumPy object array it needs missing_values=None (a DataFrame needs nothing).",
        ),
        Mutant(
            one_hot_standardized,
            "You standardized the one-hot columns too: scale only the numeric columns, "
            "inside their own pipeline, and leave the 0/1 columns as they are.",
        ),
        Mutant(
            scaled_before_imputing,
            "You standardized before imputing, so the filled values are left out of the "
            "mean and standard deviation: put the imputer first in the numeric pipeline.",
        ),
    ],
)
