"""Grouped bars of a mean per species and sex with seaborn's barplot.

A bar chart of group means is how a feature's effect is usually reported: here,
how a measurement differs between species and, within each species, between the
sexes. barplot computes the statistic itself (the mean by default) and places one
bar per combination: `x` picks the groups along the axis, `hue` the bars side by
side within each group.

    penguins  a DataFrame with (at least) the columns "species", "sex" and column;
              "sex" and the measurements may be missing.
    column    the name of a numeric column.

Make a new figure with fig, ax = plt.subplots(), draw on ax with one call to
sns.barplot(..., ax=ax), and return fig:

- the species along the x axis, and within each species one bar per sex
  (hue="sex"), each as tall as the mean of `column` over the penguins of that
  species and sex (missing values left out, as barplot does);
- the axis labels and the legend that barplot draws itself ("species", the column
  name, one legend entry per sex);
- the title "mean <column> by species and sex" (for example
  "mean body_mass_g by species and sex").

The order of the species and of the sexes is up to you, and so are the error bars:
errorbar=None leaves them out, and the default draws bootstrapped 95% intervals.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure


def mean_by_species_and_sex(penguins: pd.DataFrame, column: str) -> Figure:
    # TODO: one sns.barplot call with data=, x=, y=, hue= and ax=, then the title.
    raise NotImplementedError("mean_by_species_and_sex: replace this line with your code")
