"""The seaborn topic's solutions against the data, read off the artists they draw.

Each solution is the grader's reference, so a wrong solution would pass wrong learners
and fail right ones. Here every solution figure is inspected through matplotlib's own
API (not through the grader's description) and compared with statistics computed
straight from the data with NumPy: histogram densities with np.histogram on shared
edges, box quartiles with np.percentile and the 1.5 IQR rule by hand, heatmap cells
with np.corrcoef pair by pair, bar heights with a mean per group, regression lines with
np.polyfit. The last tests show the checks' views accept a correct plot drawn another
way, as a reviewer would.
"""

from __future__ import annotations

import warnings
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
import seaborn as sns
from matplotlib.collections import PathCollection, QuadMesh

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/seaborn"


@pytest.fixture(autouse=True)
def _quiet_and_closed():
    with warnings.catch_warnings():  # seaborn 0.13's boxplot passes vert= to matplotlib 3.11
        warnings.filterwarnings("ignore", message="vert: bool")
        yield
    plt.close("all")


_check, _solution = topic_files(TOPIC)


def _cases(file: str, extra: list[Case]) -> list[Case]:
    return [*_check(file).cases(), *extra]


def _axes(file: str, case: Case):
    """The solution's (first) Axes for a case, called as the grader calls it."""
    figure = call(_solution(file), case)
    assert isinstance(figure, matplotlib.figure.Figure)
    return figure.axes[0]


def _frame(island: str | None = None, sex: str | None = None) -> pd.DataFrame:
    data = {k: np.array(v) for k, v in load_penguins().items()}
    keep = np.ones(len(data["species"]), dtype=bool)
    if island is not None:
        keep &= data["island"] == island
    if sex is not None:
        keep &= data["sex"] == sex
    return pd.DataFrame({k: v[keep] for k, v in data.items()})


def _columns(frame: pd.DataFrame, *names: str) -> dict[str, np.ndarray]:
    """Plain NumPy columns: text as object arrays, numbers as floats."""
    out = {}
    for name in names:
        values = frame[name].to_numpy()
        out[name] = values.astype(float) if frame[name].dtype.kind in "fi" else values.astype(object)
    return out


def _legend(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


# ------------------------------------------------------------ 1. density histograms


def test_histogram_bars_are_per_species_densities_on_shared_edges() -> None:
    extra = [Case("Biscoe island, body mass, 7 bins", (_frame(island="Biscoe"), "body_mass_g", 7))]
    for case in _cases("01_density_by_species.py", extra):
        frame, column, bins = case.args
        ax = _axes("01_density_by_species.py", case)
        data = _columns(frame, "species", column)
        finite = np.isfinite(data[column])
        low, high = data[column][finite].min(), data[column][finite].max()
        edges = low + (high - low) * np.arange(bins + 1) / bins
        species = _legend(ax)
        assert sorted(species) == sorted(set(data["species"].tolist())), case.name
        assert len(ax.containers) == len(species)
        densities = {
            name: np.histogram(data[column][finite & (data["species"] == name)], bins=edges, density=True)[0]
            for name in species
        }
        matched = []
        for container in ax.containers:  # histplot draws the levels in reverse, so match by data
            heights = np.array([bar.get_height() for bar in container.patches])
            widths = np.array([bar.get_width() for bar in container.patches])
            matched += [name for name, d in densities.items() if np.allclose(heights, d, rtol=1e-9, atol=0)]
            np.testing.assert_allclose([bar.get_x() for bar in container.patches], edges[:-1], rtol=1e-9)
            np.testing.assert_allclose([bar.get_y() for bar in container.patches], 0.0)
            assert np.sum(heights * widths) == pytest.approx(1.0)
        assert sorted(matched) == sorted(species), case.name  # each species' density, once
        assert (ax.get_xlabel(), ax.get_ylabel()) == (column, "Density")


# ------------------------------------------------------------ 2. box plots


def _box_by_hand(values: np.ndarray) -> dict[str, Any]:
    q1, median, q3 = np.percentile(values, [25, 50, 75])
    reach = 1.5 * (q3 - q1)
    inside = values[(values >= q1 - reach) & (values <= q3 + reach)]
    return {
        "median": median,
        "q1": q1,
        "q3": q3,
        "whiskers": (inside.min(), inside.max()),
        "outliers": np.sort(values[(values < q1 - reach) | (values > q3 + reach)]),
    }


def test_boxes_are_the_quartiles_and_whiskers_of_each_species() -> None:
    extra = [Case("females only, bill depth", (_frame(sex="female"), "bill_depth_mm"))]
    for case in _cases("02_boxplot_by_species.py", extra):
        frame, column = case.args
        ax = _axes("02_boxplot_by_species.py", case)
        data = _columns(frame, "species", column)
        order = sorted(set(data["species"].tolist()))
        assert [t.get_text() for t in ax.get_xticklabels()] == order, case.name
        (boxes,) = ax.containers
        seen_outliers = 0
        for i, name in enumerate(order):
            values = data[column][(data["species"] == name) & np.isfinite(data[column])]
            want = _box_by_hand(values)
            box_y = boxes.boxes[i].get_path().vertices[:, 1]
            assert (box_y.min(), box_y.max()) == pytest.approx((want["q1"], want["q3"]))
            assert np.unique(boxes.medians[i].get_ydata()) == pytest.approx([want["median"]])
            ends = sorted(float(w.get_ydata()[-1]) for w in boxes.whiskers[2 * i : 2 * i + 2])
            assert ends == pytest.approx(list(want["whiskers"]))
            np.testing.assert_allclose(np.sort(boxes.fliers[i].get_ydata()), want["outliers"])
            assert boxes.medians[i].get_xdata().mean() == pytest.approx(i)  # the box sits on its tick
            seen_outliers += len(want["outliers"])
        if case.name in {c.name for c in _check("02_boxplot_by_species.py").cases()}:
            assert seen_outliers > 0  # each check case has outliers, which separate the whisker mutant
        assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_title()) == (
            "species",
            column,
            f"{column} by species",
        )


