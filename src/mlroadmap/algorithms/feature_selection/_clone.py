"""A fresh, unfitted copy of an estimator with the same hyper-parameters, without scikit-learn.

RFE refits its estimator many times and must not import scikit-learn's ``clone``; this
follows the same protocol: ``type(e)(**e.get_params(deep=False))``, cloning nested
estimators and deep-copying every other parameter.
"""

from __future__ import annotations

import copy
from typing import Any


def clone(estimator: Any) -> Any:
    if isinstance(estimator, list | tuple | set | frozenset):
        return type(estimator)(clone(e) for e in estimator)
    if not hasattr(estimator, "get_params") or isinstance(estimator, type):
        return copy.deepcopy(estimator)
    params = {name: clone(value) for name, value in estimator.get_params(deep=False).items()}
    return type(estimator)(**params)
