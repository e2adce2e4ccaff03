"""The matplotlib topic's solutions against the data, read off the artists they draw.

Each solution is the grader's reference, so a wrong solution would pass wrong learners
and fail right ones. Here every solution figure is inspected through matplotlib's own
API (not through the grader's description) and compared with values computed straight
from the data with NumPy: the scatter offsets are the data columns, the histogram bars
are np.histogram's densities on independently built edges, the residuals average to
zero for a least-squares fit. The last tests show the checks' views accept a correct
plot drawn another way, as a reviewer would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
import pytest

from conftest import topic_files
from mlroadmap.datasets import load_penguins
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.collections import PathCollection

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/matplotlib"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


_check, _solution = topic_files(TOPIC)


def _cases(file: str, extra: list[Case]) -> list[Case]:
    return [*_check(file).cases(), *extra]


def _figure(file: str, case: Case):
    """The solution's figure for a case, called as the grader calls it (private copies)."""
    figure = call(_solution(file), case)
    assert isinstance(figure, matplotlib.figure.Figure)
    return figure


def _sorted_rows(points: np.ndarray) -> np.ndarray:
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    points = points[np.isfinite(points).all(axis=1)]
    return points[np.lexsort((points[:, 1], points[:, 0]))]


def _penguins() -> dict[str, np.ndarray]:
    return {k: np.array(v) for k, v in load_penguins().items()}


# ------------------------------------------------------------ 1. scatter by species


def test_scatter_offsets_are_the_data_columns_of_each_species() -> None:
    extra = [
        Case("Torgersen only: Adelie alone", (_frame(island="Torgersen"), "body_mass_g", "bill_depth_mm")),
        Case("males only", (_frame(sex="male"), "flipper_length_mm", "bill_length_mm")),
    ]
    for case in _cases("01_scatter_by_species.py", extra):
        frame, x, y = case.args
        (ax,) = _figure("01_scatter_by_species.py", case).axes
        columns = {k: np.asarray(frame[k].to_numpy()) for k in ("species", x, y)}
        present = sorted(set(columns["species"].tolist()))
        scatters = [c for c in ax.collections if isinstance(c, PathCollection)]
        assert [c.get_label() for c in scatters] == present, case.name
        for collection, species in zip(scatters, present, strict=True):
            keep = columns["species"] == species
            want = np.column_stack([columns[x][keep].astype(float), columns[y][keep].astype(float)])
            np.testing.assert_array_equal(_sorted_rows(collection.get_offsets()), _sorted_rows(want))
        assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_title()) == (x, y, "Palmer penguins")
        assert [t.get_text() for t in ax.get_legend().get_texts()] == present
        assert not ax.lines


def _frame(island: str | None = None, sex: str | None = None) -> pd.DataFrame:
    data = _penguins()
    keep = np.ones(len(data["species"]), dtype=bool)
    if island is not None:
        keep &= data["island"] == island
    if sex is not None:
        keep &= data["sex"] == sex
    return pd.DataFrame({k: v[keep] for k, v in data.items()})


# ------------------------------------------------------------ 2. loss curves


def test_loss_curves_are_the_losses_over_epochs_from_one_on_a_log_axis() -> None:
    rng = np.random.default_rng(7)
    decay = np.exp(-np.linspace(0, 6, 40))
    extra = [
        Case("one epoch", (np.array([0.7]), np.array([0.8]))),
        Case("noisy decay, seed 7", (decay + rng.uniform(0, 0.01, 40), decay * 1.3 + 0.02)),
    ]
    for case in _cases("02_loss_curves.py", extra):
        train, val = case.args
        (ax,) = _figure("02_loss_curves.py", case).axes
        by_label = {line.get_label(): line for line in ax.get_lines()}
        assert set(by_label) == {"train", "validation"}, case.name
        epochs = [float(e) for e in range(1, len(train) + 1)]
        for label, losses in (("train", train), ("validation", val)):
            np.testing.assert_array_equal(np.asarray(by_label[label].get_xdata(), dtype=float), epochs)
            np.testing.assert_array_equal(np.asarray(by_label[label].get_ydata(), dtype=float), losses)
        assert ax.get_yscale() == "log" and ax.get_xscale() == "linear"
        assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_title()) == ("epoch", "loss", "Learning curves")
        assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["train", "validation"]


def test_the_training_runs_behave_as_their_case_names_say() -> None:
    """The cases are real runs: losses fall, and the small-sample one overfits."""
    cancer, diabetes, digits = _check("02_loss_curves.py").cases()
    for case in (cancer, diabetes, digits):
        train, val = case.args
        assert train[-1] < train[0] and np.all(np.isfinite(val))
    train, val = digits.args
    assert np.argmin(val) < len(val) - 50 and val[-1] > val.min()  # validation turns up
    assert train[-1] < train[np.argmin(val)] / 2  # while training keeps falling


# ------------------------------------------------------------ 3. histograms by sex


