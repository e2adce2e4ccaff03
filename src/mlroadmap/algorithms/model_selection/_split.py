"""Splitting data to estimate how a model does on data it has not seen.

A hold-out split (``train_test_split``) sets aside a test set once. K-fold cross-validation
(``KFold``) cuts the samples into ``k`` folds and lets each fold be the test set once, so
every sample is tested exactly once; ``StratifiedKFold`` keeps each class's share the same
in every fold, and ``LeaveOneOut`` is k-fold with one sample per fold. Splitters yield
``(train_indices, test_indices)`` pairs, never data, so any array-like can be indexed.
"""

from __future__ import annotations

import math
import numbers
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import ClassifierMixin
from mlroadmap.algorithms.metrics._targets import type_of_target
from mlroadmap.algorithms.validation import check_random_state, column_or_1d


def num_samples(X: Any) -> int:
    """The number of rows of an array-like (its first dimension): arrays, sparse matrices,
    data frames, lists, and objects that only convert to arrays."""
    if X is None:
        raise ValueError("The 'X' parameter should not be None.")
    shape = getattr(X, "shape", None)
    if shape is not None and len(shape) > 0:
        return int(shape[0])
    if hasattr(X, "__len__"):
        return len(X)
    if hasattr(X, "__array__"):
        return int(np.asarray(X).shape[0])
    raise TypeError(f"Expected sequence or array-like, got {type(X)}")


def check_same_rows(*arrays: Any) -> None:
    """All the (non-None) arrays have the same number of samples."""
    lengths = [num_samples(a) for a in arrays if a is not None]
    if len(set(lengths)) > 1:
        raise ValueError(f"Found input variables with inconsistent numbers of samples: {lengths!r}")


def index_rows(X: Any, indices: np.ndarray) -> Any:
    """The rows ``indices`` of ``X``, keeping its type (array, DataFrame/Series, sparse, list)."""
    if X is None:
        return None
    if hasattr(X, "iloc"):
        return X.iloc[indices]
    if type(X).__module__.startswith("scipy.sparse") and X.format not in ("csr", "csc", "lil"):
        X = X.tocsr()  # COO, DIA, BSR... cannot select rows
    if hasattr(X, "shape"):
        return X[indices]
    if isinstance(X, list | tuple):
        return [X[i] for i in indices]
    return np.asarray(X)[indices]