# ------------------------------------------------------------ 3. correlation heatmap


def _pairwise_pearson(frame: pd.DataFrame) -> tuple[list[str], np.ndarray]:
    names = [c for c in frame.columns if frame[c].dtype.kind in "fi"]
    columns = [frame[c].to_numpy(dtype=float) for c in names]
    matrix = np.empty((len(names), len(names)))
    for i, a in enumerate(columns):
        for j, b in enumerate(columns):
            both = np.isfinite(a) & np.isfinite(b)
            matrix[i, j] = np.corrcoef(a[both], b[both])[0, 1]
    return names, matrix


def test_heatmap_cells_are_pairwise_pearson_correlations_with_annotations() -> None:
    extra = [Case("females only, all columns", (_frame(sex="female"),))]
    for case in _cases("03_correlation_heatmap.py", extra):
        (frame,) = case.args
        ax = _axes("03_correlation_heatmap.py", case)
        names, matrix = _pairwise_pearson(frame)
        (mesh,) = [c for c in ax.collections if isinstance(c, QuadMesh)]
        np.testing.assert_allclose(np.ma.filled(mesh.get_array(), np.nan), matrix, rtol=1e-9, atol=1e-12)
        assert [t.get_text() for t in ax.get_xticklabels()] == names, case.name
        assert [t.get_text() for t in ax.get_yticklabels()] == names
        texts = sorted(ax.texts, key=lambda t: (t.get_position()[1], t.get_position()[0]))
        assert [t.get_text() for t in texts] == [f"{r:.2f}" for r in matrix.ravel()]
        assert ax.get_title() == "Pearson correlation"


def test_the_raw_case_has_pairs_that_listwise_deletion_would_change() -> None:
    """The second case separates pairwise from complete-rows correlations."""
    (frame,) = _check("03_correlation_heatmap.py").cases()[1].args
    names, pairwise = _pairwise_pearson(frame)
    complete = frame[names].dropna().to_numpy(dtype=float)
    listwise = np.corrcoef(complete, rowvar=False)
    assert not np.allclose(pairwise[:4, :4], listwise[:4, :4], rtol=1e-6)


# ------------------------------------------------------------ 4. grouped bars


def test_bar_heights_are_the_mean_of_each_species_and_sex() -> None:
    extra = [Case("Torgersen island, bill length", (_frame(island="Torgersen"), "bill_length_mm"))]
    for case in _cases("04_mean_by_species_and_sex.py", extra):
        frame, column = case.args
        ax = _axes("04_mean_by_species_and_sex.py", case)
        data = _columns(frame, "species", "sex", column)
        ticks = ax.get_xticks()
        labels = [t.get_text() for t in ax.get_xticklabels()]
        sexes = _legend(ax)
        assert sorted(sexes) == ["female", "male"], case.name
        drawn = {}
        for container, sex in zip(ax.containers, sexes, strict=True):
            for bar in container.patches:
                species = labels[int(np.argmin(np.abs(ticks - (bar.get_x() + bar.get_width() / 2))))]
                drawn[species, sex] = bar.get_height()
        want = {}
        for species in set(data["species"].tolist()):
            for sex in ("female", "male"):
                rows = (data["species"] == species) & (data["sex"] == sex) & np.isfinite(data[column])
                want[species, sex] = data[column][rows].sum() / rows.sum()
        assert drawn.keys() == want.keys()
        for key, height in want.items():
            assert drawn[key] == pytest.approx(height, rel=1e-12), (case.name, key)
        assert (ax.get_xlabel(), ax.get_ylabel()) == ("species", column)
        assert ax.get_title() == f"mean {column} by species and sex"


