"""Check of exercise 02: plot_loss_curves (two labelled lines over epochs 1..n, log y axis).

The cases are real training runs: gradient descent on logistic and linear regression,
computed here with NumPy on scikit-learn's bundled data sets. The view keeps each
labelled line's x and y, the y scale, the axis labels, the title and the legend.
"""

import matplotlib
import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_diabetes, load_digits
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

matplotlib.use("Agg")

import matplotlib.pyplot as plt


def training_run(
    X: np.ndarray, y: np.ndarray, loss: str, epochs: int, rate: float, train_fraction: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch gradient descent from zero weights; the losses after each epoch."""
    order = np.random.default_rng(seed).permutation(len(y))
    train, val = order[: int(train_fraction * len(y))], order[int(train_fraction * len(y)) :]
    mu, sigma = X[train].mean(axis=0), X[train].std(axis=0)
    Z = np.column_stack([np.ones(len(y)), (X - mu) / np.where(sigma == 0, 1.0, sigma)])
    w = np.zeros(Z.shape[1])

    def mean_loss(rows: np.ndarray) -> float:
        z = Z[rows] @ w
        if loss == "squared":
            return float(np.mean((z - y[rows]) ** 2))
        return float(np.mean(np.logaddexp(0.0, z) - y[rows] * z))  # log loss, stable

    train_loss, val_loss = [], []
    for _ in range(epochs):
        z = Z[train] @ w
        error = z - y[train] if loss == "squared" else 1.0 / (1.0 + np.exp(-z)) - y[train]
        w -= rate * Z[train].T @ error / len(train)
        train_loss.append(mean_loss(train))
        val_loss.append(mean_loss(val))
    return np.array(train_loss), np.array(val_loss)


def cases() -> list[Case]:
    cancer, diabetes, digits = load_breast_cancer(), load_diabetes(scaled=False), load_digits()
    five_or_nine = (digits.target == 5) | (digits.target == 9)
    return [
        Case(
            "logistic regression on breast cancer, 150 epochs",
            training_run(cancer.data, cancer.target.astype(float), "log", 150, 0.5, 0.7, 0),
        ),
        Case(
            "linear regression on diabetes (squared error), 60 epochs",
            training_run(diabetes.data, diabetes.target, "squared", 60, 0.1, 0.7, 1),
        ),
        Case(
            "digits 5 against 9 trained on 10% of the images: it overfits, 300 epochs",
            training_run(
                digits.data[five_or_nine],
                (digits.target[five_or_nine] == 9).astype(float),
                "log",
                300,
                1.0,
                0.1,
                0,
            ),
        ),
    ]


def view(description: dict) -> dict:
    (axes,) = description["axes"]
    lines = sorted(axes["lines"], key=lambda line: line["label"] or "")
    return {
        "lines": [{"label": line["label"], "x": line["x"], "y": line["y"]} for line in lines],
        "yscale": axes["yscale"],
        "xlabel": axes["xlabel"],
        "ylabel": axes["ylabel"],
        "title": axes["title"],
        "legend": sorted(axes["legend"] or []),  # no legend: no entries
    }


def _draw(x: np.ndarray, train_loss, val_loss, labels=("train", "validation"), log=True, legend=True):
    fig, ax = plt.subplots()
    ax.plot(x, train_loss, label=labels[0])
    ax.plot(x, val_loss, label=labels[1])
    if log:
        ax.set_yscale("log")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
    if legend:
        ax.legend()
    return fig


def _epochs(train_loss: np.ndarray) -> np.ndarray:
    return np.arange(1, len(train_loss) + 1)


def from_zero(train_loss: np.ndarray, val_loss: np.ndarray):
    return _draw(np.arange(len(train_loss)), train_loss, val_loss)


def linear_scale(train_loss: np.ndarray, val_loss: np.ndarray):
    return _draw(_epochs(train_loss), train_loss, val_loss, log=False)


def labels_swapped(train_loss: np.ndarray, val_loss: np.ndarray):
    return _draw(_epochs(train_loss), train_loss, val_loss, labels=("validation", "train"))


def no_legend(train_loss: np.ndarray, val_loss: np.ndarray):
    return _draw(_epochs(train_loss), train_loss, val_loss, legend=False)


CHECK = Check(
    function="plot_loss_curves",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    view=view,
    mutants=[
        Mutant(
            from_zero,
            "Given only y values, ax.plot numbers the points 0, 1, ..., n - 1: pass the epoch "
            "numbers np.arange(1, n + 1) as x, since the first loss is measured after epoch 1.",
        ),
        Mutant(
            linear_scale,
            "The y axis is linear, so the late epochs, where training and validation part ways, "
            "are squashed against zero: set ax.set_yscale('log').",
        ),
        Mutant(
            labels_swapped,
            "The labels are swapped: the curve of train_loss must be labelled 'train' and the "
            "curve of val_loss 'validation'.",
        ),
        Mutant(
            no_legend,
            "Labels only show up once you call ax.legend(): without a legend nobody can tell the "
            "training curve from the validation curve.",
        ),
    ],
)
