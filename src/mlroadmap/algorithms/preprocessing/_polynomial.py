"""Polynomial features: every product of input features up to a given degree."""

from __future__ import annotations

import numbers
from itertools import chain, combinations, combinations_with_replacement
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.preprocessing._feature_names import feature_names_in
from mlroadmap.algorithms.validation import check_is_fitted, validate_data


class PolynomialFeatures(TransformerMixin, BaseEstimator):
    r"""All monomials :math:`x_0^{p_0} x_1^{p_1} \cdots` with total degree :math:`\sum p_j \le d`.

    For two features and degree 2: :math:`[1, x_0, x_1, x_0^2, x_0 x_1, x_1^2]`. Each output
    column is one row of ``powers_`` (its exponents). Terms come by increasing degree and,
    within a degree, in lexicographic order of the feature indices
    (``itertools.combinations_with_replacement``), the order scikit-learn uses.
    ``interaction_only=True`` keeps only products of distinct features (no :math:`x_j^2`).
    ``degree=(min_degree, max_degree)`` keeps the degrees in that range (plus the bias).
    """

    def __init__(
        self,
        degree: int | tuple[int, int] = 2,
        *,
        interaction_only: bool = False,
        include_bias: bool = True,
        order: str = "C",
    ) -> None:
        self.degree = degree
        self.interaction_only = interaction_only
        self.include_bias = include_bias
        self.order = order

    def _degree_range(self) -> tuple[int, int]:
        degree = self.degree
        if isinstance(degree, numbers.Integral) and not isinstance(degree, bool) and degree >= 0:
            low, high = 0, int(degree)
        elif (
            isinstance(degree, tuple)
            and len(degree) == 2
            and all(isinstance(d, numbers.Integral) and d >= 0 for d in degree)
            and degree[0] <= degree[1]
        ):
            low, high = int(degree[0]), int(degree[1])
        elif isinstance(degree, tuple):
            raise ValueError(
                "degree=(min_degree, max_degree) must be non-negative integers that fulfil "
                f"min_degree <= max_degree, got {degree}."
            )
        else:
            raise ValueError(
                f"degree must be a non-negative int or tuple (min_degree, max_degree), got {degree}."
            )
        if high == 0 and not self.include_bias:
            raise ValueError(
                "Setting degree to zero and include_bias to False would result in an empty output array."
            )
        return low, high

    def _combinations(self, n_features: int) -> list[tuple[int, ...]]:
        """The feature indices multiplied in each output column, in output order."""
        low, high = self._degree_range()
        choose = combinations if self.interaction_only else combinations_with_replacement
        terms = chain.from_iterable(choose(range(n_features), d) for d in range(max(1, low), high + 1))
        return ([()] if self.include_bias else []) + list(terms)

    def fit(self, X: Any, y: Any = None) -> PolynomialFeatures:
        X = validate_data(self, X)
        combos = self._combinations(X.shape[1])
        powers = np.zeros((len(combos), X.shape[1]), dtype=np.intp)
        for row, combo in zip(powers, combos, strict=True):
            np.add.at(row, list(combo), 1)
        self.powers_ = powers
        self.n_output_features_ = len(combos)
        self._terms = combos
        return self

    def transform(self, X: Any) -> np.ndarray:
        r"""Column :math:`k` is :math:`\prod_{j \in \text{term}_k} x_j`, a product of
        (possibly repeated) input columns."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        out = np.empty((X.shape[0], self.n_output_features_), dtype=np.float64, order=self.order)
        for k, term in enumerate(self._terms):
            out[:, k] = np.prod(X[:, list(term)], axis=1)  # the empty product (bias) is 1
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """``"1"``, ``"x0"``, ``"x0^2"``, ``"x0 x1"``...: each term's factors with their powers."""
        check_is_fitted(self)
        features = feature_names_in(self, input_features)
        names = []
        for row in self.powers_:
            factors = [features[j] if p == 1 else f"{features[j]}^{p}" for j, p in enumerate(row) if p]
            names.append(" ".join(factors) if factors else "1")
        return np.asarray(names, dtype=object)
