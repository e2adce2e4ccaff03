"""Cross-validation: fit a fresh copy on each training part, score it on the held-out part.

The mean of the ``k`` test scores estimates how the model does on unseen data, and their
spread how much that estimate depends on the split. ``learning_curve`` repeats this for
growing training sets (does more data help?), ``validation_curve`` for the values of one
hyper-parameter (where does it under- or over-fit?).
"""

from __future__ import annotations

import numbers
import time
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import clone
from mlroadmap.algorithms.metrics._scorer import check_scoring, get_scorer
from mlroadmap.algorithms.model_selection._split import check_cv, index_rows, is_classifier, num_samples
from mlroadmap.algorithms.validation import check_random_state

DEFAULT_TRAIN_SIZES = np.linspace(0.1, 1.0, 5)


class FitFailedWarning(RuntimeWarning):
    """A fit (or its scoring) raised; the score of that split was set to ``error_score``."""


def resolve_scoring(estimator: Any, scoring: Any) -> Callable | dict[str, Callable]:
    """One scorer (``scoring`` None, a name or a callable) or a dict of named scorers
    (``scoring`` a list/tuple/set of names, or a dict of names or callables)."""
    if isinstance(scoring, list | tuple | set):
        if len(set(scoring)) != len(scoring) or not all(isinstance(s, str) for s in scoring):
            raise ValueError(
                f"The list/tuple elements must be unique strings of predefined scorers. Got {scoring}"
            )
        return {name: get_scorer(name) for name in scoring}
    if isinstance(scoring, dict):
        return {name: get_scorer(s) for name, s in scoring.items()}
    return check_scoring(estimator, scoring)


def _rows_of_params(params: dict | None, indices: np.ndarray, n_samples: int) -> dict:
    """Fit parameters aligned with the samples (e.g. ``sample_weight``) restricted to ``indices``."""
    if not params:
        return {}
    return {
        key: index_rows(value, indices)
        if hasattr(value, "__len__") and not isinstance(value, str) and num_samples(value) == n_samples
        else value
        for key, value in params.items()
    }


def _score(scorer: Callable | dict, estimator: Any, X: Any, y: Any) -> float | dict[str, float]:
    if isinstance(scorer, dict):
        return {name: _score(s, estimator, X, y) for name, s in scorer.items()}
    score = scorer(estimator, X, y)
    if hasattr(score, "item") and np.ndim(score) == 0:
        score = score.item()
    if not isinstance(score, numbers.Number):
        raise ValueError(f"scoring must return a number, got {score!r} ({type(score)}) instead.")
    return score


def _score_or(scorer, estimator, X, y, *, failed, error_score):
    """The score, or ``failed`` with a warning if scoring raises (unless ``error_score="raise"``)."""
    try:
        return _score(scorer, estimator, X, y)
    except Exception as error:
        if isinstance(error_score, str):
            raise
        warnings.warn(
            "Scoring failed. The score on this train-test partition for these parameters will be set to "
            f"{error_score}. Details: \n{type(error).__name__}: {error}",
            UserWarning,
            stacklevel=4,
        )
        return failed


def fit_and_score(
    estimator: Any,
    X: Any,
    y: Any,
    *,
    scorer: Callable | dict,
    train: np.ndarray,
    test: np.ndarray,
    parameters: dict | None = None,
    fit_params: dict | None = None,
    return_train_score: bool = False,
    error_score: Any = np.nan,
) -> dict:
    """Clone, set ``parameters``, fit on ``train``, score on ``test`` (and ``train``); timed.

    A fit (or a scoring) that raises gives ``error_score`` as its scores, with a warning
    (or re-raises with ``error_score="raise"``).
    """
    estimator = clone(estimator)
    if parameters:
        estimator.set_params(**{name: clone(value, safe=False) for name, value in parameters.items()})
    n_samples = num_samples(X)
    X_train, X_test = index_rows(X, train), index_rows(X, test)
    y_train, y_test = index_rows(y, train), index_rows(y, test)
    result: dict[str, Any] = {"estimator": estimator, "fit_error": None}
    if not (
        isinstance(error_score, numbers.Number) or (isinstance(error_score, str) and error_score == "raise")
    ):
        raise ValueError(
            "error_score must be the string 'raise' or a numeric value. (Hint: if using 'raise', please "
            "make sure that it has been spelled correctly.)"
        )
    failed = {name: error_score for name in scorer} if isinstance(scorer, dict) else error_score
    started = time.perf_counter()
    try:
        fit_args = (X_train,) if y is None else (X_train, y_train)
        estimator.fit(*fit_args, **_rows_of_params(fit_params, train, n_samples))
    except Exception as error:
        if error_score == "raise":
            raise
        result.update(test_scores=failed, fit_time=time.perf_counter() - started, score_time=0.0)
        if return_train_score:
            result["train_scores"] = failed
        result["fit_error"] = f"{type(error).__name__}: {error}"
        return result
    fitted = time.perf_counter()
    result["fit_time"] = fitted - started
    result["test_scores"] = _score_or(
        scorer, estimator, X_test, y_test, failed=failed, error_score=error_score
    )
    result["score_time"] = time.perf_counter() - fitted
    if return_train_score:
        result["train_scores"] = _score_or(
            scorer, estimator, X_train, y_train, failed=failed, error_score=error_score
        )
    return result


