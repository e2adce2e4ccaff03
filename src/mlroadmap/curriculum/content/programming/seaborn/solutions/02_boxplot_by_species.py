"""A box plot of a measurement per species with seaborn's boxplot.

A box plot summarises each group in five numbers and marks its outliers: the line in
the box is the median, the box runs from the first to the third quartile (Q1 to Q3),
and the whiskers reach the furthest values within 1.5 times the box height (the
interquartile range, IQR) of the box. Values further out are drawn one by one. It is
the quickest way to compare a feature across many classes and to spot outliers.

    penguins  a DataFrame with (at least) the columns "species" and column;
              measurements may be missing (NaN).
    column    the name of a numeric column.

Make a new figure with fig, ax = plt.subplots(), draw on ax with
sns.boxplot(..., ax=ax), and return fig:

- one vertical box per species: species on the x axis, the values of `column` on
  the y axis;
- the species in alphabetical order from left to right (boxplot's `order=`);
- whiskers and outliers as boxplot draws them by default (1.5 IQR);
- the axis labels that boxplot sets ("species" and the column name) and the title
  "<column> by species" (for example "body_mass_g by species").

Colours and widths are up to you.
"""

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure


def boxplot_by_species(penguins: pd.DataFrame, column: str) -> Figure:
    fig, ax = plt.subplots()
    order = sorted(penguins["species"].unique())
    sns.boxplot(data=penguins, x="species", y=column, order=order, ax=ax)
    ax.set_title(f"{column} by species")
    return fig
