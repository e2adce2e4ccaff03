"""Figures of the logistic-regression lesson, drawn from the penguins data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_penguins


def figure_decision_regions():
    import matplotlib.pyplot as plt
    from sklearn.linear_model import LogisticRegression

    penguins = load_penguins()
    X = np.column_stack([penguins["bill_length_mm"], penguins["bill_depth_mm"]])
    keep = ~np.isnan(X).any(axis=1)
    X = X[keep]
    names, y = np.unique(penguins["species"][keep], return_inverse=True)
    mean, std = X.mean(axis=0), X.std(axis=0)
    model = LogisticRegression(C=1.0).fit((X - mean) / std, y)  # multinomial, L2 penalty

    xx, yy = np.meshgrid(np.linspace(30, 62, 300), np.linspace(12.5, 22.5, 300))
    grid = (np.column_stack([xx.ravel(), yy.ravel()]) - mean) / std
    P = model.predict_proba(grid)
    colours = np.array([[0.85, 0.45, 0.1], [0.55, 0.25, 0.75], [0.1, 0.55, 0.55]])

    figure, ax = plt.subplots(figsize=(6.5, 4.2))
    # each point of the plane takes the colour of its most likely species, faded where unsure
    image = colours[P.argmax(axis=1)] * P.max(axis=1, keepdims=True) + (1 - P.max(axis=1, keepdims=True))
    ax.imshow(
        image.reshape(300, 300, 3), origin="lower", extent=(30, 62, 12.5, 22.5), aspect="auto", alpha=0.6
    )
    ax.contour(xx, yy, P.max(axis=1).reshape(xx.shape), levels=[0.5, 0.9], colors="grey", linewidths=0.7)
    for c, name in enumerate(names):
        ax.scatter(*X[y == c].T, s=12, color=colours[c], edgecolor="black", linewidth=0.3, label=name)
    accuracy = model.score((X - mean) / std, y)
    ax.set(
        xlabel="bill length (mm)",
        ylabel="bill depth (mm)",
        title=f"Multinomial logistic regression on penguins (training accuracy {accuracy:.0%})",
    )
    ax.legend(fontsize=8, loc="lower left")
    return figure


def figure_sigmoid_and_loss():
    import matplotlib.pyplot as plt

    penguins = load_penguins()
    keep = ~np.isnan(penguins["flipper_length_mm"])
    x = penguins["flipper_length_mm"][keep]
    y = (penguins["species"][keep] == "Gentoo").astype(float)
    mean, std = x.mean(), x.std()
    z = (x - mean) / std

    # fit w, b by gradient descent on the mean cross-entropy (the gradient of exercise 2, lam = 0.01)
    w, b, losses = 0.0, 0.0, []
    for _ in range(300):
        p = np.exp(-np.logaddexp(0.0, -(w * z + b)))
        losses.append(np.mean(np.logaddexp(0.0, -(w * z + b)) * y + np.logaddexp(0.0, w * z + b) * (1 - y)))
        w, b = w - 1.0 * (np.mean((p - y) * z) + 0.01 * w), b - 1.0 * np.mean(p - y)

    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
    jitter = np.random.default_rng(0).uniform(-0.03, 0.03, size=y.size)
    left.scatter(x, y + jitter, s=8, color="grey", alpha=0.6, label="penguins (1 = Gentoo)")
    grid = np.linspace(x.min() - 5, x.max() + 5, 200)
    left.plot(
        grid,
        np.exp(-np.logaddexp(0.0, -(w * (grid - mean) / std + b))),
        lw=2,
        label="fitted σ(w z + b), z = standardized length",
    )
    left.axvline(mean - b / w * std, color="black", linestyle=":", label="p = 0.5")
    left.set(
        xlabel="flipper length (mm)", ylabel="P(Gentoo)", title="The sigmoid turns a score into a probability"
    )
    left.legend(fontsize=8)
    right.plot(losses)
    right.set(xlabel="gradient-descent step", ylabel="mean cross-entropy", title="Training loss")
    figure.tight_layout()
    return figure
