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
    # TODO: implement each method below; keep the values in a list of your own.
    __hash__ = None  # like a list, a Vector is not hashable (__eq__ alone does the same)

    def __init__(self, values: Iterable[float]) -> None:
        raise NotImplementedError("Vector.__init__: replace this line with your code")

    def __len__(self) -> int:
        raise NotImplementedError("Vector.__len__")

    def __getitem__(self, index: int) -> float:
        raise NotImplementedError("Vector.__getitem__")

    def __iter__(self) -> Iterator[float]:
        raise NotImplementedError("Vector.__iter__")

    def __repr__(self) -> str:
        raise NotImplementedError("Vector.__repr__")

    def __eq__(self, other: object) -> bool:
        raise NotImplementedError("Vector.__eq__")

    def __add__(self, other: "Vector") -> "Vector":
        raise NotImplementedError("Vector.__add__")

    def __mul__(self, k: float) -> "Vector":
        raise NotImplementedError("Vector.__mul__")

    def __rmul__(self, k: float) -> "Vector":
        raise NotImplementedError("Vector.__rmul__")

    def __matmul__(self, other: "Vector") -> float:
        raise NotImplementedError("Vector.__matmul__")
