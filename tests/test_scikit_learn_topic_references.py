"""The scikit-learn topic's oracles against scikit-learn itself.

The checks of this topic compute the expected answers with ``mlroadmap.algorithms``
(the grader never imports scikit-learn), while the learner writes scikit-learn code.
These tests prove that the two agree on every case of every check, that each
solution (the scikit-learn code shown to the learner) passes against its check's
reference, and that each misconception detector gives what the scikit-learn code of
that mistake gives, so that a learner who makes the mistake is told its name.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.compose import ColumnTransformer
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import make_scorer, mean_squared_error
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.utils.estimator_checks import check_estimator

from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.worker import load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/scikit-learn"


def _load(kind: str, file: str):
    return load_module(TOPIC / kind / file)


def _check(file: str):
    module = _load("checks", file)
    return module, module.CHECK


def _mutant(check, name: str):
    (function,) = [m.function for m in check.mutants if m.function.__name__ == name]
    return function


PIPELINE, PIPELINE_CHECK = _check("01_pipeline_cv.py")
COLUMNS, COLUMNS_CHECK = _check("02_column_transformer.py")
SEARCH, SEARCH_CHECK = _check("03_grid_search.py")
CLIPPER, CLIPPER_CHECK = _check("04_custom_transformer.py")
ALL = [
    ("01_pipeline_cv.py", PIPELINE_CHECK),
    ("02_column_transformer.py", COLUMNS_CHECK),
    ("03_grid_search.py", SEARCH_CHECK),
    ("04_custom_transformer.py", CLIPPER_CHECK),
]


@pytest.mark.parametrize(("file", "check"), ALL, ids=[f for f, _ in ALL])
def test_every_check_has_its_own_reference(file, check):
    # reference=None would make the grader use the solution, which imports scikit-learn
    assert check.reference is not None
    assert check.reference.__module__ != "builtins"


@pytest.mark.parametrize(("file", "check"), ALL, ids=[f for f, _ in ALL])
def test_solution_passes_against_the_reference(file, check):
    solution = getattr(_load("solutions", file), check.function)
    for case in check.cases():
        expected = plain(check.reference(*case.args, **case.kwargs))
        got = plain(solution(*case.args, **case.kwargs))
        assert compare(expected, got, check.rule) is None, case.name


# --- 01 pipeline-cv -------------------------------------------------------------------


def _sklearn_pipeline():
    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))


@pytest.mark.parametrize("case", PIPELINE_CHECK.cases(), ids=lambda c: c.name)
def test_pipeline_reference_makes_scikit_learns_predictions_fold_by_fold(case):
    X, y = case.args
    accuracies = []
    for train, test in KFold(n_splits=5).split(X):
        predicted = _sklearn_pipeline().fit(X[train], y[train]).predict(X[test])
        accuracies.append(np.mean(predicted == y[test]))
    # fold accuracies from scikit-learn's predictions, averaged as the reference does
    assert PIPELINE.reference(X, y) == pytest.approx(np.mean(accuracies), rel=1e-12)
    sklearn_score = cross_val_score(_sklearn_pipeline(), X, y, cv=KFold(n_splits=5)).mean()
    assert compare(float(sklearn_score), PIPELINE.reference(X, y), PIPELINE_CHECK.rule) is None


@pytest.mark.parametrize("case", PIPELINE_CHECK.cases(), ids=lambda c: c.name)
def test_pipeline_reference_predictions_are_far_from_the_decision_boundary(case):
    """No test prediction hinges on the ~1e-6 by which the two solvers differ."""
    X, y = case.args
    for train, test in KFold(n_splits=5).split(X):
        scores = np.atleast_2d(_sklearn_pipeline().fit(X[train], y[train]).decision_function(X[test]).T).T
        if scores.shape[1] == 1:  # binary: the sign of one score decides
            margin = np.abs(scores[:, 0])
        else:  # multiclass: the gap between the two largest scores decides
            top = np.sort(scores, axis=1)
            margin = top[:, -1] - top[:, -2]
        assert margin.min() > 1e-4, case.name


def _sklearn_mistakes_01():
    def scaled_before_splitting(X, y):
        Z = StandardScaler().fit_transform(X)
        return cross_val_score(LogisticRegression(C=1.0, max_iter=1000), Z, y, cv=KFold(n_splits=5)).mean()

    def stratified_folds(X, y):
        return cross_val_score(_sklearn_pipeline(), X, y, cv=5).mean()

    def shuffled_folds(X, y):
        return cross_val_score(_sklearn_pipeline(), X, y, cv=KFold(5, shuffle=True, random_state=0)).mean()

    def no_scaler(X, y):
        with warnings.catch_warnings():
            warnings.simplefilter("error", ConvergenceWarning)  # unconverged results would not match
            return cross_val_score(
                LogisticRegression(C=1.0, max_iter=1000), X, y, cv=KFold(n_splits=5)
            ).mean()

    return [scaled_before_splitting, stratified_folds, shuffled_folds, no_scaler]


def _assert_mutants_match(check, mistakes):
    for mistake in mistakes:
        mutant = _mutant(check, mistake.__name__)
        for case in check.cases():
            got = plain(mistake(*case.args))
            assert compare(plain(mutant(*case.args)), got, check.rule) is None, (mistake.__name__, case.name)


def test_pipeline_mutants_give_what_the_scikit_learn_mistakes_give():
    _assert_mutants_match(PIPELINE_CHECK, _sklearn_mistakes_01())


# --- 02 column-transformer --------------------------------------------------------------


def _sklearn_columns(numeric, text, numbers=None, categories=None):
    """The ColumnTransformer on a NumPy object array (the solution uses a DataFrame)."""
    X = np.empty((len(numeric[0]), len(numeric) + len(text)), dtype=object)
    for j, column in enumerate([*numeric, *text]):
        X[:, j] = column
    numbers = numbers or make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    categories = categories or make_pipeline(
        SimpleImputer(strategy="most_frequent", missing_values=None), OneHotEncoder(sparse_output=False)
    )
    first_text = len(numeric)
    transformer = ColumnTransformer(
        [
            ("numbers", numbers, list(range(first_text))),
            ("text", categories, list(range(first_text, X.shape[1]))),
        ]
    )
    return transformer.fit_transform(X).astype(float)


@pytest.mark.parametrize("case", COLUMNS_CHECK.cases(), ids=lambda c: c.name)
def test_column_reference_matches_scikit_learns_column_transformer(case):
    expected = _sklearn_columns(*case.args)
    assert compare(expected, COLUMNS.reference(*case.args), COLUMNS_CHECK.rule) is None


def test_column_reference_by_hand():
    # median of [1, 3, 10, 6] is 4.5; the mode of [b, a, b, b] is b
    numbers = np.array([1.0, 4.5, 3.0, 10.0, 6.0])
    z = (numbers - numbers.mean()) / numbers.std()
    one_hot = np.array([[0, 1], [0, 1], [1, 0], [0, 1], [0, 1]], dtype=float)
    expected = np.column_stack([z, one_hot])
    case = COLUMNS_CHECK.cases()[0]
    np.testing.assert_allclose(COLUMNS.reference(*case.args), expected, rtol=1e-12, atol=1e-15)


def test_column_mutants_give_what_the_scikit_learn_mistakes_give():
    def mean_imputation(numeric, text):
        return _sklearn_columns(numeric, text, numbers=make_pipeline(SimpleImputer(), StandardScaler()))

    def missing_as_a_category(numeric, text):
        return _sklearn_columns(numeric, text, categories=OneHotEncoder(sparse_output=False))

    def one_hot_standardized(numeric, text):
        return StandardScaler().fit_transform(_sklearn_columns(numeric, text))

    def scaled_before_imputing(numeric, text):
        numbers = make_pipeline(StandardScaler(), SimpleImputer(strategy="median"))
        return _sklearn_columns(numeric, text, numbers=numbers)

    _assert_mutants_match(
        COLUMNS_CHECK, [mean_imputation, missing_as_a_category, one_hot_standardized, scaled_before_imputing]
    )


# --- 03 grid-search ---------------------------------------------------------------------


def _sklearn_search(X, y, alphas, **options):
    options.setdefault("cv", KFold(n_splits=5))
    return GridSearchCV(Ridge(), {"alpha": alphas}, **options).fit(X, y)


@pytest.mark.parametrize("case", SEARCH_CHECK.cases(), ids=lambda c: c.name)
def test_search_reference_makes_scikit_learns_choice(case):
    X, y, alphas = case.args
    search = _sklearn_search(X, y, alphas)
    assert (
        compare(float(search.best_params_["alpha"]), SEARCH.reference(*case.args), SEARCH_CHECK.rule) is None
    )
    ours = SEARCH._search(X, y, alphas).cv_results_["mean_test_score"]
    np.testing.assert_allclose(ours, search.cv_results_["mean_test_score"], rtol=1e-9)
    best, runner_up = np.sort(search.cv_results_["mean_test_score"])[::-1][:2]
    assert best - runner_up > 1e-4, "the choice must not hinge on rounding"


def test_search_mutants_give_what_the_scikit_learn_mistakes_give():
    def training_score(X, y, alphas):
        search = _sklearn_search(X, y, alphas, return_train_score=True)
        return float(alphas[int(np.argmax(search.cv_results_["mean_train_score"]))])

    def error_maximized(X, y, alphas):  # make_scorer's default is greater_is_better=True
        search = _sklearn_search(X, y, alphas, scoring=make_scorer(mean_squared_error))
        return float(search.best_params_["alpha"])

    def best_score_returned(X, y, alphas):
        return float(_sklearn_search(X, y, alphas).best_score_)

    def shuffled_folds(X, y, alphas):
        return float(
            _sklearn_search(X, y, alphas, cv=KFold(5, shuffle=True, random_state=0)).best_params_["alpha"]
        )

    # the training-score mistake, as a learner writes it, picks by the mean over training
    # folds; the mutant refits on all rows: on these cases both pick the smallest alpha
    _assert_mutants_match(
        SEARCH_CHECK, [training_score, error_maximized, best_score_returned, shuffled_folds]
    )


# --- 04 custom-transformer ----------------------------------------------------------------


@pytest.mark.parametrize("case", CLIPPER_CHECK.cases(), ids=lambda c: c.name)
def test_clipper_reference_matches_pandas_quantiles(case):
    X_train, X_test, *bounds = case.args
    low, high = bounds or (5.0, 95.0)
    train = pd.DataFrame(X_train)
    lower, upper = train.quantile(low / 100), train.quantile(high / 100)  # linear interpolation
    expected = [
        train.clip(lower, upper, axis=1).to_numpy(),
        pd.DataFrame(X_test).clip(lower, upper, axis=1).to_numpy(),
    ]
    assert compare(expected, plain(CLIPPER.reference(*case.args)), CLIPPER_CHECK.rule) is None


def test_clipper_reference_by_hand():
    # percentiles 25 and 75 of [1, 2, 3, 4, 100] are 2 and 4
    case = CLIPPER_CHECK.cases()[0]
    train, test = CLIPPER.reference(*case.args)
    np.testing.assert_array_equal(train.ravel(), [2.0, 2.0, 3.0, 4.0, 4.0])
    np.testing.assert_array_equal(test.ravel(), [2.0, 2.5, 4.0])


def test_the_solutions_clipper_passes_scikit_learns_estimator_checks():
    clipper = _load("solutions", "04_custom_transformer.py").PercentileClipper
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the array-API check is skipped with a warning
        results = check_estimator(clipper(), on_fail=None)
    failed = [r["check_name"] for r in results if r["status"] == "failed"]
    assert not failed
    assert sum(r["status"] == "passed" for r in results) > 30
    assert clipper(low=1.0, high=99.0).get_params() == {"low": 1.0, "high": 99.0}
