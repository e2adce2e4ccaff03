"""Pivot: mean body mass by species and island, with the overall means in the margins.

A pivot table puts one key down the rows, another across the columns and an
aggregate in each cell: the shape of a report, a heatmap, or a check that every
class appears in every split.

    df is the clean penguins table, as pd.DataFrame(load_penguins()) gives it
    (possibly only some of its rows). Return a DataFrame with

    - one row per species in df, in alphabetical order, then a last row "All";
    - one column per island in df, in alphabetical order, then a last column "All";
    - in each cell, the mean of the known body masses of that species on that
      island, and NaN where no penguin of that species lives on that island
      (no penguin is not a mass of 0);
    - in the "All" column, each species' mean over all its penguins; in the "All"
      row, each island's mean over all its penguins; in the corner, the mean over
      every penguin. These are means over penguins, not means of the cells.

    This is exactly what df.pivot_table(...) gives with margins=True and
    margins_name="All". The names of the index and of the columns are not checked.

Edge cases that matter: combinations with no penguin (Gentoo live only on
Biscoe); a subset with one island only.
"""

import pandas as pd


def mass_pivot(df: pd.DataFrame) -> pd.DataFrame:
    # TODO: one pivot_table call: values, index, columns, the aggregate and the margins.
    raise NotImplementedError("mass_pivot: replace this line with your code")
