"""Exhaustive search over a grid of hyper-parameters, each candidate judged by cross-validation.

Every combination in the grid is cross-validated on the same splits; the candidate with
the best mean test score wins and (with ``refit``) is fitted again on all the data. The
test folds chose the winner, so ``best_score_`` is an optimistic estimate: judge the
final model on data the search never saw.
"""

from __future__ import annotations

import itertools
import numbers
import time
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from copy import deepcopy
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, clone
from mlroadmap.algorithms.model_selection._split import check_cv, is_classifier, requires_y
from mlroadmap.algorithms.model_selection._validation import (
    fit_and_score,
    resolve_scoring,
    warn_about_failures,
)
from mlroadmap.algorithms.validation import NotFittedError, not_fitted


class ParameterGrid:
    """Every combination of the values in a dict of lists (or in each dict of a list of them).

    Within a dict the names are taken in sorted order and the last name varies fastest,
    as in scikit-learn, so candidates come in the same order.
    """

    def __init__(self, param_grid: Mapping | Sequence[Mapping]) -> None:
        if not isinstance(param_grid, Mapping | Sequence) or isinstance(param_grid, str):
            raise TypeError(
                "Parameter grid should be a dict or a list, got: "
                f"{param_grid!r} of type {type(param_grid).__name__}"
            )
        grids = [param_grid] if isinstance(param_grid, Mapping) else list(param_grid)
        for grid in grids:
            if not isinstance(grid, Mapping):
                raise TypeError(f"Parameter grid is not a dict ({grid!r})")
            for name, values in grid.items():
                if isinstance(values, np.ndarray) and values.ndim > 1:
                    raise ValueError(
                        f"Parameter array for {name!r} should be one-dimensional, got: {values!r} "
                        f"with shape {values.shape}"
                    )
                if isinstance(values, str) or not isinstance(values, np.ndarray | Sequence):
                    raise TypeError(
                        f"Parameter grid for parameter {name!r} needs to be a list or a numpy array, but got "
                        f"{values!r} (of type {type(values).__name__}) instead. Single values need to be "
                        "wrapped in a list with one element."
                    )
                if len(values) == 0:
                    raise ValueError(
                        f"Parameter grid for parameter {name!r} need to be a non-empty sequence, "
                        f"got: {values!r}"
                    )
        self.param_grid = grids

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for grid in self.param_grid:
            names = sorted(grid)
            for values in itertools.product(*(grid[name] for name in names)):
                yield dict(zip(names, values, strict=True))

    def __len__(self) -> int:
        return sum(int(np.prod([len(v) for v in grid.values()])) for grid in self.param_grid)

    def __getitem__(self, index: int) -> dict[str, Any]:
        return list(self)[index]


def _rank_descending(scores: np.ndarray) -> np.ndarray:
    """Rank 1 for the highest score; ties share the smallest rank; NaN ranks last."""
    if np.isnan(scores).all():
        return np.ones(len(scores), dtype=np.int32)
    scores = np.nan_to_num(scores, nan=np.nanmin(scores) - 1)
    descending = np.sort(-scores)
    return (np.searchsorted(descending, -scores, side="left") + 1).astype(np.int32)


def _param_column(candidates: list[dict], name: str) -> np.ma.MaskedArray:
    """The values of ``name`` per candidate, masked where a candidate does not set it."""
    values = [c.get(name) for c in candidates]
    present = [name in c for c in candidates]
    try:
        inferred = np.array([v for v, p in zip(values, present, strict=True) if p])
        dtype = inferred.dtype if inferred.dtype.kind != "U" and inferred.ndim == 1 else object
    except ValueError:
        dtype = np.dtype(object)
    column = np.ma.MaskedArray(np.empty(len(candidates), dtype=dtype), mask=[not p for p in present])
    for i, (value, is_set) in enumerate(zip(values, present, strict=True)):
        if is_set:
            column[i] = value
    return column


class _IfBestEstimatorHas:
    """A method of the search that exists only if the estimator searched over has it (so
    ``hasattr(search, "predict_proba")`` is truthful), and needs a refitted best estimator."""

    def __init__(self, method: Callable) -> None:
        self.method = method
        self.__doc__ = method.__doc__
        self.__name__ = method.__name__

    def __get__(self, search: Any, owner: type | None = None) -> Any:
        if search is None:
            return self
        name = self.method.__name__
        if search.refit is False:
            raise AttributeError(
                f"This {type(search).__name__} instance was initialized with `refit=False`. "
                f"{name} is available only after refitting on the best parameters. You can refit an "
                "estimator manually using the `best_params_` attribute"
            )
        inner = search.__dict__.get("best_estimator_", search.estimator)
        if not hasattr(inner, name):
            raise AttributeError(f"This '{type(search).__name__}' has no attribute '{name}'")
        return types.MethodType(self.method, search)


