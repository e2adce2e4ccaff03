"""Check of exercise 01: equal-width bins, inner edges go up, the maximum in the last bin."""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    penguins = load_penguins()
    flipper = penguins["flipper_length_mm"][~np.isnan(penguins["flipper_length_mm"])]
    return [
        Case("0..10 into 4 bins (edges 0, 2.5, 5, 7.5, 10)", (np.arange(11.0), 4)),
        Case(
            "values on the inner edges: 0, 2, 4, 6, 8 into 4 bins", (np.array([0.0, 2.0, 4.0, 6.0, 8.0]), 4)
        ),
        Case("penguin flipper lengths into 5 bins", (flipper, 5)),
        Case(
            "a skewed sample (exponential), 6 bins, seed 2",
            (np.random.default_rng(2).exponential(size=100), 6),
        ),
        Case("one bin", (np.array([3.0, 1.0, 2.0]), 1)),
        Case("all values equal", (np.full(5, 7.0), 3)),
    ]


def _edges(x, n_bins):
    return np.linspace(x.min(), x.max(), n_bins + 1)


def maximum_overflows(x, n_bins):
    return np.searchsorted(_edges(x, n_bins)[1:], x, side="right")


def edges_go_down(x, n_bins):
    return np.searchsorted(_edges(x, n_bins)[1:-1], x, side="left")


def bin_width_from_count(x, n_bins):
    edges = np.linspace(x.min(), x.max(), n_bins)
    return np.searchsorted(edges[1:-1], x, side="right")


CHECK = Check(
    function="uniform_bins",
    cases=cases,
    rule=Rule(dtype_kind=True),
    mutants=[
        Mutant(
            maximum_overflows,
            "The largest value landed in bin n_bins, which does not exist: the maximum "
            "belongs to the last bin, so search only the inner edges.",
        ),
        Mutant(
            edges_go_down,
            "A value exactly on an inner edge went to the lower bin: bins include their "
            'left edge, so use side="right".',
        ),
        Mutant(
            bin_width_from_count,
            "You made n_bins edges, which gives n_bins - 1 bins: n_bins intervals need n_bins + 1 edges.",
        ),
    ],
)
