"""Check of exercise 05: dijkstra (settle on pop, sum of weights, reachable nodes only)."""

import heapq
from collections import deque

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _points_graph(n: int, radius: float, seed: int) -> dict[int, list[tuple[int, float]]]:
    """Random points in the unit square, joined when closer than radius, weighted by distance."""
    points = np.random.default_rng(seed).random((n, 2))
    gaps = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=-1))
    return {
        u: [(int(v), float(gaps[u, v])) for v in np.flatnonzero((gaps[u] < radius) & (np.arange(n) != u))]
        for u in range(n)
    }


def _weighted_grid(rows: int, cols: int, seed: int) -> dict[int, list[tuple[int, int]]]:
    """A directed grid; each edge costs a random whole number from 1 to 9."""
    rng = np.random.default_rng(seed)
    graph = {}
    for r in range(rows):
        for c in range(cols):
            steps = [(r - 1, c), (r, c - 1), (r, c + 1), (r + 1, c)]
            graph[r * cols + c] = [
                (a * cols + b, int(rng.integers(1, 10))) for a, b in steps if 0 <= a < rows and 0 <= b < cols
            ]
    return graph


def cases() -> list[Case]:
    towns = {
        "A": [("B", 4), ("C", 1)],
        "B": [("A", 4), ("C", 2), ("D", 5)],
        "C": [("A", 1), ("B", 2), ("D", 8), ("E", 10)],
        "D": [("B", 5), ("C", 8), ("E", 2)],
        "E": [("C", 10), ("D", 2)],
    }
    detour = {0: [(1, 10), (2, 1)], 2: [(3, 1)], 3: [(1, 1)], 1: [(4, 1)]}
    return [
        Case("five towns from A: A-C-B is 3, then D is 8 and E is 10", (towns, "A")),
        Case("the same towns from E", (towns, "E")),
        Case("a direct edge of 10 against a detour of 3 edges costing 3", (detour, 0)),
        Case("edges of weight 0", ({0: [(1, 0), (2, 5)], 1: [(2, 0)], 2: [(3, 0)]}, 0)),
        Case("two edges between the same nodes, 7 and 2", ({0: [(1, 7), (1, 2)], 1: [(2, 1)]}, 0)),
        Case("a node with no edges", ({0: [], 1: [(0, 3)]}, 0)),
        Case("directed: node 3 cannot be reached from 0", ({0: [(1, 2)], 1: [(2, 2)], 3: [(0, 1)]}, 0)),
        Case("a directed 6 × 6 grid with weights 1 to 9, seed 6", (_weighted_grid(6, 6, 6), 0)),
        Case(
            "60 random points, joined within 0.25, Euclidean weights, seed 7", (_points_graph(60, 0.25, 7), 0)
        ),
        Case(
            "150 random points, joined within 0.15, Euclidean weights, seed 8",
            (_points_graph(150, 0.15, 8), 5),
        ),
    ]


def hop_counts(graph: dict, source: int | str) -> dict:
    distance = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for neighbour, _ in graph.get(node, []):
            if neighbour not in distance:
                distance[neighbour] = distance[node] + 1
                queue.append(neighbour)
    return distance


def settled_when_pushed(graph: dict, source: int | str) -> dict:
    distance = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        for neighbour, weight in graph.get(node, []):
            if neighbour not in distance:  # final at the first sight: a later, shorter path is ignored
                distance[neighbour] = d + weight
                heapq.heappush(heap, (d + weight, neighbour))
    return distance


def edge_weight_only(graph: dict, source: int | str) -> dict:
    distance = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if node in distance:
            continue
        distance[node] = d
        for neighbour, weight in graph.get(node, []):
            if neighbour not in distance:
                heapq.heappush(heap, (weight, neighbour))  # Prim's key, not the path length
    return distance


CHECK = Check(
    function="dijkstra",
    cases=cases,
    rule=Rule(rtol=1e-12, atol=1e-12),
    mutants=[
        Mutant(
            hop_counts,
            "You counted edges (breadth-first hops) and ignored the weights: a path's length is the "
            "sum of its edge weights, and a path with more edges can be shorter.",
        ),
        Mutant(
            settled_when_pushed,
            "You fixed a node's distance the first time you saw it: a path found later, through "
            "more edges, can still be shorter. A distance is final only when its node is popped "
            "from the heap.",
        ),
        Mutant(
            edge_weight_only,
            "You pushed the weight of the last edge instead of the whole path's length (that is "
            "Prim's minimum spanning tree): push distance + weight.",
        ),
    ],
)
