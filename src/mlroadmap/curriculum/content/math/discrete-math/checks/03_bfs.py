"""Check of exercise 03: bfs (FIFO queue, seen when queued, adjacency-list order, reachable only)."""

import importlib.util
from collections import deque
from pathlib import Path
from types import ModuleType

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _graphs() -> ModuleType:
    """The topic's shared graphs (_graphs.py beside this folder), loaded by path."""
    path = Path(__file__).resolve().parents[1] / "_graphs.py"
    spec = importlib.util.spec_from_file_location("mlroadmap_discrete_math_graphs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases() -> list[Case]:
    graphs = _graphs()
    by_hand = {0: [1, 2], 1: [0, 3], 2: [0, 3, 4], 3: [1, 2, 5], 4: [2, 5], 5: [3, 4]}
    directed = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": ["a"], "e": ["a"], "f": []}
    two_parts = {0: [1], 1: [0, 2], 2: [1], 3: [4], 4: [3]}
    return [
        Case(
            "six nodes by hand from 0: order [0, 1, 2, 3, 4, 5], node 5 three hops away",
            (by_hand, 0),
        ),
        Case("the same graph from node 5", (by_hand, 5)),
        Case("a directed cycle a -> b/c -> d -> a; e and f cannot be reached", (directed, "a")),
        Case("two components: only the first is reached", (two_parts, 1)),
        Case("a node without edges", ({0: [], 1: [0]}, 0)),
        Case(
            "a path 0 - 1 - ... - 9 from one end",
            ({i: [j for j in (i - 1, i + 1) if 0 <= j < 10] for i in range(10)}, 0),
        ),
        Case("a 5 × 6 grid from a corner", (graphs.grid(5, 6), 0)),
        Case("a 5 × 6 grid from an inner node", (graphs.grid(5, 6), 14)),
        Case("random graph, 40 nodes, edge probability 0.08, seed 1", (graphs.random_graph(40, 0.08, 1), 0)),
        Case(
            "random directed graph, 30 nodes, probability 0.1, seed 2",
            (graphs.random_graph(30, 0.1, 2, True), 3),
        ),
        Case(
            "this roadmap: what python-basics unlocks, and how many steps away",
            (graphs.roadmap_unlocks(), "python-basics"),
        ),
    ]


def depth_first(graph: dict, source: int | str) -> tuple[list, dict]:
    distance, order = {}, []
    stack = [(source, 0)]
    while stack:
        node, depth = stack.pop()
        if node in distance:
            continue
        distance[node] = depth
        order.append(node)
        for neighbour in reversed(graph.get(node, [])):  # the first neighbour on top
            if neighbour not in distance:
                stack.append((neighbour, depth + 1))
    return order, distance


def distance_overwritten(graph: dict, source: int | str) -> tuple[list, dict]:
    distance, seen, order = {source: 0}, {source}, []
    queue = deque([source])
    while queue:
        node = queue.popleft()
        order.append(node)
        for neighbour in graph.get(node, []):
            distance[neighbour] = distance[node] + 1  # even for a node seen before
            if neighbour not in seen:
                seen.add(neighbour)
                queue.append(neighbour)
    return order, distance


def whole_graph(graph: dict, source: int | str) -> tuple[list, dict]:
    distance, order = {}, []
    for start in [source, *graph]:
        if start in distance:
            continue
        distance[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            order.append(node)
            for neighbour in graph.get(node, []):
                if neighbour not in distance:
                    distance[neighbour] = distance[node] + 1
                    queue.append(neighbour)
    return order, distance


CHECK = Check(
    function="bfs",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0),
    mutants=[
        Mutant(
            depth_first,
            "You searched depth first (a stack, last in first out): BFS takes the oldest node out of a "
            "first-in, first-out queue, so it finishes each distance before starting the next.",
        ),
        Mutant(
            distance_overwritten,
            "You set the distance of every neighbour, also of nodes seen before, so a node's distance "
            "is overwritten when it is reached again by a longer way: set it only when the node is "
            "first seen.",
        ),
        Mutant(
            whole_graph,
            "You went on from other start nodes once the queue was empty: a search from source only "
            "reaches what source can reach, so unreachable nodes belong in neither result.",
        ),
    ],
)
