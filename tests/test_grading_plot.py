"""The plot description (mlroadmap.grading.plot) against the artists matplotlib drew.

Each field a plot check can grade is compared with what matplotlib itself reports
about the artist (its patches, paths, arrays, texts), or with the statistics NumPy
computes from the data, so a wrong description cannot pass a wrong plot.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.plain import decode, encode, plain
from mlroadmap.grading.plot import describe

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import seaborn as sns


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _penguins() -> pd.DataFrame:
    return pd.DataFrame(load_penguins())


def _only_axes(value) -> dict:
    (axes,) = describe(value)["axes"]
    return axes


def _is_plain(value) -> bool:
    if value is None or type(value) in (bool, int, float, str):
        return True
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "biufU"
    if isinstance(value, list):
        return all(_is_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_plain(v) for k, v in value.items())
    return False


def test_lines_carry_their_style_and_dates_become_day_numbers():
    from matplotlib.dates import date2num

    fig, ax = plt.subplots()
    markers = ax.plot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], "o", label="points")[0]
    dashed = ax.plot([1.0, 2.0], [0.0, 1.0], "--")[0]
    dates = np.array(["2000-01-01", "2000-03-01", "2001-01-01"], dtype="datetime64[D]")
    dated = ax.plot(dates, [1.0, 2.0, 3.0])[0]
    lines = _only_axes(fig)["lines"]
    assert (lines[0]["marker"], lines[0]["linestyle"]) == (markers.get_marker(), "")
    assert markers.get_linestyle() == "None"
    assert (lines[1]["marker"], lines[1]["linestyle"]) == ("", dashed.get_linestyle())
    assert lines[0]["label"] == "points" and lines[1]["label"] is None
    np.testing.assert_allclose(lines[2]["x"], date2num(dates))
    np.testing.assert_allclose(lines[2]["x"], dated.get_xdata(orig=False))


def test_each_bar_container_keeps_its_own_bars_and_label():
    penguins = _penguins()
    fig, ax = plt.subplots()
    edges = np.linspace(170, 235, 14)
    made = []
    for sex in ("female", "male"):
        values = penguins["flipper_length_mm"][penguins["sex"] == sex]
        made.append(ax.hist(values, bins=edges, density=True, label=sex)[2])
    ax.bar([300.0], [0.01], width=5, label="marker bar")
    containers = _only_axes(fig)["containers"]
    assert [c["label"] for c in containers] == ["female", "male", "marker bar"]
    for described, container in zip(containers, made, strict=False):
        np.testing.assert_array_equal(described["height"], [p.get_height() for p in container.patches])
        np.testing.assert_array_equal(described["x"], [p.get_x() for p in container.patches])
        np.testing.assert_array_equal(described["width"], [p.get_width() for p in container.patches])
        np.testing.assert_array_equal(described["y"], np.zeros(len(edges) - 1))
    female = penguins["flipper_length_mm"][penguins["sex"] == "female"].dropna()
    np.testing.assert_allclose(containers[0]["height"], np.histogram(female, edges, density=True)[0])


def test_seaborn_bars_are_one_unlabelled_container_per_hue_level_in_legend_order():
    penguins = _penguins()
    fig, ax = plt.subplots()
    sns.barplot(data=penguins, x="species", y="flipper_length_mm", hue="sex", errorbar=None, ax=ax)
    axes = _only_axes(fig)
    assert axes["legend"] == ["male", "female"] and axes["legend_title"] == "sex"
    assert [c["label"] for c in axes["containers"]] == [None, None]
    for described, container in zip(axes["containers"], ax.containers, strict=True):
        np.testing.assert_allclose(described["height"], container.datavalues)
    means = penguins.groupby(["sex", "species"])["flipper_length_mm"].mean()
    for sex, described in zip(("male", "female"), axes["containers"], strict=True):
        want = [means[sex, s] for s in ("Adelie", "Gentoo", "Chinstrap")]
        np.testing.assert_allclose(described["height"], want)
    np.testing.assert_array_equal(axes["xticks"], ax.get_xticks())
    assert axes["xticklabels"] == ["Adelie", "Gentoo", "Chinstrap"]


@pytest.mark.parametrize("orient", ["v", "h"])
def test_box_plot_boxes_give_the_quartiles_whiskers_and_fliers(orient):
    from matplotlib import cbook

    penguins = _penguins()
    fig, ax = plt.subplots()
    where = {"x": "species", "y": "body_mass_g"} if orient == "v" else {"y": "species", "x": "body_mass_g"}
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="vert: bool")  # seaborn 0.13 on matplotlib 3.11
        sns.boxplot(data=penguins, **where, ax=ax)
    axes = _only_axes(fig)
    order = ["Adelie", "Gentoo", "Chinstrap"]
    assert len(axes["boxes"]) == 3
    for position, (species, box) in enumerate(zip(order, axes["boxes"], strict=True)):
        values = penguins["body_mass_g"][penguins["species"] == species].dropna().to_numpy()
        (stats,) = cbook.boxplot_stats(values, whis=1.5)
        assert box["vertical"] is (orient == "v") and box["position"] == pytest.approx(position)
        assert box["median"] == pytest.approx(np.median(values))
        assert (box["q1"], box["q3"]) == pytest.approx(tuple(np.percentile(values, [25, 75])))
        assert (box["whislo"], box["whishi"]) == pytest.approx((stats["whislo"], stats["whishi"]))
        np.testing.assert_allclose(box["fliers"], np.sort(stats["fliers"]))
    labels = axes["xticklabels"] if orient == "v" else axes["yticklabels"]
    assert labels == order
    # the boxes themselves are PathPatches, described with their outline
    assert [p["type"] for p in axes["patches"]] == ["PathPatch"] * 3
    box_patch = ax.patches[0]
    outline = ax.transData.inverted().transform(box_patch.get_verts())
    vertices = axes["patches"][0]["vertices"]  # get_verts leaves out the closing vertex
    np.testing.assert_allclose(vertices[: len(outline)], outline, rtol=1e-9, atol=1e-9)


def test_other_patches_are_described_by_their_outline_in_data_coordinates():
    from matplotlib.patches import Ellipse

    fig, ax = plt.subplots()
    ax.set(xlim=(0, 10), ylim=(0, 10))
    triangle = np.array([[1.0, 1.0], [4.0, 1.0], [2.0, 5.0]])
    (polygon,) = ax.fill(triangle[:, 0], triangle[:, 1], label="triangle")
    ax.add_patch(Ellipse((6.0, 5.0), width=2.0, height=4.0))
    patches = _only_axes(fig)["patches"]
    assert [p["type"] for p in patches] == ["Polygon", "Ellipse"]
    assert patches[0]["label"] == "triangle"
    np.testing.assert_allclose(patches[0]["vertices"][:3], polygon.get_xy()[:3])
    np.testing.assert_allclose(patches[0]["extents"], [1.0, 1.0, 4.0, 5.0])
    np.testing.assert_allclose(patches[1]["extents"], [5.0, 3.0, 7.0, 7.0], atol=1e-9)


def test_a_heatmap_gives_its_matrix_with_masked_cells_as_nan_and_its_annotations():
    penguins = _penguins()
    columns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    matrix = penguins[columns].corr()
    matrix.iloc[0, 2] = np.nan  # seaborn masks missing cells
    fig, ax = plt.subplots()
    sns.heatmap(matrix, annot=True, fmt=".2f", ax=ax)
    assert len(describe(fig)["axes"]) == 2  # the heatmap and its colour bar
    axes = _only_axes(ax)
    (mesh,) = axes["meshes"]
    (quadmesh,) = ax.collections
    assert np.ma.getmaskarray(quadmesh.get_array())[0, 2]
    np.testing.assert_allclose(mesh["array"], matrix.to_numpy())
    np.testing.assert_array_equal(np.isnan(mesh["array"]), np.isnan(matrix.to_numpy()))
    np.testing.assert_allclose(mesh["extent"], [0.0, 3.0, 0.0, 3.0])
    assert axes["scatter"] == [] and axes["collections"] == []
    texts = {(t["x"], t["y"]): t["text"] for t in axes["texts"]}
    assert texts == {t.get_position(): t.get_text() for t in ax.texts}
    assert texts[(1.5, 0.5)] == f"{matrix.iloc[0, 1]:.2f}" and len(texts) == 8
    assert axes["xticklabels"] == columns and axes["yticklabels"] == columns
    np.testing.assert_allclose(axes["yticks"], [0.5, 1.5, 2.5])


def test_polygon_and_line_collections_give_their_paths():
    penguins = _penguins().dropna(subset=["bill_length_mm", "bill_depth_mm"])
    fig, ax = plt.subplots()
    sns.regplot(data=penguins, x="bill_length_mm", y="bill_depth_mm", ax=ax, seed=0, n_boot=50)
    ax.vlines([35.0, 45.0], 14.0, [16.0, 18.0], label="marks")
    axes = _only_axes(fig)
    kinds = [c["type"] for c in axes["collections"]]
    band, marks = axes["collections"]
    assert kinds == [type(ax.collections[1]).__name__, "LineCollection"]
    np.testing.assert_allclose(band["paths"][0], ax.collections[1].get_paths()[0].vertices)
    assert marks["label"] == "marks"
    np.testing.assert_allclose(marks["paths"][0], [[35.0, 14.0], [35.0, 16.0]])
    np.testing.assert_allclose(marks["paths"][1], [[45.0, 14.0], [45.0, 18.0]])
    # the band surrounds the fitted line, which is the least-squares line
    (line,) = axes["lines"]
    slope, intercept = np.polyfit(penguins["bill_length_mm"], penguins["bill_depth_mm"], 1)
    np.testing.assert_allclose(line["y"], intercept + slope * line["x"])
    low, high = band["paths"][0][:, 1].min(), band["paths"][0][:, 1].max()
    assert low < line["y"].min() and line["y"].max() < high


def test_texts_ticks_and_legend_title():
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], label="a")
    ax.text(0.2, 0.8, "note")
    ax.set_xticks([0.0, 0.5, 1.0], ["lo", "mid", "hi"])
    ax.legend(title="kind")
    axes = _only_axes(fig)
    assert axes["texts"] == [{"text": "note", "x": 0.2, "y": 0.8}]
    np.testing.assert_array_equal(axes["xticks"], [0.0, 0.5, 1.0])
    assert axes["xticklabels"] == ["lo", "mid", "hi"]
    assert axes["legend"] == ["a"] and axes["legend_title"] == "kind"


def test_every_field_is_plain_and_survives_the_round_trip(tmp_path: Path):
    penguins = _penguins()
    fig, (left, right) = plt.subplots(1, 2)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="vert: bool")
        sns.boxplot(data=penguins, x="species", y="body_mass_g", ax=left)
    sns.heatmap(penguins[["bill_length_mm", "body_mass_g"]].corr(), annot=True, ax=right)
    right.fill_between([0.0, 1.0], [0.0, 0.5], [1.0, 1.5])
    description = plain(fig)
    assert _is_plain(description)
    back = decode(encode(description, tmp_path, "d"), tmp_path)
    assert back.keys() == description.keys()
    for got, want in zip(back["axes"], description["axes"], strict=True):
        assert got.keys() == want.keys()
        for box_got, box_want in zip(got["boxes"], want["boxes"], strict=True):
            np.testing.assert_array_equal(box_got["fliers"], box_want["fliers"])
        for mesh_got, mesh_want in zip(got["meshes"], want["meshes"], strict=True):
            np.testing.assert_array_equal(mesh_got["array"], mesh_want["array"])
