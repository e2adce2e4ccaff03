"""Two histograms on shared bins: the distribution of a measurement by sex.

Comparing a feature's distribution across classes tells you whether it separates
them. Overlaid histograms only compare fairly when both use the same bin edges and
are normalised to densities: with counts, the larger group looks taller everywhere.

    penguins  a DataFrame with (at least) the columns "sex" and column; "sex" is
              "female", "male" or missing, and measurements may be missing (NaN).
    column    the name of a numeric column.
    bins      the number of bins.

Make a new figure with fig, ax = plt.subplots() and return fig:

- one set of bin edges for both histograms: `bins` equal-width bins from the
  smallest to the largest non-missing value of the column over all rows
  (np.histogram_bin_edges(values, bins) computes exactly these);
- for "female", then "male": a histogram (ax.hist, drawn as bars, the default)
  of the column's non-missing values for the penguins of that sex, on those edges,
  as a density (the bars' total area is 1), labelled with the sex;
- the x axis labelled with the column name, the y axis "density", the title
  "<column> by sex" (for example "body_mass_g by sex");
- a legend.

Penguins whose sex is missing count for the bin edges only. Colours and
transparency (alpha=0.5 lets both show) are up to you.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure


def histograms_by_sex(penguins: pd.DataFrame, column: str, bins: int) -> Figure:
    # TODO: compute the shared bin edges once, then call ax.hist once per sex with
    # those edges and density=True; set the labels and title and add the legend.
    raise NotImplementedError("histograms_by_sex: replace this line with your code")
