"""Check of exercise 04: topological_order (Kahn, smallest ready node first, None on a cycle)."""

import heapq
import importlib.util
from collections import deque
from pathlib import Path
from types import ModuleType

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _graphs() -> ModuleType:
    """The topic's shared graphs (_graphs.py beside this folder), loaded by path."""
    path = Path(__file__).resolve().parents[1] / "_graphs.py"
    spec = importlib.util.spec_from_file_location("mlroadmap_discrete_math_graphs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _random_dag(n: int, p: float, seed: int, back_edge: bool = False) -> dict[int, list[int]]:
    """Edges between a hidden order of the nodes (so no cycle), labels shuffled; one edge
    against that order when back_edge is set (so a cycle)."""
    rng = np.random.default_rng(seed)
    label = rng.permutation(n)
    graph = {int(label[j]): [int(label[i]) for i in range(j) if rng.random() < p] for j in range(n)}
    if back_edge:
        first, last = int(label[0]), int(label[n - 1])
        graph[first] = [last]  # the first node now needs the last: a cycle through the chain
        for j in range(1, n):
            graph[int(label[j])].append(int(label[j - 1]))
    return graph


def cases() -> list[Case]:
    courses = {
        "calculus": ["algebra"],
        "linear-algebra": ["algebra"],
        "optimization": ["calculus", "linear-algebra"],
        "deep-learning": ["optimization", "probability"],
        "probability": ["calculus"],
    }
    return [
        Case("three nodes by hand: 3 needs 1 and 2, 2 needs 1 -> [1, 2, 3]", ({3: [1, 2], 2: [1], 1: []},)),
        Case("ties: four independent nodes come out smallest first", ({4: [], 2: [], 3: [], 1: []},)),
        Case("a diamond with a tail: 0 -> 1, 2 -> 3 -> 4", ({1: [0], 2: [0], 3: [1, 2], 4: [3]},)),
        Case("nodes that appear only as prerequisites", ({10: [3, 7], 11: [7]},)),
        Case("a prerequisite listed twice", ({2: [1, 1], 3: [2]},)),
        Case("the empty graph", ({},)),
        Case("a cycle 1 -> 2 -> 3 -> 1: None", ({1: [3], 2: [1], 3: [2], 0: []},)),
        Case("a node that needs itself: None", ({0: [], 1: [0, 1]},)),
        Case(
            "a cycle behind a valid start: 0 is free, 1 and 2 need each other", ({1: [0, 2], 2: [1], 3: [0]},)
        ),
        Case("maths courses by name", (courses,)),
        Case("random DAG, 25 nodes, edge probability 0.15, seed 3", (_random_dag(25, 0.15, 3),)),
        Case("random DAG, 60 nodes, edge probability 0.05, seed 4", (_random_dag(60, 0.05, 4),)),
        Case("a chain of 30 with one edge back: None, seed 5", (_random_dag(30, 0.1, 5, back_edge=True),)),
        Case("this roadmap's prerequisites: all 71 topics", (_graphs().roadmap_needs(),)),
    ]


def _kahn(graph: dict, smallest_first: bool, detect_cycles: bool, reverse: bool = False) -> list | None:
    nodes = set(graph) | {need for needs in graph.values() for need in needs}
    waiting = dict.fromkeys(nodes, 0)
    unlocks = {node: [] for node in nodes}
    for node, needs in graph.items():
        for need in set(needs):
            before, after = (node, need) if reverse else (need, node)
            waiting[after] += 1
            unlocks[before].append(after)
    start = sorted(node for node in nodes if waiting[node] == 0)
    ready = start if smallest_first else deque(start)
    order = []
    while ready:
        node = heapq.heappop(ready) if smallest_first else ready.popleft()
        order.append(node)
        for after in sorted(unlocks[node]):
            waiting[after] -= 1
            if waiting[after] == 0:
                if smallest_first:
                    heapq.heappush(ready, after)
                else:
                    ready.append(after)
    return order if len(order) == len(nodes) or not detect_cycles else None


def first_come_first_served(graph: dict) -> list | None:
    return _kahn(graph, smallest_first=False, detect_cycles=True)


def cycle_not_detected(graph: dict) -> list | None:
    return _kahn(graph, smallest_first=True, detect_cycles=False)


def arrows_reversed(graph: dict) -> list | None:
    return _kahn(graph, smallest_first=True, detect_cycles=True, reverse=True)


CHECK = Check(
    function="topological_order",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0),
    mutants=[
        Mutant(
            first_come_first_served,
            "Your order is valid but takes the ready nodes first come, first served (a plain queue): "
            "the task asks for the smallest ready node each time, which a heap (heapq) gives.",
        ),
        Mutant(
            cycle_not_detected,
            "On a graph with a cycle you returned the nodes you could order: the ones on the cycle "
            "never become ready, so when the order is shorter than the number of nodes, return None.",
        ),
        Mutant(
            arrows_reversed,
            "Your arrows point the wrong way: graph[node] lists what node needs, so those "
            "prerequisites come before node, not after it.",
        ),
    ],
)
