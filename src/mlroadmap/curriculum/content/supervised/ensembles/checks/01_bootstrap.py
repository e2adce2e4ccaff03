"""Check of exercise 01: bootstrap_sample (default_rng(seed).integers and the OOB mask)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    return [
        Case("n = 1: the only sample is always drawn", (1, 0)),
        Case("n = 5, seed 0", (5, 0)),
        Case("n = 10, seed 1", (10, 1)),
        Case("n = 178 (the size of wine), seed 3", (178, 3)),
        Case("n = 1000, seed 42", (1000, 42)),
    ]


def _oob(indices, n):
    return np.bincount(indices, minlength=n) == 0


def without_replacement(n_samples, seed):
    indices = np.random.default_rng(seed).permutation(n_samples)
    return indices, _oob(indices, n_samples)


def in_bag_mask(n_samples, seed):
    indices = np.random.default_rng(seed).integers(0, n_samples, size=n_samples)
    return indices, ~_oob(indices, n_samples)


def upper_bound_included(n_samples, seed):
    indices = np.random.default_rng(seed).integers(0, max(n_samples - 1, 1), size=n_samples)
    return indices, _oob(indices, n_samples)


def legacy_random_state(n_samples, seed):
    indices = np.random.RandomState(seed).randint(0, n_samples, size=n_samples)
    return indices, _oob(indices, n_samples)


CHECK = Check(
    function="bootstrap_sample",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            without_replacement,
            "You drew without replacement, which only shuffles the samples: nothing is ever out "
            "of bag and every model sees the same data. A bootstrap draws n times with "
            "replacement, rng.integers(0, n_samples, size=n_samples).",
        ),
        Mutant(
            in_bag_mask,
            "Your mask marks the samples that were drawn: out of bag means never drawn, the "
            "count of the sample in indices is 0.",
        ),
        Mutant(
            upper_bound_included,
            "The last sample can never be drawn: rng.integers' upper bound is already "
            "exclusive, so pass n_samples, not n_samples - 1.",
        ),
        Mutant(
            legacy_random_state,
            "You used the legacy np.random.RandomState (as scikit-learn does internally): this "
            "exercise fixes the generator np.random.default_rng(seed), whose stream differs.",
        ),
    ],
)