class GridSearchCV(BaseEstimator):
    """Cross-validate ``estimator`` for every candidate of ``param_grid``; keep the best.

    Parameters follow scikit-learn's: ``scoring`` (None for the estimator's ``score``, a
    scorer name, a callable ``scorer(estimator, X, y)``, or a list/dict of them for several
    metrics), ``cv`` (int, splitter or iterable of splits), ``refit`` (True, False, the
    name of the metric that picks the winner, or a callable ``cv_results -> index``),
    ``error_score`` and ``return_train_score``. There is no parallelism (no ``n_jobs``).

    After ``fit``: ``cv_results_`` (per candidate: ``params``, ``param_<name>``, per-split
    and mean/std test scores, ``rank_test_score``, fit and score times), ``best_index_``,
    ``best_params_``, ``best_score_``, and with ``refit`` the ``best_estimator_`` that
    ``predict``, ``predict_proba``, ``decision_function``, ``transform`` and ``score`` use.
    """

    def __init__(
        self,
        estimator: Any,
        param_grid: Any,
        *,
        scoring: Any = None,
        refit: Any = True,
        cv: Any = None,
        error_score: Any = np.nan,
        return_train_score: bool = False,
    ) -> None:
        self.estimator = estimator
        self.param_grid = param_grid
        self.scoring = scoring
        self.refit = refit
        self.cv = cv
        self.error_score = error_score
        self.return_train_score = return_train_score

    @property
    def _estimator_type(self) -> str | None:
        return (
            "classifier"
            if is_classifier(self.estimator)
            else getattr(self.estimator, "_estimator_type", None)
        )

    def fit(self, X: Any, y: Any = None, **params: Any) -> GridSearchCV:
        """Cross-validate every candidate; ``groups`` (in ``params``) go to the splitter, the
        other ``params`` to the estimator's ``fit``."""
        groups = params.pop("groups", None)
        if y is None and requires_y(self.estimator):
            raise ValueError(
                f"{type(self).__name__} requires y to be passed, but the target y is None "
                f"({type(self.estimator).__name__} is supervised)."
            )
        scorers = resolve_scoring(self.estimator, self.scoring)
        multimetric = isinstance(scorers, dict)
        if multimetric and not (self.refit is False or callable(self.refit) or self.refit in scorers):
            raise ValueError(
                "For multi-metric scoring, the parameter refit must be set to a scorer key or a callable to "
                "refit an estimator with the best parameter setting on the whole data and make the best_* "
                "attributes available for that metric. If this is not needed, refit should be set to False "
                f"explicitly. {self.refit!r} was passed."
            )
        cv = check_cv(self.cv, y, classifier=is_classifier(self.estimator))
        splits = list(cv.split(X, y, groups))
        candidates = list(ParameterGrid(self.param_grid))
        results = [
            fit_and_score(
                self.estimator,
                X,
                y,
                scorer=scorers,
                train=train,
                test=test,
                parameters=candidate,
                fit_params=params,
                return_train_score=self.return_train_score,
                error_score=self.error_score,
            )
            for candidate in candidates
            for train, test in splits
        ]
        warn_about_failures(results, self.error_score)
        self.cv_results_ = self._format_results(candidates, len(splits), results, scorers)
        self.multimetric_ = multimetric
        self.scorer_ = scorers
        self.n_splits_ = len(splits)

        key = self.refit if multimetric and isinstance(self.refit, str) else "score"
        if self.refit is not False or not multimetric:
            if callable(self.refit):
                self.best_index_ = int(self.refit(self.cv_results_))
                if not isinstance(self.best_index_, numbers.Integral) or not 0 <= self.best_index_ < len(
                    candidates
                ):
                    raise IndexError("best_index_ index out of range")
            else:
                self.best_index_ = int(self.cv_results_[f"rank_test_{key}"].argmin())
                self.best_score_ = float(self.cv_results_[f"mean_test_{key}"][self.best_index_])
            self.best_params_ = candidates[self.best_index_]
        if self.refit is not False:
            self.best_estimator_ = clone(self.estimator).set_params(
                **{name: clone(value, safe=False) for name, value in self.best_params_.items()}
            )
            started = time.perf_counter()
            self.best_estimator_.fit(*((X,) if y is None else (X, y)), **params)
            self.refit_time_ = time.perf_counter() - started
            if hasattr(self.best_estimator_, "feature_names_in_"):
                self.feature_names_in_ = self.best_estimator_.feature_names_in_
        return self

    def _format_results(
        self, candidates: list[dict], n_splits: int, results: list[dict], scorers: Any
    ) -> dict:
        table: dict[str, Any] = {}

        def per_split(values: list) -> np.ndarray:
            return np.asarray(values, dtype=np.float64).reshape(len(candidates), n_splits)

        for key in ("fit_time", "score_time"):
            times = per_split([r[key] for r in results])
            table[f"mean_{key}"], table[f"std_{key}"] = times.mean(axis=1), times.std(axis=1)
        for name in sorted({name for c in candidates for name in c}):
            table[f"param_{name}"] = _param_column(candidates, name)
        table["params"] = candidates
        names = list(scorers) if isinstance(scorers, dict) else ["score"]
        sets = ("test", "train") if self.return_train_score else ("test",)
        for name in names:
            for subset in sets:
                scores = per_split(
                    [
                        r[f"{subset}_scores"][name] if isinstance(scorers, dict) else r[f"{subset}_scores"]
                        for r in results
                    ]
                )
                for i in range(n_splits):
                    table[f"split{i}_{subset}_{name}"] = scores[:, i]
                table[f"mean_{subset}_{name}"] = scores.mean(axis=1)
                table[f"std_{subset}_{name}"] = scores.std(axis=1)
                if subset == "test":
                    table[f"rank_test_{name}"] = _rank_descending(table[f"mean_test_{name}"])
        return table

    # Prediction is delegated to the refitted best estimator.
    def _best(self) -> Any:
        if "best_estimator_" not in self.__dict__:
            raise not_fitted(self)
        return self.best_estimator_

    @_IfBestEstimatorHas
    def predict(self, X: Any) -> Any:
        """The best estimator's ``predict``."""
        return self._best().predict(X)

    @_IfBestEstimatorHas
    def predict_proba(self, X: Any) -> Any:
        """The best estimator's ``predict_proba``."""
        return self._best().predict_proba(X)

    @_IfBestEstimatorHas
    def predict_log_proba(self, X: Any) -> Any:
        """The best estimator's ``predict_log_proba``."""
        return self._best().predict_log_proba(X)

    @_IfBestEstimatorHas
    def decision_function(self, X: Any) -> Any:
        """The best estimator's ``decision_function``."""
        return self._best().decision_function(X)

    @_IfBestEstimatorHas
    def score_samples(self, X: Any) -> Any:
        """The best estimator's ``score_samples``."""
        return self._best().score_samples(X)

    @_IfBestEstimatorHas
    def transform(self, X: Any) -> Any:
        """The best estimator's ``transform``."""
        return self._best().transform(X)

    @_IfBestEstimatorHas
    def inverse_transform(self, X: Any) -> Any:
        """The best estimator's ``inverse_transform``."""
        return self._best().inverse_transform(X)

    def score(self, X: Any, y: Any = None, **params: Any) -> float:
        """The refitted best estimator's score with ``scoring`` (its own ``score`` if None)."""
        best = self._best()
        scorer = self.scorer_[self.refit] if self.multimetric_ else self.scorer_
        return scorer(best, X, y, **params)

    @property
    def classes_(self) -> np.ndarray:
        return self._best().classes_

    @property
    def n_features_in_(self) -> int:
        try:
            return self._best().n_features_in_
        except NotFittedError as error:
            raise AttributeError(f"{type(self).__name__} object has no attribute 'n_features_in_'") from error

    def __sklearn_tags__(self):
        from sklearn.utils import get_tags

        tags = super().__sklearn_tags__()
        inner = get_tags(self.estimator)
        tags.estimator_type = inner.estimator_type
        tags.classifier_tags = deepcopy(inner.classifier_tags)
        tags.regressor_tags = deepcopy(inner.regressor_tags)
        tags.transformer_tags = deepcopy(inner.transformer_tags)
        tags.input_tags.pairwise = inner.input_tags.pairwise
        tags.input_tags.sparse = inner.input_tags.sparse
        tags.target_tags = deepcopy(inner.target_tags)
        return tags
