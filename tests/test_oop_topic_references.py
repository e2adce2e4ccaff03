"""The oop topic's solutions against independent oracles.

Each solution is the grader's reference, so a wrong solution would pass wrong learners
and fail right ones. Every solution is run as the grader runs it (through the check's
driver, after the plain-value round trip) and compared with what independent code says
the same script must report: ``packaging.version`` for versions, NumPy arrays for the
vector, ``itertools`` chunking for the batches, and scikit-learn's own
``DummyClassifier`` for the baseline classifier. The cases are the check's own plus
extra seeded ones.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import random
import re
from pathlib import Path
from typing import Any, Self

import numpy as np
import pytest
from packaging.version import Version as PackagingVersion
from sklearn.dummy import DummyClassifier

from conftest import topic_files
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/programming/oop"


_check, _solution = topic_files(TOPIC)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution, run as the grader runs it, matches ``oracle`` on the check's cases and ``extra``."""
    check, solution = _check(file), _solution(file)
    for case in [*check.cases(), *extra]:
        expected = oracle(*case.args, **case.kwargs)
        got = check.seen(call(solution, case, check.driver))
        problem = compare(expected, got, check.rule)
        assert problem is None, f"{file}, case '{case.name}': {problem}"


# ---------------------------------------------------------------- 01 Version

_VERSION = re.compile(r"v?(\d+)\.(\d+)\.(\d+)")


def version_oracle(texts: list[str]) -> dict[str, Any]:
    """What the check's script must report, from a regular expression and packaging.version."""
    shown, numbers = [], []
    for text in texts:
        match = _VERSION.fullmatch(text)
        if match is None:
            shown.append("raises ValueError")
        else:
            parts = tuple(int(p) for p in match.groups())
            shown.append(".".join(map(str, parts)))
            numbers.append(parts)
    releases = [PackagingVersion(".".join(map(str, p))) for p in numbers]
    first = numbers[0]
    return {
        "str of each parsed text": shown,
        "repr of the first": "Version(major={}, minor={}, patch={})".format(*first),
        "sorted": [str(r) for r in sorted(releases)],
        "max": str(max(releases)),
        "each < the next": [a < b for a, b in itertools.pairwise(releases)],
        "first == Version(same numbers)": True,
        "len(set(versions))": len(set(releases)),
        "setting v.major": "raises AttributeError",
        "Version(1, -1, 0)": "raises ValueError",
    }


def test_version_matches_packaging() -> None:
    rng = random.Random(101)
    extra = []
    for i in range(40):
        texts = [
            f"{rng.choice(['', 'v'])}{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 3)}"
            for _ in range(rng.randint(1, 12))
        ]
        texts.insert(rng.randint(1, len(texts)), rng.choice(["1.2", "a.b.c", "1.2.3.4", "V1.2.3", "1.2.-3"]))
        extra.append(Case(f"random versions {i}, seed 101", (texts,)))
    _agree("01_version.py", version_oracle, extra)


def test_version_is_a_frozen_ordered_dataclass() -> None:
    Version = _solution("01_version.py")
    assert dataclasses.is_dataclass(Version)
    assert [f.name for f in dataclasses.fields(Version)] == ["major", "minor", "patch"]
    params = Version.__dataclass_params__
    assert params.frozen and params.order and params.eq
    v = Version(1, 2, 3)
    assert hash(v) == hash(Version(1, 2, 3)) and {v: "x"}[Version(1, 2, 3)] == "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.patch = 4
    assert dataclasses.replace(v, patch=4) == Version(1, 2, 4)


# ---------------------------------------------------------------- 02 Vector


def vector_oracle(a: list[float], b: list[float], other: list[float], k: float) -> dict[str, Any]:
    """The same report, computed with NumPy arrays."""
    u, v = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return {
        "len(u)": len(u),
        "list(u)": u.tolist(),
        "u[0], u[-1]": [u[0], u[-1]] if len(u) else "empty",
        "repr(u)": f"Vector({u.tolist()!r})",
        "u after changing the list it was made from": u.tolist(),
        "u + v": (u + v).tolist(),
        "u after u + v": u.tolist(),
        "u + v is a new Vector": True,
        "u * k": (u * k).tolist(),
        "k * u": (k * u).tolist(),
        "u after u * k": u.tolist(),
        "u @ v": float(u @ v),
        "u == Vector(same values)": True,
        "u == v": bool(np.array_equal(u, v)),
        "u == list of the same values": False,
        "u + w, another length": "raises ValueError"
        if len(other) != len(a)
        else (u + np.asarray(other)).tolist(),
        "u @ w, another length": "raises ValueError"
        if len(other) != len(a)
        else float(u @ np.asarray(other)),
        "u + 1": "raises TypeError",
    }


def test_vector_matches_numpy() -> None:
    rng = np.random.default_rng(202)
    extra = []
    for i, n in enumerate([1, 2, 7, 30, 200]):
        a, b = rng.normal(0, 10, size=n).tolist(), rng.normal(0, 10, size=n).tolist()
        other = rng.normal(size=n + int(rng.integers(1, 4))).tolist()
        k = [3, -0.25, 1e-3, 0, -7][i]
        extra.append(Case(f"random vectors of {n}, k = {k}, seed 202", (a, b, other, k)))
    _agree("02_vector.py", vector_oracle, extra)


