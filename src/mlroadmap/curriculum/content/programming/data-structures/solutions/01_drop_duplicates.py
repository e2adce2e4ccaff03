"""Drop duplicate rows, keeping the first of each, with tuples and a set.

Duplicate rows inflate a data set, and when copies of one row land on both sides of
a train/test split, the test score looks better than it is. pandas'
DataFrame.drop_duplicates removes them; here you write it with Python's own data
structures.

    rows     a list of rows; each row is a list of values (numbers, strings, None).
    columns  the positions of the columns that decide whether two rows are
             duplicates, or None for all the columns.

    Return a new list holding the rows that do not repeat an earlier row, in their
    original order. A row repeats an earlier one when their values in `columns`
    are equal. The rows you keep are returned whole.

    drop_duplicates([["a", 1], ["b", 2], ["a", 1]])               -> [["a", 1], ["b", 2]]
    drop_duplicates([["a", 1], ["a", 2], ["b", 2]], columns=[0])  -> [["a", 1], ["b", 2]]

Edge cases that matter:
- A list cannot go into a set or be a dict key: it is mutable, so it has no hash.
  A tuple of the deciding values can.
- Keep the first row of each group of duplicates, and keep the original order.
- Do not change `rows`: removing items from a list while you loop over it skips
  the item after each removal.
- None is a value like any other: two rows with None in the same column can be
  duplicates. An empty list of rows gives an empty list.
- `row in kept_rows` on a list scans it: O(n) per row, O(n²) in all. A set answers
  in O(1) on average, so the whole job is O(n).
"""

from typing import Any


def drop_duplicates(rows: list[list[Any]], columns: list[int] | None = None) -> list[list[Any]]:
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for row in rows:
        key = tuple(row) if columns is None else tuple(row[c] for c in columns)  # hashable
        if key not in seen:  # O(1) on average
            seen.add(key)
            kept.append(row)
    return kept
