"""A small Vector class: Python's operators through dunder methods.

NumPy arrays, PyTorch tensors and pandas Series work with +, *, len() and [] because
their classes define methods such as __add__ and __len__, which Python calls for
those operators. Writing a tiny vector class shows how that works, and where it
goes wrong.

    Vector(values)  keeps its own copy of the numbers in values (any iterable),
                    as floats.

    len(v)          the number of values
    v[i]            value i; negative indexes count from the end, as for lists
    iter(v)         the values in order, so that list(v) and `for x in v` work
    repr(v)         "Vector([1.0, 2.0, 3.0])"
    v == w          True when w is a Vector with the same values
    v + w           a new Vector of the sums; ValueError if the lengths differ
    v * k, k * v    a new Vector with every value multiplied by the number k
    v @ w           the dot product, a float; ValueError if the lengths differ

Details that matter:
- Operators return new objects and never change their operands: after
  u = v + w, v still holds its old values.
- Vector(values) copies: changing the list afterwards does not change the vector.
- When the other operand is not what your method handles (v + 1, v == [1.0]),
  return NotImplemented. Python then tries the other operand's method and, failing
  that, raises TypeError for + and @, or falls back to identity for == (so a
  Vector never equals a list).
- k * v calls k.__mul__(v) first; int and float return NotImplemented for a
  Vector, so Python then calls v.__rmul__(k).
- zip() stops at the end of the shorter input without a word: compare the
  lengths yourself.
- For a list, [1.0, 2.0] * 3 repeats it; a Vector multiplies each value.
"""

from collections.abc import Iterable, Iterator


class Vector:
    __hash__ = None  # like a list, a Vector is not hashable (__eq__ alone does the same)

    def __init__(self, values: Iterable[float]) -> None:
        self._values = [float(x) for x in values]  # our own copy, never the caller's list

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, index: int) -> float:
        return self._values[index]

    def __iter__(self) -> Iterator[float]:
        return iter(self._values)

    def __repr__(self) -> str:
        return f"Vector({self._values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return self._values == other._values

    def _same_length(self, other: "Vector") -> None:
        if len(self) != len(other):
            raise ValueError(f"lengths differ: {len(self)} and {len(other)}")

    def __add__(self, other: "Vector") -> "Vector":
        if not isinstance(other, Vector):
            return NotImplemented
        self._same_length(other)
        return Vector(a + b for a, b in zip(self, other, strict=True))

    def __mul__(self, k: float) -> "Vector":
        if not isinstance(k, int | float):
            return NotImplemented
        return Vector(k * a for a in self)

    def __rmul__(self, k: float) -> "Vector":
        return self * k  # k * v is the same as v * k

    def __matmul__(self, other: "Vector") -> float:
        if not isinstance(other, Vector):
            return NotImplemented
        self._same_length(other)
        return sum(a * b for a, b in zip(self, other, strict=True))
