"""Figures of the discrete-math lesson: this roadmap's prerequisite graph, and a shortest-path tree."""

from __future__ import annotations

import graphlib
import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np


def _graphs() -> ModuleType:
    path = Path(__file__).resolve().parent / "_graphs.py"
    spec = importlib.util.spec_from_file_location("mlroadmap_discrete_math_graphs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figure_prerequisites():
    import matplotlib.pyplot as plt

    needs = _graphs().roadmap_needs()
    section_of = _section_of_each_topic()
    # layer = the length of the longest chain of prerequisites leading to the topic,
    # computed in a topological order so that every prerequisite's layer is known first
    layer: dict[str, int] = {}
    for topic in graphlib.TopologicalSorter(needs).static_order():
        layer[topic] = 1 + max((layer[n] for n in needs[topic]), default=-1)
    roadmap_position = {topic: i for i, topic in enumerate(needs)}
    rows: dict[int, list[str]] = {}
    for topic in sorted(needs, key=roadmap_position.get):
        rows.setdefault(layer[topic], []).append(topic)
    where = {t: (depth, -i) for depth, topics in rows.items() for i, t in enumerate(topics)}

    figure, ax = plt.subplots(figsize=(15, 10))
    for topic, prerequisites in needs.items():
        for need in prerequisites:
            (x0, y0), (x1, y1) = where[need], where[topic]
            ax.annotate(
                "",
                xy=(x1, y1),
                xytext=(x0, y0),
                arrowprops={"arrowstyle": "->", "color": "0.6", "linewidth": 0.6, "shrinkA": 4, "shrinkB": 4},
            )
    sections = list(dict.fromkeys(section_of.values()))
    colours = plt.get_cmap("tab20")(np.linspace(0, 1, len(sections)))
    for section, colour in zip(sections, colours, strict=True):
        members = [t for t in needs if section_of[t] == section]
        ax.scatter(
            [where[t][0] for t in members],
            [where[t][1] for t in members],
            color=colour,
            s=30,
            label=section,
            zorder=3,
        )
    for topic, (x, y) in where.items():
        ax.text(x + 0.06, y + 0.12, topic, fontsize=6.5, zorder=4)
    ax.set(
        xlabel="layer: the longest chain of prerequisites before the topic",
        title=f"This roadmap's prerequisite graph: {len(needs)} topics, "
        f"{sum(map(len, needs.values()))} arrows, laid out in topological layers",
    )
    ax.set_yticks([])
    ax.legend(fontsize=7, loc="lower right", title="section", title_fontsize=7)
    figure.tight_layout()
    return figure


def _section_of_each_topic() -> dict[str, str]:
    import tomllib
    from importlib import resources

    text = (resources.files("mlroadmap.curriculum") / "roadmap.toml").read_text(encoding="utf-8")
    return {t["id"]: s["id"] for s in tomllib.loads(text)["section"] for t in s.get("topic", [])}


def figure_shortest_paths():
    import matplotlib.pyplot as plt
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    rng = np.random.default_rng(7)
    points = rng.random((40, 2))
    gaps = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=-1))
    joined = (gaps < 0.3) & ~np.eye(len(points), dtype=bool)
    u, v = np.nonzero(joined)
    lengths, previous = dijkstra(
        csr_matrix((gaps[u, v], (u, v)), shape=gaps.shape), indices=0, return_predecessors=True
    )

    figure, ax = plt.subplots(figsize=(7.5, 6.5))
    for a, b in zip(u, v, strict=True):
        if a < b:
            ax.plot(*points[[a, b]].T, color="0.85", linewidth=0.8, zorder=1)
    for node, parent in enumerate(previous):
        if parent >= 0:
            ax.plot(*points[[parent, node]].T, color="tab:red", linewidth=2.0, zorder=2)
    reached = np.isfinite(lengths)
    shown = ax.scatter(
        *points[reached].T, c=lengths[reached], cmap="viridis", s=60, zorder=3, edgecolor="black"
    )
    if not reached.all():
        ax.scatter(*points[~reached].T, color="white", edgecolor="black", s=60, zorder=3, label="unreachable")
    ax.scatter(*points[0], marker="*", s=350, color="gold", edgecolor="black", zorder=4, label="source")
    figure.colorbar(shown, ax=ax).ax.set_title("distance\nfrom the\nsource", fontsize=8)
    ax.set(
        xlabel="x",
        ylabel="y",
        title="Dijkstra on 40 random points joined within 0.3:\n"
        "the shortest-path tree (red) over all edges (grey)",
    )
    ax.set_aspect("equal")
    ax.legend(loc="lower left", fontsize=8)
    figure.tight_layout()
    return figure