def warn_about_failures(results: list[dict], error_score: Any) -> None:
    """All fits failed: a ValueError; some: one FitFailedWarning that counts and shows them."""
    errors = [r["fit_error"] for r in results if r["fit_error"] is not None]
    if not errors:
        return
    summary = "\n".join(
        f"{errors.count(e)} fits failed with the following error:\n{e}" for e in dict.fromkeys(errors)
    )
    if len(errors) == len(results):
        raise ValueError(
            f"\nAll the {len(results)} fits failed.\nIt is very likely that your model is misconfigured.\n"
            "You can try to debug the error by setting error_score='raise'.\n\n"
            f"Below are more details about the failures:\n{summary}"
        )
    warnings.warn(
        f"\n{len(errors)} fits failed out of a total of {len(results)}.\nThe score on these train-test "
        f"partitions for these parameters will be set to {error_score}.\nIf these failures are not "
        "expected, you can try to debug them by setting error_score='raise'.\n\n"
        f"Below are more details about the failures:\n{summary}",
        FitFailedWarning,
        stacklevel=3,
    )


def _collect(results: list[dict], key: str, scorer: Callable | dict, prefix: str) -> dict[str, np.ndarray]:
    if isinstance(scorer, dict):
        return {f"{prefix}_{name}": np.array([r[key][name] for r in results]) for name in scorer}
    return {f"{prefix}_score": np.array([r[key] for r in results])}


def cross_validate(
    estimator: Any,
    X: Any,
    y: Any = None,
    *,
    groups: Any = None,
    scoring: Any = None,
    cv: Any = None,
    params: dict | None = None,
    return_train_score: bool = False,
    return_estimator: bool = False,
    return_indices: bool = False,
    error_score: Any = np.nan,
) -> dict[str, Any]:
    """Fit and score ``estimator`` on each split of ``cv``.

    Returns a dict of arrays with one entry per split: ``fit_time``, ``score_time``,
    ``test_score`` (``test_<name>`` with several scorers), ``train_score`` if asked, and
    the fitted ``estimator`` list and the split ``indices`` if asked. ``params`` are passed
    to ``fit`` (those aligned with the samples restricted to the training part).
    """
    cv = check_cv(cv, y, classifier=is_classifier(estimator))
    scorer = resolve_scoring(estimator, scoring)
    splits = list(cv.split(X, y, groups))
    results = [
        fit_and_score(
            estimator,
            X,
            y,
            scorer=scorer,
            train=train,
            test=test,
            fit_params=params,
            return_train_score=return_train_score,
            error_score=error_score,
        )
        for train, test in splits
    ]
    warn_about_failures(results, error_score)
    output: dict[str, Any] = {
        "fit_time": np.array([r["fit_time"] for r in results]),
        "score_time": np.array([r["score_time"] for r in results]),
    }
    if return_estimator:
        output["estimator"] = [r["estimator"] for r in results]
    if return_indices:
        output["indices"] = {"train": [train for train, _ in splits], "test": [test for _, test in splits]}
    output.update(_collect(results, "test_scores", scorer, "test"))
    if return_train_score:
        output.update(_collect(results, "train_scores", scorer, "train"))
    return output


def cross_val_score(
    estimator: Any,
    X: Any,
    y: Any = None,
    *,
    groups: Any = None,
    scoring: str | Callable | None = None,
    cv: Any = None,
    params: dict | None = None,
    error_score: Any = np.nan,
) -> np.ndarray:
    """The test score of each split of ``cv`` (see :func:`cross_validate`)."""
    if isinstance(scoring, list | tuple | set | dict):
        raise ValueError("cross_val_score takes a single scoring; use cross_validate for several.")
    return cross_validate(
        estimator, X, y, groups=groups, scoring=scoring, cv=cv, params=params, error_score=error_score
    )["test_score"]


