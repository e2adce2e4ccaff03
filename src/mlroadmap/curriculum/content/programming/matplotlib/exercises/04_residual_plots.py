"""Two panels side by side: predicted against actual, and the residual plot.

A single error number hides how a regression model fails. The residual plot shows
it: residuals y_true - y_pred against the predictions should be a structureless band
around zero. A curve means the model misses a nonlinearity; a funnel means the error
grows with the prediction.

    y_true  shape (n,): the observed targets.
    y_pred  shape (n,): a model's predictions for the same rows.

Make a figure with two Axes side by side, fig, (left, right) = plt.subplots(1, 2),
and return fig:

- left: a scatter (ax.scatter) with y_true on the horizontal axis and y_pred on the
  vertical axis, plus the diagonal y = x as a line (left.axline((0, 0), (1, 1))
  draws it across the whole Axes); x label "actual", y label "predicted", title
  "Predicted vs actual";
- right: a scatter of the residuals y_true - y_pred (vertical) against y_pred
  (horizontal), plus a horizontal line at 0 (right.axhline(0)); x label
  "predicted", y label "residual", title "Residuals".

Colours, markers and line styles are up to you.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure


def residual_plots(y_true: np.ndarray, y_pred: np.ndarray) -> Figure:
    # TODO: make the two Axes with plt.subplots(1, 2), draw a scatter and a reference
    # line on each, and give each its labels and title.
    raise NotImplementedError("residual_plots: replace this line with your code")
