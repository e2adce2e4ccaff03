"""Check of exercise 02: NaN filled with the median of the same group's observed values."""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    raw = load_penguins(raw=True)
    species = [s.split()[0] for s in raw["Species"]]
    rng = np.random.default_rng(7)
    values = rng.normal(50.0, 10.0, size=30)
    values[rng.choice(30, 6, replace=False)] = np.nan
    groups = [str(g) for g in rng.choice(["a", "b", "c"], size=30)]
    return [
        Case(
            "two groups you can check by hand",
            (np.array([1.0, np.nan, 3.0, 10.0, 20.0, np.nan, 40.0]), ["x", "x", "x", "y", "y", "y", "y"]),
        ),
        Case("penguin body mass by species (2 missing)", (raw["Body Mass (g)"], species)),
        Case("penguin delta 15 N by island (14 missing)", (raw["Delta 15 N (o/oo)"], list(raw["Island"]))),
        Case("random values with 6 holes in 3 groups, seed 7", (values, groups)),
        Case(
            "a group with no observed value",
            (np.array([1.0, 2.0, 6.0, np.nan, np.nan]), ["a", "a", "a", "b", "b"]),
        ),
    ]


def _fill(values, groups, statistic):
    labels = np.asarray(groups, dtype=object)
    filled = values.astype(float)
    for group in np.unique(labels):
        members = labels == group
        observed = values[members & ~np.isnan(values)]
        filled[members & np.isnan(values)] = statistic(observed) if observed.size else np.nanmedian(values)
    return filled


def global_median(values, groups):
    return np.where(np.isnan(values), np.nanmedian(values), values)


def group_mean(values, groups):
    return _fill(values, groups, np.mean)


def zeros(values, groups):
    return np.where(np.isnan(values), 0.0, values)


CHECK = Check(
    function="fill_with_group_median",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-12),
    mutants=[
        Mutant(
            global_median,
            "You filled every gap with the median of all values: use the median of the "
            "same group, since the groups (species) differ a lot.",
        ),
        Mutant(
            group_mean,
            "You filled with the group's mean: the exercise asks for the median, which one "
            "unusual value cannot pull away.",
        ),
        Mutant(
            zeros,
            "You filled the gaps with 0, a value no penguin has: that drags every later "
            "statistic down. Fill with the group's median.",
        ),
    ],
)
