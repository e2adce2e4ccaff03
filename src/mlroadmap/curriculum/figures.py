"""Lesson figures, drawn by code on first view and kept in the workspace.

A lesson refers to a figure as ``![caption](figure:name)``; the topic's ``figures.py``
defines ``figure_name()`` (hyphens become underscores) returning a matplotlib Figure,
drawn from real data with fixed seeds, so the same picture comes back every time.
Nothing is drawn by hand and nothing is drawn at import: matplotlib is imported
only when a figure is first rendered.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from mlroadmap.curriculum.model import Topic

FIGURE_LINK = re.compile(r"!\[([^\]]*)\]\(figure:([a-z0-9][a-z0-9_-]*)\)")


def figure_names(lesson: str) -> list[str]:
    return [m[2] for m in FIGURE_LINK.finditer(lesson)]


def _module(topic: Topic) -> ModuleType:
    assert topic.folder is not None
    path = topic.folder / "figures.py"
    spec = importlib.util.spec_from_file_location(f"mlroadmap_figures_{topic.id.replace('-', '_')}", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise FileNotFoundError(f"{path} is missing: the lesson of {topic.id} refers to figures")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draw(topic: Topic, name: str):
    """The Figure itself (for tests and the web page)."""
    import matplotlib

    matplotlib.use("Agg")
    return getattr(_module(topic), "figure_" + name.replace("-", "_"))()


def render(topic: Topic, name: str, folder: Path) -> Path:
    """``folder/<topic>/<name>.png``, drawn unless it is already there."""
    target = folder / topic.id / f"{name}.png"
    if not target.exists():
        import matplotlib.pyplot as plt

        figure = draw(topic, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(target, dpi=110, bbox_inches="tight", metadata={"Software": None})
        plt.close(figure)
    return target


def with_figure_paths(lesson: str, topic: Topic, folder: Path) -> str:
    """The lesson for a terminal: each figure link becomes a line naming the drawn file."""

    def replace(match: re.Match[str]) -> str:
        caption, name = match[1], match[2]
        try:
            path = render(topic, name, folder)
        except ImportError:
            return f"*Figure: {caption}* (install matplotlib to draw it)"
        return f"*Figure: {caption}*: {path.as_uri()}"

    return FIGURE_LINK.sub(replace, lesson)
