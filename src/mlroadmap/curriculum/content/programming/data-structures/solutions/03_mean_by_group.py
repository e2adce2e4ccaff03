"""Group records with a dict of lists and average a field per group.

"Mean body mass per species", "mean loss per client", "average rating per user":
grouping records by a key and averaging a field is a daily step of exploring data
and of building features. pandas writes it df.groupby(key)[value].mean(); here you
build it from a dict that maps each group to the list of its values.

    rows   a list of records, each a dict such as
           {"species": "Adelie", "island": "Biscoe", "body_mass_g": 3750.0}.
           A missing value is None (as in JSON).
    key    the field that names the group (its values are strings or ints).
    value  the numeric field to average.

    Return a dict mapping each group to the mean of its rows' `value`s.

    mean_by_group([{"k": "a", "v": 1.0}, {"k": "b", "v": 4.0}, {"k": "a", "v": 3.0}], "k", "v")
        -> {"a": 2.0, "b": 4.0}

Edge cases that matter:
- A row whose value is None is left out of its group's mean: the mean is over the
  values that were measured. 0.0 is a measured value, not a missing one.
- A row whose key is None belongs to no group and is skipped.
- A group with no measured value at all does not appear in the result.
- No rows give an empty dict.
- Each group needs its own list: dict.fromkeys(groups, []) puts one and the same
  list under every key. collections.defaultdict(list) makes a new one per key.
"""

from collections import defaultdict
from typing import Any


def mean_by_group(rows: list[dict[str, Any]], key: str, value: str) -> dict[Any, float]:
    groups: defaultdict[Any, list[float]] = defaultdict(list)  # a new list for each new key
    for row in rows:
        if row[key] is not None and row[value] is not None:  # `is None`, so that 0.0 counts
            groups[row[key]].append(row[value])
    return {group: sum(values) / len(values) for group, values in groups.items()}
