"""A version number as a frozen, ordered dataclass.

Pipelines check versions all the time: "this model file needs scikit-learn 1.2 or
later", "skip this test below NumPy 2.0". Compared as text, "1.10.0" < "1.9.0",
because the character "1" comes before "9". A small record class with the right
comparison fixes that, and @dataclass writes most of it for you.

Write the class Version with three int fields, in this order: major, minor, patch.

    v = Version(1, 10, 2)

    - Versions compare and sort like the tuples (major, minor, patch):
      Version(1, 9, 0) < Version(1, 10, 0).
    - Two Versions with the same numbers are equal and have the same hash, so
      versions work in sets and as dict keys.
    - A Version is immutable: v.major = 2 raises an AttributeError
      (dataclasses.FrozenInstanceError is one).
    - repr(v) is "Version(major=1, minor=10, patch=2)", which is what @dataclass
      writes, and str(v) is "1.10.2".
    - A negative part raises ValueError when the Version is created (check the
      fields in __post_init__, which the dataclass __init__ calls at its end).

    Version.from_string("1.10.2") -> Version(major=1, minor=10, patch=2)

    A classmethod that reads "MAJOR.MINOR.PATCH", with an optional leading "v" as
    in git tags ("v2.0.1"). Anything else raises ValueError: "1.2", "1.2.3.4",
    "1.x.0", "" (int() already raises ValueError for a part that is not a number).

@dataclass(frozen=True, order=True) gives you __init__, __repr__, __eq__, __hash__
and the comparisons. You write __post_init__, __str__ and from_string.
"""

from dataclasses import dataclass
from typing import Self


@dataclass(frozen=True, order=True)  # order compares the fields as a tuple, in field order
class Version:
    major: int
    minor: int
    patch: int

    def __post_init__(self) -> None:
        if min(self.major, self.minor, self.patch) < 0:
            raise ValueError(f"version parts must be >= 0, got {self!r}")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def from_string(cls, text: str) -> Self:
        parts = text.removeprefix("v").split(".")
        if len(parts) != 3:
            raise ValueError(f"expected MAJOR.MINOR.PATCH, got {text!r}")
        return cls(*(int(part) for part in parts))  # int() raises ValueError for "x"
