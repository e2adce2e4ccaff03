"""Check of exercise 01: split_indices (seeded permutation, ceil(test_size * n) test indices first)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    return [
        Case("10 samples, test_size=0.25, seed 0: 3 test indices", (10, 0.25, 0)),
        Case("the size of iris: 150 samples, test_size=0.2, seed 42", (150, 0.2, 42)),
        Case("the size of diabetes: 442 samples, test_size=0.3, seed 7", (442, 0.3, 7)),
        Case("7 samples, test_size=0.5, seed 1: 3.5 rounds up to 4", (7, 0.5, 1)),
        Case("20 samples, test_size=0.01, seed 3: still one test index", (20, 0.01, 3)),
        Case("two samples, test_size=0.5, seed 5", (2, 0.5, 5)),
        Case("33 samples, test_size=0.9, seed 11", (33, 0.9, 11)),
    ]


def _split(perm: np.ndarray, n_test: int) -> tuple[np.ndarray, np.ndarray]:
    return perm[n_test:], perm[:n_test]


def rounded_down(n: int, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    return _split(np.random.default_rng(seed).permutation(n), int(test_size * n))


def not_shuffled(n: int, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    return _split(np.arange(n), int(np.ceil(test_size * n)))


def legacy_global_generator(n: int, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    # what np.random.seed(seed); np.random.permutation(n) gives, without touching the global state
    return _split(np.random.RandomState(seed).permutation(n), int(np.ceil(test_size * n)))


def test_first(n: int, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    train, test = _split(np.random.default_rng(seed).permutation(n), int(np.ceil(test_size * n)))
    return test, train


CHECK = Check(
    function="split_indices",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            not_shuffled,
            "You took the first rows as the test set without shuffling: data files are often sorted "
            "(by class, by date), so the test set must be a random sample of the indices.",
        ),
        Mutant(
            legacy_global_generator,
            "You used the legacy generator (np.random.seed or RandomState): draw the permutation "
            "with np.random.default_rng(seed).permutation(n), which gives a different sequence.",
        ),
        Mutant(
            rounded_down,
            "You rounded the test size down: the number of test indices is ceil(test_size * n), "
            "rounded up as scikit-learn does (10 samples with test_size=0.25 give 3).",
        ),
        Mutant(
            test_first,
            "You returned (test_idx, train_idx): return the training indices first, "
            "in the order scikit-learn's train_test_split returns X_train, X_test.",
        ),
    ],
)
