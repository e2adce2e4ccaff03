"""A matplotlib figure as a reviewer reads it: what is drawn, with which data and words.

Plot exercises return a Figure or an Axes. Inside the sandbox it becomes a plain
description (no image comparison): per Axes the title, axis labels, scales, legend
entries, and the data of its lines, scatter collections, bars and images. A check's
``view`` then keeps the parts the exercise asks for, so a different colour or
marker never fails a learner, while a missing label or wrong data does.
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


def _bars(ax: Any) -> dict[str, np.ndarray]:
    from matplotlib.patches import Rectangle

    rects = [p for p in ax.patches if isinstance(p, Rectangle)]
    return {
        "x": np.array([r.get_x() for r in rects], dtype=float),
        "width": np.array([r.get_width() for r in rects], dtype=float),
        "y": np.array([r.get_y() for r in rects], dtype=float),
        "height": np.array([r.get_height() for r in rects], dtype=float),
    }


def describe_axes(ax: Any) -> dict[str, Any]:
    """One Axes as plain values."""
    from matplotlib.collections import PathCollection

    legend = ax.get_legend()
    return {
        "title": ax.get_title(),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "xscale": ax.get_xscale(),
        "yscale": ax.get_yscale(),
        "legend": None if legend is None else [t.get_text() for t in legend.get_texts()],
        "lines": [
            {
                "label": _label(line),
                "x": np.asarray(line.get_xdata(), dtype=float),
                "y": np.asarray(line.get_ydata(), dtype=float),
            }
            for line in ax.get_lines()
        ],
        "scatter": [
            {"label": _label(c), "offsets": np.asarray(c.get_offsets(), dtype=float).reshape(-1, 2)}
            for c in ax.collections
            if isinstance(c, PathCollection)
        ],
        "bars": _bars(ax),
        "images": [np.asarray(im.get_array(), dtype=float) for im in ax.get_images()],
        "xticklabels": [t.get_text() for t in ax.get_xticklabels()],
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
