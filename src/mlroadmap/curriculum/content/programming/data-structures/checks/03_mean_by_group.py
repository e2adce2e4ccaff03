"""Check of exercise 03: mean_by_group (dict of lists, None skipped, 0.0 kept)."""

import math
from typing import Any

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant

Rows = list[dict[str, Any]]


def _penguin_rows() -> Rows:
    """The 344 penguins as records; NaN becomes None, the year an int."""
    penguins = load_penguins()
    rows = []
    for i in range(len(penguins["species"])):
        row = {}
        for name, column in penguins.items():
            v = column[i]
            if isinstance(v, float) and math.isnan(v):
                v = None
            elif name == "year":
                v = int(v)
            elif isinstance(v, float):
                v = float(v)
            row[name] = v
        rows.append(row)
    return rows


def cases() -> list[Case]:
    penguins = _penguin_rows()
    readings = [
        {"sensor": "north", "celsius": 0.0},
        {"sensor": "north", "celsius": 4.0},
        {"sensor": "south", "celsius": 0.0},
        {"sensor": "south", "celsius": -3.0},
        {"sensor": "east", "celsius": 0.0},
    ]
    with_gaps = [
        {"client": "a", "loss": 0.5},
        {"client": "a", "loss": None},
        {"client": "b", "loss": None},
        {"client": "c", "loss": 0.25},
        {"client": None, "loss": 9.0},
        {"client": "c", "loss": 0.75},
        {"client": "a", "loss": 1.5},
    ]
    return [
        Case(
            "three rows by hand: expect {'a': 2.0, 'b': 4.0}",
            ([{"k": "a", "v": 1.0}, {"k": "b", "v": 4.0}, {"k": "a", "v": 3.0}], "k", "v"),
        ),
        Case("temperature readings of 0.0 °C", (readings, "sensor", "celsius")),
        Case("missing losses and a row without a client", (with_gaps, "client", "loss")),
        Case("one group, with a 0.0", ([{"g": 1, "x": 0.0}, {"g": 1, "x": 5.0}], "g", "x")),
        Case("no rows", ([], "species", "body_mass_g")),
        Case("344 penguins: body mass per species", (penguins, "species", "body_mass_g")),
        Case("344 penguins: flipper length per island", (penguins, "island", "flipper_length_mm")),
        Case("344 penguins: bill length per sex (11 birds have no sex)", (penguins, "sex", "bill_length_mm")),
        Case("344 penguins: body mass per year (int keys)", (penguins, "year", "body_mass_g")),
    ]


def _measured(rows: Rows, key: str, value: str) -> Rows:
    return [row for row in rows if row[key] is not None and row[value] is not None]


def one_shared_list(rows: Rows, key: str, value: str) -> dict[Any, float]:
    kept = _measured(rows, key, value)
    groups = dict.fromkeys([row[key] for row in kept], [])  # noqa: RUF024 (the mistake shown)
    for row in kept:
        groups[row[key]].append(row[value])
    return {group: sum(values) / len(values) for group, values in groups.items()}


def zero_taken_as_missing(rows: Rows, key: str, value: str) -> dict[Any, float]:
    groups: dict[Any, list[float]] = {}
    for row in rows:
        if row[key] is not None and row[value]:
            groups.setdefault(row[key], []).append(row[value])
    return {group: sum(values) / len(values) for group, values in groups.items()}


def missing_counted(rows: Rows, key: str, value: str) -> dict[Any, float]:
    sums: dict[Any, float] = {}
    counts: dict[Any, int] = {}
    for row in rows:
        if row[key] is None:
            continue
        counts[row[key]] = counts.get(row[key], 0) + 1
        if row[value] is not None:
            sums[row[key]] = sums.get(row[key], 0.0) + row[value]
    return {group: total / counts[group] for group, total in sums.items()}


def none_is_a_group(rows: Rows, key: str, value: str) -> dict[Any, float]:
    groups: dict[Any, list[float]] = {}
    for row in rows:
        if row[value] is not None:
            groups.setdefault(row[key], []).append(row[value])
    return {group: sum(values) / len(values) for group, values in groups.items()}


CHECK = Check(
    function="mean_by_group",
    cases=cases,
    mutants=[
        Mutant(
            one_shared_list,
            "Every group got the same mean: dict.fromkeys(groups, []) puts one single list under "
            "all the keys, so every value lands in it. Give each group its own list, with "
            "collections.defaultdict(list) or setdefault(group, []).",
        ),
        Mutant(
            zero_taken_as_missing,
            "You skipped the values equal to 0.0: `if row[value]:` treats 0 as false. Test for a "
            "missing value with `is None`.",
        ),
        Mutant(
            missing_counted,
            "You divided by the number of rows of the group, missing values included: average "
            "only the values that were measured.",
        ),
        Mutant(
            none_is_a_group,
            "Rows whose group is None became a group of their own: skip the rows whose key is "
            "missing, as pandas' groupby does.",
        ),
    ],
)
