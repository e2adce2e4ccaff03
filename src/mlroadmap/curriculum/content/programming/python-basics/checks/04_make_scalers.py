"""Check of exercise 04: make_scalers (one closure per feature, values bound at creation)."""

from collections.abc import Callable
from typing import Any

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant

Scalers = dict[str, Callable[[float], float]]


def run(make_scalers: Any, stats: dict[str, list[float]], values: dict[str, list[float]]) -> dict[str, Any]:
    """Build the scalers, let the caller reuse its stats dict, then scale some values."""
    scalers = make_scalers(stats)
    for name in stats:  # the caller refits, or reuses the dict for something else
        stats[name] = [0.0, 1.0]
    return {
        "names": sorted(scalers),
        "scaled": {name: [scalers[name](x) for x in xs] for name, xs in values.items()},
    }


def cases() -> list[Case]:
    penguins = load_penguins()
    features = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    complete = ~np.isnan(np.column_stack([penguins[f] for f in features])).any(axis=1)
    stats = {f: [float(penguins[f][complete].mean()), float(penguins[f][complete].std())] for f in features}
    first_rows = {f: penguins[f][complete][:6].tolist() for f in features}
    rng = np.random.default_rng(5)
    many = {f"x{i}": [float(rng.normal()), float(rng.uniform(0.5, 3.0))] for i in range(10)}
    many_values = {name: rng.normal(size=4).tolist() for name in many}
    return [
        Case(
            "two features by hand: a -> [0, 1, -1], b -> [0, 2, -2]",
            ({"a": [1.0, 2.0], "b": [10.0, 5.0]}, {"a": [1.0, 3.0, -1.0], "b": [10.0, 20.0, 0.0]}),
        ),
        Case("one feature", ({"age": [40.0, 12.5]}, {"age": [40.0, 52.5, 15.0]})),
        Case(
            "three features, the last one with std 1",
            (
                {"height": [170.0, 10.0], "weight": [70.0, 15.0], "score": [0.0, 1.0]},
                {"height": [150.0, 190.0], "weight": [55.0], "score": [2.5, -1.0]},
            ),
        ),
        Case(
            "penguin measurements: means and stds of 342 birds, the first 6 birds scaled",
            (stats, first_rows),
        ),
        Case(
            "unicode feature names",
            (
                {"température": [15.0, 5.0], "pression": [1013.0, 8.0]},
                {"température": [20.0], "pression": [997.0, 1021.0]},
            ),
        ),
        Case("ten random features, seed 5", (many, many_values)),
    ]


def late_binding(stats: dict[str, tuple[float, float]]) -> Scalers:
    scalers = {}
    for name, (mean, std) in stats.items():
        scalers[name] = lambda x: (x - mean) / std  # noqa: B023 (the mistake this mutant shows)
    return scalers


def reads_stats_when_called(stats: dict[str, tuple[float, float]]) -> Scalers:
    return {name: (lambda x, name=name: (x - stats[name][0]) / stats[name][1]) for name in stats}


def divides_before_subtracting(stats: dict[str, tuple[float, float]]) -> Scalers:
    return {name: (lambda x, m=mean, s=std: x - m / s) for name, (mean, std) in stats.items()}


CHECK = Check(
    function="make_scalers",
    cases=cases,
    driver=run,
    mutants=[
        Mutant(
            late_binding,
            "All your functions use the last feature's mean and std: a function created in a loop "
            "looks up mean and std when it is called, after the loop has ended (late binding). "
            "Create each function in a helper that takes mean and std as arguments, or bind them "
            "as defaults: lambda x, mean=mean, std=std: ...",
        ),
        Mutant(
            reads_stats_when_called,
            "Your functions read the stats dict each time they are called, so they change when the "
            "caller changes the dict afterwards: copy each feature's mean and std into its function "
            "when you create it.",
        ),
        Mutant(
            divides_before_subtracting,
            "You computed x - mean / std: division binds tighter than subtraction, so write "
            "(x - mean) / std.",
        ),
    ],
)
