"""The data-structures topic's solutions against independent oracles.

Each solution is the grader's reference, so a wrong solution would pass wrong learners
and fail right ones. Every solution is run as the grader runs it (through the check's
driver, after the plain-value round trip) and compared with a computation that shares
none of its code: pandas' ``drop_duplicates`` and ``groupby``, brute-force searches
over all pairs or all permutations, and the standard library's ``graphlib``. The cases
are the check's own plus extra seeded ones.
"""

from __future__ import annotations

import graphlib
import itertools
import random
import statistics
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from conftest import topic_files
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/data-structures"


_check, _solution = topic_files(TOPIC)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution, run as the grader runs it, matches ``oracle`` on the check's cases and ``extra``."""
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args, **case.kwargs)
        got = check.seen(call(solution, case, check.driver))
        problem = compare(expected, got, check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


# ---------------------------------------------------------------- 01 drop_duplicates


def _random_rows(rng: random.Random, n: int, width: int) -> list[list[Any]]:
    values = [None, 0, 1, 2.5, "a", "b", "é"]
    return [[rng.choice(values) for _ in range(width)] for _ in range(n)]


def _extra_rows() -> list[Case]:
    rng = random.Random(101)
    extra = []
    for i in range(40):
        width = rng.randint(1, 4)
        rows = _random_rows(rng, rng.randint(0, 30), width)
        columns = None if rng.random() < 0.4 else rng.sample(range(width), rng.randint(1, width))
        kwargs = {} if columns is None else {"columns": columns}
        extra.append(Case(f"random rows {i}, seed 101", (rows,), kwargs))
    return extra


def drop_by_pairs(rows: list[list[Any]], columns: list[int] | None = None) -> dict[str, Any]:
    """Keep row i when no earlier row has the same deciding values: every pair compared."""

    def deciding(row: list[Any]) -> list[Any]:
        return row if columns is None else [row[c] for c in columns]

    kept = [row for i, row in enumerate(rows) if all(deciding(rows[j]) != deciding(row) for j in range(i))]
    return {"kept": kept, "rows unchanged": True}


def drop_with_pandas(rows: list[list[Any]], columns: list[int] | None = None) -> dict[str, Any]:
    if not rows:
        return {"kept": [], "rows unchanged": True}
    frame = pd.DataFrame(rows, dtype=object)
    kept = frame.drop_duplicates(subset=columns, keep="first").index
    return {"kept": [rows[i] for i in kept], "rows unchanged": True}


@pytest.mark.parametrize("oracle", [drop_by_pairs, drop_with_pandas])
def test_drop_duplicates_matches_oracles(oracle: Any) -> None:
    _agree("01_drop_duplicates.py", oracle, _extra_rows())


# ---------------------------------------------------------------- 02 build_vocab


def vocab_by_ranks(tokens: list[str], max_size: int, min_count: int = 1) -> dict[str, int]:
    """Each kept token's id is 1 + the number of kept tokens that must come before it."""
    count = {t: tokens.count(t) for t in set(tokens)}
    kept = [t for t in count if count[t] >= min_count]
    vocab = {"<unk>": 0}
    for t in kept:
        before = sum(1 for u in kept if count[u] > count[t] or (count[u] == count[t] and u < t))
        if before < max_size - 1:
            vocab[t] = before + 1
    return vocab


def test_build_vocab_matches_brute_force_ranks() -> None:
    rng = random.Random(201)
    alphabet = ["a", "b", "c", "B", "ä", "ab", "ba", "zz", "Z"]
    extra = []
    for i in range(60):
        tokens = rng.choices(alphabet, k=rng.randint(0, 40))
        max_size, min_count = rng.randint(1, 12), rng.randint(1, 4)
        extra.append(Case(f"random tokens {i}, seed 201", (tokens, max_size), {"min_count": min_count}))
    _agree("02_build_vocab.py", vocab_by_ranks, extra)


def test_build_vocab_ids_are_dense_and_ranked() -> None:
    build_vocab = _solution("02_build_vocab.py")
    for case in _check("02_build_vocab.py").cases():
        vocab = build_vocab(*case.args, **case.kwargs)
        assert sorted(vocab.values()) == list(range(len(vocab))), case.name
        assert vocab["<unk>"] == 0 and len(vocab) <= case.args[1], case.name


# ---------------------------------------------------------------- 03 mean_by_group


def means_with_pandas(rows: list[dict[str, Any]], key: str, value: str) -> dict[Any, float]:
    if not rows:
        return {}
    frame = pd.DataFrame(rows)
    means = frame.groupby(key)[value].mean().dropna()  # groupby drops missing keys itself
    return {k.item() if hasattr(k, "item") else k: float(v) for k, v in means.items()}


def means_with_statistics(rows: list[dict[str, Any]], key: str, value: str) -> dict[Any, float]:
    groups = {row[key] for row in rows if row[key] is not None}
    means = {}
    for group in groups:
        measured = [row[value] for row in rows if row[key] == group and row[value] is not None]
        if measured:
            means[group] = statistics.fmean(measured)
    return means


def _random_records(rng: random.Random) -> list[dict[str, Any]]:
    return [
        {
            "g": rng.choice(["x", "y", "z", None]),
            "v": rng.choice([None, 0.0, rng.uniform(-10, 10), float(rng.randint(-3, 3))]),
        }
        for _ in range(rng.randint(0, 40))
    ]


@pytest.mark.parametrize("oracle", [means_with_pandas, means_with_statistics])
def test_mean_by_group_matches_oracles(oracle: Any) -> None:
    rng = random.Random(301)
    extra = [Case(f"random records {i}, seed 301", (_random_records(rng), "g", "v")) for i in range(40)]
    _agree("03_mean_by_group.py", oracle, extra)


# ---------------------------------------------------------------- 04 learning_order


def smallest_valid_permutation(needs: dict[str, list[str]]) -> Any:
    """Among all orders that respect the needs, the lexicographically smallest one."""
    for order in itertools.permutations(sorted(needs)):
        position = {topic: i for i, topic in enumerate(order)}
        if all(position[need] < position[topic] for topic in needs for need in needs[topic]):
            return list(order)  # permutations of a sorted list come in lexicographic order
    return "raises ValueError"


def _random_graph(rng: random.Random, n: int) -> dict[str, list[str]]:
    names = rng.sample(["a", "b", "c", "d", "e", "f", "g", "h"], n)
    graph = {}
    for name in names:
        candidates = [m for m in names if m != name]
        if rng.random() < 0.05:
            candidates.append(name)  # a topic that needs itself, now and then
        graph[name] = rng.sample(candidates, min(len(candidates), rng.randint(0, 2)))
    return graph


def test_learning_order_is_the_smallest_valid_permutation() -> None:
    rng = random.Random(401)
    extra = []
    for i in range(120):
        graph = _random_graph(rng, rng.randint(0, 6))
        extra.append(Case(f"random graph {i}, seed 401", (graph,)))
    check, solution = _check("04_learning_order.py"), _solution("04_learning_order.py")
    small = [c for c in check.cases() if len(c.args[0]) <= 7]
    assert len(small) >= 8
    for case in [*small, *extra]:
        expected = smallest_valid_permutation(case.args[0])
        got = check.seen(call(solution, case, check.driver))
        assert compare(expected, got) is None, case.name


def test_learning_order_agrees_with_graphlib_on_every_case() -> None:
    """graphlib finds the same cycles; every order respects the needs and takes the smallest ready topic."""
    check, solution = _check("04_learning_order.py"), _solution("04_learning_order.py")
    for case in check.cases():
        (needs,) = case.args
        got = check.seen(call(solution, case, check.driver))
        try:
            list(graphlib.TopologicalSorter(needs).static_order())
        except graphlib.CycleError:
            assert got == "raises ValueError", case.name
            continue
        assert sorted(got) == sorted(needs), case.name
        placed: set[str] = set()
        for topic in got:
            ready = {t for t in needs if t not in placed and all(n in placed for n in needs[t])}
            assert topic == min(ready), case.name
            placed.add(topic)
