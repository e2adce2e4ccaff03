"""A matplotlib figure as a reviewer reads it: what is drawn, with which data and words.

Plot exercises return a Figure or an Axes. Inside the sandbox it becomes a plain
description (no image comparison): per Axes the title, axis labels, scales, ticks,
legend entries, texts, and the data of its lines, scatter collections, bars, boxes,
other patches and collections, colour meshes and images. A check's ``view`` then
keeps the parts the exercise asks for, so a different colour or marker never fails
a learner, while a missing label or wrong data does.

seaborn draws with matplotlib, so its plots are described by the same artists:
``histplot`` and ``barplot`` give bar containers, ``boxplot`` a box container (its
boxes summarised under ``"boxes"``), ``heatmap`` a QuadMesh (``"meshes"``) with
annotations (``"texts"``), ``violinplot`` and the band of ``regplot`` polygon
collections (``"collections"``).
"""

from __future__ import annotations

from typing import Any

import numpy as np


def is_plot(value: Any) -> bool:
    """True for a matplotlib Figure or Axes (found without importing matplotlib)."""
    module = type(value).__module__
    return module.startswith("matplotlib") and (hasattr(value, "get_axes") or hasattr(value, "get_title"))


def _label(artist: Any) -> str | None:
    label = artist.get_label()
    return None if not label or label.startswith("_") else str(label)


def _style(value: Any) -> str:
    """A line style or marker as text, with every spelling of "none" as ""."""
    text = "" if value is None else str(value)
    return "" if text in ("None", "none", " ", "") else text


def _floats(values: Any) -> np.ndarray:
    """Numbers as a float array; masked entries (hidden by matplotlib) become NaN."""
    if np.ma.isMaskedArray(values):
        return np.ma.filled(values.astype(float), np.nan)
    return np.asarray(values, dtype=float)


def _line_xy(line: Any, axis: str) -> np.ndarray:
    """A line's x or y data as numbers: as given when numeric, else as matplotlib
    converted it (dates become days since 1970, categories their positions)."""
    data = getattr(line, f"get_{axis}data")()
    if np.asarray(data).dtype.kind in "biuf":
        return _floats(data)
    return _floats(getattr(line, f"get_{axis}data")(orig=False))


def _position(text: Any) -> tuple[float, float]:
    x, y = text.get_unitless_position()
    return float(x), float(y)


def _rectangles(rects: list[Any]) -> dict[str, np.ndarray]:
    return {
        "x": np.array([r.get_x() for r in rects], dtype=float),
        "width": np.array([r.get_width() for r in rects], dtype=float),
        "y": np.array([r.get_y() for r in rects], dtype=float),
        "height": np.array([r.get_height() for r in rects], dtype=float),
    }


def _bars(ax: Any) -> dict[str, np.ndarray]:
    from matplotlib.patches import Rectangle

    return _rectangles([p for p in ax.patches if isinstance(p, Rectangle)])


def _vertices(patch: Any) -> np.ndarray:
    """A patch's outline in data coordinates (its own shape transform applied)."""
    path = patch.get_path()
    return np.asarray(patch.get_patch_transform().transform(path.vertices), dtype=float).reshape(-1, 2)


def _patches(ax: Any) -> list[dict[str, Any]]:
    """Every patch that is not a Rectangle (those are in ``bars``): box-plot boxes,
    polygons, wedges, ellipses, with their outline and its extents."""
    from matplotlib.patches import Rectangle

    described = []
    for patch in ax.patches:
        if isinstance(patch, Rectangle):
            continue
        vertices = _vertices(patch)
        finite = vertices[np.isfinite(vertices).all(axis=1)]
        extents = (
            np.concatenate([finite.min(axis=0), finite.max(axis=0)]) if len(finite) else np.full(4, np.nan)
        )
        described.append(
            {
                "type": type(patch).__name__,
                "label": _label(patch),
                "vertices": vertices,
                "extents": extents,  # xmin, ymin, xmax, ymax
            }
        )
    return described


def _line_data(artist: Any) -> np.ndarray:
    """The (n, 2) data points of a Line2D or the outline of a patch."""
    if hasattr(artist, "get_xdata"):
        return np.column_stack([_line_xy(artist, "x"), _line_xy(artist, "y")]).reshape(-1, 2)
    return _vertices(artist)


def _box(artists: dict[str, list[Any]], i: int) -> dict[str, Any]:
    """Box ``i`` of a box-plot container, read off its artists.

    ``vertical`` is True when the values run along y (the usual box plot); ``position``
    is the box's centre on the other axis, where its category's tick is.
    """
    median = _line_data(artists["medians"][i])
    vertical = bool(np.ptp(median[:, 0]) > 0)  # a vertical box has a horizontal median line
    along, across = (1, 0) if vertical else (0, 1)
    box = _line_data(artists["boxes"][i])[:, along]
    whiskers = [_line_data(w)[:, along] for w in artists["whiskers"][2 * i : 2 * i + 2]]
    ends = sorted(float(w[-1]) for w in whiskers)  # each whisker runs from the box outwards
    fliers = _line_data(artists["fliers"][i])[:, along] if artists["fliers"] else np.empty(0)
    return {
        "position": float(median[:, across].mean()),
        "vertical": vertical,
        "median": float(median[0, along]),
        "q1": float(np.nanmin(box)),
        "q3": float(np.nanmax(box)),
        "whislo": ends[0] if ends else float("nan"),
        "whishi": ends[-1] if ends else float("nan"),
        "fliers": np.sort(fliers[np.isfinite(fliers)]),
    }