def test_histogram_bars_are_numpy_densities_on_shared_edges() -> None:
    extra = [Case("Biscoe island, bill length, 5 bins", (_frame(island="Biscoe"), "bill_length_mm", 5))]
    for case in _cases("03_histograms_by_sex.py", extra):
        frame, column, bins = case.args
        (ax,) = _figure("03_histograms_by_sex.py", case).axes
        values = np.asarray(frame[column].to_numpy(), dtype=float)
        sexes = np.asarray(frame["sex"].to_numpy(), dtype=object)
        finite = values[np.isfinite(values)]
        edges = finite.min() + (finite.max() - finite.min()) * np.arange(bins + 1) / bins
        assert len(ax.containers) == 2, case.name
        for container, sex in zip(ax.containers, ("female", "male"), strict=True):
            group = values[(sexes == sex) & np.isfinite(values)]
            density, _ = np.histogram(group, bins=edges, density=True)
            heights = np.array([bar.get_height() for bar in container.patches])
            lefts = np.array([bar.get_x() for bar in container.patches])
            widths = np.array([bar.get_width() for bar in container.patches])
            np.testing.assert_allclose(heights, density, rtol=1e-12)
            np.testing.assert_allclose(lefts, edges[:-1], rtol=1e-12)
            assert np.sum(heights * widths) == pytest.approx(1.0)  # a density: area 1
            assert container.patches[0].get_label() == sex
        assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_title()) == (column, "density", f"{column} by sex")
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["female", "male"]


# ------------------------------------------------------------ 4. residual plots


def test_residual_panels_show_the_data_and_least_squares_residuals_average_zero() -> None:
    rng = np.random.default_rng(3)
    truth = rng.normal(size=60)
    extra = [Case("made-up predictions, seed 3", (truth, truth + rng.normal(0.5, 0.2, size=60)))]
    for case in _cases("04_residual_plots.py", extra):
        y_true, y_pred = (np.asarray(a, dtype=float) for a in case.args)
        left, right = _figure("04_residual_plots.py", case).axes
        (actual,) = left.collections
        (residual,) = right.collections
        np.testing.assert_array_equal(actual.get_offsets(), np.column_stack([y_true, y_pred]))
        offsets = np.asarray(residual.get_offsets())
        np.testing.assert_array_equal(offsets[:, 0], y_pred)
        np.testing.assert_allclose(offsets[:, 1], [t - p for t, p in zip(y_true, y_pred, strict=True)])
        if case.name in {c.name for c in _check("04_residual_plots.py").cases()}:  # least-squares fits
            assert abs(offsets[:, 1].mean()) < 1e-6 * np.abs(y_true).mean()
        (diagonal,) = left.get_lines()
        assert np.allclose(diagonal.get_xdata(), diagonal.get_ydata())
        (zero,) = right.get_lines()
        assert np.allclose(zero.get_ydata(), 0.0)
        assert (left.get_xlabel(), left.get_ylabel(), left.get_title()) == (
            "actual",
            "predicted",
            "Predicted vs actual",
        )
        assert (right.get_xlabel(), right.get_ylabel(), right.get_title()) == (
            "predicted",
            "residual",
            "Residuals",
        )


# ------------------------------------------------------------ the views accept other correct drawings


def _seen(file: str, function: Any, case: Case) -> Any:
    return _check(file).seen(call(function, case))


def _same(file: str, other: Any) -> None:
    check = _check(file)
    for case in check.cases():
        problem = compare(_seen(file, _solution(file), case), _seen(file, other, case), check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


def test_a_markers_only_plot_in_other_colours_returning_the_axes_passes_the_scatter() -> None:
    def markers(penguins: pd.DataFrame, x: str, y: str):
        ax = plt.figure().add_subplot()
        for species in sorted(set(penguins["species"]), reverse=True):
            rows = penguins[penguins["species"] == species].dropna(subset=[x, y])
            ax.plot(rows[x], rows[y], "s", color="black", label=species)
        ax.set_title("Palmer penguins")
        ax.set_xlabel(x)
        ax.set_ylabel(y)
        ax.legend(loc="upper left")
        return ax

    _same("01_scatter_by_species.py", markers)


def test_pyplot_state_with_markers_and_numpy_edges_pass() -> None:
    def curves(train_loss, val_loss):
        plt.figure()
        plt.semilogy(range(1, len(val_loss) + 1), val_loss, "o-", label="validation")
        plt.semilogy(range(1, len(train_loss) + 1), train_loss, "--", label="train")
        plt.xlabel("epoch")
        plt.ylabel("loss")
        plt.title("Learning curves")
        plt.legend()
        return plt.gcf()

    def histograms(penguins, column, bins):
        values = penguins[column].to_numpy(dtype=float)
        edges = np.linspace(np.nanmin(values), np.nanmax(values), bins + 1)
        fig, ax = plt.subplots()
        for sex in ("male", "female"):
            ax.hist(values[(penguins["sex"] == sex).to_numpy()], bins=edges, density=True, label=sex)
        ax.set(xlabel=column, ylabel="density", title=f"{column} by sex")
        ax.legend()
        return fig

    _same("02_loss_curves.py", curves)
    _same("03_histograms_by_sex.py", histograms)


def test_reference_lines_drawn_another_way_pass_the_residual_plots() -> None:
    def drawn(y_true, y_pred):
        fig, axes = plt.subplots(1, 2)
        low, high = min(y_true.min(), y_pred.min()), max(y_true.max(), y_pred.max())
        axes[0].plot([low, high], [low, high], color="red")
        axes[0].scatter(y_true, y_pred, s=3)
        axes[0].set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
        axes[1].scatter(y_pred, y_true - y_pred, marker="x")
        axes[1].plot([y_pred.min(), y_pred.max()], [0, 0])
        axes[1].set(xlabel="predicted", ylabel="residual", title="Residuals")
        return fig

    _same("04_residual_plots.py", drawn)
