"""The estimator protocol of scikit-learn, without importing scikit-learn.

``get_params``/``set_params`` read the constructor's signature, so ``clone``,
``Pipeline`` and ``GridSearchCV`` work. ``__sklearn_tags__`` is only ever called by
scikit-learn itself, so it may import scikit-learn's tag classes on the spot.
"""

from __future__ import annotations

import copy
import inspect
from typing import Any


class BaseEstimator:
    """Hyper-parameters are the ``__init__`` arguments, stored unchanged under the same names."""

    @classmethod
    def _param_names(cls) -> list[str]:
        init = cls.__init__
        if init is object.__init__:
            return []
        parameters = inspect.signature(init).parameters.values()
        for p in parameters:
            if p.kind is p.VAR_POSITIONAL:
                raise RuntimeError(
                    f"{cls.__name__}.__init__ may not take *args: scikit-learn cannot clone it"
                )
        return sorted(p.name for p in parameters if p.name != "self" and p.kind is not p.VAR_KEYWORD)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        params = {}
        for name in self._param_names():
            value = getattr(self, name)
            if deep and hasattr(value, "get_params") and not isinstance(value, type):
                params.update((f"{name}__{k}", v) for k, v in value.get_params().items())
            params[name] = value
        return params

    def set_params(self, **params: Any) -> BaseEstimator:
        valid = self.get_params(deep=True)
        nested: dict[str, dict[str, Any]] = {}
        for key, value in params.items():
            name, _, sub = key.partition("__")
            if name not in valid:
                raise ValueError(
                    f"Invalid parameter {name!r} for estimator {self}. "
                    f"Valid parameters are: {sorted(self._param_names())!r}."
                )
            if sub:
                nested.setdefault(name, {})[sub] = value
            else:
                setattr(self, name, value)
                valid[name] = value
        for name, sub_params in nested.items():
            valid[name].set_params(**sub_params)
        return self

    def __repr__(self) -> str:
        defaults = {name: p.default for name, p in inspect.signature(type(self).__init__).parameters.items()}
        shown = []
        for name in self._param_names():
            value = getattr(self, name, None)
            default = defaults.get(name, inspect.Parameter.empty)
            if default is inspect.Parameter.empty or not _same(value, default):
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __sklearn_tags__(self):
        from sklearn.utils import InputTags, Tags, TargetTags

        return Tags(estimator_type=None, target_tags=TargetTags(required=False), input_tags=InputTags())


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a is b or a == b)
    except (TypeError, ValueError):  # arrays compare element-wise
        return False


class ClassifierMixin:
    """``score`` is the accuracy; the target is required."""

    _requires_y = True

    def __sklearn_tags__(self):
        from sklearn.utils import ClassifierTags

        tags = super().__sklearn_tags__()
        tags.estimator_type = "classifier"
        tags.classifier_tags = ClassifierTags()
        tags.target_tags.required = True
        return tags

    def score(self, X: Any, y: Any, sample_weight: Any = None) -> float:
        from mlroadmap.algorithms.metrics import accuracy_score

        return accuracy_score(y, self.predict(X), sample_weight=sample_weight)


class RegressorMixin:
    """``score`` is the coefficient of determination R²; the target is required."""

    _requires_y = True

    def __sklearn_tags__(self):
        from sklearn.utils import RegressorTags

        tags = super().__sklearn_tags__()
        tags.estimator_type = "regressor"
        tags.regressor_tags = RegressorTags()
        tags.target_tags.required = True
        return tags

    def score(self, X: Any, y: Any, sample_weight: Any = None) -> float:
        from mlroadmap.algorithms.metrics import r2_score

        return r2_score(y, self.predict(X), sample_weight=sample_weight)


class TransformerMixin:
    """``fit_transform`` is ``fit`` then ``transform``; estimators may compute it faster."""

    def __sklearn_tags__(self):
        from sklearn.utils import TransformerTags

        tags = super().__sklearn_tags__()
        tags.transformer_tags = TransformerTags(preserves_dtype=["float64"])
        return tags

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> Any:
        return self.fit(X, y, **fit_params).transform(X)


class ClusterMixin:
    """``fit_predict`` returns ``labels_``."""

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.estimator_type = "clusterer"
        return tags

    def fit_predict(self, X: Any, y: Any = None, **fit_params: Any) -> Any:
        self.fit(X, y, **fit_params)
        return self.labels_


def clone(estimator: Any, *, safe: bool = True) -> Any:
    """An unfitted copy of ``estimator`` (or a list/tuple/set of estimators): scikit-learn's
    ``clone`` protocol, ``type(est)(**est.get_params(deep=False))`` with estimator-valued
    parameters cloned in turn and anything else deep-copied. Works for our estimators and
    for scikit-learn's.

    With ``safe=False`` an object without ``get_params`` is deep-copied instead of refused.
    """
    if isinstance(estimator, list | tuple | set | frozenset):
        return type(estimator)(clone(e, safe=safe) for e in estimator)
    if not hasattr(estimator, "get_params") or isinstance(estimator, type):
        if not safe:
            return copy.deepcopy(estimator)
        if isinstance(estimator, type):
            raise TypeError(
                f"Cannot clone object. You should provide an instance of scikit-learn estimator instead of "
                f"a class: {estimator!r}."
            )
        raise TypeError(
            f"Cannot clone object '{estimator!r}' (type {type(estimator)}): it does not seem to be a "
            "scikit-learn estimator as it does not implement a 'get_params' method."
        )
    params = {name: clone(value, safe=False) for name, value in estimator.get_params(deep=False).items()}
    fresh = type(estimator)(**params)
    # The constructor must store its arguments unchanged, or the copy would differ.
    rebuilt = fresh.get_params(deep=False)
    for name, value in params.items():
        if rebuilt[name] is not value:
            raise RuntimeError(
                f"Cannot clone object {estimator!r}, as the constructor either does not set or modifies "
                f"parameter {name}"
            )
    # Settings made by methods rather than the constructor, kept as scikit-learn keeps them.
    for attribute in ("_metadata_request", "_sklearn_output_config"):
        if attribute in vars(estimator):
            setattr(fresh, attribute, copy.deepcopy(getattr(estimator, attribute)))
    return fresh
