"""Check of exercise 02: Vector (dunder methods, new objects, NotImplemented, lengths)."""

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

from mlroadmap.datasets import load_iris
from mlroadmap.grading.spec import Case, Check, Mutant


def _outcome(expected: type[Exception], action: Callable[[], Any]) -> Any:
    """The action's result, or a marker when it raises the exception the task asks for."""
    try:
        result = action()
    except expected:
        return f"raises {expected.__name__}"
    return list(result) if isinstance(result, Iterable) else result


def script(Vector: Any, a: list[float], b: list[float], other: list[float], k: float) -> dict[str, Any]:
    """Build vectors, use every operator, and look at the operands afterwards."""
    values = list(a)
    u = Vector(values)
    as_built = list(u)
    if values:
        values[0] = 1000.0
    v, w = Vector(b), Vector(other)
    total = u + v
    return {
        "len(u)": len(u),
        "list(u)": as_built,
        "u[0], u[-1]": [u[0], u[-1]] if len(a) else "empty",
        "repr(u)": repr(u),
        "u after changing the list it was made from": list(u),
        "u + v": list(total),
        "u after u + v": list(u),
        "u + v is a new Vector": total is not u and total is not v,
        "u * k": list(u * k),
        "k * u": list(k * u),
        "u after u * k": list(u),
        "u @ v": u @ v,
        "u == Vector(same values)": u == Vector(list(a)),
        "u == v": u == v,
        "u == list of the same values": u == list(a),
        "u + w, another length": _outcome(ValueError, lambda: u + w),
        "u @ w, another length": _outcome(ValueError, lambda: u @ w),
        "u + 1": _outcome(TypeError, lambda: u + 1),
    }


def cases() -> list[Case]:
    iris = load_iris().data
    rng = np.random.default_rng(8)
    return [
        Case(
            "u = [1, 2, 3], v = [4, 5, 6], k = 2: u + v = [5, 7, 9], u @ v = 32",
            ([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [1.0, 2.0], 2),
        ),
        Case("equal vectors, k = 3", ([0.5, -1.5], [0.5, -1.5], [1.0, 2.0, 3.0], 3)),
        Case("integers in, floats out, k = -1", ([1, 2, 3, 4], [0, 1, 0, 1], [5], -1)),
        Case("a float k = 0.5", ([2.0, 4.0, 6.0], [1.0, 1.0, 1.0], [], 0.5)),
        Case("one value, k = 0", ([3.0], [-2.0], [1.0, 1.0], 0)),
        Case("empty vectors, k = 4", ([], [], [1.0], 4)),
        Case(
            "two iris flowers (4 measurements), k = 10",
            (iris[0].tolist(), iris[100].tolist(), iris[50, :3].tolist(), 10),
        ),
        Case(
            "random vectors of 50 values, k = 1.5, seed 8",
            (rng.normal(size=50).tolist(), rng.normal(size=50).tolist(), rng.normal(size=49).tolist(), 1.5),
        ),
    ]


class _Reference:
    """The reference, restated here so that each mutant changes one method."""

    __hash__ = None  # like a list, a Vector is not hashable (__eq__ alone does the same)

    def __init__(self, values: Iterable[float]) -> None:
        self._values = [float(x) for x in values]

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, index: int) -> float:
        return self._values[index]

    def __iter__(self) -> Iterator[float]:
        return iter(self._values)

    def __repr__(self) -> str:
        return f"Vector({self._values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Reference):
            return NotImplemented
        return self._values == other._values

    def _new(self, values: Iterable[float]) -> "_Reference":
        return type(self)(values)

    def __add__(self, other: "_Reference") -> "_Reference":
        if not isinstance(other, _Reference):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("lengths differ")
        return self._new(x + y for x, y in zip(self, other, strict=True))

    def __mul__(self, k: float) -> "_Reference":
        if not isinstance(k, int | float):
            return NotImplemented
        return self._new(k * x for x in self)

    def __rmul__(self, k: float) -> "_Reference":
        return self * k

    def __matmul__(self, other: "_Reference") -> float:
        if not isinstance(other, _Reference):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("lengths differ")
        return sum(x * y for x, y in zip(self, other, strict=True))


class AddsInPlace(_Reference):
    def __add__(self, other: _Reference) -> _Reference:
        if not isinstance(other, _Reference):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("lengths differ")
        for i, y in enumerate(other):
            self._values[i] += y
        return self


class NoEquality(_Reference):
    __eq__ = object.__eq__
    __hash__ = object.__hash__


class ZipTruncates(_Reference):
    def __add__(self, other: _Reference) -> _Reference:
        if not isinstance(other, _Reference):
            return NotImplemented
        return self._new(x + y for x, y in zip(self, other, strict=False))

    def __matmul__(self, other: _Reference) -> float:
        return sum(x * y for x, y in zip(self, other, strict=False))


class KeepsCallersList(_Reference):
    def __init__(self, values: Iterable[float]) -> None:
        self._values = values if isinstance(values, list) else list(values)


class RepeatsTheList(_Reference):
    def __mul__(self, k: float) -> _Reference:
        # `self._values * k` repeats the list when k is an int (and raises for a float k)
        return self._new(self._values * k if isinstance(k, int) else [k * x for x in self])


CHECK = Check(
    function="Vector",
    cases=cases,
    driver=script,
    mutants=[
        Mutant(
            AddsInPlace,
            "Your + changed the left operand and returned it: after u + v, u must still hold "
            "its old values. Build and return a new Vector.",
        ),
        Mutant(
            NoEquality,
            "Two vectors with the same values are not equal: without __eq__, == compares identity "
            "(is it the same object?). Define __eq__ to compare the values.",
        ),
        Mutant(
            ZipTruncates,
            "Your + and @ accepted vectors of different lengths: zip() silently stops at the "
            "shorter one. Compare the lengths first and raise ValueError.",
        ),
        Mutant(
            KeepsCallersList,
            "Your Vector keeps the caller's list itself, so changing that list changes the vector: "
            "store a copy, e.g. [float(x) for x in values].",
        ),
        Mutant(
            RepeatsTheList,
            "v * k repeated the list k times: list * int concatenates copies of the list. Multiply "
            "each value instead: [k * x for x in values].",
        ),
    ],
)
