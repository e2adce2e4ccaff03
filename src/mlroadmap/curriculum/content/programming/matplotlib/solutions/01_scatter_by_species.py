"""A scatter plot of two penguin measurements, one colour per species.

Before fitting any model, plot the features against each other: clusters, outliers
and overlapping classes show up at a glance. Here each species gets its own scatter,
so the legend can say which cloud is which.

    penguins  a DataFrame with (at least) the columns "species", x and y;
              measurements may be missing (NaN).
    x, y      the names of two numeric columns.

Make a new figure with fig, ax = plt.subplots() and return fig:

- one scatter per species present in `penguins` (ax.scatter), with the values of
  column x on the horizontal axis and those of column y on the vertical axis,
  labelled with the species name (label=...);
- the x axis labelled with the column name x, the y axis with the column name y;
- the title "Palmer penguins";
- a legend with one entry per species (ax.legend()).

Rows with a missing x or y need no special care: matplotlib does not draw NaN.
Colours, markers and sizes are up to you; only what the plot shows is checked.
"""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure


def scatter_by_species(penguins: pd.DataFrame, x: str, y: str) -> Figure:
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        ax.scatter(group[x], group[y], label=species)
    ax.set(xlabel=x, ylabel=y, title="Palmer penguins")
    ax.legend()
    return fig
