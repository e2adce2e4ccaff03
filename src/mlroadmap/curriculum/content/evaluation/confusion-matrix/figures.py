"""Figures of the confusion-matrix lesson, drawn from the digits data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_digits


def figure_digits_confusion():
    import matplotlib.pyplot as plt
    from sklearn.metrics import confusion_matrix
    from sklearn.model_selection import train_test_split
    from sklearn.naive_bayes import GaussianNB

    digits = load_digits()
    X_train, X_test, y_train, y_test = train_test_split(
        digits.data, digits.target, test_size=0.5, stratify=digits.target, random_state=0
    )
    pred = GaussianNB().fit(X_train, y_train).predict(X_test)
    counts = confusion_matrix(y_test, pred)
    rates = confusion_matrix(y_test, pred, normalize="true")

    figure, ax = plt.subplots(figsize=(6, 5.2))
    image = ax.imshow(rates, cmap="Blues", vmin=0, vmax=1)
    for i, j in np.ndindex(counts.shape):
        if counts[i, j]:
            ax.text(
                j,
                i,
                counts[i, j],
                ha="center",
                va="center",
                fontsize=7,
                color="white" if rates[i, j] > 0.5 else "black",
            )
    ax.set(
        xticks=range(10),
        yticks=range(10),
        xlabel="predicted digit",
        ylabel="true digit",
        title=f"Gaussian naive Bayes on digits: accuracy {np.trace(counts) / counts.sum():.0%}",
    )
    colorbar = figure.colorbar(image, ax=ax, label="share of the true digit's row (normalize='true')")
    colorbar.ax.set_title("rate", fontsize=8)
    return figure
