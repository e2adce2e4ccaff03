"""Check of exercise 02: stratified_fold_ids (StratifiedKFold(shuffle=False)'s test_folds)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_penguins, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(12)
    imbalanced = rng.choice([3, 1, 7], size=57, p=[0.7, 0.2, 0.1])
    penguins = load_penguins()
    islands = np.array([str(s) for s in penguins["island"]])
    return [
        Case("10 samples of 2 classes, 2 folds", (np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]), 2)),
        Case(
            "7 + 5 samples, 3 folds: class 1 starts where class 0 stopped",
            (np.r_[np.zeros(7, int), np.ones(5, int)], 3),
        ),
        Case(
            "labels 2 before 0 before 1 in y, 3 folds", (np.array([2, 2, 0, 1, 2, 0, 1, 2, 0, 2, 1, 0, 2]), 3)
        ),
        Case(
            "string labels, interleaved, 2 folds",
            (np.array(["b", "a", "b", "a", "a", "b", "b", "a", "c", "c", "c"]), 2),
        ),
        Case("57 imbalanced samples, labels 3, 1, 7, 4 folds, seed 12", (imbalanced, 4)),
        Case("a class of 2 samples with 3 folds", (np.array([0, 1, 0, 0, 1, 0, 0, 2, 2, 0]), 3)),
        Case("wine, 5 folds", (load_wine().target, 5)),
        Case("breast cancer, 10 folds", (load_breast_cancer().target, 10)),
        Case("penguins: the island, 4 folds", (islands, 4)),
    ]


def _codes(y, by_appearance=True):
    _, first, inverse = np.unique(y, return_index=True, return_inverse=True)
    return np.argsort(np.argsort(first))[inverse] if by_appearance else inverse


def _assign(codes, n_splits, continue_dealing=True, blocks=True):
    counts = np.bincount(codes)
    starts = np.cumsum(counts) - counts if continue_dealing else np.zeros_like(counts)
    folds = np.empty(len(codes), dtype=np.int64)
    for c, (start, count) in enumerate(zip(starts, counts, strict=True)):
        if blocks:
            quota = np.bincount(np.arange(start, start + count) % n_splits, minlength=n_splits)
            folds[codes == c] = np.repeat(np.arange(n_splits), quota)
        else:
            folds[codes == c] = np.arange(start, start + count) % n_splits
    return folds


def each_class_from_fold_0(y, n_splits):
    return _assign(_codes(y), n_splits, continue_dealing=False)


def sorted_label_order(y, n_splits):
    return _assign(_codes(y, by_appearance=False), n_splits)


def round_robin_within_class(y, n_splits):
    return _assign(_codes(y), n_splits, blocks=False)


def plain_kfold(y, n_splits):
    n = len(y)
    sizes = np.full(n_splits, n // n_splits)
    sizes[: n % n_splits] += 1
    return np.repeat(np.arange(n_splits), sizes)


CHECK = Check(
    function="stratified_fold_ids",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            plain_kfold,
            "You cut y into consecutive blocks as plain k-fold does: stratification deals each class "
            "over the folds, so every fold gets its share of every class.",
        ),
        Mutant(
            each_class_from_fold_0,
            "You started dealing every class at fold 0, so the first folds collect all the extra "
            "samples: continue the dealing where the previous class stopped (position q goes to q % k).",
        ),
        Mutant(
            sorted_label_order,
            "You numbered the classes in sorted order: scikit-learn numbers them in the order in which "
            "they first appear in y, which decides where each class's dealing starts.",
        ),
        Mutant(
            round_robin_within_class,
            "You dealt the samples of each class one by one to the folds: the counts are right, but "
            "scikit-learn gives each fold a consecutive block of each class, keeping the data's order.",
        ),
    ],
)