def _absolute_train_sizes(train_sizes: Any, n_max: int) -> np.ndarray:
    """Fractions in (0, 1] of the largest training set (truncated, at least 1) or counts in
    (0, n_max]; duplicates removed (with a warning), sorted."""
    sizes = np.asarray(train_sizes)
    n_ticks, smallest, largest = sizes.shape[0], sizes.min(), sizes.max()
    if np.issubdtype(sizes.dtype, np.floating):
        if smallest <= 0.0 or largest > 1.0:
            raise ValueError(
                "train_sizes has been interpreted as fractions of the maximum number of training samples "
                f"and must be within (0, 1], but is within [{smallest:f}, {largest:f}]."
            )
        sizes = np.clip((sizes * n_max).astype(int), 1, n_max)
    elif smallest <= 0 or largest > n_max:
        raise ValueError(
            "train_sizes has been interpreted as absolute numbers of training samples and must be within "
            f"(0, {n_max}], but is within [{smallest}, {largest}]."
        )
    sizes = np.unique(sizes)
    if n_ticks > sizes.shape[0]:
        warnings.warn(
            "Removed duplicate entries from 'train_sizes'. Number of ticks will be less than the size of "
            f"'train_sizes': {sizes.shape[0]} instead of {n_ticks}.",
            RuntimeWarning,
            stacklevel=3,
        )
    return sizes


def learning_curve(
    estimator: Any,
    X: Any,
    y: Any,
    *,
    groups: Any = None,
    train_sizes: Any = DEFAULT_TRAIN_SIZES,
    cv: Any = None,
    scoring: str | Callable | None = None,
    shuffle: bool = False,
    random_state: Any = None,
    error_score: Any = np.nan,
    return_times: bool = False,
    params: dict | None = None,
) -> tuple:
    """Train and test scores for training sets of growing size.

    For each split of ``cv`` and each size ``m``, the model is fitted on the first ``m``
    training indices of the split (shuffled first if ``shuffle``) and scored on that subset
    and on the split's test set. Returns ``(train_sizes_abs, train_scores, test_scores)``,
    scores of shape ``(n_sizes, n_splits)`` (plus fit and score times if ``return_times``).
    """
    cv = check_cv(cv, y, classifier=is_classifier(estimator))
    scorer = check_scoring(estimator, scoring)
    splits = list(cv.split(X, y, groups))
    sizes = _absolute_train_sizes(train_sizes, len(splits[0][0]))
    if shuffle:
        rng = check_random_state(random_state)
        splits = [(rng.permutation(train), test) for train, test in splits]
    results = [
        fit_and_score(
            estimator,
            X,
            y,
            scorer=scorer,
            train=train[:size],
            test=test,
            fit_params=params,
            return_train_score=True,
            error_score=error_score,
        )
        for train, test in splits
        for size in sizes
    ]
    warn_about_failures(results, error_score)

    def by_size(key: str) -> np.ndarray:
        return np.array([r[key] for r in results]).reshape(-1, len(sizes)).T

    curves = (sizes, by_size("train_scores"), by_size("test_scores"))
    return (*curves, by_size("fit_time"), by_size("score_time")) if return_times else curves


def validation_curve(
    estimator: Any,
    X: Any,
    y: Any,
    *,
    param_name: str,
    param_range: Any,
    groups: Any = None,
    cv: Any = None,
    scoring: str | Callable | None = None,
    error_score: Any = np.nan,
    params: dict | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Train and test scores of the estimator for each value of one hyper-parameter,
    each of shape ``(len(param_range), n_splits)``."""
    cv = check_cv(cv, y, classifier=is_classifier(estimator))
    scorer = check_scoring(estimator, scoring)
    results = [
        fit_and_score(
            estimator,
            X,
            y,
            scorer=scorer,
            train=train,
            test=test,
            parameters={param_name: value},
            fit_params=params,
            return_train_score=True,
            error_score=error_score,
        )
        for train, test in cv.split(X, y, groups)
        for value in param_range
    ]
    warn_about_failures(results, error_score)
    n_values = len(param_range)
    train_scores = np.array([r["train_scores"] for r in results]).reshape(-1, n_values).T
    test_scores = np.array([r["test_scores"] for r in results]).reshape(-1, n_values).T
    return train_scores, test_scores
