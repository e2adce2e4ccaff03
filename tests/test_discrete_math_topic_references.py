"""The discrete-math topic's solutions against itertools, math, graphlib and scipy.sparse.csgraph.

There is no reference module for this topic: each solution file is the grader's
reference. So every solution is checked here against an independent computation, on
the check's own cases and on extra seeded data, with exact comparison (a 1e-12
relative tolerance for float path lengths).
"""

from __future__ import annotations

import graphlib
import heapq
import itertools
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import breadth_first_order, dijkstra, shortest_path

from mlroadmap.grading.spec import Case, Check
from mlroadmap.grading.worker import call, load_module

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/math/discrete-math"


def _check(file: str) -> Check:
    return load_module(TOPIC / "checks" / file).CHECK


def _solution(file: str) -> Any:
    return getattr(load_module(TOPIC / "solutions" / file), _check(file).function)


def _all_cases(file: str, extra: list[Case]) -> list[Case]:
    return [*_check(file).cases(), *extra]


# ---------------------------------------------------------------- 01 counting


def _count_by_listing(n: int, k: int, ordered: bool, repetition: bool) -> int:
    make = {
        (True, True): lambda: itertools.product(range(n), repeat=k),
        (True, False): lambda: itertools.permutations(range(n), k),
        (False, False): lambda: itertools.combinations(range(n), k),
        (False, True): lambda: itertools.combinations_with_replacement(range(n), k),
    }[(ordered, repetition)]
    return sum(1 for _ in make())


def test_count_selections_matches_itertools_listings() -> None:
    count = _solution("01_count_selections.py")
    for n in range(7):
        for k in range(7):
            for ordered, repetition in itertools.product([True, False], repeat=2):
                got = count(n, k, ordered, repetition)
                assert type(got) is int
                assert got == _count_by_listing(n, k, ordered, repetition), (n, k, ordered, repetition)


def _count_by_factorials(n: int, k: int, ordered: bool, repetition: bool) -> int:
    """The textbook formulas with factorials and exact integer division."""
    f = math.factorial
    if ordered and repetition:
        return n**k
    if repetition:  # (n + k - 1)! / (k! (n - 1)!)
        return f(n + k - 1) // (f(k) * f(n - 1)) if n > 0 else int(k == 0)
    if k > n:
        return 0
    return f(n) // f(n - k) if ordered else f(n) // (f(k) * f(n - k))


def test_count_selections_on_the_checks_cases_matches_factorials() -> None:
    count = _solution("01_count_selections.py")
    for case in _check("01_count_selections.py").cases():
        got = call(count, case)
        assert type(got) is int and got == _count_by_factorials(*case.args), case.name


# ---------------------------------------------------------------- 02 subsets


def test_power_set_holds_every_combination_once() -> None:
    power_set = _solution("02_power_set.py")
    rng = np.random.default_rng(202)
    extra = [
        Case(f"{n} random labels, seed 202", ([f"x{v}" for v in rng.permutation(100)[:n]],))
        for n in (2, 5, 9)
    ]
    for case in _all_cases("02_power_set.py", extra):
        (items,) = case.args
        got = call(power_set, case)
        assert len(got) == 2 ** len(items), case.name
        as_sets = [frozenset(s) for s in got]
        assert len(set(as_sets)) == len(as_sets), f"{case.name}: a subset appears twice"
        expected = {frozenset(c) for k in range(len(items) + 1) for c in itertools.combinations(items, k)}
        assert set(as_sets) == expected, case.name
        assert all(len(s) == len(set(s)) for s in got), f"{case.name}: an item repeated inside a subset"


# ---------------------------------------------------------------- 03 BFS


def _as_matrix(graph: dict, weighted: bool = False) -> tuple[csr_matrix, list]:
    """The graph as a CSR matrix over its nodes in sorted order (parallel edges: the lightest)."""
    nodes = sorted(set(graph) | {(e[0] if weighted else e) for edges in graph.values() for e in edges})
    index = {node: i for i, node in enumerate(nodes)}
    lightest: dict[tuple[int, int], float] = {}
    for u, edges in graph.items():
        for edge in edges:
            v, w = edge if weighted else (edge, 1.0)
            key = (index[u], index[v])
            lightest[key] = min(w, lightest.get(key, math.inf))
    rows, cols = zip(*lightest, strict=True) if lightest else ((), ())
    matrix = csr_matrix((list(lightest.values()), (rows, cols)), shape=(len(nodes), len(nodes)))
    matrix.sort_indices()
    return matrix, nodes


