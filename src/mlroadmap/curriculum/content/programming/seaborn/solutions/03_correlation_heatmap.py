"""A correlation heatmap of every numeric column, annotated, with seaborn's heatmap.

A correlation matrix is a standard check before modelling. Strongly correlated
features carry the same information, which makes linear models' coefficients
unstable. Features that correlate with nothing may be noise. A heatmap lets you read
the whole matrix at once, and annotations give the exact values.

    frame  a DataFrame with numeric columns and possibly text columns; numeric
           values may be missing (NaN).

Make a new figure with fig, ax = plt.subplots(), draw on ax with
sns.heatmap(..., ax=ax), and return fig (or ax):

- the matrix of Pearson correlations between all numeric columns, in the frame's
  column order, leaving the text columns out. Each correlation comes from the rows
  where both of its columns are present (pairwise, as DataFrame.corr does), so a
  value missing in one column does not drop that row from the other pairs;
- every cell annotated with its value to two decimals (annot=True, fmt=".2f");
- the column names as the tick labels of both axes (heatmap's default for a
  DataFrame);
- the title "Pearson correlation".

The colour map is up to you. A diverging one centred on 0 with vmin=-1 and vmax=1
(for example cmap="vlag") makes the sign visible at a glance.
"""

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure


def correlation_heatmap(frame: pd.DataFrame) -> Figure:
    fig, ax = plt.subplots()
    correlation = frame.corr(numeric_only=True)
    sns.heatmap(correlation, annot=True, fmt=".2f", vmin=-1, vmax=1, cmap="vlag", ax=ax)
    ax.set_title("Pearson correlation")
    return fig