def test_vector_is_a_sequence_without_a_hash() -> None:
    Vector = _solution("02_vector.py")
    v = Vector(range(4))
    assert list(reversed(list(v))) == [3.0, 2.0, 1.0, 0.0] and v[-2] == 2.0
    with pytest.raises(TypeError):
        hash(v)
    with pytest.raises(TypeError):
        v @ [1, 2, 3, 4]
    assert (v == "abc") is False and v != [0.0, 1.0, 2.0, 3.0]


# ---------------------------------------------------------------- 03 BatchLoader


def _chunks(data: list[Any], size: int) -> list[list[Any]]:
    iterator = iter(data)
    return list(iter(lambda: list(itertools.islice(iterator, size)), []))


def batches_oracle(data: list[Any], batch_size: int, drop_last: bool) -> Any:
    if batch_size < 1:
        return "raises ValueError"
    batches = _chunks(data, batch_size)
    if drop_last and batches and len(batches[-1]) < batch_size:
        batches.pop()
    length = len(data) // batch_size if drop_last else math.ceil(len(data) / batch_size)
    return {
        "len(loader)": length,
        "first pass": batches,
        "second pass": batches,
        "zip(loader, loader)": [[batch, batch] for batch in batches],
    }


def test_batch_loader_matches_itertools_chunks() -> None:
    rng = random.Random(303)
    extra = []
    for i in range(60):
        n, size = rng.randint(0, 50), rng.randint(-1, 12)
        data = [rng.choice(["a", 1, 2.5, None, [1, 2]]) for _ in range(n)]
        extra.append(Case(f"random loader {i}, seed 303", (data, size, rng.random() < 0.5)))
    _agree("03_batch_loader.py", batches_oracle, extra)


def test_batch_loader_yields_fresh_generators_and_accepts_any_sequence() -> None:
    BatchLoader = _solution("03_batch_loader.py")
    loader = BatchLoader(range(10), 4)
    assert iter(loader) is not iter(loader)
    assert list(loader) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]] == list(loader)
    assert len(BatchLoader("abcdefg", 3, drop_last=True)) == 2
    assert list(BatchLoader((1, 2, 3), 2)) == [[1, 2], [3]]


# ---------------------------------------------------------------- 04 BaselineClassifier


class SklearnBaseline:
    """scikit-learn's DummyClassifier behind the exercise's interface, for the check's script."""

    def __init__(self, strategy: str = "most_frequent", constant: Any = None) -> None:
        self.strategy, self.constant = strategy, constant

    def get_params(self) -> dict[str, Any]:
        return {"strategy": self.strategy, "constant": self.constant}

    def set_params(self, **params: Any) -> Self:
        if set(params) - {"strategy", "constant"}:
            DummyClassifier().set_params(**params)  # raises ValueError for an unknown name
        for name, value in params.items():
            setattr(self, name, value)
        return self

    def fit(self, X: list[Any], y: list[Any]) -> Self:
        if self.strategy == "prior":  # the exercise keeps two of DummyClassifier's strategies
            raise ValueError(self.strategy)
        model = DummyClassifier(strategy=self.strategy, constant=self.constant)
        self.model_ = model.fit(np.zeros((len(X), 1)), y)
        self.classes_ = model.classes_.tolist()
        return self

    def predict(self, X: list[Any]) -> list[Any]:
        if not hasattr(self, "model_"):
            raise RuntimeError("not fitted")
        return self.model_.predict(np.zeros((len(X), 1))).tolist()

    def score(self, X: list[Any], y: list[Any]) -> float:
        return float(self.model_.score(np.zeros((len(X), 1)), y))


def _random_labels(rng: random.Random, alphabet: list[Any]) -> list[Any]:
    return [rng.choice(alphabet) for _ in range(rng.randint(1, 12))]


def test_baseline_classifier_matches_dummy_classifier() -> None:
    check, solution = _check("04_baseline_classifier.py"), _solution("04_baseline_classifier.py")
    rng = random.Random(404)
    extra = []
    for i in range(60):
        alphabet = rng.choice([["a", "b", "c"], [0, 1, 2, 3], ["x", "y"]])
        y, y_again = _random_labels(rng, alphabet), _random_labels(rng, alphabet)
        y_again = y_again[: len(y)]
        X = [[float(j)] for j in range(len(y) + (1 if rng.random() < 0.1 else 0))]
        params = rng.choice(
            [
                {},
                {"strategy": "constant", "constant": rng.choice(y)},
                {"strategy": "constant", "constant": "?"},
            ]
        )
        if params.get("constant") in y:
            y_again[0] = params["constant"]  # the refit in the script keeps the constant valid
        extra.append(Case(f"random labels {i}, seed 404", (X, y, y_again, params)))
    for case in [*check.cases(), *extra]:
        expected = check.seen(call(SklearnBaseline, case, check.driver))
        got = check.seen(call(solution, case, check.driver))
        assert compare(expected, got, check.rule) is None, case.name


def test_baseline_classifier_keeps_the_conventions() -> None:
    BaselineClassifier = _solution("04_baseline_classifier.py")
    model = BaselineClassifier(strategy="no such strategy", constant=[1, 2])
    assert model.get_params() == {"strategy": "no such strategy", "constant": [1, 2]}
    assert not [name for name in vars(model) if name.endswith("_")], "nothing learned in __init__"
    fitted = BaselineClassifier().fit([[0]] * 3, ["b", "a", "b"])
    assert all(name.endswith("_") for name in vars(fitted) if name not in ("strategy", "constant"))
    assert fitted.score([[0]] * 4, ["b", "b", "a", "b"]) == 0.75
