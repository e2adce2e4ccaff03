"""One regression line per species with seaborn's regplot (and Simpson's paradox).

Over all penguins, deeper bills go with shorter bills: the least-squares line slopes
down. Within each species, the slope is up. Mixing groups can reverse a trend
(Simpson's paradox), which is why a model's features are worth plotting per class.

    penguins  a DataFrame with (at least) the columns "species", x and y;
              measurements may be missing (NaN).
    x, y      the names of two numeric columns.

Make a new figure with fig, ax = plt.subplots() and return fig:

- for each species present in `penguins`: sns.regplot(..., ax=ax) of that species'
  rows, with column x on the horizontal axis and column y on the vertical axis. It
  draws the scatter of the points and the least-squares line of y on x over their
  range. Label each species' points with its name (regplot passes label= to the
  scatter);
- the axis labels that regplot sets (the column names x and y);
- a legend with one entry per species (ax.legend()).

The confidence band is not graded: ci=None leaves it out, which is also faster than
the default bootstrap. Colours and markers are up to you.
"""

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure


def regression_by_species(penguins: pd.DataFrame, x: str, y: str) -> Figure:
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        sns.regplot(data=group, x=x, y=y, ci=None, label=species, ax=ax)
    ax.legend()
    return fig
