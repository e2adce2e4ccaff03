"""Graphs shared by the check specs and the figures of the discrete-math topic."""

from __future__ import annotations

import tomllib
from importlib import resources

import numpy as np


def roadmap_needs() -> dict[str, list[str]]:
    """This roadmap's prerequisite graph: {topic: [topics it needs]}, read from roadmap.toml."""
    text = (resources.files("mlroadmap.curriculum") / "roadmap.toml").read_text(encoding="utf-8")
    sections = tomllib.loads(text)["section"]
    return {t["id"]: list(t.get("needs", [])) for s in sections for t in s.get("topic", [])}


def roadmap_unlocks() -> dict[str, list[str]]:
    """The same graph with the arrows the other way: {topic: [topics that need it]}, sorted."""
    needs = roadmap_needs()
    unlocks: dict[str, list[str]] = {topic: [] for topic in needs}
    for topic, prerequisites in needs.items():
        for need in prerequisites:
            unlocks[need].append(topic)
    return {topic: sorted(after) for topic, after in unlocks.items()}


def random_graph(n: int, p: float, seed: int, directed: bool = False) -> dict[int, list[int]]:
    """Erdős–Rényi: each pair (or ordered pair) is an edge with probability p; sorted lists."""
    rng = np.random.default_rng(seed)
    edges = rng.random((n, n)) < p
    np.fill_diagonal(edges, False)
    if not directed:
        edges = np.triu(edges)
        edges = edges | edges.T
    return {u: [int(v) for v in np.flatnonzero(edges[u])] for u in range(n)}


def grid(rows: int, cols: int) -> dict[int, list[int]]:
    """A rows × cols grid, node r * cols + c, neighbours up, left, right, down."""
    graph = {}
    for r in range(rows):
        for c in range(cols):
            steps = [(r - 1, c), (r, c - 1), (r, c + 1), (r + 1, c)]
            graph[r * cols + c] = [a * cols + b for a, b in steps if 0 <= a < rows and 0 <= b < cols]
    return graph
