"""Per-species density histograms with seaborn's histplot.

A histogram per class shows how well one feature separates the classes. With seaborn,
one call draws them all: `hue` splits the rows by a column and gives each group its
own colour and legend entry. What the bars mean is set by `stat` and `common_norm`.

    penguins  a DataFrame with (at least) the columns "species" and column;
              measurements may be missing (NaN).
    column    the name of a numeric column.
    bins      the number of bins.

Make a new figure with fig, ax = plt.subplots(), draw on ax with one call to
sns.histplot(..., ax=ax), and return fig:

- the values of `column` on the x axis, split by species (hue="species");
- `bins` equal-width bins, the same edges for every species (histplot's default);
- each species' histogram a density of its own: its bars' total area is 1 whatever
  the number of penguins of that species (stat and common_norm);
- the species overlaid, each drawn from zero (the default layering);
- the axis labels and the legend that histplot draws itself (the x axis named
  after the column, the y axis "Density", one legend entry per species).

Colours and transparency are up to you.
"""

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure


def density_by_species(penguins: pd.DataFrame, column: str, bins: int) -> Figure:
    fig, ax = plt.subplots()
    sns.histplot(data=penguins, x=column, hue="species", bins=bins, stat="density", common_norm=False, ax=ax)
    return fig