# ------------------------------------------------------------ 5. regression per species


def test_each_species_gets_its_least_squares_line_and_its_points() -> None:
    extra = [
        Case("males only, bill depth against body mass", (_frame(sex="male"), "bill_depth_mm", "body_mass_g"))
    ]
    for case in _cases("05_regression_by_species.py", extra):
        frame, x, y = case.args
        ax = _axes("05_regression_by_species.py", case)
        data = _columns(frame, "species", x, y)
        names = sorted(set(data["species"].tolist()))
        scatters = [c for c in ax.collections if isinstance(c, PathCollection)]
        assert [c.get_label() for c in scatters] == names, case.name
        assert sorted(_legend(ax)) == names
        lines = ax.get_lines()
        assert len(lines) == len(names)
        for name, points, line in zip(names, scatters, lines, strict=True):
            rows = (data["species"] == name) & np.isfinite(data[x]) & np.isfinite(data[y])
            slope, intercept = np.polyfit(data[x][rows], data[y][rows], 1)
            line_x, line_y = np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)
            np.testing.assert_allclose(line_y, intercept + slope * line_x, rtol=1e-9)
            assert (line_x.min(), line_x.max()) == pytest.approx((data[x][rows].min(), data[x][rows].max()))
            offsets = np.asarray(points.get_offsets(), dtype=float)
            offsets = offsets[np.isfinite(offsets).all(axis=1)]
            assert len(offsets) == rows.sum()
        assert (ax.get_xlabel(), ax.get_ylabel()) == (x, y)


def test_the_first_case_shows_simpsons_paradox() -> None:
    frame, x, y = _check("05_regression_by_species.py").cases()[0].args
    data = _columns(frame, "species", x, y)
    rows = np.isfinite(data[x]) & np.isfinite(data[y])
    assert np.polyfit(data[x][rows], data[y][rows], 1)[0] < 0
    for name in set(data["species"].tolist()):
        keep = rows & (data["species"] == name)
        assert np.polyfit(data[x][keep], data[y][keep], 1)[0] > 0


# ------------------------------------------------------------ the views accept other correct drawings


def _same(file: str, other: Any) -> None:
    check = _check(file)
    for case in check.cases():
        want = check.seen(call(_solution(file), case))
        problem = compare(want, check.seen(call(other, case)), check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


def test_densities_drawn_with_plain_matplotlib_pass() -> None:
    def by_hand(penguins, column, bins):
        ax = plt.figure().add_subplot()
        edges = np.histogram_bin_edges(penguins[column].dropna(), bins=bins)
        for species, group in penguins.groupby("species"):
            ax.hist(group[column].dropna(), bins=edges, density=True, alpha=0.4, label=species)
        ax.set(xlabel=column, ylabel="Density")
        ax.legend(title="species")
        return ax

    _same("01_density_by_species.py", by_hand)


def test_boxes_coloured_by_species_pass() -> None:
    def coloured(penguins, column):
        order = ["Adelie", "Chinstrap", "Gentoo"]
        ax = sns.boxplot(
            data=penguins, x="species", y=column, hue="species", order=order, legend=False, width=0.5
        )
        ax.set_title(f"{column} by species")
        return ax

    _same("02_boxplot_by_species.py", coloured)


def test_a_heatmap_returned_as_axes_with_another_colour_map_passes() -> None:
    def other(frame):
        ax = sns.heatmap(frame.select_dtypes("number").corr(), annot=True, fmt=".2f", cmap="viridis")
        ax.set_title("Pearson correlation")
        return ax

    _same("03_correlation_heatmap.py", other)


def test_bars_in_another_order_with_error_bars_pass() -> None:
    def ordered(penguins, column):
        fig, ax = plt.subplots()
        sns.barplot(
            data=penguins,
            x="species",
            y=column,
            hue="sex",
            order=sorted(penguins["species"].unique(), reverse=True),
            hue_order=["female", "male"],
            errorbar="sd",
            ax=ax,
        )
        ax.set_title(f"mean {column} by species and sex")
        return fig

    _same("04_mean_by_species_and_sex.py", ordered)


def test_lmplot_with_a_legend_on_its_axes_passes() -> None:
    def facet(penguins, x, y):
        grid = sns.lmplot(data=penguins, x=x, y=y, hue="species", ci=None, legend=False)
        grid.ax.legend()
        return grid.figure

    _same("05_regression_by_species.py", facet)