def _bfs_extra() -> list[Case]:
    rng = np.random.default_rng(303)
    extra = []
    for n, p, directed in [(1, 0.0, False), (12, 0.3, True), (80, 0.04, False), (200, 0.01, True)]:
        edges = rng.random((n, n)) < p
        np.fill_diagonal(edges, False)
        if not directed:
            edges = np.triu(edges) | np.triu(edges).T
        graph = {u: [int(v) for v in np.flatnonzero(edges[u])] for u in range(n)}
        extra.append(
            Case(f"random graph, {n} nodes, p = {p}, directed {directed}, seed 303", (graph, n // 2))
        )
    return extra


def test_bfs_matches_scipy_breadth_first_order_and_hop_counts() -> None:
    bfs = _solution("03_bfs.py")
    for case in _all_cases("03_bfs.py", _bfs_extra()):
        graph, source = case.args
        assert all(list(v) == sorted(v) for v in graph.values()), "scipy visits neighbours in index order"
        matrix, nodes = _as_matrix(graph)
        start = nodes.index(source)
        scipy_order = breadth_first_order(matrix, start, directed=True, return_predecessors=False)
        hops = shortest_path(matrix, directed=True, unweighted=True, indices=start)
        order, distance = call(bfs, case)
        assert order == [nodes[i] for i in scipy_order], case.name
        expected = {nodes[i]: int(h) for i, h in enumerate(hops) if np.isfinite(h)}
        assert distance == expected, case.name


# ---------------------------------------------------------------- 04 topological order


def _smallest_first_by_graphlib(graph: dict) -> list | None:
    """graphlib does the bookkeeping (and finds cycles); a heap picks the smallest ready node."""
    sorter = graphlib.TopologicalSorter(graph)
    try:
        sorter.prepare()
    except graphlib.CycleError:
        return None
    ready = list(sorter.get_ready())
    heapq.heapify(ready)
    order = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        sorter.done(node)
        for new in sorter.get_ready():
            heapq.heappush(ready, new)
    return order


def _topological_extra() -> list[Case]:
    rng = np.random.default_rng(404)
    extra = []
    for n, p in [(1, 0.0), (8, 0.5), (40, 0.1), (150, 0.03)]:
        label = [f"task-{v:03d}" for v in rng.permutation(n)]
        graph = {label[j]: [label[i] for i in range(j) if rng.random() < p] for j in range(n)}
        extra.append(Case(f"random DAG of {n} named tasks, p = {p}, seed 404", (graph,)))
        if n > 1:
            cyclic = {k: list(v) for k, v in graph.items()}
            cyclic[label[0]] = [*cyclic[label[0]], label[n - 1]]  # no cycle unless a path leads back
            extra.append(Case(f"the same with the edge {label[n - 1]} -> {label[0]}", (cyclic,)))
    return extra


def test_topological_order_matches_graphlib() -> None:
    topological_order = _solution("04_topological_order.py")
    seen_cycle = seen_order = False
    for case in _all_cases("04_topological_order.py", _topological_extra()):
        (graph,) = case.args
        got = call(topological_order, case)
        assert got == _smallest_first_by_graphlib(graph), case.name
        if got is None:
            seen_cycle = True
            with pytest.raises(graphlib.CycleError):
                list(graphlib.TopologicalSorter(graph).static_order())
            continue
        seen_order = True
        nodes = set(graph) | {need for needs in graph.values() for need in needs}
        assert sorted(got) == sorted(nodes), case.name
        position = {node: i for i, node in enumerate(got)}
        assert all(position[need] < position[node] for node, needs in graph.items() for need in needs), (
            case.name
        )
    assert seen_cycle and seen_order


def test_topological_order_of_this_roadmap_agrees_with_the_loader() -> None:
    from mlroadmap.curriculum import load_roadmap

    topological_order = _solution("04_topological_order.py")
    roadmap = load_roadmap()
    needs = {t.id: list(t.needs) for t in roadmap.topics.values()}
    got = topological_order(needs)
    assert sorted(got) == sorted(roadmap.order)
    # both orders are topological; they differ only in how ties are broken
    for order in (got, list(roadmap.order)):
        position = {topic: i for i, topic in enumerate(order)}
        assert all(position[n] < position[t] for t, ns in needs.items() for n in ns)


# ---------------------------------------------------------------- 05 Dijkstra


def _dijkstra_extra() -> list[Case]:
    rng = np.random.default_rng(505)
    extra = []
    for n, p in [(2, 1.0), (15, 0.3), (100, 0.05), (300, 0.02)]:
        edges = rng.random((n, n)) < p
        np.fill_diagonal(edges, False)
        weights = rng.integers(0, 20, size=(n, n))  # 0 included
        graph = {u: [(int(v), int(weights[u, v])) for v in np.flatnonzero(edges[u])] for u in range(n)}
        extra.append(Case(f"random directed graph, {n} nodes, integer weights 0-19, seed 505", (graph, 0)))
        floats = {u: [(v, w + float(rng.random())) for v, w in graph[u]] for u in graph}
        extra.append(Case(f"the same with float weights, {n} nodes, seed 505", (floats, n - 1)))
    return extra


def test_dijkstra_matches_scipy() -> None:
    solve = _solution("05_dijkstra.py")
    rule = _check("05_dijkstra.py").rule
    for case in _all_cases("05_dijkstra.py", _dijkstra_extra()):
        graph, source = case.args
        matrix, nodes = _as_matrix(graph, weighted=True)
        lengths = dijkstra(matrix, directed=True, indices=nodes.index(source))
        expected = {nodes[i]: float(d) for i, d in enumerate(lengths) if np.isfinite(d)}
        got = call(solve, case)
        assert set(got) == set(expected), case.name
        for node, d in expected.items():
            assert math.isclose(got[node], d, rel_tol=rule.rtol, abs_tol=rule.atol), (case.name, node)
