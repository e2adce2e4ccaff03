"""Scorers: a metric turned into ``scorer(estimator, X, y) -> float``, greater is better.

Model selection compares candidates by one number where higher is better, so a loss
``L`` becomes the score ``-L`` (the ``neg_`` names). A scorer also knows which output
of the estimator its metric needs: labels (``predict``), scores (``decision_function``)
or probabilities (``predict_proba``). For a binary classifier the scores or probabilities
are reduced to those of the positive class, ``classes_[1]`` unless ``pos_label`` says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.algorithms.metrics._classification import (
    accuracy_score,
    f1_score,
    log_loss,
    precision_score,
    recall_score,
)
from mlroadmap.algorithms.metrics._ranking import roc_auc_score
from mlroadmap.algorithms.metrics._regression import (
    mean_absolute_error,
    mean_squared_error,
    r2_score,
    root_mean_squared_error,
)


class _Scorer:
    def __init__(self, score_func: Callable, sign: int, kwargs: dict, response_method: str | tuple) -> None:
        self._score_func = score_func
        self._sign = sign
        self._kwargs = kwargs
        self._response_method = response_method

    def __repr__(self) -> str:
        extra = "".join(f", {k}={v!r}" for k, v in self._kwargs.items())
        sign = "" if self._sign > 0 else ", greater_is_better=False"
        method = self._response_method
        response = "" if method == "predict" else f", response_method={method!r}"
        return f"make_scorer({self._score_func.__name__}{sign}{response}{extra})"

    def _response(self, estimator: Any, X: Any) -> Any:
        methods = (
            (self._response_method,) if isinstance(self._response_method, str) else self._response_method
        )
        name = next((m for m in methods if hasattr(estimator, m)), None)
        if name is None:
            raise AttributeError(
                f"{type(estimator).__name__} has none of the following attributes: {', '.join(methods)}."
            )
        output = getattr(estimator, name)(X)
        classes = getattr(estimator, "classes_", None)
        if name == "predict" or classes is None or len(classes) != 2:
            return output
        pos_label = self._kwargs.get("pos_label")
        pos_label = classes[-1] if pos_label is None else pos_label
        if pos_label not in classes.tolist():
            raise ValueError(f"pos_label={pos_label} is not a valid label: It should be one of {classes}")
        if name in ("predict_proba", "predict_log_proba"):
            return output[:, np.flatnonzero(classes == pos_label)[0]]
        return -output if pos_label == classes[0] else output  # decision_function

    def __call__(self, estimator: Any, X: Any, y_true: Any, sample_weight: Any = None) -> float:
        y_pred = self._response(estimator, X)
        kwargs = dict(self._kwargs)
        if sample_weight is not None:
            kwargs["sample_weight"] = sample_weight
        return self._sign * self._score_func(y_true, y_pred, **kwargs)


def make_scorer(
    score_func: Callable,
    *,
    response_method: str | tuple = "predict",
    greater_is_better: bool = True,
    **kwargs: Any,
) -> _Scorer:
    """A scorer calling ``score_func(y, response, **kwargs)``, negated if ``greater_is_better`` is False."""
    return _Scorer(score_func, 1 if greater_is_better else -1, kwargs, response_method)


_SCORES = ("decision_function", "predict_proba")
_SCORERS: dict[str, _Scorer] = {
    "accuracy": make_scorer(accuracy_score),
    "r2": make_scorer(r2_score),
    "neg_mean_squared_error": make_scorer(mean_squared_error, greater_is_better=False),
    "neg_root_mean_squared_error": make_scorer(root_mean_squared_error, greater_is_better=False),
    "neg_mean_absolute_error": make_scorer(mean_absolute_error, greater_is_better=False),
    "neg_log_loss": make_scorer(log_loss, greater_is_better=False, response_method="predict_proba"),
    "roc_auc": make_scorer(roc_auc_score, response_method=_SCORES),
    "roc_auc_ovr": make_scorer(roc_auc_score, response_method="predict_proba", multi_class="ovr"),
    "roc_auc_ovo": make_scorer(roc_auc_score, response_method="predict_proba", multi_class="ovo"),
    "roc_auc_ovr_weighted": make_scorer(
        roc_auc_score, response_method="predict_proba", multi_class="ovr", average="weighted"
    ),
    "roc_auc_ovo_weighted": make_scorer(
        roc_auc_score, response_method="predict_proba", multi_class="ovo", average="weighted"
    ),
}
for _name, _metric in (("precision", precision_score), ("recall", recall_score), ("f1", f1_score)):
    _SCORERS[_name] = make_scorer(_metric, average="binary")
    for _average in ("macro", "micro", "weighted"):
        _SCORERS[f"{_name}_{_average}"] = make_scorer(_metric, pos_label=None, average=_average)


def get_scorer_names() -> list[str]:
    return sorted(_SCORERS)


def get_scorer(scoring: str | Callable) -> Callable:
    """The scorer named ``scoring`` (see :func:`get_scorer_names`); a callable is returned as is."""
    if callable(scoring):
        return scoring
    try:
        return _SCORERS[scoring]
    except (KeyError, TypeError):
        raise ValueError(
            f"{scoring!r} is not a valid scoring value. Use sklearn.metrics.get_scorer_names() to get "
            "valid options."
        ) from None


def _passthrough_score(estimator: Any, X: Any, y: Any, sample_weight: Any = None) -> float:
    """The estimator's own ``score`` method."""
    if sample_weight is not None:
        return estimator.score(X, y, sample_weight=sample_weight)
    return estimator.score(X, y)


def check_scoring(estimator: Any, scoring: str | Callable | None = None) -> Callable:
    """The scorer for ``scoring``, or the estimator's ``score`` method when it is None."""
    if scoring is not None:
        return get_scorer(scoring)
    if not hasattr(estimator, "score"):
        raise TypeError(
            f"If no scoring is specified, the estimator passed should have a 'score' method. "
            f"The estimator {estimator!r} does not."
        )
    return _passthrough_score
