"""Check of exercise 02: bins with edges at the linear percentiles."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    mass = load_penguins()["body_mass_g"]
    return [
        Case("1..8 into 4 bins", (np.arange(1.0, 9.0), 4)),
        Case("penguin body mass into 4 bins", (mass[~np.isnan(mass)], 4)),
        Case("diabetes disease progression into 5 bins", (load_diabetes().target, 5)),
        Case("a skewed sample (lognormal), 3 bins, seed 4", (np.random.default_rng(4).lognormal(size=90), 3)),
        Case("two bins: the median splits", (np.array([5.0, 1.0, 9.0, 3.0, 7.0]), 2)),
    ]


def _assign(edges, x):
    return np.searchsorted(edges[1:-1], x, side="right")


def equal_width(x, n_bins):
    return _assign(np.linspace(x.min(), x.max(), n_bins + 1), x)


def fractions_as_percentiles(x, n_bins):
    return _assign(np.percentile(x, np.linspace(0, 1, n_bins + 1)), x)


def maximum_overflows(x, n_bins):
    return np.searchsorted(np.percentile(x, np.linspace(0, 100, n_bins + 1))[1:], x, side="right")


CHECK = Check(
    function="quantile_bins",
    cases=cases,
    rule=Rule(dtype_kind=True),
    mutants=[
        Mutant(
            equal_width,
            "Your edges are equally spaced between the minimum and the maximum: quantile bins "
            "put them at the percentiles, so each bin holds about the same number of values.",
        ),
        Mutant(
            fractions_as_percentiles,
            "np.percentile takes percentages from 0 to 100, not fractions from "
            "0 to 1: your edges all sit near the minimum.",
        ),
        Mutant(
            maximum_overflows,
            "The largest value landed in bin n_bins, which does not exist: search only "
            "the inner edges, edges[1:-1].",
        ),
    ],
)
