"""Check of exercise 01: drop_duplicates (first of each, original order, rows unchanged)."""

import copy
import math
import random
from typing import Any

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant

Rows = list[list[Any]]


def run(drop_duplicates: Any, rows: Rows, columns: list[int] | None = None) -> dict[str, Any]:
    """The rows kept, and whether the caller's list is still what it was."""
    before = copy.deepcopy(rows)
    kept = drop_duplicates(rows) if columns is None else drop_duplicates(rows, columns)
    return {"kept": kept, "rows unchanged": rows == before}


def cases() -> list[Case]:
    penguins = load_penguins()
    names = ["species", "island", "sex"]
    triples = [list(values) for values in zip(*(penguins[n].tolist() for n in names), strict=True)]
    measured = [
        [s, i, x, None if math.isnan(m) else float(m)]  # NaN -> None, as in JSON
        for s, i, x, m in zip(
            penguins["species"], penguins["island"], penguins["sex"], penguins["body_mass_g"], strict=True
        )
    ]
    rng = random.Random(11)
    dice = [[rng.randint(1, 3), rng.randint(1, 3)] for _ in range(60)]
    return [
        Case("[['a', 1], ['b', 2], ['a', 1]]: expect the first two", ([["a", 1], ["b", 2], ["a", 1]],)),
        Case("no duplicates: every row stays", ([[1, 2], [2, 1], [1, 3], [3, 1]],)),
        Case("the same row four times", ([["x", 0.5]] * 4,)),
        Case("duplicates next to each other", ([[1], [1], [1], [2], [2], [3], [1]],)),
        Case("an empty list of rows", ([],)),
        Case(
            "None as a value",
            ([["Adelie", None], ["Adelie", "male"], ["Adelie", None], [None, None], [None, None]],),
        ),
        Case("unicode text: 'café' and 'cafe' differ", ([["café"], ["cafe"], ["café"], ["CAFÉ"]],)),
        Case(
            "decided by column 0 only",
            ([["a", 1], ["a", 2], ["b", 2], ["b", 3], ["c", 1]],),
            {"columns": [0]},
        ),
        Case(
            "decided by columns [1, 0], in that order",
            ([[1, 2, 3], [1, 2, 4], [2, 1, 3], [1, 2, 3]],),
            {"columns": [1, 0]},
        ),
        Case("60 rolls of two dice, seed 11", (dice,)),
        Case("344 penguins as (species, island, sex)", (triples,)),
        Case(
            "344 penguins (species, island, sex, mass), decided by species and sex",
            (measured,),
            {"columns": [0, 2]},
        ),
    ]


def _key(row: list[Any], columns: list[int] | None) -> tuple[Any, ...]:
    return tuple(row) if columns is None else tuple(row[c] for c in columns)


def keeps_last(rows: Rows, columns: list[int] | None = None) -> Rows:
    seen, kept = set(), []
    for row in reversed(rows):
        if _key(row, columns) not in seen:
            seen.add(_key(row, columns))
            kept.append(row)
    return kept[::-1]


def removes_while_iterating(rows: Rows, columns: list[int] | None = None) -> Rows:
    seen = set()
    for row in rows:
        if _key(row, columns) in seen:
            rows.remove(row)
        else:
            seen.add(_key(row, columns))
    return rows


def ignores_columns(rows: Rows, columns: list[int] | None = None) -> Rows:
    return [list(key) for key in dict.fromkeys(tuple(row) for row in rows)]


def deciding_values_only(rows: Rows, columns: list[int] | None = None) -> Rows:
    return [list(key) for key in dict.fromkeys(_key(row, columns) for row in rows)]


CHECK = Check(
    function="drop_duplicates",
    cases=cases,
    driver=run,
    mutants=[
        Mutant(
            removes_while_iterating,
            "You removed rows from the list while looping over it: the loop then skips the row "
            "after each removal, and the caller's list is changed. Build a new list of the rows "
            "you keep instead.",
        ),
        Mutant(
            keeps_last,
            "You kept the last row of each group of duplicates: keep the first one, in the original order.",
        ),
        Mutant(
            ignores_columns,
            "You compared whole rows even when `columns` was given: two rows are duplicates when "
            "their values in those columns are equal.",
        ),
        Mutant(
            deciding_values_only,
            "You returned only the values of the deciding columns: return the rows you keep whole.",
        ),
    ],
)
