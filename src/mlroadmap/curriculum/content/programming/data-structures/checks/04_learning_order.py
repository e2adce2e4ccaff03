"""Check of exercise 04: learning_order (topological order, smallest ready first, cycles)."""

import heapq
import random
import tomllib
from collections import deque
from pathlib import Path
from typing import Any

from mlroadmap.grading.spec import Case, Check, Mutant

Needs = dict[str, list[str]]


def run(learning_order: Any, needs: Needs) -> Any:
    """The order, or a marker when the function raises ValueError as asked (a cycle)."""
    try:
        return learning_order(needs)
    except ValueError:
        return "raises ValueError"


def _roadmap_needs() -> Needs:
    """This roadmap's own prerequisite arrows."""
    path = Path(__file__).resolve().parents[4] / "roadmap.toml"
    with path.open("rb") as f:
        roadmap = tomllib.load(f)
    return {topic["id"]: list(topic["needs"]) for section in roadmap["section"] for topic in section["topic"]}


def _random_dag(seed: int, n: int) -> Needs:
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < n:
        name = "".join(rng.choice("abcdefgh") for _ in range(3))
        if name not in names:
            names.append(name)
    needs = {name: rng.sample(names[:i], min(i, rng.randint(0, 3))) for i, name in enumerate(names)}
    shuffled = list(needs.items())
    rng.shuffle(shuffled)
    return dict(shuffled)


def cases() -> list[Case]:
    chain = {f"t{i:04d}": [f"t{i - 1:04d}"] if i else [] for i in reversed(range(3000))}
    with_cycle = _random_dag(33, 30)
    last = sorted(with_cycle)[-1]
    with_cycle[last] = [*with_cycle[last], "zz1"]
    with_cycle["zz1"] = ["zz2"]
    with_cycle["zz2"] = ["zz3"]
    with_cycle["zz3"] = ["zz1"]
    return [
        Case(
            "python, numpy, pandas: expect ['python', 'numpy', 'pandas']",
            ({"pandas": ["numpy", "python"], "numpy": ["python"], "python": []},),
        ),
        Case("no needs at all: alphabetical order", ({"sql": [], "numpy": [], "oop": [], "git": []},)),
        Case("a topic that becomes ready comes before a later letter", ({"b": [], "c": [], "a": ["b"]},)),
        Case("a ready topic waits for a smaller one", ({"a": ["c"], "b": [], "c": []},)),
        Case("a diamond", ({"d": ["b", "c"], "c": ["a"], "b": ["a"], "a": []},)),
        Case(
            "a topic with one need that needs a topic with three",
            ({"x": [], "y": [], "z": [], "hub": ["x", "y", "z"], "leaf": ["hub"], "b": []},),
        ),
        Case("an empty dict", ({},)),
        Case("two topics that need each other: ValueError", ({"a": ["b"], "b": ["a"], "c": []},)),
        Case("a topic that needs itself: ValueError", ({"a": ["a"]},)),
        Case("a cycle of three behind 30 valid topics, seed 33: ValueError", (with_cycle,)),
        Case("a random graph of 60 topics, seed 31", (_random_dag(31, 60),)),
        Case("this roadmap's own prerequisites", (_roadmap_needs(),)),
        Case("a chain of 3000 topics, listed last to first", (chain,)),
    ]


def _unlocks(needs: Needs) -> dict[str, list[str]]:
    unlocks: dict[str, list[str]] = {topic: [] for topic in needs}
    for topic, required in needs.items():
        for need in required:
            unlocks[need].append(topic)
    return unlocks


def _kahn_fifo(needs: Needs) -> list[str]:
    unmet = {topic: len(required) for topic, required in needs.items()}
    unlocks = _unlocks(needs)
    ready = deque(sorted(topic for topic, count in unmet.items() if count == 0))
    order = []
    while ready:
        topic = ready.popleft()
        order.append(topic)
        for later in unlocks[topic]:
            unmet[later] -= 1
            if unmet[later] == 0:
                ready.append(later)
    return order


def sorted_once_then_queued(needs: Needs) -> list[str]:
    order = _kahn_fifo(needs)
    if len(order) < len(needs):
        raise ValueError("cycle")
    return order


def cycle_not_detected(needs: Needs) -> list[str]:
    unmet = {topic: len(required) for topic, required in needs.items()}
    unlocks = _unlocks(needs)
    ready = [topic for topic, count in unmet.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        topic = heapq.heappop(ready)
        order.append(topic)
        for later in unlocks[topic]:
            unmet[later] -= 1
            if unmet[later] == 0:
                heapq.heappush(ready, later)
    return order


def by_number_of_needs(needs: Needs) -> list[str]:
    return sorted(needs, key=lambda topic: (len(needs[topic]), topic))


def depth_first(needs: Needs) -> list[str]:
    order: list[str] = []
    state: dict[str, str] = {}
    for root in sorted(needs):
        if root in state:
            continue
        state[root] = "open"
        stack = [(root, iter(sorted(needs[root])))]
        while stack:
            topic, pending = stack[-1]
            for need in pending:
                if state.get(need) == "open":
                    raise ValueError("cycle")
                if need not in state:
                    state[need] = "open"
                    stack.append((need, iter(sorted(needs[need]))))
                    break
            else:
                stack.pop()
                state[topic] = "done"
                order.append(topic)
    return order


CHECK = Check(
    function="learning_order",
    cases=cases,
    driver=run,
    mutants=[
        Mutant(
            sorted_once_then_queued,
            "You sorted the first ready topics, then added newly ready topics at the end of a "
            "queue: the next topic must always be the smallest of all the ready ones, which a "
            "heap (heapq.heappush / heapq.heappop) gives you.",
        ),
        Mutant(
            cycle_not_detected,
            "On a cycle you returned the topics you could place, without saying that the others "
            "are stuck: when the order is shorter than needs, raise ValueError.",
        ),
        Mutant(
            by_number_of_needs,
            "Sorting by the number of needs does not respect the needs themselves: a topic with "
            "one need can need a topic that has three. Place a topic only once all of its needs "
            "are placed.",
        ),
        Mutant(
            depth_first,
            "You placed each topic right after its own needs, going depth first: that order is "
            "valid, but not the one asked for. Whenever several topics are ready, the "
            "alphabetically smallest one comes next.",
        ),
    ],
)
