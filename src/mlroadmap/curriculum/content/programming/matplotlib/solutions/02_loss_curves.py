"""Training and validation loss curves on a logarithmic scale.

The loss curves are the first thing to look at after a training run. If the
validation loss flattens or rises while the training loss keeps falling, the model
is overfitting, and that is the epoch to stop at. Losses often fall by several
orders of magnitude, so a logarithmic y axis shows their late epochs, which a
linear axis squashes against zero.

    train_loss  shape (n,): the training loss after epochs 1, 2, ..., n.
    val_loss    shape (n,): the validation loss after the same epochs.

Make a new figure with fig, ax = plt.subplots() and return fig:

- a line of train_loss against the epoch numbers 1, 2, ..., n, labelled "train";
- a line of val_loss against the same epoch numbers, labelled "validation";
- a logarithmic y axis;
- the x axis labelled "epoch", the y axis "loss", the title "Learning curves";
- a legend.

Colours, line styles and markers are up to you.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure


def plot_loss_curves(train_loss: np.ndarray, val_loss: np.ndarray) -> Figure:
    epochs = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    ax.plot(epochs, val_loss, label="validation")
    ax.set_yscale("log")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
    ax.legend()
    return fig