class _Splitter:
    """What every splitter shares: ``split`` yields ``(train, test)`` index arrays; the
    repr lists the constructor's arguments, sorted, as scikit-learn's does."""

    def split(self, X: Any, y: Any = None, groups: Any = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        check_same_rows(X, y, groups)
        n_samples = num_samples(X)
        everything = np.arange(n_samples)
        for test_index in self._test_indices(X, y):
            in_test = np.zeros(n_samples, dtype=bool)
            in_test[test_index] = True
            yield everything[~in_test], everything[in_test]  # both in increasing order

    def _test_indices(self, X: Any, y: Any) -> Iterator[np.ndarray]:
        raise NotImplementedError

    def __repr__(self) -> str:
        names = sorted(vars(self))
        return f"{type(self).__name__}({', '.join(f'{name}={getattr(self, name)!r}' for name in names)})"


class KFold(_Splitter):
    """``n_splits`` consecutive folds (after an optional shuffle); each is the test set once.

    With ``n`` samples the first ``n % n_splits`` folds hold ``n // n_splits + 1`` samples,
    the others ``n // n_splits``.
    """

    def __init__(self, n_splits: int = 5, *, shuffle: bool = False, random_state: Any = None) -> None:
        _check_fold_arguments(n_splits, shuffle, random_state)
        self.n_splits = int(n_splits)
        self.shuffle = shuffle
        self.random_state = random_state

    def _test_indices(self, X: Any, y: Any) -> Iterator[np.ndarray]:
        n_samples = num_samples(X)
        _check_enough_samples(self.n_splits, n_samples)
        indices = np.arange(n_samples)
        if self.shuffle:
            check_random_state(self.random_state).shuffle(indices)
        fold_sizes = np.full(self.n_splits, n_samples // self.n_splits)
        fold_sizes[: n_samples % self.n_splits] += 1
        stops = np.cumsum(fold_sizes)
        for start, stop in zip(stops - fold_sizes, stops, strict=True):
            yield indices[start:stop]

    def get_n_splits(self, X: Any = None, y: Any = None, groups: Any = None) -> int:
        return self.n_splits


class StratifiedKFold(_Splitter):
    """K folds in which every class keeps (as nearly as possible) its share of the samples.

    Allocation: sort the labels by class (classes in order of first appearance) and deal
    them out to the folds in turn, like cards; fold ``f`` gets the sorted positions
    ``f, f + k, f + 2k, ...``. Then, class by class, the samples of that class (in data
    order, or shuffled) fill the folds in fold order with the counts dealt. Fold sizes thus
    differ by at most one and each class's counts differ by at most one between folds.
    """

    def __init__(self, n_splits: int = 5, *, shuffle: bool = False, random_state: Any = None) -> None:
        _check_fold_arguments(n_splits, shuffle, random_state)
        self.n_splits = int(n_splits)
        self.shuffle = shuffle
        self.random_state = random_state

    def split(self, X: Any, y: Any, groups: Any = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        if y is None:
            raise ValueError("StratifiedKFold requires y to be passed, but the target y is None.")
        return super().split(X, y, groups)

    def _test_indices(self, X: Any, y: Any) -> Iterator[np.ndarray]:
        fold_of = self._fold_of_each_sample(np.asarray(y))
        for fold in range(self.n_splits):
            yield np.flatnonzero(fold_of == fold)

    def _fold_of_each_sample(self, y: np.ndarray) -> np.ndarray:
        target_type = type_of_target(y, input_name="y")
        if target_type not in ("binary", "multiclass"):
            raise ValueError(
                f"Supported target types are: ('binary', 'multiclass'). Got {target_type!r} instead."
            )
        y = column_or_1d(y)
        _check_enough_samples(self.n_splits, len(y))
        # Encode classes by order of first appearance: 0 is the first label seen in y.
        _, first_seen, sorted_code = np.unique(y, return_index=True, return_inverse=True)
        appearance_rank = np.argsort(np.argsort(first_seen))
        y_code = appearance_rank[sorted_code.ravel()]
        n_classes = len(first_seen)
        class_counts = np.bincount(y_code, minlength=n_classes)
        if np.all(self.n_splits > class_counts):
            raise ValueError(
                f"n_splits={self.n_splits} cannot be greater than the number of members in each class."
            )
        if self.n_splits > class_counts.min():
            warnings.warn(
                f"The least populated class in y has only {class_counts.min()} members, which is less than "
                f"n_splits={self.n_splits}.",
                UserWarning,
                stacklevel=4,
            )
        # Deal the class-sorted labels round-robin: count[f, c] = members of c dealt to fold f.
        dealt_to = np.arange(len(y)) % self.n_splits
        count = np.bincount(dealt_to * n_classes + np.sort(y_code), minlength=self.n_splits * n_classes)
        count = count.reshape(self.n_splits, n_classes)
        rng = check_random_state(self.random_state)
        fold_of = np.empty(len(y), dtype=np.intp)
        for c in range(n_classes):
            folds_of_class = np.repeat(np.arange(self.n_splits), count[:, c])
            if self.shuffle:
                rng.shuffle(folds_of_class)
            fold_of[y_code == c] = folds_of_class
        return fold_of

    def get_n_splits(self, X: Any = None, y: Any = None, groups: Any = None) -> int:
        return self.n_splits


class LeaveOneOut(_Splitter):
    """Each sample is the test set once: ``n`` splits of ``n - 1`` training samples."""

    def _test_indices(self, X: Any, y: Any) -> Iterator[np.ndarray]:
        n_samples = num_samples(X)
        if n_samples <= 1:
            raise ValueError(f"Cannot perform LeaveOneOut with n_samples={n_samples}.")
        for i in range(n_samples):
            yield np.array([i])

    def get_n_splits(self, X: Any = None, y: Any = None, groups: Any = None) -> int:
        if X is None:
            raise ValueError("The 'X' parameter should not be None.")
        return num_samples(X)


def _check_fold_arguments(n_splits: Any, shuffle: Any, random_state: Any) -> None:
    if not isinstance(n_splits, numbers.Integral):
        raise ValueError(
            f"The number of folds must be of Integral type. {n_splits!r} of type {type(n_splits)} was passed."
        )
    if n_splits <= 1:
        raise ValueError(
            "k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, "
            f"got n_splits={n_splits}."
        )
    if not isinstance(shuffle, bool):
        raise TypeError(f"shuffle must be True or False; got {shuffle}")
    if not shuffle and random_state is not None:
        raise ValueError(
            "Setting a random_state has no effect since shuffle is False. You should leave random_state "
            "to its default (None), or set shuffle=True."
        )


def _check_enough_samples(n_splits: int, n_samples: int) -> None:
    if n_splits > n_samples:
        raise ValueError(
            f"Cannot have number of splits n_splits={n_splits} greater than the number of samples: "
            f"n_samples={n_samples}."
        )


def is_classifier(estimator: Any) -> bool:
    """Whether ``estimator`` is a classifier, without importing scikit-learn.

    Our classifiers derive from our ClassifierMixin. A scikit-learn estimator can only
    exist if scikit-learn is already imported, and then its tags say it.
    """
    if isinstance(estimator, ClassifierMixin):
        return True
    if "sklearn" in sys.modules and hasattr(estimator, "__sklearn_tags__"):
        return estimator.__sklearn_tags__().estimator_type == "classifier"
    return getattr(estimator, "_estimator_type", None) == "classifier"


def requires_y(estimator: Any) -> bool:
    """Whether ``estimator.fit`` needs a target (classifiers and regressors do)."""
    if getattr(estimator, "_requires_y", False):
        return True
    if "sklearn" in sys.modules and hasattr(estimator, "__sklearn_tags__"):
        return bool(estimator.__sklearn_tags__().target_tags.required)
    return False


def check_cv(cv: Any = 5, y: Any = None, *, classifier: bool = False) -> Any:
    """A splitter from ``cv``: None means 5 folds; an int ``k`` means ``StratifiedKFold(k)``
    for a classifier on a binary or multiclass ``y``, else ``KFold(k)``; a splitter (or an
    iterable of ``(train, test)`` pairs) is used as is."""
    cv = 5 if cv is None else cv
    if isinstance(cv, numbers.Integral):
        if classifier and y is not None and type_of_target(y) in ("binary", "multiclass"):
            return StratifiedKFold(cv)
        return KFold(cv)
    if hasattr(cv, "split") and hasattr(cv, "get_n_splits"):
        return cv
    if isinstance(cv, str) or not hasattr(cv, "__iter__"):
        raise ValueError(
            "Expected cv as an integer, cross-validation object (from sklearn.model_selection) or an "
            f"iterable. Got {cv}."
        )
    return _FixedSplits(list(cv))


class _FixedSplits:
    """An explicit list of ``(train, test)`` index pairs, used as a splitter."""

    def __init__(self, splits: list) -> None:
        self.splits = splits

    def split(
        self, X: Any = None, y: Any = None, groups: Any = None
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for train, test in self.splits:
            yield np.asarray(train), np.asarray(test)

    def get_n_splits(self, X: Any = None, y: Any = None, groups: Any = None) -> int:
        return len(self.splits)


def _split_sizes(
    n_samples: int, test_size: Any, train_size: Any, default_test_size: float
) -> tuple[int, int]:
    """``(n_train, n_test)``: a float share of the test set is rounded up (``ceil``), a float
    share of the training set down (``floor``); an int is a count; the unset one is the rest."""
    if test_size is None and train_size is None:
        test_size = default_test_size
    test_kind, train_kind = np.asarray(test_size).dtype.kind, np.asarray(train_size).dtype.kind
    for name, size, kind in (("test_size", test_size, test_kind), ("train_size", train_size, train_kind)):
        if (kind == "i" and (size >= n_samples or size <= 0)) or (kind == "f" and (size <= 0 or size >= 1)):
            raise ValueError(
                f"{name}={size} should be either positive and smaller than the number of samples "
                f"{n_samples} or a float in the (0, 1) range"
            )
        if size is not None and kind not in "if":
            raise ValueError(f"Invalid value for {name}: {size}")
    if test_kind == "f" and train_kind == "f" and train_size + test_size > 1:
        raise ValueError(
            f"The sum of test_size and train_size = {train_size + test_size}, should be in the (0, 1) range. "
            "Reduce test_size and/or train_size."
        )
    n_test = math.ceil(test_size * n_samples) if test_kind == "f" else test_size
    n_train = math.floor(train_size * n_samples) if train_kind == "f" else train_size
    if train_size is None:
        n_train = n_samples - n_test
    elif test_size is None:
        n_test = n_samples - n_train
    if n_train + n_test > n_samples:
        raise ValueError(
            f"The sum of train_size and test_size = {int(n_train + n_test)}, should be smaller than the "
            f"number of samples {n_samples}. Reduce test_size and/or train_size."
        )
    n_train, n_test = int(n_train), int(n_test)
    if n_train == 0:
        raise ValueError(
            f"With n_samples={n_samples}, test_size={test_size} and train_size={train_size}, the resulting "
            "train set will be empty. Adjust any of the aforementioned parameters."
        )
    return n_train, n_test


def _share_out(counts: np.ndarray, n_draws: int, rng: np.random.RandomState) -> np.ndarray:
    """Split ``n_draws`` among classes in proportion to ``counts`` (largest remainders):
    each class gets the floor of its exact share, and the draws left over go to the classes
    with the largest fractional parts, ties broken at random."""
    exact = counts / counts.sum() * n_draws
    shares = np.floor(exact).astype(np.int64)
    left_over = n_draws - int(shares.sum())
    if left_over > 0:
        remainder = exact - shares
        order = np.lexsort((rng.permutation(len(counts)), -remainder))
        shares[order[:left_over]] += 1
    return shares


def _stratified_split(y: Any, n_train: int, n_test: int, rng: np.random.RandomState) -> tuple:
    y = np.asarray(y)
    if y.ndim == 2:  # a multi-label target: each distinct row is one stratum
        y = np.array([" ".join(row.astype(str)) for row in y])
    classes, y_code, counts = np.unique(y, return_inverse=True, return_counts=True)
    y_code = y_code.ravel()
    if counts.min() < 2:
        raise ValueError(
            "The least populated classes in y have only 1 member, which is too few. The minimum number of "
            f"groups for any class cannot be less than 2. Classes with too few members are: "
            f"{classes[counts < 2].tolist()}"
        )
    if n_train < len(classes):
        raise ValueError(
            f"The train_size = {n_train} should be greater or equal to the number of classes = {len(classes)}"
        )
    if n_test < len(classes):
        raise ValueError(
            f"The test_size = {n_test} should be greater or equal to the number of classes = {len(classes)}"
        )
    train_counts = _share_out(counts, n_train, rng)
    test_counts = _share_out(counts - train_counts, n_test, rng)
    train, test = [], []
    for c in range(len(classes)):
        members = rng.permutation(np.flatnonzero(y_code == c))
        train.append(members[: train_counts[c]])
        test.append(members[train_counts[c] : train_counts[c] + test_counts[c]])
    return rng.permutation(np.concatenate(train)), rng.permutation(np.concatenate(test))


def train_test_split(
    *arrays: Any,
    test_size: float | int | None = None,
    train_size: float | int | None = None,
    random_state: Any = None,
    shuffle: bool = True,
    stratify: Any = None,
) -> list:
    """Split arrays into random train and test subsets: ``[a_train, a_test, b_train, b_test, ...]``.

    By default a quarter of the samples (rounded up) is the test set. ``stratify=y`` keeps
    each class's share in both subsets (the per-class counts are the shares rounded by
    largest remainders). The sizes follow scikit-learn's rounding exactly; which samples
    land where is our own draw, so the same ``random_state`` gives a different split than
    scikit-learn's.
    """
    if not arrays:
        raise ValueError("At least one array required as input")
    check_same_rows(*arrays)
    n_samples = num_samples(arrays[0])
    n_train, n_test = _split_sizes(n_samples, test_size, train_size, default_test_size=0.25)
    if not shuffle:
        if stratify is not None:
            raise ValueError("Stratified train/test split is not implemented for shuffle=False")
        train, test = np.arange(n_train), np.arange(n_train, n_train + n_test)
    elif stratify is not None:
        check_same_rows(arrays[0], stratify)
        train, test = _stratified_split(stratify, n_train, n_test, check_random_state(random_state))
    else:
        permutation = check_random_state(random_state).permutation(n_samples)
        test, train = permutation[:n_test], permutation[n_test : n_test + n_train]
    return [part for a in arrays for part in (index_rows(a, train), index_rows(a, test))]