def _containers(ax: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The bar containers (one per ``bar``/``hist`` call or seaborn hue level) and
    the boxes of box-plot containers (seaborn's ``boxplot``)."""
    from matplotlib.container import BarContainer

    bars, boxes = [], []
    for container in ax.containers:
        if isinstance(container, BarContainer):
            patches = list(container.patches)
            label = container.get_label()
            label = None if not label or str(label).startswith("_") else str(label)
            if label is None and patches:  # ``hist`` labels its first bar, not the container
                label = _label(patches[0])
            bars.append({"label": label, **_rectangles(patches)})
        elif all(hasattr(container, k) for k in ("boxes", "medians", "whiskers", "fliers")):
            artists = {k: list(getattr(container, k)) for k in ("boxes", "medians", "whiskers", "fliers")}
            for i in range(len(artists["medians"])):
                try:
                    boxes.append(_box(artists, i))
                except (IndexError, ValueError):  # a box drawn without its median or its box
                    continue
    return bars, boxes


def _collections(ax: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Colour meshes (``pcolormesh``, seaborn's ``heatmap``) and every collection that is
    neither a scatter nor a mesh (polygons of violins and bands, line collections)."""
    from matplotlib.collections import PathCollection, QuadMesh

    meshes, others = [], []
    for c in ax.collections:
        if isinstance(c, PathCollection):
            continue
        if isinstance(c, QuadMesh):
            coordinates = np.asarray(c.get_coordinates(), dtype=float)
            meshes.append(
                {
                    "array": _floats(c.get_array()),
                    "extent": np.array(
                        [
                            coordinates[..., 0].min(),
                            coordinates[..., 0].max(),
                            coordinates[..., 1].min(),
                            coordinates[..., 1].max(),
                        ]
                    ),
                }
            )
            continue
        others.append(
            {
                "type": type(c).__name__,
                "label": _label(c),
                "paths": [np.asarray(p.vertices, dtype=float).reshape(-1, 2) for p in c.get_paths()],
                "offsets": _floats(c.get_offsets()).reshape(-1, 2),
            }
        )
    return meshes, others


def describe_axes(ax: Any) -> dict[str, Any]:
    """One Axes as plain values."""
    from matplotlib.collections import PathCollection

    legend = ax.get_legend()
    containers, boxes = _containers(ax)
    meshes, collections = _collections(ax)
    return {
        "title": ax.get_title(),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "xscale": ax.get_xscale(),
        "yscale": ax.get_yscale(),
        "legend": None if legend is None else [t.get_text() for t in legend.get_texts()],
        "legend_title": None if legend is None else legend.get_title().get_text(),
        "lines": [
            {
                "label": _label(line),
                "x": _line_xy(line, "x"),
                "y": _line_xy(line, "y"),
                "linestyle": _style(line.get_linestyle()),
                "marker": _style(line.get_marker()),
            }
            for line in ax.get_lines()
        ],
        "scatter": [
            {"label": _label(c), "offsets": np.asarray(c.get_offsets(), dtype=float).reshape(-1, 2)}
            for c in ax.collections
            if isinstance(c, PathCollection)
        ],
        "bars": _bars(ax),
        "containers": containers,
        "boxes": boxes,
        "patches": _patches(ax),
        "meshes": meshes,
        "collections": collections,
        "images": [np.asarray(im.get_array(), dtype=float) for im in ax.get_images()],
        "texts": [{"text": t.get_text(), "x": x, "y": y} for t in ax.texts for x, y in [_position(t)]],
        "xticks": np.asarray(ax.get_xticks(), dtype=float),
        "xticklabels": [t.get_text() for t in ax.get_xticklabels()],
        "yticks": np.asarray(ax.get_yticks(), dtype=float),
        "yticklabels": [t.get_text() for t in ax.get_yticklabels()],
    }


def describe(value: Any) -> dict[str, Any]:
    """A Figure as ``{"axes": [...], "suptitle": ...}``; an Axes as the same with one Axes.

    The figure is closed afterwards: a description is all the grader keeps of it.
    """
    if hasattr(value, "get_title") and not hasattr(value, "get_axes"):
        figure, axes = value.figure, [value]
    else:
        figure, axes = value, list(value.get_axes())
    description = {"axes": [describe_axes(ax) for ax in axes], "suptitle": figure.get_suptitle()}
    import matplotlib.pyplot as plt

    plt.close(figure)  # graded figures are never shown; closing keeps the grader's memory flat
    return description
